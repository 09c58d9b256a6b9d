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
  {
    // lib/platform/ is the one thin layer of lib/ that talks to the browser (uBlock's vAPI).
    files: ['lib/platform/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  {
    // Nothing about the user's browsing leaves the device: no network APIs in extension code.
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', { object: 'navigator', property: 'sendBeacon' }],
    },
  },
);
