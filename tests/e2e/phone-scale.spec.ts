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
    const params = new URL(route.request().url()).searchParams;
    const meta = VIEWPORTS[params.get('v') ?? ''] ?? '';
    const page = SELLER.replace('<head>', `<head>${meta}`);
    const body = params.has('tall') ? page.replace('<form', '<div style="height: 150vh"></div><form') : page;
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
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
    // The banner's box stays within the banner, which pushes the page down by exactly its height:
    // it used to keep `max-height: 60vh`, which the zoom made ~10 times taller than the screen, so
    // it drew over the top of the page (form fields included).
    const below = await page.evaluate(() => {
      const r = document.querySelector('official-or-not-banner')!.getBoundingClientRect();
      return document.elementsFromPoint(r.left + r.width / 2, r.bottom + 2).some((e) => e.tagName === 'OFFICIAL-OR-NOT-BANNER');
    });
    expect(below).toBe(false);
    if (process.env.SHOT) await page.screenshot({ path: `/tmp/phone-${name.replace(/\W+/g, '-')}.png` });
    await page.close();
  });
}

/**
 * The field guard too (entrypoints/banner/field-guard.ts): at the page's 10% it was drawn ~34 px
 * wide, unreadable. On screen it must be as large as at scale 1, inside the screen, and right
 * below or above the field it guards (or over it when neither has room).
 */
for (const name of Object.keys(VIEWPORTS)) {
  test(`the field guard shows at its own size, next to its field, on a phone page with ${name}`, async () => {
    const page = await context.newPage();
    await page.goto(`https://www.phone-codes.example/access-code?tall=1&v=${encodeURIComponent(name)}`);
    await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution', { timeout: 15_000 });
    // The form sits below a spacer and is scrolled to the bottom of the screen (the open banner
    // covers the top of these pages), then reached from the keyboard: touch and mouse input land in
    // page px, not at the page's scale, so they cannot aim at a field drawn at 10%.
    // First the banner's push-down must be in place (its ResizeObserver sets the page's top margin a
    // frame or more after the banner appears): the guard is placed beside the field where the field is
    // when focused, and a later push moved the field ~380 px away from it (failed 2 of 4 in one CI run).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const h = document.querySelector('official-or-not-banner')!.getBoundingClientRect().height;
          return h > 0 && Math.abs(parseFloat(getComputedStyle(document.documentElement).marginTop) - h) < 1;
        }),
      )
      .toBe(true);
    await page.evaluate(() => document.querySelector('#card')!.scrollIntoView({ block: 'end' }));
    await page.keyboard.press('Shift');
    await page.locator('#card').focus();
    await expect(page.locator('official-or-not-field-guard')).toHaveAttribute('data-kind', 'card_number');
    // Screen px: (page CSS px − where the visible part starts) × the page's scale.
    const onScreen = () =>
      page.evaluate(() => {
        const vv = visualViewport!;
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          const x = (r.left - vv.offsetLeft) * vv.scale;
          const y = (r.top - vv.offsetTop) * vv.scale;
          return { left: x, top: y, right: x + r.width * vv.scale, bottom: y + r.height * vv.scale, width: r.width * vv.scale, height: r.height * vv.scale };
        };
        return { guard: box(document.querySelector('official-or-not-field-guard')!), field: box(document.querySelector('#card')!), screen: { width: vv.width * vv.scale, height: vv.height * vv.scale } };
      });
    await expect.poll(async () => Math.round((await onScreen()).guard.width)).toBeGreaterThanOrEqual(300);
    // At scale 1 the guard is 340 px wide and ~280 tall; at 10% it was ~34 × 28. Whole on screen:
    // polled, because the guard re-places itself from its field every 500 ms and a CI run read it
    // once just before that (bottom at 1011 of 640 px, 1 of 136).
    const fits = async () => {
      const { guard, screen } = await onScreen();
      const ok = guard.height >= 150 && guard.left >= 0 && guard.top >= 0 && guard.right <= screen.width + 0.5 && guard.bottom <= screen.height + 0.5;
      return ok ? 'on screen, full size' : JSON.stringify({ guard, screen });
    };
    await expect.poll(fits).toBe('on screen, full size');
    // Next to the field, also after the page moves under it (the guard follows its field).
    const nextToField = async () => {
      const { guard: g, field: f } = await onScreen();
      const below = Math.abs(g.top - f.bottom) <= 12;
      const above = Math.abs(f.top - g.bottom) <= 12;
      const over = g.top <= f.bottom && g.bottom >= f.top;
      return below || above || over ? 'next to it' : JSON.stringify({ guard: g, field: f });
    };
    await expect.poll(nextToField).toBe('next to it');
    if (process.env.SHOT) await page.screenshot({ path: `/tmp/phone-guard-${name.replace(/\W+/g, '-')}.png` });
    await page.close();
  });
}
