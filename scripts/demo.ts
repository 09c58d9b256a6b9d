/**
 * Shows the built extension working, headless: opens Chromium with .output/chrome-mv3 on the
 * bundled sample pages (served offline under real-looking host names), prints each page's level
 * and saves screenshots of what a person sees to demo/: every surface, and the popup's three tabs,
 * the banner and the warning page in each of the six languages, also on a 360 px phone screen
 * (./demo-narrow.ts).
 *
 * Every screenshot is checked for missing glyphs (characters drawn as empty boxes because no
 * installed font has them, as Chinese and Korean are without a CJK font): the demo fails and
 * names the screens and characters. scripts/run.sh installs Debian's fonts-noto-cjk.
 *
 *   npm run demo        (builds first; CHROMIUM_PATH picks the browser, else a system Chromium)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { chromiumPath, hasClass, launch, levelOf, readyWorker, shadowBox, shadowText, tabIdOf } from '../tests/e2e/harness';
import { missingGlyphs } from './glyphs';
import { narrowShots } from './demo-narrow';

const OUT = resolve('demo');

const LOCALES = ['en', 'es', 'zh_CN', 'vi', 'fil', 'ko'] as const;
const POPUP_TABS = [
  ['site', 'This site'],
  ['guide', 'Access code'],
  ['channels', 'Official help'],
] as const;
const SELLER = 'https://www.fastimmigrationdocs.com/access-code';
const LOOKALIKE = 'https://uscis-gov.net/account';
const LAWYER = 'https://www.riveraimmigrationlaw.com/green-card-family';
const BANNER = 'official-or-not-banner';

/** Screens that showed missing glyphs: "file: characters". */
const tofu: string[] = [];

/** Saves a screenshot and records any character on it that no installed font can draw. */
async function shoot(page: Page, file: string, options: { fullPage?: boolean; text?: string; fontFamily?: string } = {}): Promise<void> {
  await page.screenshot({ path: resolve(OUT, file), fullPage: options.fullPage ?? false });
  const missing = await missingGlyphs(page, { ...(options.text !== undefined ? { text: options.text } : {}), ...(options.fontFamily ? { fontFamily: options.fontFamily } : {}) });
  if (missing.length > 0) tofu.push(`demo/${file}: ${missing.slice(0, 12).join(' ')}${missing.length > 12 ? ` (+${missing.length - 12})` : ''}`);
}

/** A banner or guard lives in a closed shadow root: its text comes through the DevTools protocol, drawn in its own generic fonts. */
async function shootWithShadow(page: Page, file: string, hostTag: string): Promise<void> {
  await shoot(page, file, { text: (await shadowText(page, hostTag)) || ' ', fontFamily: 'system-ui, sans-serif' });
}

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
      if (landed.startsWith('chrome-extension://')) await shoot(page, sample.shot);
      else await shootWithShadow(page, sample.shot, 'official-or-not-banner');
      console.log(`${level.padEnd(22)} ${sample.url}  (${sample.what}) → demo/${sample.shot}`);
    }
    if (cautionTab >= 0) await everyLanguage(context, worker, extensionId, cautionTab);
    console.log(`\nRequests that tried to leave the machine: ${stray.length} (fixture pages only are served)`);
  } finally {
    await cleanup();
  }
  await darkMode();
  if (tofu.length > 0) {
    console.error(`\nMissing glyphs (drawn as empty boxes) on ${tofu.length} screen(s): install a CJK font (Debian: apt-get install fonts-noto-cjk; scripts/run.sh does it as root).`);
    for (const line of tofu) console.error(`  ${line}`);
    process.exit(1);
  }
  console.log('\nNo missing glyphs on any screen.');
}

/**
 * For the access-code seller's tab: the popup's three tabs in each language (switched with the
 * popup's own picker, every guide section open), then the caution banner and the warning page in
 * that language (the setting is shared by every surface).
 */
