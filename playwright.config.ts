import { defineConfig } from '@playwright/test';

// The extension is loaded into a persistent Chromium profile per test file (see tests/e2e/fixtures.ts).
// One worker: the machine has 2 cores and each worker runs a whole browser.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  // Chromium (Playwright, tests/e2e/*.spec.ts) and Firefox (puppeteer-core over WebDriver BiDi,
  // tests/e2e/firefox/, see docs/firefox.md): `npx playwright test --project firefox` runs one.
  projects: [
    { name: 'chromium', testIgnore: 'firefox/**' },
    { name: 'firefox', testMatch: 'firefox/**/*.spec.ts' },
  ],
});
