// ESLint flat config: typescript-eslint's recommended rules over the TypeScript sources and
// tests, ESLint's recommended rules over the scripts; formatting is Prettier's (eslint-config-prettier
// turns off the rules that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['lib/**', 'dist/**', 'node_modules/**', '.venv*/**', 'src/core/generated/**', 'jupyterlab_letgo/**', 'bench/repos/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // letgo escapes and strips the control characters that repositories supply: matching them is the point.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/lab/**/*.ts', 'src/index.ts', 'tests/lab/**/*.ts', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier
);
