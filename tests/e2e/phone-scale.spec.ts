/**
 * On a phone, a page's `<meta name="viewport">` sets the scale the whole page is drawn at, the
 * banner included: `initial-scale=0.1` drew the caution banner at 10% (~33 px tall on a 640 px
 * screen, text unreadable); `width=3000` at 25%; a page with no viewport tag at 37%. The banner
 * must show at its own size whatever scale the page chose (entrypoints/banner/host.ts visualCounter).
 * Chromium with mobile emulation (360×640, isMobile: the viewport tag is honoured).
 */
import { test, expect, chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, launchArgs, readyWorker } from './harness';

const SELLER = readFileSync(resolve('tests/fixtures/pages/paid-access-code.html'), 'utf8');
const VIEWPORTS: Record<string, string> = {
  'initial-scale=0.1': '<meta name="viewport" content="width=device-width, initial-scale=0.1, minimum-scale=0.1, maximum-scale=0.1, user-scalable=no">',
  'width=3000': '<meta name="viewport" content="width=3000">',
  'no viewport tag': '',
  'device-width': '<meta name="viewport" content="width=device-width, initial-scale=1">',
};

let context: BrowserContext;
let profile: string;
test.beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'oon-phone-'));
  context = await chromium.launchPersistentContext(profile, {
    headless: false, // --headless=new comes with launchArgs()
    executablePath: chromiumPath(),
    args: launchArgs(),
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  await readyWorker(context);
  await context.route('https://www.phone-codes.example/**', (route) => {
    const meta = VIEWPORTS[new URL(route.request().url()).searchParams.get('v') ?? ''] ?? '';
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: SELLER.replace('<head>', `<head>${meta}`) });
  });
});
test.afterAll(async () => {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

for (const name of Object.keys(VIEWPORTS)) {
  test(`the caution banner shows at its own size on a phone page with ${name}`, async () => {
    const page = await context.newPage();
    await page.goto(`https://www.phone-codes.example/access-code?v=${encodeURIComponent(name)}`);
    const host = page.locator('official-or-not-banner');
    await expect(host).toHaveAttribute('data-level', 'caution', { timeout: 15_000 });
    // On screen (CSS px of the page × the page's scale): as wide as the screen, and as tall as at scale 1.
    const onScreen = () =>
      page.evaluate(() => {
        const r = document.querySelector('official-or-not-banner')!.getBoundingClientRect();
        const scale = visualViewport?.scale ?? 1;
        return { width: Math.round(r.width * scale), height: Math.round(r.height * scale) };
      });
    await expect.poll(async () => (await onScreen()).width).toBeGreaterThanOrEqual(340);
    await expect.poll(async () => (await onScreen()).width).toBeLessThanOrEqual(380);
    // At scale 1 (device-width) the banner is ~380 px tall; at 10% it was ~33.
    await expect.poll(async () => (await onScreen()).height).toBeGreaterThanOrEqual(150);
    if (process.env.SHOT) await page.screenshot({ path: `/tmp/phone-${name.replace(/\W+/g, '-')}.png` });
    await page.close();
  });
}
