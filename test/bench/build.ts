// Builds what the bench runs besides the shipped dist/: with esbuild's API, the production options of
// esbuild.js (bundle, CommonJS, node22, minified, vscode external, core.js, features.js and aws.js separate),
// into a temporary folder:
//   <tmp>/lazy/   package.json, media/, dist/{extension,core,features,aws}.js: the production build as shipped
//   <tmp>/eager/  the same, but dist/extension.js requires ./aws.js at load time (eagerExtension.ts)
//   <tmp>/empty/  the same package.json, but an extension.js whose activate() does nothing: the floor that
//                 the host's own work sets for any extension
//   <tmp>/node/   scenario.js (nodeScenario.ts with the extension's tree model and LazyCognito) + aws.js
// Every lazily loaded bundle is a copy of the production one, so the variants differ only in when they load.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BenchBuild {
  lazyExtension: string;
  eagerExtension: string;
  emptyExtension: string;
  nodeScenario: string;
  /** Sizes of the bench's own bundles, in bytes. */
  sizes: { eagerExtensionJs: number; lazyRebuildJs: number };
}

/** esbuild.js's own split: imports of the lazily loaded bundles' entries become require('./core.js') and so on. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lazyBundlesAreSeparate, LAZY } = require('../../../scripts/lazyBundles.js') as { lazyBundlesAreSeparate: esbuild.Plugin; LAZY: string[] };
/** esbuild.js's one namespace object for `vscode` per bundle. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { oneVscodeNamespace } = require('../../../scripts/oneVscodeNamespace.js') as { oneVscodeNamespace: esbuild.Plugin };

const PRODUCTION: esbuild.BuildOptions = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  minify: true,
  sourcemap: false,
  external: ['vscode'],
  logLevel: 'silent',
  plugins: [lazyBundlesAreSeparate, oneVscodeNamespace],
};

/** Builds the variants; `root` is the repository (with a production dist/), `tmp` an empty folder. */
export async function buildBenchVariants(root: string, tmp: string): Promise<BenchBuild> {
  const prodAws = path.join(root, 'dist', 'aws.js');
  const prodExtension = path.join(root, 'dist', 'extension.js');
  const extensionFolder = (name: string) => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
    fs.cpSync(path.join(root, 'media'), path.join(dir, 'media'), { recursive: true });
    for (const bundle of LAZY) fs.copyFileSync(path.join(root, 'dist', `${bundle}.js`), path.join(dir, 'dist', `${bundle}.js`));
    return dir;
  };

  const lazy = extensionFolder('lazy');
  fs.copyFileSync(prodExtension, path.join(lazy, 'dist', 'extension.js'));

  const empty = extensionFolder('empty');
  fs.writeFileSync(path.join(empty, 'dist', 'extension.js'), '"use strict";\nexports.activate = function () {};\nexports.deactivate = function () {};\n');

  const eager = extensionFolder('eager');
  await esbuild.build({
    ...PRODUCTION,
    entryPoints: [path.join(root, 'test', 'bench', 'eagerExtension.ts')],
    outfile: path.join(eager, 'dist', 'extension.js'),
  });

  // The same options on the real entry: its size should equal dist/extension.js, which shows the eager
  // variant was built like the shipped one (a difference means esbuild.js changed its options).
  const lazyRebuild = path.join(tmp, 'lazy-rebuild', 'extension.js');
  await esbuild.build({ ...PRODUCTION, entryPoints: [path.join(root, 'src', 'extension.ts')], outfile: lazyRebuild });

  const node = path.join(tmp, 'node');
  fs.mkdirSync(node, { recursive: true });
  fs.copyFileSync(prodAws, path.join(node, 'aws.js'));
  const nodeScenario = path.join(node, 'scenario.js');
  await esbuild.build({ ...PRODUCTION, entryPoints: [path.join(root, 'test', 'bench', 'nodeScenario.ts')], outfile: nodeScenario });

  return {
    lazyExtension: lazy,
    eagerExtension: eager,
    emptyExtension: empty,
    nodeScenario,
    sizes: { eagerExtensionJs: fs.statSync(path.join(eager, 'dist', 'extension.js')).size, lazyRebuildJs: fs.statSync(lazyRebuild).size },
  };
}
