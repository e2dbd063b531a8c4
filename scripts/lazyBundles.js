// The extension's bundles and the esbuild plugin that keeps the lazily loaded ones apart; used by esbuild.js and
// by the bench's builds (test/bench/build.ts), so both split the code the same way.
//   extension  what VS Code loads on activation: the view and the command ids, handing over to core.
//   core       the connections, the tree model, the status bar: required when the view first asks for its
//              nodes or a command first runs.
//   features   the commands' flows and the views they open, required on the first command.
//   aws        the AWS SDK and the code that calls it, required on the first AWS call.
//   lambda     the Lambda SDK client and the calls Edit Lambda Triggers makes with it, required on the first
//              Lambda call (src/aws/lambdaBundle.ts), so the Cognito calls never load it.
//   identity   the Cognito Identity and IAM SDK clients and the identity-pool calls, required on the first
//              identity-pool call (src/aws/identityBundle.ts), for the same reason.
//   signin     SRP (cognito-srp-helper), the tokens' signature check (aws-jwt-verify) and the authenticator's TOTP
//              and QR codes (otpauth, qrcode), required on the first SRP sign-in, token check or authenticator
//              code (src/aws/signInBundle.ts), so neither the tree's first call nor the first command loads them.
// src/core/coreBundle.ts and src/features/featuresBundle.ts require './index', src/aws/awsBundle.ts
// '../aws/index'; the plugin turns an import of a lazy entry into a run-time require('./core.js') (and so on),
// so it never lands in the bundle importing it. Code several bundles use is copied into each (src/shared/crossBundleClass.ts says how
// the classes that cross still answer `instanceof`).
'use strict';
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const ENTRY_POINTS = { extension: 'src/extension.ts', core: 'src/core/index.ts', features: 'src/features/index.ts', aws: 'src/aws/index.ts', lambda: 'src/aws/lambda/index.ts', identity: 'src/aws/identity/index.ts', signin: 'src/aws/signIn/index.ts' };
const LAZY = ['core', 'features', 'aws', 'lambda', 'identity', 'signin'];

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
