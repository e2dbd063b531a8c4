import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// One home for test helpers (docs/testing.md, "Where the test helpers live"): a level's folder holds its own
// tests and imports helpers from test/support/, the double from test/double/, the runners from test/runners/,
// and never another level's folder; the shared folders import no level at all. Read from the sources, so a
// helper left in a level's folder for another level to import fails here, naming the file and the import.

const ROOT = path.join(__dirname, '../../..'); // out/test/unit → the project
const TEST = path.join(ROOT, 'test');
const LEVELS = ['unit', 'integration', 'vscode', 'ui', 'bench', 'demo'];
const SHARED = ['support', 'double', 'runners'];

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file));
}

/** The folder of test/ a path falls in: a shared one (longest match first) or a level; undefined outside test/. */
function home(file: string): string | undefined {
  const relative = path.relative(TEST, file).split(path.sep).join('/');
  if (relative.startsWith('..')) return undefined;
  return [...SHARED].sort((a, b) => b.length - a.length).find((folder) => relative.startsWith(`${folder}/`)) ?? relative.split('/')[0];
}

function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
}

describe('where test helpers live', () => {
  it('no level imports another level’s folder, and the shared folders import no level', () => {
    const crossings: string[] = [];
    for (const file of sources(TEST)) {
      const from = home(file);
      for (const specifier of relativeImports(file)) {
        const to = home(path.resolve(path.dirname(file), specifier));
        if (to === undefined || to === from || SHARED.includes(to) || !LEVELS.includes(to)) continue;
        crossings.push(`${path.relative(ROOT, file)} imports '${specifier}' (test/${to}/)`);
      }
    }
    assert.deepEqual(crossings, [], 'move what several levels share into test/support/');
  });
});
