// ESLint flat config: typescript-eslint's recommended rules for src/ and test/, plus the layering rule
// from the design guide: the modules that must run in plain Node (and so in unit tests) never import
// `vscode` at run time; and the bundle rule: the AWS SDK and src/aws/ (what lands in dist/aws.js) are
// imported at run time only inside src/aws/, and by the one loader that requires dist/aws.js
// (src/aws/awsBundle.ts). `import type` stays allowed: it disappears from the compiled code.
// test/unit/bundleContents.test.ts checks the built bundles themselves.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The command declarations and their dispatch too: the build loads them in plain Node to write package.json.
const COMMAND_DECLARATIONS = ['allCommands', 'commands', 'declaration', 'dispatch', 'handOver', 'manifest', 'nodeArguments', 'treeTargets'].map((name) => `src/commands/${name}.ts`);
const NO_VSCODE_AT_RUN_TIME = ['src/shared/**', 'src/validation/**', 'src/tree/nodes.ts', 'src/tree/kinds/**', 'src/commands/flows/**', ...COMMAND_DECLARATIONS];
const AWS_FOLDER = 'src/aws/**';
// The loader of dist/aws.js lives in src/aws/ but runs in the bundle that loads it, so it may not import the SDK.
const AWS_LOADER = ['src/aws/awsBundle.ts', 'src/aws/compiledBundle.ts', 'src/aws/lambdaBundle.ts', 'src/aws/identityBundle.ts'];

const NO_VSCODE = {
  name: 'vscode',
  message: 'This module must run in plain Node (unit tests): use `import type` or move the code to a UI layer.',
  allowTypeImports: true,
};
const NO_SDK = {
  group: ['@aws-sdk/*', '@smithy/*'],
  message: 'The AWS SDK belongs in dist/aws.js: put this code under src/aws/ (or use `import type`).',
  allowTypeImports: true,
};
const AWS_MESSAGE = 'src/aws/ is the AWS bundle, loaded on first use: reach it through awsBundle() in src/aws/awsBundle.ts (or use `import type`).';
// Any import of src/aws/ (its index or a file in it) but the loaders (of dist/aws.js and of dist/lambda.js).
const NO_AWS_FOLDER = [{ regex: '(^|/)aws(/(?!awsBundle$|lambdaBundle$|identityBundle$).*)?$', message: AWS_MESSAGE, allowTypeImports: true }];

// The webview's page (dist/webview.js) runs in the browser: no `vscode` (not even its types), no SDK. Its
// browser globals need no list here: typescript-eslint turns no-undef off for TypeScript, and
// src/webview/tsconfig.json (the DOM lib) is what knows `window` and `document` there and nowhere else.
const WEBVIEW = 'src/webview/**';
const NO_VSCODE_IN_BROWSER = { name: 'vscode', message: 'The webview page runs in the browser: it talks to the extension by message (src/shared/views/viewMessages.ts).' };

/** One no-restricted-imports entry per file set: in flat config a later entry replaces an earlier one's options. */
function restricted(files, ignores, paths, patterns) {
  return { files, ignores, rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] } };
}

export default defineConfig(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'reports/**', '.stryker-tmp/**'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // `_`-prefixed parameters are intentional (interface shapes, callbacks).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  restricted(['src/**/*.ts'], [AWS_FOLDER, WEBVIEW, ...NO_VSCODE_AT_RUN_TIME], [], [NO_SDK, ...NO_AWS_FOLDER]),
  restricted([WEBVIEW], [], [NO_VSCODE_IN_BROWSER], [{ ...NO_SDK, allowTypeImports: false }, ...NO_AWS_FOLDER]),
  restricted(NO_VSCODE_AT_RUN_TIME, [], [NO_VSCODE], [NO_SDK, ...NO_AWS_FOLDER]),
  restricted([AWS_FOLDER], [], [NO_VSCODE], []),
  restricted(AWS_LOADER, [], [NO_VSCODE], [NO_SDK]),
);
