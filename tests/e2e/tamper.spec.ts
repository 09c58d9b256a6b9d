/**
 * Pages that fight the banner and the field guard with CSS and timing (issue 14, items 2, 3, 5, 9):
 * zoom that shrinks them, page fonts named like system fonts, typing or a lured click that
 * dismisses them, attributes that hide them from screen readers.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, clickInShadow, collectText, hasClass, shadowBox, shadowFonts, shadowText } from './fixtures';

const BANNER = 'official-or-not-banner';
const GUARD = 'official-or-not-field-guard';
const BLANK_FONT = readFileSync('tests/fixtures/fonts/blank.woff');

/** A seller page (caution) at `url`, with `head` and `body` added by the test. */
async function sellerPage(context: BrowserContext, url: string, head = '', body = ''): Promise<Page> {
  const origin = new URL(url).origin;
  await context.route(`${origin}/blank.woff`, (route) => route.fulfill({ status: 200, contentType: 'font/woff', body: BLANK_FONT }));
  await context.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>USCIS Access Code Service</title>${head}</head><body>
<h1>Online Access Code Service</h1>
<p>Did you file a paper form with USCIS and never got your online access code? Our experts will request your USCIS online access code for you.</p>
<p>Order now: Access Code Package only $129. Checkout in 2 minutes.</p>
<div style="height: 70vh"></div>
<form action="/order"><label for="card">Card number</label><input id="card" name="cardnumber" autocomplete="cc-number"></form>
${body}</body></html>`,
    }),
  );
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator(BANNER)).toHaveAttribute('data-level', 'caution', { timeout: 15_000 });
  return page;
}

async function chooseLanguage(context: BrowserContext, worker: Worker, extensionId: string, locale: string): Promise<void> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('select').first().selectOption(locale);
  await expect
    .poll(() => worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { language?: string } | undefined)?.language))
    .toBe(locale);
  await popup.close();
}

const rect = (page: Page, tag: string) =>
  page.evaluate((t) => {
    const r = document.querySelector(t)!.getBoundingClientRect();
    return { width: r.width, height: r.height };
  }, tag);

const atLeast = (r: { width: number; height: number }, width: number, height: number) => r.width >= width && r.height >= height;

const SHRINK = '<style>html { zoom: .03 } body { zoom: 33.3 }</style>';

test('CSS zoom on <html> at load does not shrink the banner or the field guard', async ({ context }) => {
  const page = await sellerPage(context, 'https://www.zoomed-forms.com/', SHRINK);
  await expect.poll(async () => atLeast(await rect(page, BANNER), 900, 40)).toBe(true);
  await page.locator('#card').click();
  await expect(page.locator(GUARD)).toHaveAttribute('data-kind', 'card_number');
  await expect.poll(async () => atLeast(await rect(page, GUARD), 200, 60)).toBe(true);
});

test('CSS zoom applied after the banner shows is undone within the check interval', async ({ context }) => {
  const page = await sellerPage(context, 'https://www.zoomed-later-forms.com/');
  expect((await rect(page, BANNER)).height).toBeGreaterThan(40);
  await page.addStyleTag({ content: 'html { zoom: .03 } body { zoom: 33.3 }' });
  await page.waitForTimeout(1_500);
  const after = await rect(page, BANNER);
  expect(atLeast(after, 900, 40), JSON.stringify(after)).toBe(true);
  expect(await page.evaluate((t) => (document.querySelector(t) as Element & { currentCSSZoom: number }).currentCSSZoom, BANNER)).toBeCloseTo(1, 2);
});

// A page font named like the system fonts in a font stack applies inside the closed shadow root
// too (fonts are per document); with empty glyphs it blanks every word it covers.
const FAKE_SYSTEM_FONTS = `<style>${['Segoe UI', 'Roboto', 'Noto Sans', '-apple-system', 'system-ui', 'sans-serif', 'Arial', 'Helvetica']
  .map((name) => `@font-face { font-family: "${name}"; src: url(/blank.woff) format("woff"); }`)
  .join('\n')}</style>`;

for (const locale of ['ko', 'zh_CN']) {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  const title = messages['banner_title_caution']!.message;
  test(`page fonts named like system fonts cannot blank the ${locale} banner`, async ({ context, worker, extensionId }) => {
    await chooseLanguage(context, worker, extensionId, locale);
    const page = await sellerPage(context, `https://www.blankfont-${locale.toLowerCase().replace('_', '-')}.com/`, FAKE_SYSTEM_FONTS, `<p style="font-family: Roboto">${title}</p>`);
    // The page's own text in "Roboto" does use the blank font: the attack is real in this browser.
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px Roboto', '조小'))).toBe(true);
    await expect.poll(() => shadowText(page, BANNER)).toContain(title);
    const fonts = await shadowFonts(page, BANNER);
    expect(fonts.filter((f) => f.isCustomFont)).toEqual([]);
    const box = await shadowBox(page, BANNER, (n) => hasClass(n, 'title'));
    expect(box?.width ?? 0).toBeGreaterThan(60);
  });
}

