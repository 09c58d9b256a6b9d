/**
 * A seller's page attacked the reader and the banner from the other side: it does not hide its words in the page the
 * reader reads, it moves them where the reader is not, or shows them only when the person does something. Each case
 * shows a person "USCIS access code — only $129, order now" with a title about nothing, so only what is read can raise
 * the level; docs/tamper-resistance.md lists what holds and what does not.
 *
 *  - words drawn only in a state (`:hover`, `:focus-within`) by CSS generated content;
 *  - a document embedded with <object> or <embed> (a browsing context like a frame), from the same host or over
 *    the whole viewport from another;
 *  - a popup the page opens at about:blank and writes the offer into, or a blob: document it sends the tab to (both
 *    were never read: no web address);
 *  - its own content put in full screen by the click a seller lures ("Start my order"), over the banner and the field
 *    guard, whose buttons then answered neither the mouse nor the Tab key;
 *  - the page shown again from the back/forward cache, a hash-routed "step 2: payment" view, the service worker
 *    asleep when the page loads (these held before: kept as tests).
 */
import type { Page } from '@playwright/test';
import { test, expect, tabIdOf, levelOf, serveShop, clickInShadow, shadowText } from './fixtures';
import { stopWorker } from './local-sites';

const OFFER = 'USCIS access code — only $129, order now';
const js = (s: string): string => JSON.stringify(s);

const serve = serveShop;

async function bannerLevel(page: Page): Promise<string | null> {
  return page.locator('official-or-not-banner').getAttribute('data-level', { timeout: 1_000 }).catch(() => null);
}

/** [name, page body, extra documents of the same site]: the words drawn where a text walk of the page does not go. */
const HIDDEN_STATES: Array<[string, string, Record<string, string>]> = [
  ['generated text shown only on hover', `<style>.price:hover::after { content: ${js(OFFER)}; }</style><p class="price">Our price</p>`, {}],
  ['generated text shown only while a field inside has the focus', `<style>.order:focus-within::before { content: ${js(OFFER)}; }</style><form class="order"><input name="q"></form>`, {}],
  ['a same-origin document in an object element', `<object data="/offer.html" type="text/html" width="600" height="200"></object>`, { '/offer.html': `<p>${OFFER}</p>` }],
  ['a same-origin document in an embed element', `<embed src="/offer.html" type="text/html" width="600" height="200">`, { '/offer.html': `<p>${OFFER}</p>` }],
];

for (const [i, [name, body, extra]] of HIDDEN_STATES.entries()) {
  test(`${name}: caution`, async ({ context, worker }) => {
    const url = `https://www.escape-${i + 1}-shop.com/`;
    for (const [path, html] of Object.entries(extra)) await serve(context, new URL(path, url).href, html, 'Part');
    await serve(context, url, body);
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId), { timeout: 12_000 }).toBe('caution');
  });
}

test('a popup the page opens at about:blank and writes the offer into gets the banner', async ({ context }) => {
  const url = 'https://www.escape-popup-shop.com/';
  await serve(
    context,
    url,
    `<button id="go">See our prices</button><script>document.getElementById('go').onclick = () => { const w = window.open('', '_blank'); w.document.write(${js(`<title>Prices</title><h1>Prices</h1><p>${OFFER}</p>`)}); w.document.close(); };</script>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  const [popup] = await Promise.all([context.waitForEvent('page'), page.click('#go')]);
  await expect.poll(() => bannerLevel(popup), { timeout: 15_000 }).toBe('caution');
});


test('a blob: document the page sends the tab to gets the banner', async ({ context }) => {
  const url = 'https://www.escape-blob-shop.com/';
  await serve(
    context,
    url,
    `<script>setTimeout(() => { location.href = URL.createObjectURL(new Blob([${js(`<!doctype html><title>Prices</title><h1>Prices</h1><p>${OFFER}</p>`)}], { type: 'text/html' })); }, 500);</script>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForURL(/^blob:/);
  await expect.poll(() => bannerLevel(page), { timeout: 15_000 }).toBe('caution');
});

test('a seller page shown again from the back/forward cache still has its banner and level', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.fastimmigrationdocs.com/access-code');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId), { timeout: 12_000 }).toBe('caution');
  await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution');
  await page.goto('https://www.bananabread-recipes.com/easy');
  await expect.poll(() => levelOf(worker, tabId), { timeout: 12_000 }).not.toBe('caution');
  await page.goBack();
  await expect(page).toHaveURL('https://www.fastimmigrationdocs.com/access-code');
  await expect.poll(() => levelOf(worker, tabId), { timeout: 12_000 }).toBe('caution');
  await expect.poll(() => bannerLevel(page), { timeout: 12_000 }).toBe('caution');
});

