/**
 * Pages the browser's back/forward cache keeps and shows again whole, scripts and all, when the person steps back: a
 * seller's page must have its banner again, also one that waits until it is shown again to show its offer. Driven over
 * the bare DevTools protocol (./bare-chromium.ts): Playwright starts Chromium with --disable-back-forward-cache, so no
 * Playwright test ever restored a page from the cache. Each case checks that the page was restored (`pageshow` with
 * `persisted`), not loaded again.
 */
import { expect } from '@playwright/test';
import { launchBare } from './bare-chromium';
import { LOCAL, test } from './local-sites';

const BANNER = `document.querySelector('official-or-not-banner')?.dataset.level ?? null`;

for (const [name, path, before] of [
  ['a seller page', '/kept-offer', 'caution'],
  ['a quiet page that shows a seller\'s offer when it is shown again', '/kept-quiet', null],
] as const) {
  test(`${name} restored from the back/forward cache has the caution banner`, async ({ sites }) => {
    const chromium = await launchBare(sites);
    try {
      const url = `https://www.fastdocs-kept.com${path}`;
      const tab = await chromium.attach(await chromium.open(url));
      await expect.poll(() => tab.evaluate<string | null>(BANNER), { timeout: 15_000 }).toBe(before);
      if (before === null) await new Promise((r) => setTimeout(r, 3_000)); // read, and quiet
      expect(await tab.evaluate<string | null>(BANNER)).toBe(before);
      await tab.evaluate(`location.href = ${JSON.stringify(LOCAL.start)}`);
      await expect.poll(() => tab.evaluate<string>('location.href')).toBe(LOCAL.start);
      await new Promise((r) => setTimeout(r, 1_000));
      await tab.evaluate('history.back()');
      await expect.poll(() => tab.evaluate<string>('location.href')).toBe(url);
      expect(await tab.evaluate<string>('document.documentElement.dataset.shown'), 'restored from the cache, not loaded again').toBe('NP');
      await expect.poll(() => tab.evaluate<string | null>(BANNER), { timeout: 15_000 }).toBe('caution');
    } finally {
      await chromium.close();
    }
  });
}
