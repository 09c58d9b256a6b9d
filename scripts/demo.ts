/**
 * Shows the built extension working, headless: opens Chromium with .output/chrome-mv3 on the
 * bundled sample pages (served offline under real-looking host names), prints each page's level
 * and saves screenshots of what a person sees to demo/.
 *
 *   npm run demo        (builds first; CHROMIUM_PATH picks the browser)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { chromiumPath, hasClass, launch, levelOf, readyWorker, shadowBox, tabIdOf } from '../tests/e2e/harness';

const OUT = resolve('demo');

const SAMPLES: Array<{ url: string; shot: string; what: string }> = [
  { url: 'https://www.uscis.gov/', shot: 'official.png', what: 'the real USCIS site' },
  { url: 'https://www.riveraimmigrationlaw.com/green-card-family', shot: 'banner-notice.png', what: "a lawyer's guide" },
  { url: 'https://www.dailytribune-news.com/us-news/access-code-scams', shot: 'news.png', what: 'news about scams' },
  { url: 'https://www.fastimmigrationdocs.com/access-code', shot: 'banner-caution.png', what: 'a site selling access codes' },
  { url: 'https://uscis-gov.net/account', shot: 'warning-page.png', what: 'a look-alike of uscis.gov' },
  { url: 'https://www.bananabread-recipes.com/easy', shot: 'unrelated.png', what: 'a page about something else' },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const { context, stray, cleanup } = await launch();
  try {
    const worker = await readyWorker(context);
    const extensionId = new URL(worker.url()).host;
    console.log(`Official or Not demo — extension ${extensionId} loaded in ${chromiumPath() ?? "Playwright's Chromium"}\n`);
    let cautionTab = -1;
    for (const sample of SAMPLES) {
      const page = await context.newPage();
      await page.goto(sample.url).catch(() => undefined);
      await page.waitForTimeout(1500);
      const landed = page.url();
      let level = 'danger (warning page)';
      if (!landed.startsWith('chrome-extension://')) {
        const tabId = await tabIdOf(worker, page);
        level = (await levelOf(worker, tabId)) ?? '?';
        if (level === 'caution') cautionTab = tabId;
      }
      await page.screenshot({ path: resolve(OUT, sample.shot) });
      console.log(`${level.padEnd(22)} ${sample.url}  (${sample.what}) → demo/${sample.shot}`);
    }
    if (cautionTab >= 0) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 900 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${cautionTab}`);
      await popup.waitForTimeout(800);
      await popup.screenshot({ path: resolve(OUT, 'popup.png'), fullPage: true });
      console.log(`${'popup'.padEnd(22)} for the access-code seller's tab → demo/popup.png`);
      // The same popup in each language, switched with the popup's own language picker.
      for (const locale of ['es', 'zh_CN', 'vi', 'fil', 'ko', 'en']) {
        await popup.locator('select').first().selectOption(locale);
        await popup.waitForTimeout(300);
        if (locale === 'en') break;
        await popup.screenshot({ path: resolve(OUT, `popup-${locale}.png`), fullPage: true });
      }
      console.log(`${'popup, 5 languages'.padEnd(22)} → demo/popup-{es,zh_CN,vi,fil,ko}.png`);
    }
    console.log(`\nRequests that tried to leave the machine: ${stray.length} (fixture pages only are served)`);
  } finally {
    await cleanup();
  }
  await darkMode();
  await quietWarnings();
}

const LOCALES = ['en', 'es', 'zh_CN', 'vi', 'fil', 'ko'] as const;

/**
 * Issue 19, in every language: the notice hint closed and open (demo/hint-<lang>.png,
 * hint-open-<lang>.png, with its measured area), the caution banner docked above the page
 * (banner-docked-<lang>.png) and folded to a strip (banner-strip-<lang>.png), and the popup's
 * first view on a tab with nothing to judge (popup-empty-<lang>.png).
 */
async function quietWarnings(): Promise<void> {
  const { context, cleanup } = await launch();
  try {
    const worker = await readyWorker(context);
    const extensionId = new URL(worker.url()).host;
    const picker = await context.newPage();
    await picker.goto(`chrome-extension://${extensionId}/popup.html`);
    for (const locale of LOCALES) {
      await picker.locator('select').first().selectOption(locale);
      await picker.waitForTimeout(300);
      // The hint shows once per site per browsing period: forget it, so each language shows it.
      await worker.evaluate(() => chrome.storage.session.remove('notice-hints'));
      const area = await hintShots(context, locale);
      await bannerShots(context, locale);
      await emptyPopupShot(context, worker, extensionId, locale);
      console.log(`${`issue 19, ${locale}`.padEnd(22)} hint ${area} → demo/{hint,hint-open,banner-docked,banner-strip,popup-empty}-${locale}.png`);
    }
  } finally {
    await cleanup();
  }
}

async function clickShadow(page: Page, cls: string): Promise<void> {
  const box = await shadowBox(page, 'official-or-not-banner', (n) => hasClass(n, cls));
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The hint on a lawyer's page, closed then open; returns its closed size. */
async function hintShots(context: BrowserContext, locale: string): Promise<string> {
  const page = await context.newPage();
  await page.goto('https://www.riveraimmigrationlaw.com/green-card-family');
  await page.locator('official-or-not-banner').waitFor({ timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  const r = await page.evaluate(() => document.querySelector('official-or-not-banner')?.getBoundingClientRect().toJSON() as DOMRect | undefined);
  await page.screenshot({ path: resolve(OUT, `hint-${locale}.png`) });
  await clickShadow(page, 'hint-toggle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(OUT, `hint-open-${locale}.png`) });
  await page.close();
  return r ? `${Math.round(r.width)}×${Math.round(r.height)} = ${Math.round(r.width * r.height)} px²` : 'not shown';
}

/** The caution banner above the seller's page, then folded to a strip. */
async function bannerShots(context: BrowserContext, locale: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('https://www.fastimmigrationdocs.com/access-code');
  await page.locator('official-or-not-banner').waitFor({ timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(1200); // past the grace period, so the fold button answers
  await page.screenshot({ path: resolve(OUT, `banner-docked-${locale}.png`) });
  await clickShadow(page, 'fold');
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(OUT, `banner-strip-${locale}.png`) });
  await page.close();
}

/** The popup for a blank tab (nothing to judge). */
async function emptyPopupShot(context: BrowserContext, worker: Worker, extensionId: string, locale: string): Promise<void> {
  const blank = await context.newPage();
  const tabId = await tabIdOf(worker, blank);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForTimeout(600);
  await popup.screenshot({ path: resolve(OUT, `popup-empty-${locale}.png`) });
  await popup.close();
  await blank.close();
}

/** The warning page and the popup in dark mode. */
async function darkMode(): Promise<void> {
  const { context, cleanup } = await launch({ colorScheme: 'dark' });
  try {
    const worker = await readyWorker(context);
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto('https://www.fastimmigrationdocs.com/access-code');
    await page.waitForTimeout(1500);
    const tabId = await tabIdOf(worker, page);
    await page.screenshot({ path: resolve(OUT, 'banner-caution-dark.png') });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForTimeout(800);
    await popup.screenshot({ path: resolve(OUT, 'popup-dark.png'), fullPage: true });
    const warning = await context.newPage();
    await warning.goto('https://uscis-gov.net/account').catch(() => undefined);
    await warning.waitForTimeout(1000);
    await warning.screenshot({ path: resolve(OUT, 'warning-page-dark.png') });
    console.log(`${'dark mode'.padEnd(22)} → demo/{banner-caution,popup,warning-page}-dark.png`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
