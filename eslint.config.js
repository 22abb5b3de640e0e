import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/dist/**',
    '**/dist-pseudo/**',
    '**/dist-server/**',
    '**/node_modules/**',
    '**/*.tsbuildinfo',
    'test-results/**',
    'docs/api/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['packages/react/**/*.{ts,tsx}', 'apps/walkthrough/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    // The portal example is type-checked against the packed tarballs by its e2e run; for linting, its lint
    // tsconfig reads the packages' sources, so lint needs no build.
    files: ['apps/portal-example/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: {
      globals: globals.browser,
      parserOptions: {
        projectService: false,
        project: './apps/portal-example/tsconfig.lint.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The lifecycle observer reads the machine's public exports only: no React, no DOM, no machine internals.
    files: ['packages/lifecycle/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', '@eulogin-coach/*', '!@eulogin-coach/machine', '../../machine/*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch'],
    },
  },
  {
    // The coach holds no DOM, no React and no sentences: keep it that way.
    files: ['packages/machine/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@eulogin-coach/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'setTimeout', 'setInterval', 'fetch'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness comes from the effects.' },
        { object: 'Date', property: 'now', message: 'Time comes from the clock and the effects.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'Time comes from the clock.' },
      ],
    },
  },
]);
