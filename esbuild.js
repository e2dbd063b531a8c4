// Builds the extension into dist/ with esbuild; type-checking is `npm run typecheck` (tsc --noEmit).
//
// Four bundles keep activation cheap (scripts/lazyBundles.js): dist/extension.js loads on activation,
// dist/core.js when the view first asks for nodes or a command runs, dist/features.js on the first command,
// dist/aws.js on the first AWS call; dist/lambda.js on the first Lambda call (Edit Lambda Triggers) and dist/identity.js on the first identity-pool call. Another build, for the browser, makes the rendered views' page script
// dist/webview.js (src/webview/), beside the codicon font its buttons' icons need (dist/codicons/). Before building, package.json's commands and menus are written from the
// command declarations (scripts/generateManifest.js).
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { generateManifest } = require('./scripts/generateManifest');
const { ENTRY_POINTS, lazyBundlesAreSeparate } = require('./scripts/lazyBundles');
const { oneVscodeNamespace } = require('./scripts/oneVscodeNamespace');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * cognito-srp-helper imports all of crypto-js and a browser Buffer polyfill; the extension runs in Node,
 * which has Buffer, and SRP needs only crypto-js's SHA-256, HMAC and Base64 (src/aws/cryptoJsForSrp.ts).
 * @type {import('esbuild').Plugin}
 */
const slimSrpDependencies = {
  name: 'slim-srp-dependencies',
  setup(build) {
    build.onResolve({ filter: /^crypto-js$/ }, () => ({ path: path.resolve(__dirname, 'src/aws/cryptoJsForSrp.ts') }));
    build.onResolve({ filter: /^buffer\/index\.js$/ }, () => ({ path: 'buffer', external: true }));
  },
};

/**
 * The Lambda, Cognito Identity and IAM clients (dist/lambda.js, dist/identity.js) are always given the Cognito connection's credentials, so their default
 * credential chain (SSO and STS clients, about 100 KB) is left out there: only the Lambda client's import of it
 * is replaced; aws.js keeps the real chain (src/aws/lambda/givenCredentialsOnly.ts).
 * @type {import('esbuild').Plugin}
 */
const lambdaTakesGivenCredentials = {
  name: 'lambda-takes-given-credentials',
  setup(build) {
    build.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, ({ importer }) =>
      /[\\/]@aws-sdk[\\/]client-(lambda|cognito-identity|iam)[\\/]/.test(importer) ? { path: path.resolve(__dirname, 'src/aws/lambda/givenCredentialsOnly.ts') } : undefined,
    );
  },
};

/** @type {import('esbuild').Plugin} */
const reportProblems = {
  name: 'report-problems',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ ${text}` + (location ? ` (${location.file}:${location.line}:${location.column})` : ''));
      }
      if (watch) console.log(`[watch] build finished${result.errors.length ? ' with errors' : ''}`);
    });
  },
};

/**
 * The options of the extension's build; test/unit/bundleContents.test.ts builds with them too (with a metafile)
 * to check which sources land in which bundle.
 * @param {{ production: boolean }} mode
 * @returns {import('esbuild').BuildOptions}
 */
function buildOptions({ production }) {
  return {
    entryPoints: ENTRY_POINTS,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    // VS Code 1.101 (engines.vscode) is the first whose extension host runs Node 22 (Electron 35); the AWS SDK's
    // releases after the first week of January 2027 require Node 22.
    target: 'node22',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    outdir: 'dist',
    external: ['vscode'],
    // Prefer the packages' ES module builds: esbuild can drop what is unused from them (the AWS SDK
    // bundle shrinks from about 580 KB to about 350 KB).
    mainFields: ['module', 'main'],
    // The SDK loads Node's http modules with import(); as require() they also run in the vm.Script that loads
    // aws.js with its code cache (src/aws/compiledBundle.ts), where Node 20 fails import() from a cache.
    supported: { 'dynamic-import': false },
    logLevel: 'silent',
    plugins: [lazyBundlesAreSeparate, oneVscodeNamespace, slimSrpDependencies, lambdaTakesGivenCredentials, reportProblems],
  };
}

/** The files of @vscode/codicons the webview loads: the stylesheet (linked by the page's shell) and its font. */
const CODICON_FILES = ['codicon.css', 'codicon.ttf'];

/** @type {import('esbuild').Plugin} */
const copyCodicons = {
  name: 'copy-codicons',
  setup(build) {
    build.onEnd(() => {
      const from = path.join(path.dirname(require.resolve('@vscode/codicons/package.json')), 'dist');
      const to = path.join(__dirname, 'dist', 'codicons');
      fs.mkdirSync(to, { recursive: true });
      for (const file of CODICON_FILES) fs.copyFileSync(path.join(from, file), path.join(to, file));
    });
  },
};

/**
 * The options of the webview's page: one script for the browser (Chromium of VS Code's Electron), an IIFE
 * since the page loads it with a plain <script>; no Node, no `vscode`, no AWS SDK (test/unit/bundleContents.test.ts).
 * @param {{ production: boolean }} mode
 * @returns {import('esbuild').BuildOptions}
 */
function webviewBuildOptions({ production }) {
  return {
    entryPoints: { webview: 'src/webview/main.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    outdir: 'dist',
    logLevel: 'silent',
    plugins: [reportProblems],
  };
}

async function main() {
  // package.json's commands and menus come from the command declarations: write them first, so the
  // manifest built against is the one the bundles run (scripts/generateManifest.js); in watch mode again
  // on every rebuild, since an edited declaration is what triggered it.
  await generateManifest();
  const options = buildOptions({ production });
  if (watch) options.plugins = [...(options.plugins ?? []), { name: 'generate-manifest', setup: (build) => build.onStart(() => generateManifest().then(() => undefined)) }];
  const webview = webviewBuildOptions({ production });
  webview.plugins = [...(webview.plugins ?? []), copyCodicons];
  const contexts = await Promise.all([esbuild.context(options), esbuild.context(webview)]);
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
  } else {
    const results = await Promise.all(contexts.map((ctx) => ctx.rebuild().finally(() => ctx.dispose())));
    if (results.some((result) => result.errors.length)) process.exit(1);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { buildOptions, webviewBuildOptions };
