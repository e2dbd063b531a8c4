import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// Arrows point down (docs/architecture.md, "Layout"): a folder of src/ imports at run time only from its own
// folder or a lower layer. Read from the sources, so an import that points up fails here, naming the file.
// `import type` is free: it leaves no trace in the bundles. A bundle's loader (coreBundle.ts,
// featuresBundle.ts, aws/awsBundle.ts) is the one way up: it is how a lower layer starts a higher bundle
// on first use, with a require that esbuild keeps out of the importing bundle.

const ROOT = path.join(__dirname, '../../..'); // out/test/unit → the project
const SRC = path.join(ROOT, 'src');

/** Lowest first. Folders of one layer may import each other. */
const LAYERS: string[][] = [
  ['shared'],
  ['validation', 'auth', 'webview'],
  ['bulk', 'connection'],
  ['aws', 'tree', 'views', 'ui'],
  ['commands'],
  ['features'],
  ['core'],
  ['extension.ts'],
];
const LOADERS = ['src/core/coreBundle.ts', 'src/features/featuresBundle.ts', 'src/aws/awsBundle.ts', 'src/aws/lambdaBundle.ts', 'src/aws/identityBundle.ts'];

const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));
const folderOf = (file: string) => path.relative(SRC, file).split(path.sep)[0];

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file));
}

/** The relative imports that stay in the compiled code: not `import type`, not `export type`. */
function runTimeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)].map((m) => m[1]);
}

describe('layers of src/', () => {
  it('every folder of src/ has a layer', () => {
    const folders = fs.readdirSync(SRC);
    assert.deepEqual(folders.filter((folder) => layerOf(folder) < 0), [], 'add the folder to LAYERS');
  });

  it('no run-time import points from a lower layer to a higher one, except to a bundle loader', () => {
    const upward: string[] = [];
    for (const file of sources(SRC)) {
      const from = layerOf(folderOf(file));
      for (const specifier of runTimeImports(file)) {
        const target = path.resolve(path.dirname(file), specifier);
        const loader = LOADERS.includes(path.relative(ROOT, `${target}.ts`).split(path.sep).join('/'));
        if (layerOf(folderOf(target)) > from && !loader) upward.push(`${path.relative(ROOT, file)} imports '${specifier}'`);
      }
    }
    assert.deepEqual(upward, [], 'an import that points up: move the shared piece down, or pass it in from above');
  });

  // The webview's page runs in the browser, in a bundle of its own (dist/webview.js): of src/ it may use
  // only the model and the messages it shares with the extension, not even a type of the extension's code.
  it('src/webview/ imports nothing of src/ but its own folder and src/shared/views/', () => {
    const allowed = [path.join(SRC, 'webview'), path.join(SRC, 'shared', 'views')];
    const strays: string[] = [];
    for (const file of sources(path.join(SRC, 'webview'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
        const target = path.resolve(path.dirname(file), specifier);
        if (!allowed.some((folder) => target.startsWith(folder + path.sep))) strays.push(`${path.relative(ROOT, file)} imports '${specifier}'`);
      }
    }
    assert.deepEqual(strays, [], 'the webview shares only src/shared/views/ with the extension');
  });
});
