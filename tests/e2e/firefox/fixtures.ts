/** Playwright fixtures for the Firefox files: one Firefox per file (worker scope), a probe page, a fresh tab per test. */
import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { launchFirefox, extensionProbe, type FirefoxRun } from './harness';

export const test = base.extend<{ tab: Page; noStray: void }, { firefox: FirefoxRun; probe: Page }>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const run = await launchFirefox();
      await use(run);
      await run.close();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  probe: [async ({ firefox }, use) => use(await extensionProbe(firefox.browser)), { scope: 'worker' }],
  tab: async ({ firefox }, use) => {
    const page = await firefox.browser.newPage();
    await use(page);
    await page.close();
  },
  // After every test (of every file that uses these fixtures): nothing but fixture pages was asked
  // for, by pages, the add-on or Firefox itself.
  noStray: [
    async ({ firefox }, use) => {
      await use();
      expect(firefox.stray.splice(0)).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
