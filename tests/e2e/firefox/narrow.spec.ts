/**
 * Phones in Firefox (issue 17 item 3): Firefox for Android opens the popup as a full-screen tab, and
 * the warning page replaces a look-alike. Both at 360×640, at normal and at 200% text, in all six
 * languages, with the same in-page checks as Chromium's tests/e2e/narrow.spec.ts (../layout-check.ts:
 * tap targets ≥ 44 px, nothing past the edge or scrolling sideways, nothing cut off, no overlaps).
 * The banner and the field guard sit in closed shadow roots, which puppeteer cannot reach in
 * Firefox; Chromium's narrow spec measures them.
 */
import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { visit, hrefOf, until, tabIdFor, levelIn, EXTENSION_ORIGIN } from './harness';
import { enlargeText, layoutProblems } from '../layout-check';

const LOCALES = ['en', 'es', 'zh_CN', 'vi', 'fil', 'ko'] as const;
const SELLER = 'https://www.fastimmigrationdocs.com/access-code';
const LOOKALIKE = 'https://uscis-gov.net/account';
const MIN_TARGET = 44;

/** Problems of the page's document at 100% and then 200% text, labelled. */
async function bothScales(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const scale of [1, 2]) {
    const doc = await page.evaluateHandle(() => document);
    await page.evaluate(enlargeText, doc, scale);
    const problems = await page.evaluate(layoutProblems, doc, MIN_TARGET);
    await doc.dispose();
    for (const p of problems) found.push(`${label} @${scale * 100}%: ${p.kind} ${p.what} (${p.detail})`);
  }
  return found;
}

test('popup as a full-screen tab and warning page at 360 px and 200% text, six languages', async ({ tab, firefox, probe }) => {
  test.setTimeout(180_000);
  await visit(tab, SELLER);
  const tabId = await tabIdFor(probe, SELLER);
  await until(() => levelIn(probe, tabId), (l) => l === 'caution', 'level');
  const popup = await firefox.browser.newPage();
  await popup.setViewport({ width: 360, height: 640 });
  await tab.setViewport({ width: 360, height: 640 });
  const found: string[] = [];
  for (const locale of LOCALES) {
    await visit(popup, `${EXTENSION_ORIGIN}/popup.html?tabId=${tabId}`);
    await until(() => popup.$$eval('[role=tab]', (els) => els.length), (n) => n >= 3, 'popup tabs');
    await popup.select('select', locale);
    await until(() => popup.evaluate(() => document.documentElement.lang), (l) => l.replace('-', '_').startsWith(locale.slice(0, 2)), `popup in ${locale}`);
    const ids = await popup.$$eval('[role=tab]', (els) => els.map((e) => e.id));
    for (const id of ids) {
      await popup.evaluate((tabEl) => (document.getElementById(tabEl) as HTMLButtonElement).click(), id);
      await popup.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('[role=tabpanel]:not([hidden]) details').forEach((d) => (d.open = true)));
      found.push(...(await bothScales(popup, `${locale} popup/${id.replace(/^tab-/, '')}`)));
    }
    // Opened directly: firefox.spec.ts, which may run first in the same Firefox, trusts the look-alike.
    await visit(tab, `${EXTENSION_ORIGIN}/warning.html?url=${encodeURIComponent(LOOKALIKE)}`);
    await until(() => hrefOf(tab), (h) => h.startsWith(`${EXTENSION_ORIGIN}/warning.html`), 'warning page');
    await until(() => tab.evaluate(() => document.querySelectorAll('button').length), (n) => n >= 2, 'warning buttons');
    found.push(...(await bothScales(tab, `${locale} warning page`)));
  }
  await popup.close();
  console.log(`Firefox, 360 px: ${found.length} problem(s)\n${found.map((f) => `  ${f}`).join('\n')}`);
  expect(found).toEqual([]);
});
