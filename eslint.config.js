import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'demo/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is pure: it runs in Node, in tests and in the CLI. No browser or WXT APIs.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*', 'webextension-polyfill'] }],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document', 'fetch', 'XMLHttpRequest', 'localStorage'],
    },
  },
);
