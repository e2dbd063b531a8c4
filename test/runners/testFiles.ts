// Finds compiled test files (*.test.js) under a folder, sorted so runs are repeatable.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `recursive: false` keeps to the folder itself (the vscode suite, whose subfolder is another window's suite). */
export function findTestFiles(dir: string, { recursive = true }: { recursive?: boolean } = {}): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .map((file) => path.join(dir, file))
    .sort();
}