test('a hash-routed app whose "step 2: payment" view sells the access code is judged again', async ({ context, worker }) => {
  const url = 'https://www.escape-hash-shop.com/';
  await serve(
    context,
    url,
    `<main id="view"><h2>Step 1: your details</h2><p>Tell us your name.</p></main><script>addEventListener('hashchange', () => { if (location.hash === '#/payment') document.getElementById('view').innerHTML = ${js(`<h2>Step 2: payment</h2><p>${OFFER}</p>`)}; });</script>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(worker, page);
  await page.waitForTimeout(3_000);
  expect(await levelOf(worker, tabId)).not.toBe('caution');
  await page.evaluate(() => {
    location.hash = '#/payment';
  });
  await expect.poll(() => levelOf(worker, tabId), { timeout: 12_000 }).toBe('caution');
});

test('the service worker asleep when a seller page loads: the page is read and gets the banner', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://www.bananabread-recipes.com/easy');
  await stopWorker(page, extensionId);
  await page.goto('https://www.fastimmigrationdocs.com/access-code');
  await expect.poll(() => bannerLevel(page), { timeout: 15_000 }).toBe('caution');
});

/** [name, the element that shows the other host's page over the whole viewport]: a blank top page, the seller's page from another host. */
const FOREIGN_EMBEDS: Array<[string, string]> = [
  ['an object element', `<object data="FRAME" type="text/html" style="position:fixed;inset:0;width:100vw;height:100vh;border:0"></object>`],
  ['an embed element', `<embed src="FRAME" type="text/html" style="position:fixed;inset:0;width:100vw;height:100vh;border:0">`],
];

for (const [i, [name, element]] of FOREIGN_EMBEDS.entries()) {
  test(`an ESTA seller from another host shown over the whole viewport by ${name}: caution`, async ({ context, worker }) => {
    const url = `https://www.escape-embed-${i + 1}.com/`;
    const frame = `https://pay.escape-embed-back-${i + 1}.com/offer`;
    await serveShop(context, frame, '<p>ESTA application service. We submit your ESTA for you — only $89. Order now.</p>', 'Offer');
    await context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Welcome</title></head><body>${element.replace('FRAME', frame)}</body></html>` }),
    );
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId), { timeout: 15_000 }).toBe('caution');
  });
}


/**
 * The seller page that puts its own order form in full screen on the click of "Start my order"; `swallow`: it also keeps
 * the fullscreenchange event from every listener but its own. It logs each change of full screen in `window.screens`.
 */
function fullScreenSeller(swallow: boolean): string {
  const keep = swallow ? 'e.stopImmediatePropagation();' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>USCIS Access Code Service</title></head><body><div id="app" style="background:#fff"><h1>Online Access Code Service</h1><p>Did you file a paper form with USCIS and never got your online access code? Our experts will request it for you. Order now: Access Code Package only $129. Pay by card, Zelle or gift card.</p><button id="start">Start my order</button><form><label for="card">Card number</label> <input id="card" name="cardnumber" autocomplete="cc-number"></form></div><script>window.screens = []; addEventListener('fullscreenchange', (e) => { window.screens.push(document.fullscreenElement?.id ?? 'none'); ${keep} }, true); document.getElementById('start').onclick = () => document.getElementById('app').requestFullscreen();</script></body></html>`;
}

const BANNER_TAG = 'official-or-not-banner';
const GUARD_TAG = 'official-or-not-field-guard';

/** Opens the full-screen seller, waits for its banner, and clicks "Start my order"; resolves once the page went full screen. */
async function enterFullScreen(page: Page, swallow = false): Promise<void> {
  const url = 'https://www.fastimmigrationdocs.com/access-code';
  await page.context().route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fullScreenSeller(swallow) }));
  await page.goto(url);
  await expect(page.locator(BANNER_TAG)).toHaveAttribute('data-level', 'caution', { timeout: 12_000 });
}

for (const swallow of [false, true]) {
  test(`a page that puts its order form in full screen${swallow ? ' (and hides the event)' : ''}: the banner's buttons answer the mouse and the keyboard`, async ({ context }) => {
    const page = await context.newPage();
    await enterFullScreen(page, swallow);
    await page.click('#start');
    await expect.poll(() => page.evaluate(() => (window as unknown as { screens: string[] }).screens.join(' '))).toContain('app');
    // In full screen Chromium sends clicks and Tab only into the full-screen element: the banner was drawn, dead.
    await clickInShadow(page, BANNER_TAG, 'Make smaller');
    await expect.poll(() => shadowText(page, BANNER_TAG)).toContain('Show details');
    await page.click('#start');
    await expect.poll(() => page.evaluate(() => (window as unknown as { screens: string[] }).screens.filter((s) => s === 'app').length)).toBe(2);
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((tag) => document.activeElement?.tagName.toLowerCase() === tag, BANNER_TAG);
    }
    expect(reached, 'Tab reaches the banner').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => shadowText(page, BANNER_TAG)).toContain('Make smaller');
  });
}

test('full screen after "Hide for this visit": the field guard on the card field answers the mouse', async ({ context }) => {
  const page = await context.newPage();
  await enterFullScreen(page);
  await clickInShadow(page, BANNER_TAG, 'Hide for this visit');
  await expect(page.locator(BANNER_TAG)).toHaveCount(0);
  await page.click('#start');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? '')).toBe('app');
  await page.locator('#card').click();
  await expect(page.locator(GUARD_TAG)).toHaveAttribute('data-kind', 'card_number');
  await clickInShadow(page, GUARD_TAG, 'I understand');
  await expect(page.locator(GUARD_TAG)).toHaveCount(0);
});
