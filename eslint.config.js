import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Browser and WXT modules: lib/ is pure (lib/platform/ excepted). */
const WXT_IMPORTS = ['wxt', 'wxt/*', '#imports', '@wxt-dev/*', 'webextension-polyfill'];

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
      'no-restricted-imports': ['error', { patterns: WXT_IMPORTS }],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document', 'fetch', 'XMLHttpRequest', 'localStorage', 'process'],
      // nothing logs from the classifier: a debug line left in runs in every user's service worker
      'no-console': 'error',
    },
  },
  {
    // Imports run down, never back up: text helpers know nothing of the signals or the verdict
    // built on them, and lib/page/ (code that runs inside web pages, in the reader's and the
    // banner's bundles) reaches only small pure helpers, never the classifier or its tables.
    files: ['lib/text/**/*.ts', 'lib/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...WXT_IMPORTS, '../signals', '../signals/*', '../verdict', '../verdict/*', '../page/*', '../tab/*'] },
      ],
    },
  },
  {
    files: ['lib/page/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['../signals', '../verdict', '../domain', '../i18n'],
          patterns: [...WXT_IMPORTS, '../signals/*', '../verdict/*', '../domain/!(url)', '../data/*', '../i18n/index', '../tab/*'],
        },
      ],
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
