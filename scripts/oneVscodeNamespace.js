// An esbuild plugin used by esbuild.js and the bench's builds (test/bench/build.ts): every `import * as vscode from
// 'vscode'` of a bundle shares one namespace object. Without it esbuild gives each importing file its own copy
// (__toESM: a getter defined for every one of the API's members), which made loading core.js copy the API five times
// on the view's first request, and features.js thirteen times on the first command. `vscode` stays external.
'use strict';

const NAMESPACE = 'one-vscode-namespace';

/** @type {import('esbuild').Plugin} */
const oneVscodeNamespace = {
  name: 'one-vscode-namespace',
  setup(build) {
    // The source files' imports go to one module of this bundle, which re-exports the real (external) one.
    build.onResolve({ filter: /^vscode$/ }, ({ namespace }) => (namespace === NAMESPACE ? { path: 'vscode', external: true } : { path: 'vscode', namespace: NAMESPACE }));
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

module.exports = { oneVscodeNamespace };
