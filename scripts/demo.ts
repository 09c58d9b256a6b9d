/**
 * Shows the built extension working, headless: opens Chromium with .output/chrome-mv3 on the
 * bundled sample pages (served offline under real-looking host names), prints each page's level
 * and saves screenshots of what a person sees to demo/.
 *
 *   npm run demo        (builds first; CHROMIUM_PATH picks the browser)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, launch, levelOf, readyWorker, tabIdOf } from '../tests/e2e/harness';

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
