// ESLint flat config: typescript-eslint's recommended rules for src/ and test/, plus the layering rule
// from the design guide: the modules that must run in plain Node (and so in unit tests) never import
// `vscode` at run time. `import type` stays allowed: it disappears from the compiled code.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const NO_VSCODE_AT_RUN_TIME = [
  'src/cognito/**',
  'src/validation/**',
  'src/tree/nodes.ts',
  'src/commands/flows/**',
  'src/aws/**',
];

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
  {
    files: NO_VSCODE_AT_RUN_TIME,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'vscode',
              message: 'This module must run in plain Node (unit tests): use `import type` or move the code to a UI layer.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
