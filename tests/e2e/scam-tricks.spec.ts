/**
 * Session 25's attack: the cheap tricks a scam site's page builder offers (one line of CSS or HTML), played against the
 * built extension. Each page shows a person a seller's offer in a way the reader missed before; the title says nothing
 * about immigration, so only what the page shows can raise the level. docs/tamper-resistance.md lists what is covered.
 */
import { test, expect, tabIdOf, levelOf, serveShop, clickInShadow } from './fixtures';

const OFFER = 'USCIS access code — only $129, order now';
const js = (s: string): string => JSON.stringify(s);

/** [name, page body, level the page must get]. */
const TRICKS: Array<[string, string, 'caution' | 'danger']> = [
  // Themes draw the currency sign from CSS; without it "Price: 39.99" is no price (a blank form for sale stayed quiet).
  ['currency sign drawn by a pseudo-element', `<style>.usd::before { content: "$"; }</style><p>Form I-765 blank form PDF, fillable. Price: <span class="usd">39.99</span>. Add to cart</p>`, 'caution'],
  ['currency sign drawn by an escaped pseudo-element', `<style>.usd::before { content: "\\24"; }</style><p>Form I-765 blank form PDF, fillable. Price: <span class="usd">39.99</span>. Add to cart</p>`, 'caution'],
  // The quote marks a style sets: open-quote draws the first, close-quote the second (Chromium computes them).
  ['an offer set as the quote marks', `<style>.o { quotes: ${js(OFFER)} ""; } .o::before { content: open-quote; }</style><p class="o"></p>`, 'caution'],
  ['an image map area alt', `<img usemap="#m" width="400" height="40" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><map name="m"><area shape="rect" coords="0,0,400,40" href="/order" alt=${js(OFFER)}></map>`, 'caution'],
  ['an option label', `<select><option label=${js(OFFER)} selected>Choose</option><option>Other</option></select>`, 'caution'],
  // What fancy-text generators make of a word: underlined by a mark after each letter, negative squared capitals.
  ['an ESTA underlined by combining marks', `<h1>${[...'ESTA'].map((c) => `${c}&#x332;`).join('')} application service</h1><p>We submit your ${[...'ESTA'].map((c) => `${c}&#x332;`).join('')} for you — only $89. Order now.</p>`, 'caution'],
  ['an ESTA in negative squared capitals', `<h1>&#x1f174;&#x1f182;&#x1f183;&#x1f170; application service</h1><p>We submit your &#x1f174;&#x1f182;&#x1f183;&#x1f170; for you — only $89. Order now.</p>`, 'caution'],
  // Session 26: the offer kept in a custom property and drawn by `content: var(--…)`, set on the root or on the element.
  ['an offer in a custom property of the root', `<style>:root { --offer: ${js(OFFER)}; } .o::before { content: var(--offer); }</style><p class="o"></p>`, 'caution'],
  ['an offer in a custom property of the element', `<style>.o::after { content: var(--offer, ""); }</style><p class="o" style='--offer: ${js(OFFER)}'></p>`, 'caution'],
  ['an ESTA spelled out with bullets', `<h1>E•S•T•A application service</h1><p>We submit your E•S•T•A for you — only $89. Order now.</p>`, 'caution'],
  // Session 27: generated content in the CSS a page builder writes today (nesting, @scope, @import, a script's adopted
  // sheet, a shadow root's own sheet), a counter style's symbols, a formula's text, a list group's label.
  ['an offer drawn by a nested rule', `<style>.o { color: #222; &::before { content: ${js(OFFER)}; } }</style><p class="o"></p>`, 'caution'],
  ['an offer drawn by a rule nested without its sign', `<style>.w { .o::before { content: ${js(OFFER)}; } }</style><div class="w"><p class="o"></p></div>`, 'caution'],
  ['an offer drawn by a scoped rule', `<style>@scope (.o) { :scope::before { content: ${js(OFFER)}; } }</style><p class="o"></p>`, 'caution'],
  ['an offer drawn by an imported sheet', `<style>@import url("data:text/css,${encodeURIComponent(`.o::before { content: ${js(OFFER)}; }`)}");</style><p class="o"></p>`, 'caution'],
  ['an offer drawn by an adopted sheet', `<p class="o"></p><script>const s = new CSSStyleSheet(); s.replaceSync(${js(`.o::before { content: ${js(OFFER)}; }`)}); document.adoptedStyleSheets = [s];</script>`, 'caution'],
  ['an offer drawn by a shadow root\'s own sheet', `<div id="h"></div><script>document.getElementById('h').attachShadow({ mode: 'open' }).innerHTML = ${js(`<style>.o::before { content: ${js(OFFER)}; }</style><p class="o"></p>`)};</script>`, 'caution'],
  ['an offer drawn on a shadow host', `<div id="h"><p>Welcome</p></div><script>document.getElementById('h').attachShadow({ mode: 'open' }).innerHTML = ${js(`<style>:host::before { content: ${js(OFFER)}; }</style><slot></slot>`)};</script>`, 'caution'],
  ['an offer as a counter style marker', `<style>@counter-style offer { system: cyclic; symbols: ${js(OFFER)}; suffix: " "; } ul { list-style: offer inside; }</style><ul><li></li></ul>`, 'caution'],
  ['an offer as a counter in generated content', `<style>@counter-style offer { system: cyclic; symbols: ${js(OFFER)}; } .o { counter-reset: x; } .o::before { content: counter(x, offer); }</style><p class="o"></p>`, 'caution'],
  ['an offer in a formula', `<math><mtext>${OFFER}</mtext></math>`, 'caution'],
  ['an offer as a list group label', `<select size="4"><optgroup label=${js(OFFER)}><option>Standard</option><option>Express</option></optgroup></select>`, 'caution'],
];

/**
 * A closed shadow root whose host's own children are drawn too (slotted beside the offer), or are bare text: the person
 * sees the offer, a walk of the document reads the decoy. Read on a page whose title is about the step (the reader's
 * first look passes it on): a page about nothing in its title and light DOM is not (docs/tamper-resistance.md).
 */
const ESTA_TITLE = 'ESTA Application Center';
const ESTA_OFFER = 'We submit your ESTA for you — only $89. Order now.';
const DECOY = 'Fresh bread every morning.';
const TITLED: Array<[string, string, 'caution' | 'danger']> = [
  ['closed root that slots its decoy beside its offer', `<div><template shadowrootmode="closed"><p>${ESTA_OFFER}</p><slot></slot></template><p>${DECOY}</p></div>`, 'caution'],
  ['closed root on a host whose light DOM is bare text', `<div><template shadowrootmode="closed"><p>${ESTA_OFFER}</p></template>${DECOY}</div>`, 'caution'],
  ['closed root on a heading whose light DOM is bare text', `<h2><template shadowrootmode="closed"><b>${ESTA_OFFER}</b></template>${DECOY}</h2>`, 'caution'],
  ['closed root a script attaches beside its slotted decoy', `<section id="h"><p>${DECOY}</p></section><script>document.getElementById('h').attachShadow({ mode: 'closed' }).innerHTML = ${js(`<p>${ESTA_OFFER}</p><slot></slot>`)};</script>`, 'caution'],
];

for (const [name, body, want, title] of [...TRICKS, ...TITLED.map(([n, b, w]) => [n, b, w, ESTA_TITLE] as const)]) {
  const url = `https://www.trick-${name.replace(/[^a-z]+/g, '-').replace(/-+$/, '').slice(0, 40)}.com/`;
  test(`${name}: the level is ${want}`, async ({ context, worker }) => {
    await serveShop(context, url, body, title);
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId), { timeout: 15_000 }).toBe(want);
  });
}

