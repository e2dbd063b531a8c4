// The extension's bundles and the esbuild plugin that keeps the lazily loaded ones apart; used by esbuild.js and
// by the bench's builds (test/bench/build.ts), so both split the code the same way.
//   extension  what VS Code loads on activation: the tree, the connections, the command ids.
//   features   the commands' flows and the views they open, required on the first command.
//   aws        the AWS SDK and the code that calls it, required on the first AWS call.
// src/features/featuresBundle.ts requires './index' and src/connection/awsBundle.ts '../aws/index'; the plugin
// turns an import of either entry into a run-time require('./features.js') / require('./aws.js'), so neither lands
// in the bundle importing it. Code several bundles use is copied into each (src/crossBundleClass.ts says how
// the classes that cross still answer `instanceof`).
'use strict';
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const ENTRY_POINTS = { extension: 'src/extension.ts', features: 'src/features/index.ts', aws: 'src/aws/index.ts' };
const LAZY = ['features', 'aws'];

/** @type {import('esbuild').Plugin} */
const lazyBundlesAreSeparate = {
  name: 'lazy-bundles-are-separate',
  setup(build) {
    const entries = new Map(LAZY.map((name) => [path.resolve(ROOT, ENTRY_POINTS[name]).replace(/\.ts$/, ''), `./${name}.js`]));
    build.onResolve({ filter: /\/index$/ }, ({ path: request, resolveDir, kind }) => {
      if (kind === 'entry-point') return undefined;
      const bundle = entries.get(path.resolve(resolveDir, request));
      return bundle ? { path: bundle, external: true } : undefined;
    });
  },
};

module.exports = { ENTRY_POINTS, LAZY, lazyBundlesAreSeparate };
