/**
 * Firefox with the extension's background asleep (issue 14 item 6, issue 17 item 2): Firefox
 * suspends an MV3 background after `extensions.background.idle.timeout` ms without events (30 s by
 * default; 1 s here, and each test first waits 3 s). The blocking webRequest listener registered at
 * start-up still answers: Firefox holds the top-level request while the background starts again,
 * so the look-alike is never requested — directly or behind a shortener's 302. The proxy's log
 * shows what was fetched.
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { launchFirefox, visit, hrefOf, until, EXTENSION_ORIGIN, FIREFOX_EXTENSION_DIR, SHORTENER, type FirefoxRun } from './harness';

const LOOKALIKE = 'https://uscis-gov.net/account';
const RECIPE = 'https://www.bananabread-recipes.com/easy';
const WARNING = `${EXTENSION_ORIGIN}/warning.html`;
const IDLE_MS = 1_000;

const test = base.extend<{ tab: Page }, { firefox: FirefoxRun }>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const run = await launchFirefox(FIREFOX_EXTENSION_DIR, { 'extensions.background.idle.timeout': IDLE_MS });
      await use(run);
      await run.close();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  tab: async ({ firefox }, use) => {
    const page = await firefox.browser.newPage();
    await visit(page, RECIPE);
    await until(() => hrefOf(page), (h) => h === RECIPE, 'recipe page');
    // No extension event for three idle periods: the background is suspended.
    await new Promise((r) => setTimeout(r, 3 * IDLE_MS));
    firefox.served.length = 0;
    await use(page);
    await page.close();
  },
});

test('background asleep: a look-alike is never requested', async ({ tab, firefox }) => {
  await visit(tab, LOOKALIKE);
  await until(() => hrefOf(tab), (h) => h.startsWith(WARNING), 'warning page');
  expect(firefox.served.filter((u) => u.startsWith('https://uscis-gov.net/'))).toEqual([]);
});

test('background asleep: behind a shortener’s 302, a look-alike is never requested', async ({ tab, firefox }) => {
  const viaShortener = `${SHORTENER}?to=${encodeURIComponent(LOOKALIKE)}`;
  await visit(tab, viaShortener);
  await until(() => hrefOf(tab), (h) => h.startsWith(WARNING), 'warning page');
  expect(firefox.served).toContain(viaShortener);
  expect(firefox.served.filter((u) => u.startsWith('https://uscis-gov.net/'))).toEqual([]);
});