async function everyLanguage(context: BrowserContext, worker: Worker, extensionId: string, tabId: number): Promise<void> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForTimeout(800);
  for (const locale of LOCALES) {
    await popup.locator('select').first().selectOption(locale);
    await popup.waitForTimeout(300);
    for (const [tab] of POPUP_TABS) {
      // By id: the tabs' order changed when "Check a message" came in second.
      await popup.locator(`#tab-${tab}`).click();
      if (tab === 'guide') for (const d of await popup.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
      await popup.waitForTimeout(200);
      // popup.png and popup-<locale>.png (the "This site" tab) keep their names for the README.
      const name = tab === 'site' ? (locale === 'en' ? 'popup.png' : `popup-${locale}.png`) : `popup-${locale}-${tab}.png`;
      await shoot(popup, name, { fullPage: true });
    }
    await popup.locator('[role="tab"]').first().click();
    const seller = await context.newPage();
    await seller.goto(SELLER);
    await seller.waitForTimeout(1500);
    await shootWithShadow(seller, `banner-caution-${locale}.png`, BANNER);
    // Folded to a strip (past the grace period: the page waited 1.5 s above).
    await clickShadow(seller, 'fold');
    await seller.waitForTimeout(300);
    await shootWithShadow(seller, `banner-strip-${locale}.png`, BANNER);
    await seller.close();
    const area = await hintShots(context, worker, locale);
    await emptyPopupShot(context, worker, extensionId, locale);
    console.log(`${`hint, ${locale}`.padEnd(22)} closed ${area} → demo/hint-${locale}.png, hint-open-${locale}.png`);
    const warning = await context.newPage();
    await warning.goto(LOOKALIKE).catch(() => undefined);
    // Past the grace period (lib/tab/grace.ts): "Continue once" and "Always trust" are drawn enabled.
    await warning.waitForTimeout(1500);
    await shoot(warning, `warning-page-${locale}.png`);
    await warning.close();
    await narrowShots(context, { seller: SELLER, lookalike: LOOKALIKE, popup: `chrome-extension://${extensionId}/popup.html?tabId=${tabId}` }, locale, {
      page: (page, file, fullPage) => shoot(page, file, { fullPage: fullPage ?? false }),
      shadow: (page, file, hostTag) => shootWithShadow(page, file, hostTag),
    });
  }
  console.log(
    `${'6 languages'.padEnd(22)} → demo/popup[-<locale>][-guide|-channels].png, popup-empty-<locale>.png, banner-caution-<locale>.png, banner-strip-<locale>.png, warning-page-<locale>.png`,
  );
  console.log(`${'phone, 360×640'.padEnd(22)} → demo/narrow-{banner,guard,warning,popup}-<locale>.png`);
}

/** A real click on the first node with this class inside the banner's closed shadow root. */
async function clickShadow(page: Page, cls: string): Promise<void> {
  const box = await shadowBox(page, BANNER, (n) => hasClass(n, cls));
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The notice hint on a lawyer's page, closed then open; returns its closed size. */
async function hintShots(context: BrowserContext, worker: Worker, locale: string): Promise<string> {
  // The hint shows once per site per browsing period: forget it, so each language shows it.
  await worker.evaluate(() => chrome.storage.session.remove('notice-hints'));
  const page = await context.newPage();
  await page.goto(LAWYER);
  await page.locator(BANNER).waitFor({ timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  const r = await page.evaluate((tag) => document.querySelector(tag)?.getBoundingClientRect().toJSON() as DOMRect | undefined, BANNER);
  await shootWithShadow(page, `hint-${locale}.png`, BANNER);
  await clickShadow(page, 'hint-toggle');
  await page.waitForTimeout(300);
  await shootWithShadow(page, `hint-open-${locale}.png`, BANNER);
  await page.close();
  return r ? `${Math.round(r.width)}×${Math.round(r.height)} = ${Math.round(r.width * r.height)} px²` : 'NOT SHOWN';
}

/** The popup for a blank tab (nothing to judge): it leads with the free guide and the official channels. */
async function emptyPopupShot(context: BrowserContext, worker: Worker, extensionId: string, locale: string): Promise<void> {
  // A new tab made by the extension itself: without the `tabs` permission it cannot read the
  // address of an about:blank page, so tabIdOf would not find one.
  const tabId = await worker.evaluate(async () => (await chrome.tabs.create({ url: 'about:blank', active: false })).id);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForTimeout(600);
  await shoot(popup, `popup-empty-${locale}.png`);
  await popup.close();
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
    await shootWithShadow(page, 'banner-caution-dark.png', 'official-or-not-banner');
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForTimeout(800);
    await shoot(popup, 'popup-dark.png', { fullPage: true });
    const warning = await context.newPage();
    await warning.goto('https://uscis-gov.net/account').catch(() => undefined);
    await warning.waitForTimeout(1000);
    await shoot(warning, 'warning-page-dark.png');
    console.log(`${'dark mode'.padEnd(22)} → demo/{banner-caution,popup,warning-page}-dark.png`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
