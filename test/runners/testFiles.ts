// Finds compiled test files (*.test.js) under a folder, sorted so runs are repeatable.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function findTestFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .map((file) => path.join(dir, file))
    .sort();
}