/**
 * A seller whose checkout opens as a modal dialog on the person's click ("Start my order"): the page's dialog is in the
 * top layer above the banner, and a modal dialog makes everything outside it inert, so a warning drawn outside it is
 * drawn but dead.
 */
const DIALOG_SELLER = `<h1>Online Access Code Service</h1><p>Did you file a paper form with USCIS and never got your online access code? Our experts will request it for you. Order now: Access Code Package only $129.</p><button id="start">Start my order</button><dialog id="checkout" style="width:420px"><form method="dialog"><label for="card">Card number</label> <input id="card" name="cardnumber" autocomplete="cc-number"><button>Pay</button></form></dialog><script>document.getElementById('start').onclick = () => document.getElementById('checkout').showModal();</script>`;

test('a checkout in a modal dialog the person opened: the field guard on its card field answers the mouse', async ({ context }) => {
  const url = 'https://www.trick-dialog-checkout.com/';
  await serveShop(context, url, DIALOG_SELLER, 'USCIS Access Code Service');
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution', { timeout: 12_000 });
  await clickInShadow(page, 'official-or-not-banner', 'Hide for this visit');
  await page.click('#start');
  await expect.poll(() => page.evaluate(() => (document.getElementById('checkout') as HTMLDialogElement).open)).toBe(true);
  await page.locator('#card').click();
  await expect(page.locator('official-or-not-field-guard')).toHaveAttribute('data-kind', 'card_number');
  await clickInShadow(page, 'official-or-not-field-guard', 'I understand');
  await expect(page.locator('official-or-not-field-guard')).toHaveCount(0);
});

test('the banner\'s own words are never read as the page\'s on the next look (also with the field guard up)', async ({ context, worker }) => {
  const url = 'https://www.trick-banner-words.com/';
  await serveShop(context, url, `${DIALOG_SELLER.replace('<dialog', '<div').replace('</dialog>', '</div>')}<div id="more"></div>`, 'USCIS Access Code Service');
  // Every snapshot the worker gets from now on, as the reader sent it.
  await worker.evaluate(() => {
    const texts: string[] = [];
    (globalThis as unknown as { __texts: string[] }).__texts = texts;
    const messages = chrome.runtime.onMessage as unknown as { addListener(listener: (message: { type?: string; snapshot?: { text: string } }) => void): void };
    messages.addListener((message) => {
      if (message.type === 'page-snapshot' && message.snapshot) texts.push(message.snapshot.text);
    });
  });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution', { timeout: 12_000 });
  await page.locator('#card').click();
  await expect(page.locator('official-or-not-field-guard')).toHaveAttribute('data-kind', 'card_number');
  const seen = () => worker.evaluate(() => (globalThis as unknown as { __texts: string[] }).__texts.length);
  const before = await seen();
  await page.evaluate(() => {
    document.getElementById('more')!.textContent = 'Questions? Write to us any time.';
  });
  await expect.poll(seen, { timeout: 10_000 }).toBeGreaterThan(before);
  const texts = await worker.evaluate(() => (globalThis as unknown as { __texts: string[] }).__texts);
  const last = texts[texts.length - 1] ?? '';
  expect(last).toContain('Questions? Write to us any time.');
  for (const own of ['Hide for this visit', 'I understand']) expect(last).not.toContain(own);
});
