// Mutation testing (npm run test:mutation): Stryker changes src/ one mutant at a time and runs the unit and
// integration tests against each; a mutant no test notices ("survived") is behaviour they do not pin down.
// Only the choices that differ from Stryker's defaults are set here, each with why. Reports go to Stryker's
// default places (reports/mutation/mutation.html and .json). The score is reported, not enforced
// (thresholds.break stays off): `npm run test:mutation` fails only when the run itself fails.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  mutate: [
    'src/**/*.ts',
    // These import `vscode` at run time, which exists only inside a VS Code extension host; plain-Node mocha
    // cannot load them. The vscode and ui test levels cover them (not run here: too slow per mutant).
    '!src/extension.ts',
    '!src/core/index.ts',
    '!src/features/index.ts',
    '!src/features/connectionSettings.ts',
    // Its one job is require('./index'), the features bundle, which imports `vscode`: nothing here can load it.
    '!src/features/featuresBundle.ts',
    // The same for the core bundle: its one job is require('./index'), which imports `vscode`.
    '!src/core/coreBundle.ts',
    '!src/connection/vscodeSettings.ts',
    '!src/commands/ssoLogin.ts',
    '!src/tree/provider.ts',
    '!src/tree/treeItems.ts',
    '!src/ui/connectionStatusBar.ts',
    '!src/ui/fileDialogs.ts',
    '!src/ui/runCommand.ts',
    '!src/ui/vscodeFeedback.ts',
    '!src/ui/vscodePrompter.ts',
    '!src/views/detailsView.ts',
    '!src/views/tokensView.ts',
    // The webview's page runs in a browser (lit, the DOM); test/ui/renderedPage.test.ts covers it. Its times
    // are plain functions with unit tests, so they are mutated (patterns apply in order: this one adds back).
    '!src/webview/**/*.ts',
    'src/webview/times.ts',
  ],
  testRunner: 'mocha',
  // The tests run compiled: tsc builds src/ (mutated) and test/ into out/ inside Stryker's sandbox, as
  // scripts/test-all.js does. Type errors in mutated code do not stop it: Stryker adds `// @ts-nocheck`
  // to every file it copies (disableTypeChecks, on by default). The sandbox gets node_modules only after the
  // build, so tsc comes from PATH (Stryker adds node_modules/.bin) and finds the types in the parent folder.
  buildCommand: 'tsc -p tsconfig.test.json',
  mochaOptions: {
    // Not out/test/double/tests/: the double's own tests import nothing from src/, so no mutant can reach them.
    spec: ['out/test/unit/**/*.test.js', 'out/test/integration/**/*.test.js'],
    ignore: [
      // It tests scripts/start-demo.js (not src/) and needs code-server: slow, and nothing to mutate.
      'out/test/integration/startDemo.test.js',
      // It signs in through dist/aws.js, the esbuild bundle, which the sandbox does not rebuild from mutated src/.
      'out/test/integration/bundleSrp.test.js',
    ],
    // What level.ts does around the levels: no `.only`, no real AWS, one cognito-local (strykerHooks.ts).
    require: ['out/test/runners/strykerHooks.js'],
  },
  // Each mutant runs only the tests that reached its code: far fewer test runs than all tests per mutant.
  // So every test must pass alone and when run again (docs/testing.md, Mutation testing).
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code, run once on load) would each need every test, integration included:
  // a few hundred of them took most of the time. They are left out of the run and of the score (Ignored).
  ignoreStatic: true,
  // Two cores here, and other work shares them; pass --concurrency N on a bigger machine.
  concurrency: 2,
  // Build output, caches and reports are not part of the code under test: no need to copy them.
  ignorePatterns: ['out', 'dist', '.cache', '.vscode-test', 'test-results', 'reports', '*.vsix'],
  // clear-text and progress for the terminal, html to browse survivors, json for scripts/mutation-scores.js.
  reporters: ['clear-text', 'progress', 'html', 'json'],
};
export default config;
