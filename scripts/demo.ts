/**
 * Shows the built extension working, headless: opens Chromium with .output/chrome-mv3 on the
 * bundled sample pages (served offline under real-looking host names), prints each page's level
 * and saves screenshots of what a person sees to demo/.
 *
 *   npm run demo        (builds first; CHROMIUM_PATH picks the browser)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, levelOf, readyWorker, tabIdOf } from '../tests/e2e/harness';

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
    console.log(`Official or Not demo — extension ${extensionId} loaded in ${process.env.CHROMIUM_PATH || "Playwright's Chromium"}\n`);
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
    }
    console.log(`\nRequests that tried to leave the machine: ${stray.length} (fixture pages only are served)`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