test('attributes that hide the banner from screen readers or flip its direction are removed', async ({ context }) => {
  const page = await sellerPage(context, 'https://www.aria-hidden-forms.com/');
  await page.evaluate((t) => {
    const host = document.querySelector(t)!;
    host.setAttribute('aria-hidden', 'true');
    host.setAttribute('dir', 'rtl');
    host.setAttribute('inert', '');
    document.documentElement.setAttribute('aria-hidden', 'true');
  }, BANNER);
  await expect
    .poll(() =>
      page.evaluate((t) => {
        const host = document.querySelector(t)!;
        return [host.getAttribute('aria-hidden'), host.getAttribute('dir'), host.hasAttribute('inert'), document.documentElement.getAttribute('aria-hidden')];
      }, BANNER),
      { timeout: 3_000 },
    )
    .toEqual([null, null, false, null]);
  // Still announced: the alert is in the accessibility tree.
  const snapshot = await page.locator('body').ariaSnapshot();
  expect(snapshot).toContain('Online Access Code Service');
});

test('typing a card number does not dismiss the field guard', async ({ context }) => {
  const page = await sellerPage(context, 'https://www.typing-forms.com/');
  await page.locator('#card').click();
  await expect(page.locator(GUARD)).toHaveAttribute('data-kind', 'card_number');
  await page.keyboard.type('4111 1111 1111 1111', { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(page.locator(GUARD)).toHaveCount(1);
  expect(await page.locator('#card').inputValue()).toBe('');
  // After the grace period the guard still closes with the keyboard: Tab to "I understand", Enter.
  await page.waitForTimeout(1_100);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator(GUARD)).toHaveCount(0);
});

// Records, in the page, how long after a banner host was added a click reached it.
const CLICK_CLOCK = `<script>
  let shownAt = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'OFFICIAL-OR-NOT-BANNER') shownAt = performance.now();
  }).observe(document.documentElement, { childList: true });
  document.addEventListener('click', (e) => {
    if (e.target && e.target.nodeName === 'OFFICIAL-OR-NOT-BANNER') window.__clickDelay = performance.now() - shownAt;
  }, true);
</script>`;

test('a click lured onto "Hide for this visit" right after the banner shows does nothing', async ({ context }) => {
  const page = await sellerPage(context, 'https://www.lured-click-forms.com/', CLICK_CLOCK);
  const button = await shadowBox(page, BANNER, (n) => n.nodeName === 'BUTTON' && collectText(n).trim() === 'Hide for this visit');
  expect(button).toBeDefined();
  // The page shows the banner anew (here: a reload) with the cursor already over the button, and
  // the click comes at once. Under load the click may come late: try again until it is prompt.
  let delay = Infinity;
  for (let attempt = 0; attempt < 4 && !(delay < 700); attempt++) {
    await page.reload();
    await page.waitForSelector(BANNER, { state: 'attached', timeout: 15_000 });
    await page.mouse.click(button!.x + button!.width / 2, button!.y + button!.height / 2);
    delay = (await page.evaluate('window.__clickDelay')) as number;
  }
  expect(delay, 'the click reached the banner soon after it was shown').toBeLessThan(700);
  await page.waitForTimeout(300);
  await expect(page.locator(BANNER)).toHaveCount(1);
  // A deliberate click a moment later (READ_MS) works.
  await clickInShadow(page, BANNER, 'Hide for this visit');
  await expect(page.locator(BANNER)).toHaveCount(0);
});

/**
 * A seller that rewrites itself with document.open() — here with the very same page, so there is nothing new to read.
 * document.open() erases every event listener of the document, its window and every node in it, the extension's too
 * (entrypoints/banner/dom.ts onNewRoot). `when`: on a click of "Start my order", or as the field guard takes the focus.
 */
const REWRITE = (when: 'click' | 'guard') => `<button id="start">Start my order</button><script>
  const page = '<!doctype html>' + document.documentElement.outerHTML;
  const rewrite = () => { document.open(); document.write(page); document.close(); };
  ${when === 'click' ? `document.getElementById('start').onclick = rewrite;` : `document.addEventListener('focusin', (e) => { if (e.target.nodeName === 'OFFICIAL-OR-NOT-FIELD-GUARD') setTimeout(rewrite, 300); }, true);`}
</script>`;

test('a page that rewrites itself with document.open(): the field guard still shows on the card field, and the banner\'s buttons answer', async ({ context }) => {
  const page = await sellerPage(context, 'https://www.rewrite-forms.com/', '', REWRITE('click'));
  await page.waitForTimeout(1_100);
  await page.locator('#start').click();
  await expect(page.locator('#start')).toBeAttached();
  // Later than the 1.5 s within which a click before the rewrite still makes the focused field the person's choice.
  await page.waitForTimeout(2_500);
  await page.locator('#card').click();
  await expect(page.locator(GUARD)).toHaveAttribute('data-kind', 'card_number');
  await clickInShadow(page, GUARD, 'I understand');
  await expect(page.locator(GUARD)).toHaveCount(0);
  await clickInShadow(page, BANNER, 'Hide for this visit');
  await expect(page.locator(BANNER)).toHaveCount(0);
});

test('a page that rewrites itself as the field guard shows: the rewritten page\'s card field gets a guard that answers', async ({ context }) => {
  const page = await sellerPage(context, 'https://www.rewrite-on-guard-forms.com/', '', REWRITE('guard'));
  await page.locator('#card').click();
  await expect(page.locator(GUARD)).toHaveCount(1);
  await expect(page.locator('#card')).toBeAttached();
  await page.waitForTimeout(1_000); // the rewrite
  await page.locator('#card').click();
  await expect(page.locator(GUARD)).toHaveAttribute('data-kind', 'card_number');
  await clickInShadow(page, GUARD, 'I understand');
  await expect(page.locator(GUARD)).toHaveCount(0);
});

test('a page that keeps pointer and key events from the extension: the field guard still shows on the card field', async ({ context }) => {
  // A listener the page adds at its window before ours stops them (stopImmediatePropagation); its fields still take the
  // focus, so the page works, and the field guard saw no act of the person and never showed.
  const eat = `<script>for (const type of ['pointerdown', 'mousedown', 'keydown', 'touchstart']) window.addEventListener(type, (e) => e.stopImmediatePropagation(), true);</script>`;
  const page = await sellerPage(context, 'https://www.eaten-input-forms.com/', eat);
  await page.waitForTimeout(2_000);
  await page.locator('#card').click();
  await expect(page.locator(GUARD)).toHaveAttribute('data-kind', 'card_number');
});

test('a card field the page focuses by script, with no act of the person, gets no field guard (not spent on a decoy)', async ({ context }) => {
  // Playwright's own evaluations count as an act of the person (they run with a user gesture, which lasts 5 s): none
  // from 2 s before the page focuses the field until after; the page notes whether the browser saw an act then.
  const focus = `<script>new MutationObserver((records, self) => {
    if (!document.querySelector('official-or-not-banner')) return;
    self.disconnect();
    setTimeout(() => { document.getElementById('card').focus(); document.body.dataset.active = String(navigator.userActivation.isActive); }, 7000);
  }).observe(document.documentElement, { childList: true });</script>`;
  const page = await sellerPage(context, 'https://www.script-focus-forms.com/', '', focus);
  await page.waitForTimeout(8_000);
  await expect(page.locator('body')).toHaveAttribute('data-active', 'false');
  await expect(page.locator(GUARD)).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('card');
});
