/**
 * On a phone, a page's `<meta name="viewport">` sets the scale the whole page is drawn at, the
 * banner included: `initial-scale=0.1` drew the caution banner at 10% (~33 px tall on a 640 px
 * screen, text unreadable); `width=3000` at 25%; a page with no viewport tag at 37%. The banner
 * must show at its own size whatever scale the page chose (entrypoints/banner/host.ts visualCounter).
 * Chromium with mobile emulation (360×640, isMobile: the viewport tag is honoured).
 */
import { test, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
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
    await focusCardField(page, name);
    await expect.poll(async () => Math.round((await onScreen(page)).guard.width)).toBeGreaterThanOrEqual(300);
    // At scale 1 the guard is 340 px wide and ~280 tall; at 10% it was ~34 × 28. Whole on screen
    // (polled: the guard re-places itself from its field every 500 ms).
    await expect.poll(() => fits(page)).toBe('on screen, full size');
    // Next to the field, also after the page moves under it (the guard follows its field).
    await expect.poll(() => nextToField(page)).toBe('next to it');
    if (process.env.SHOT) await page.screenshot({ path: `/tmp/phone-guard-${name.replace(/\W+/g, '-')}.png` });
    await page.close();
  });
}

/**
 * Each new verdict draws a new banner. The old one used to give back the page's push-down first and
 * the new one measured itself without it: the page, scrolled to its bottom, was clamped to its
 * shorter height, and stayed ~380 px lower on screen when the push-down came back; the focused card
 * field went below the screen and the guard after it (CI, 1 run in 3: the guard's bottom at 1010 of
 * 640 px for 10 s, when the verdict for the page's last change came in after the test's scroll).
 */
test('a new verdict leaves a phone page scrolled to its bottom where it was, the field guard beside its field', async () => {
  const page = await context.newPage();
  await focusCardField(page, 'initial-scale=0.1');
  await expect.poll(() => nextToField(page)).toBe('next to it');
  const scrolled = await page.evaluate(() => scrollY);
  const banner = await page.locator('official-or-not-banner').elementHandle();
  // The page changes its words (the reader ignores digits): read again, judged again, a new banner.
  await page.evaluate(() => {
    const offer = [...document.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Order now'))!;
    offer.textContent = offer.textContent!.replace('Order now', 'Order today');
  });
  await expect.poll(() => banner!.evaluate((el) => el.isConnected), { timeout: 15_000 }).toBe(false);
  await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution');
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  await expect.poll(() => fits(page)).toBe('on screen, full size');
  await expect.poll(() => nextToField(page)).toBe('next to it');
  await page.close();
});

/** A field below the screen (the page scrolled up under it): the guard, placed above it, stays on the screen. */
test('the field guard stays whole on the screen when its field is below it', async () => {
  const page = await context.newPage();
  await focusCardField(page, 'initial-scale=0.1');
  await expect.poll(() => fits(page)).toBe('on screen, full size');
  await page.evaluate(() => scrollBy(0, -innerHeight / 3));
  expect((await onScreen(page)).field.top).toBeGreaterThan(640);
  // Placed at once (the guard also re-places itself on the visual viewport's resize), not at its next check.
  await page.evaluate(() => visualViewport!.dispatchEvent(new Event('resize')));
  await expect.poll(() => fits(page)).toBe('on screen, full size');
  await page.close();
});

/**
 * Opens the tall seller page with `viewport`'s tag and focuses its card field from the keyboard,
 * the field scrolled to the bottom of the screen; waits for the field guard.
 */
async function focusCardField(page: Page, viewport: string): Promise<void> {
  await page.goto(`https://www.phone-codes.example/access-code?tall=1&v=${encodeURIComponent(viewport)}`);
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
}

/** The field guard's and the card field's boxes, and the screen, in screen px: (page CSS px − where the visible part starts) × the page's scale. */
function onScreen(page: Page) {
  return page.evaluate(() => {
    const vv = visualViewport!;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      const x = (r.left - vv.offsetLeft) * vv.scale;
      const y = (r.top - vv.offsetTop) * vv.scale;
      return { left: x, top: y, right: x + r.width * vv.scale, bottom: y + r.height * vv.scale, width: r.width * vv.scale, height: r.height * vv.scale };
    };
    return { guard: box(document.querySelector('official-or-not-field-guard')!), field: box(document.querySelector('#card')!), screen: { width: vv.width * vv.scale, height: vv.height * vv.scale } };
  });
}

/** 'on screen, full size' when the whole guard is on screen, at least 150 px tall; else the boxes. */
async function fits(page: Page): Promise<string> {
  const { guard, screen } = await onScreen(page);
  const ok = guard.height >= 150 && guard.left >= 0 && guard.top >= 0 && guard.right <= screen.width + 0.5 && guard.bottom <= screen.height + 0.5;
  return ok ? 'on screen, full size' : JSON.stringify({ guard, screen });
}

/** 'next to it' when the guard is right below, right above or over the card field; else the boxes. */
async function nextToField(page: Page): Promise<string> {
  const { guard: g, field: f } = await onScreen(page);
  const below = Math.abs(g.top - f.bottom) <= 12;
  const above = Math.abs(f.top - g.bottom) <= 12;
  const over = g.top <= f.bottom && g.bottom >= f.top;
  return below || above || over ? 'next to it' : JSON.stringify({ guard: g, field: f });
}
