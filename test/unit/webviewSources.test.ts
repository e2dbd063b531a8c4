import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// What the webview's page must never do, read from its sources (src/webview/) and named by file: keep
// state beyond the page's life (VS Code's setState/getState would hold tokens while the panel is hidden),
// or turn a string into markup (innerHTML and its kin, lit's unsafeHTML), which would make a value such as
// "<img src=x onerror=alert(1)>" run instead of showing as text. The browser test
// (test/ui/renderedPage.test.ts) checks the rendered result; this keeps the next edit from reaching for them.

const ROOT = path.join(__dirname, '../../..'); // out/test/unit → the project
const WEBVIEW = path.join(ROOT, 'src', 'webview');

const FORBIDDEN: [RegExp, string][] = [
  [/\bsetState\b/, 'setState'],
  [/\bgetState\b/, 'getState'],
  [/\bunsafeHTML\b|unsafe-html/, 'unsafeHTML'],
  [/\bunsafeSVG\b|unsafe-svg/, 'unsafeSVG'],
  [/\binnerHTML\b/, 'innerHTML'],
  [/\bouterHTML\b/, 'outerHTML'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdocument\.write(ln)?\b/, 'document.write'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment'],
  [/\beval\s*\(|\bnew Function\b/, 'eval'],
];

/** The code without its comments, which may name what they explain is not done. */
function code(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('the webview page’s sources (src/webview/)', () => {
  const files = fs
    .readdirSync(WEBVIEW, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(WEBVIEW, file));

  it('are there to check', () => {
    assert.ok(files.some((file) => file.endsWith('main.ts')), 'src/webview/main.ts');
  });

  it('never keep state (setState/getState) and never turn strings into markup (innerHTML, outerHTML, insertAdjacentHTML, unsafeHTML)', () => {
    const found = files.flatMap((file) =>
      FORBIDDEN.filter(([pattern]) => pattern.test(code(file))).map(([, name]) => `${path.relative(ROOT, file)} uses ${name}`),
    );
    assert.deepEqual(found, []);
  });
});
