/**
 * Shows the built extension working, headless: opens Chromium with .output/chrome-mv3 on the
 * bundled sample pages (served offline under real-looking host names), prints each page's level
 * and saves screenshots of what a person sees to demo/: every surface, and the popup's three tabs,
 * the banner and the warning page in each of the six languages.
 *
 * Every screenshot is checked for missing glyphs (characters drawn as empty boxes because no
 * installed font has them, as Chinese and Korean are without a CJK font): the demo fails and
 * names the screens and characters. scripts/run.sh installs Debian's fonts-noto-cjk.
 *
 *   npm run demo        (builds first; CHROMIUM_PATH picks the browser, else a system Chromium)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { chromiumPath, launch, levelOf, readyWorker, shadowText, tabIdOf } from '../tests/e2e/harness';
import { missingGlyphs } from './glyphs';

const OUT = resolve('demo');

const LOCALES = ['en', 'es', 'zh_CN', 'vi', 'fil', 'ko'] as const;
const POPUP_TABS = [
  ['site', 'This site'],
  ['guide', 'Access code'],
  ['channels', 'Official help'],
] as const;
const SELLER = 'https://www.fastimmigrationdocs.com/access-code';
const LOOKALIKE = 'https://uscis-gov.net/account';

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
    if (cautionTab >= 0) await everyLanguage(context, extensionId, cautionTab);
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
async function everyLanguage(context: Awaited<ReturnType<typeof launch>>['context'], extensionId: string, tabId: number): Promise<void> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForTimeout(800);
  for (const locale of LOCALES) {
    await popup.locator('select').first().selectOption(locale);
    await popup.waitForTimeout(300);
    for (const [index, [tab]] of POPUP_TABS.entries()) {
      await popup.locator('[role="tab"]').nth(index).click();
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
    await shootWithShadow(seller, `banner-caution-${locale}.png`, 'official-or-not-banner');
    await seller.close();
    const warning = await context.newPage();
    await warning.goto(LOOKALIKE).catch(() => undefined);
    await warning.waitForTimeout(1000);
    await shoot(warning, `warning-page-${locale}.png`);
    await warning.close();
  }
  console.log(`${'6 languages'.padEnd(22)} → demo/popup[-<locale>][-guide|-channels].png, banner-caution-<locale>.png, warning-page-<locale>.png`);
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
