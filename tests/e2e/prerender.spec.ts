/**
 * A seller's page that Chromium prerenders (speculation rules) and then shows when the person clicks: read, and the
 * caution banner on it once shown. Chromium prerenders only pages of the same site (another site's page is refused,
 * `CrossSiteNavigationInInitialNavigation`, and only prefetched), so the seller's own landing page prerenders its
 * order page. Driven over the bare DevTools protocol (./bare-chromium.ts): with Playwright attached Chromium refuses
 * every prerender, which left this path untested (docs/speed.md). Each case checks that the page was prerendered
 * (`activationStart` > 0), not only fetched early.
 */
import { expect } from '@playwright/test';
import { launchBare } from './bare-chromium';
import { test } from './local-sites';

const CASES: Array<[string, string, boolean]> = [
  ['the order page', '/offer', false],
  ['the order page, with the worker asleep when the person clicks', '/offer', true],
  ['an order page that writes its offer only once shown', '/offer-shown', false],
];

for (const [i, [name, path, asleep]] of CASES.entries()) {
  test(`a seller's landing page prerenders ${name}: read on activation, caution banner`, async ({ sites }) => {
    const chromium = await launchBare(sites);
    try {
      const origin = `https://www.fastdocs-prerender-${i + 1}.com`;
      const offer = `${origin}${path}`;
      const target = await chromium.open(`${origin}/prerender?to=${encodeURIComponent(offer)}`);
      await expect.poll(() => sites.requested(offer)).toBe(true);
      // Time for the prerendered page to load, and for the landing page's own reading (nothing to warn about). Attached
      // only now: a DevTools session on the page as the prerender starts also stops it.
      await new Promise((r) => setTimeout(r, 1_500));
      const tab = await chromium.attach(target);
      expect(await tab.evaluate<string | null>(`document.querySelector('official-or-not-banner')?.dataset.level ?? null`)).toBeNull();
      if (asleep) await chromium.stopWorker();
      await tab.click('#go');
      await expect.poll(() => tab.evaluate<string>('location.href')).toBe(offer);
      expect(await tab.evaluate<number>(`performance.getEntriesByType('navigation')[0].activationStart`), 'prerendered, not only fetched').toBeGreaterThan(0);
      expect(sites.log.filter((h) => h.path === path).length, 'fetched once: the prerendered copy was shown').toBe(1);
      await expect.poll(() => tab.evaluate<string | null>(`document.querySelector('official-or-not-banner')?.dataset.level ?? null`), { timeout: 15_000 }).toBe('caution');
    } finally {
      await chromium.close();
    }
  });
}
