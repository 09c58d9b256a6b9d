/**
 * The page reader attacked as a seller (or a copy of a USCIS page) would: each page shows a person
 * a real offer — "USCIS access code — only $129, order now", or the .gov banner's words on a host
 * that is not a government's — in a way a plain text-node walk does not read: CSS generated
 * content, words only in attributes the browser draws (a submit button's value, a placeholder, an
 * image's alt), letters from other alphabets, reversed text, words cut into one-letter pieces,
 * text added late. Each page's title says nothing about immigration, so only what the page shows
 * can raise the level. docs/tamper-resistance.md lists what is covered and what is not.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect, tabIdOf, levelOf, serveShop } from './fixtures';

const OFFER = 'USCIS access code — only $129, order now';
/** The .gov banner's words, which only a government site may show (claims-official). */
const GOV_BANNER = 'An official website of the United States government';

const serve = serveShop;

const reverse = (s: string): string => [...s].reverse().join('');
/** One letter per element, as text-animation libraries write words. */
const letters = (s: string, tag = 'span'): string =>
  s
    .split(' ')
    .map((word) => `<${tag} class="w">${[...word].map((c) => `<${tag}>${c}</${tag}>`).join('')}</${tag}>`)
    .join(' ');
/** Latin letters swapped for Cyrillic look-alikes (а с е і о р ѕ у and capitals). */
const cyrillic = (s: string): string => s.replace(/[aceiopsyACEIOPSTHBMK]/g, (c) => 'асеіорѕуАСЕІОРЅТНВМК'['aceiopsyACEIOPSTHBMK'.indexOf(c)] ?? c);
const fullWidth = (s: string): string => s.replace(/[A-Za-z0-9$]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));
/** Mathematical bold letters (U+1D400…), two UTF-16 units each. */
const mathBold = (s: string): string =>
  s.replace(/[A-Za-z]/g, (c) => String.fromCodePoint((c <= 'Z' ? 0x1d400 + c.charCodeAt(0) - 65 : 0x1d41a + c.charCodeAt(0) - 97)));
const js = (s: string): string => JSON.stringify(s);

/** [name, page body, level the page must get]. */
const ATTACKS: Array<[string, string, 'caution' | 'danger']> = [
  ['css before content', `<style>.offer::before { content: ${js(OFFER)}; }</style><p class="offer"></p>`, 'caution'],
  ['css after content from an attribute', `<style>.offer::after { content: attr(data-o); }</style><p class="offer" data-o="${OFFER}"></p>`, 'caution'],
  ['css after content inside media rule', `<style>@media screen { .offer:after { content: "only $129, order now"; } }</style><p class="offer">USCIS access code</p>`, 'caution'],
  ['submit button value', `<form><input type="submit" value="${OFFER}"></form>`, 'caution'],
  ['button element', `<button>${OFFER}</button>`, 'caution'],
  ['input placeholder', `<form><input name="q" placeholder="${OFFER}"></form>`, 'caution'],
  ['select option', `<select><option>Pick one</option><option selected>${OFFER}</option></select>`, 'caution'],
  [
    'image alt on an image of the price',
    `<img alt="${OFFER}" width="400" height="40" src="data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><text x="0" y="30">${OFFER}</text></svg>`)}">`,
    'caution',
  ],
  ['aria-label on a drawn box', `<div role="img" aria-label="${OFFER}" style="width:400px;height:40px;background:#eee"></div>`, 'caution'],
  ['cyrillic look-alike letters', `<p>${cyrillic(OFFER)}</p>`, 'caution'],
  ['greek look-alike letters', `<p>USCΙS αccess cοde — οnly $129, οrder nοw</p>`, 'caution'],
  ['full-width letters', `<p>${fullWidth('USCIS access code')} — only ＄１２９, order now</p>`, 'caution'],
  ['mathematical bold letters', `<p>${mathBold('USCIS access code')} — only $129, order now</p>`, 'caution'],
  ['gov banner in cyrillic look-alikes', `<p>${cyrillic(GOV_BANNER)}</p>`, 'danger'],
  ['bdo dir rtl', `<p><bdo dir="rtl">${reverse(OFFER)}</bdo></p>`, 'caution'],
  ['css bidi-override', `<style>.r { direction: rtl; unicode-bidi: bidi-override; }</style><p class="r">${reverse(OFFER)}</p>`, 'caution'],
  ['inline style bidi-override', `<p style="direction: rtl; unicode-bidi: bidi-override">${reverse(OFFER)}</p>`, 'caution'],
  ['right-to-left override character', `<p>&#x202E;${reverse(OFFER)}&#x202C;</p>`, 'caution'],
  [
    'flex row-reverse words',
    `<div style="display: flex; flex-direction: row-reverse; justify-content: flex-end; gap: .3em">${OFFER.split(' ').reverse().map((w) => `<span>${w}</span>`).join('')}</div>`,
    'caution',
  ],
  [
    'flex order words',
    `<div style="display: flex; gap: .3em">${OFFER.split(' ')
      .map((w, i) => [w, i] as const)
      .reverse()
      .map(([w, i]) => `<span style="order: ${i}">${w}</span>`)
      .join('')}</div>`,
    'caution',
  ],
  ['one letter per span', `<p>${letters(OFFER)}</p>`, 'caution'],
  ['one letter per inline-block div', `<style>.l div { display: inline-block; }</style><div class="l">${letters(OFFER, 'div')}</div>`, 'caution'],
  ['letters split by wbr', `<p>${OFFER.replace(/(\w)(?=\w)/g, '$1<wbr>')}</p>`, 'caution'],
  ['ruby annotations', `<p><ruby>USCIS<rt>U.S.</rt></ruby> <ruby>access code<rt>code</rt></ruby> — only $129, order now</p>`, 'caution'],
  [
    'offer added 40 s after load',
    `<div id="late"></div><script>setTimeout(() => { document.getElementById('late').textContent = ${js(OFFER)}; }, 40000);</script>`,
    'caution',
  ],
  [
    'offer shown on scroll',
    `<div style="height: 3000px"></div><div id="late"></div><script>addEventListener('scroll', () => { document.getElementById('late').textContent = ${js(OFFER)}; }, { once: true });</script>`,
    'caution',
  ],
  [
    'closed shadow root with the offer slotted from light DOM',
    `<x-offer><span>${OFFER}</span></x-offer><script>customElements.define('x-offer', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '<b><slot></slot></b>'; } });</script>`,
    'caution',
  ],
  [
    'template-cloned custom element (open root)',
    `<template id="t"><p>${OFFER}</p></template><x-card></x-card><script>customElements.define('x-card', class extends HTMLElement { connectedCallback() { this.attachShadow({ mode: 'open' }).appendChild(document.getElementById('t').content.cloneNode(true)); } });</script>`,
    'caution',
  ],
  ['closed details', `<details><summary>Our prices</summary><p>${OFFER}</p></details>`, 'caution'],
  // Lower-case words a style shows in capitals (docs/tamper-resistance.md): Spanish "esta" and German "ein" are not the
  // ESTA and the EIN, so the reader must report the case the person sees (lib/page/shown-case.ts).
  ['a travel acronym in lower case shown in capitals by a style sheet', `<style>.caps { text-transform: uppercase; }</style><h1 class="caps">esta application service</h1><p class="caps">We submit your esta for you — only $89. Order now.</p>`, 'caution'],
  ['a travel acronym in lower case drawn in small capitals', `<p style="font-variant: small-caps">esta application service. We submit your esta for you — only $89. Order now.</p>`, 'caution'],
  ['a travel acronym in lower case in capitals inherited from a section', `<section style="text-transform: uppercase"><div><span>esta</span> application service.</div><p>We submit your <b>esta</b> for you — only $89. Order now.</p></section>`, 'caution'],
  ['a tax-id acronym in lower case in capitals on a button and a heading', `<h2 style="text-transform: uppercase">get your ein today</h2><p>Get your <span style="text-transform: uppercase">ein</span> for your LLC. We file the <span style="text-transform: uppercase">ein</span> application for you — only $149. Order now.</p><input type="submit" style="text-transform: uppercase" value="order your ein">`, 'caution'],
  ['dialog opened by script', `<dialog id="d"><p>${OFFER}</p></dialog><script>document.getElementById('d').showModal();</script>`, 'caution'],
];

/**
 * Session 23's attacks: the offer where the shown order or the shown tree differs from the document's, in a field the
 * page filled itself, or in parts a browser draws only when near the screen, opened later or made inert.
 */
const words = OFFER.split(' ');
ATTACKS.push(
  ['open declarative shadow root', `<div><template shadowrootmode="open"><p>${OFFER}</p></template></div>`, 'caution'],
  // Session 24: a closed root shows the offer, its light DOM (a decoy, not slotted) is what a walk reads.
  ['closed declarative shadow root over a decoy', `<div><template shadowrootmode="closed"><p>${OFFER}</p></template><p>Fresh bread every morning.</p></div>`, 'caution'],
  ['closed declarative shadow root on a span over a decoy', `<p><span><template shadowrootmode="closed"><b>${OFFER}</b></template><i>Fresh bread every morning.</i></span></p>`, 'caution'],
  ['list item marker content', `<style>li.o::marker { content: ${js(OFFER)}; }</style><ul><li class="o"></li></ul>`, 'caution'],
  ['list style string in a style sheet', `<style>ul.o { list-style-type: ${js(`${OFFER} `)}; }</style><ul class="o"><li>Pick one</li></ul>`, 'caution'],
  ['list style string in an inline style', `<ul style='list-style-type: ${js(`${OFFER} `)}'><li>Pick one</li></ul>`, 'caution'],
  // The extra roots read were 50: a page of web components has more.
  ['offer in the 60th open shadow root', `${Array.from({ length: 59 }, (_, i) => `<x-c><template shadowrootmode="open"><b>Card ${i}</b></template></x-c>`).join('')}<x-o><template shadowrootmode="open"><p>${OFFER}</p></template></x-o>`, 'caution'],
  ['offer in a frame over the page after 60 small frames', `${'<iframe srcdoc="<p>.</p>" width="2" height="2"></iframe>'.repeat(60)}<iframe srcdoc="<p>${OFFER}</p>" style="position:fixed;inset:0;width:100vw;height:100vh;border:0;background:#fff"></iframe>`, 'caution'],
  ['closed shadow root a script puts over a decoy', `<section id="h"><p>Fresh bread every morning.</p></section><script>document.getElementById('h').attachShadow({ mode: 'closed' }).innerHTML = ${js(`<p>${OFFER}</p>`)};</script>`, 'caution'],
  ['read-only field the page filled', `<form><input readonly value="${OFFER}" style="width:420px;border:0"></form>`, 'caution'],
  ['disabled field the page filled', `<form><input disabled value="${OFFER}" style="width:420px;border:0"></form>`, 'caution'],
  ['read-only text area', `<form><textarea readonly>${OFFER}</textarea></form>`, 'caution'],
  [
    'grid order words',
    `<div style="display: grid; grid-auto-flow: column; justify-content: start; gap: .3em">${words
      .map((w, i) => [w, i] as const)
      .reverse()
      .map(([w, i]) => `<span style="order: ${i}">${w}</span>`)
      .join('')}</div>`,
    'caution',
  ],
  ['flex row drawn right to left', `<div style="display: flex; direction: rtl; justify-content: flex-end; gap: .3em">${[...words].reverse().map((w) => `<span>${w}</span>`).join('')}</div>`, 'caution'],
  ['content-visibility auto section far below', `<div style="height: 4000px"></div><section style="content-visibility: auto"><p>${OFFER}</p></section>`, 'caution'],
  ['inert region', `<div inert><p>${OFFER}</p></div>`, 'caution'],
  ['dialog opened 3 s after load', `<dialog id="d"><p>${OFFER}</p></dialog><script>setTimeout(() => document.getElementById('d').show(), 3000);</script>`, 'caution'],
  ['history.replaceState to a .gov-looking path', `<p>${OFFER}</p><script>history.replaceState(null, '', '/www.uscis.gov/');</script>`, 'caution'],
);

for (const [name, body, want] of ATTACKS) {
  const url = `https://www.attack-${name.replace(/[^a-z]+/g, '-').replace(/-+$/, '').slice(0, 40)}.com/`;
  test(`${name}: the level is ${want}`, async ({ context, worker }) => {
    const late = /40 s/.test(name);
    if (late) test.setTimeout(90_000);
    await serve(context, url, body);
    const page = await context.newPage();
    await page.goto(url);
    if (/scroll/.test(name)) {
      await page.waitForTimeout(3_000);
      await page.mouse.wheel(0, 2_000);
    }
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId), { timeout: late ? 60_000 : 12_000 }).toBe(want);
  });
}

/**
 * [name, page body, level] for offers that come after the first look without new text nodes: a class,
 * a style or an attribute changed (risks18), a click, a closed shadow root (its content, not slotted),
 * a frame, letters split by zero-width joiners.
 */
const LATER: Array<[string, string, 'caution' | 'danger']> = [
  [
    'css before content switched on by a class 3 s after load',
    `<style>.on .offer::before { content: ${js(OFFER)}; }</style><p class="offer"></p><script>setTimeout(() => document.body.classList.add('on'), 3000);</script>`,
    'caution',
  ],
  ['submit button value set 3 s after load', `<form><input id="b" type="submit" value="Send"></form><script>setTimeout(() => { document.getElementById('b').value = ${js(OFFER)}; }, 3000);</script>`, 'caution'],
  ['image alt set 3 s after load', `<img id="i" alt="" width="400" height="40" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><script>setTimeout(() => { document.getElementById('i').alt = ${js(OFFER)}; }, 3000);</script>`, 'caution'],
  ['offer added after a click', `<button id="show">See our prices</button><div id="late"></div><script>document.getElementById('show').onclick = () => { document.getElementById('late').textContent = ${js(OFFER)}; };</script>`, 'caution'],
  // Session 24: a quiet page that becomes a seller on "Continue" by putting a new document in place of its own (a new
  // <html> element, or document.open): the old root the reader watched is gone.
  ['offer after a click that puts a new html element in place', `<button id="show">Continue</button><script>document.getElementById('show').onclick = () => { const h = document.createElement('html'); h.innerHTML = ${js(`<head><title>Fast Docs</title></head><body><p>${OFFER}</p></body>`)}; document.documentElement.replaceWith(h); };</script>`, 'caution'],
  ['offer after a click that rewrites the document with document.open', `<button id="show">Continue</button><script>document.getElementById('show').onclick = () => { document.open(); document.write(${js(`<title>Fast Docs</title><p>${OFFER}</p>`)}); document.close(); };</script>`, 'caution'],
  ['closed shadow root holding the offer', `<x-shop></x-shop><script>customElements.define('x-shop', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = ${js(`<p>${OFFER}</p>`)}; } });</script>`, 'caution'],
  [
    'closed shadow root inside a same-origin frame',
    `<iframe id="f" style="width:600px;height:200px;border:0"></iframe><script>const d = document.getElementById('f').contentDocument; d.open(); d.write(${js(`<body><x-shop></x-shop><script>customElements.define('x-shop', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '<p>${OFFER}</p>'; } });</script></body>`).replace(/</g, '\\u003c')}); d.close();</script>`,
    'caution',
  ],
  ['letters split by zero-width joiners across spans', `<p>${[...'USCIS access code'].map((c) => `<span>${c}</span>&zwj;`).join('')} — only $129, order now</p>`, 'caution'],
  ['words split by zero-width non-joiners and word joiners', `<p>US&zwnj;CIS ac&#x2060;cess co&zwnj;de — only $129, or&#xFEFF;der now</p>`, 'caution'],
];

for (const [name, body, want] of LATER) {
  const url = `https://www.later-${name.replace(/[^a-z]+/g, '-').replace(/-+$/, '').slice(0, 40)}.com/`;
  test(`${name}: the level is ${want}`, async ({ context, worker }) => {
    await serve(context, url, body);
    const page = await context.newPage();
    await page.goto(url);
    if (/click/.test(name)) {
      await page.waitForTimeout(3_000);
      await page.click('#show');
    }
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId), { timeout: 15_000 }).toBe(want);
  });
}

/**
 * Offers in a CROSS-ORIGIN frame (risks18's hole): the frame's document is not the top page's, so
 * only a reader in the frame can read it. A frame is read as part of the page only when it is the
 * page for the person (lib/page/frames.ts): it covers most of the viewport, or the top page has
 * almost no text and the frame fills a good part of it. An ad, a video or a map in a page that
 * has its own words is not. The banner is on the top page; the verdict is the top address's.
 */
const ESTA_OFFER = 'ESTA application service. We submit your ESTA for you — only $89. Order now.';
const USCIS_COPY = `${GOV_BANNER}. Here's how you know. U.S. Citizenship and Immigration Services. Check your case status. File online. Forms.`;
const FULL = 'position:fixed;inset:0;width:100vw;height:100vh;border:0';

async function serveHtml(context: BrowserContext, url: string, title: string, body: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    }),
  );
}

/** The level of the tab once the reader had time to read the page and its frames (for levels that must NOT rise). */
async function settledLevel(worker: Worker, tabId: number): Promise<string | undefined> {
  await expect.poll(() => scansOf(worker, tabId), { timeout: 12_000 }).toBeGreaterThan(0);
  // The frames are read after the top page (their readers go in when the top reports a frame): time for them.
  await new Promise((done) => setTimeout(done, 5_000));
  return levelOf(worker, tabId);
}

async function scansOf(worker: Worker, tabId: number): Promise<number> {
  return worker.evaluate(async (id) => {
    const got = await chrome.storage.session.get(`tab:${id}`);
    return (got[`tab:${id}`] as { scans?: number } | undefined)?.scans ?? 0;
  }, tabId);
}

/** [name, top page body, frame address, frame body, level]; the top page's host is www.framed-<n>.com (no agency's name in it). */
const FRAMED: Array<[string, string, string, string, 'caution' | 'danger']> = [
  ['an empty top page and an ESTA seller in a frame over the whole viewport', `<iframe src="FRAME" style="${FULL}"></iframe>`, 'https://checkout.frame-esta-back.com/offer', `<h1>ESTA</h1><p>${ESTA_OFFER}</p>`, 'caution'],
  ['a copy of a USCIS page from uscis.gov framed over the whole viewport of another host', `<iframe src="FRAME" style="${FULL}"></iframe>`, 'https://www.uscis.gov/frame-copy', `<p>${USCIS_COPY}</p>`, 'danger'],
  ['a copy of a USCIS page from another host in a full frame', `<iframe src="FRAME" style="${FULL}"></iframe>`, 'https://cdn.frame-copy-back.net/uscis', `<p>${USCIS_COPY}</p>`, 'danger'],
  [
    'a top page with only a header and a frame filling half the viewport',
    `<header style="height:60px">Shop</header><iframe src="FRAME" style="width:70vw;height:70vh;border:0"></iframe>`,
    'https://pay.frame-half-back.com/esta',
    `<p>${ESTA_OFFER}</p>`,
    'caution',
  ],
  [
    'an ESTA seller frame nested in a full frame from a third host',
    `<iframe src="FRAME" style="${FULL}"></iframe>`,
    'https://outer.frame-nest-mid.com/',
    `<iframe src="https://inner.frame-nest-back.com/esta" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe>`,
    'caution',
  ],
  [
    'an ESTA seller frame inside a script-written same-origin frame over the whole viewport',
    `<iframe id="w" style="${FULL}"></iframe><script>const d = document.getElementById('w').contentDocument; d.open(); d.write(${js(`<body style="margin:0"><iframe src="FRAME" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe></body>`)}); d.close();</script>`,
    'https://pay.frame-wrapped-back.com/esta',
    `<p>${ESTA_OFFER}</p>`,
    'caution',
  ],
  [
    'an ESTA seller frame in a closed shadow root over the whole viewport',
    `<x-shell></x-shell><script>customElements.define('x-shell', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = ${js(`<iframe src="FRAME" style="${FULL}"></iframe>`)}; } });</script>`,
    'https://pay.frame-closed-back.com/esta',
    `<p>${ESTA_OFFER}</p>`,
    'caution',
  ],
];

for (const [i, [name, top, frame, body, want]] of FRAMED.entries()) {
  const url = `https://www.framed-${i + 1}.com/`;
  test(`${name}: the level is ${want}`, async ({ context, worker }) => {
    await serveHtml(context, url, 'Welcome', top.replace('FRAME', frame));
    await serveHtml(context, frame, 'Offer', body);
    await serveHtml(context, 'https://inner.frame-nest-back.com/esta', 'Offer', `<p>${ESTA_OFFER}</p>`);
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId), { timeout: 15_000 }).toBe(want);
    // The surface is on the top page: the banner (caution) or the warning page (danger).
    if (want === 'caution') await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution');
    else await expect(page).toHaveURL(/warning\.html/);
  });
}

const NEWS = `<h1>Visa wait times fall at several consulates</h1>${'<p>The State Department said on Monday that interview wait times for visitor visas fell at several consulates this autumn, and that more staff would be hired next year. Travellers should check the embassy page before they book.</p>'.repeat(6)}`;

/** [name, the news page's frame element (FRAME: its address), frame address]: the page has words of its own, the frame is not the page. */
const EMBEDS: Array<[string, string, string]> = [
  ['a news page with a 300x250 ad frame selling ESTA', `${NEWS}<iframe src="FRAME" style="width:300px;height:250px;border:0"></iframe>`, 'https://ads.frame-ad-network.com/slot'],
  ['a news page whose top is a big embedded frame (40% of the viewport) selling ESTA', `<iframe src="FRAME" style="width:100%;height:40vh;border:0"></iframe>${NEWS}`, 'https://player.frame-video-host.com/v'],
];

for (const [i, [name, body, frame]] of EMBEDS.entries()) {
  test(`${name} stays quiet (the frame is not the page)`, async ({ context, worker }) => {
    const url = `https://www.frame-news-${i + 1}.com/visa-waits`;
    await serveHtml(context, url, 'Visa wait times fall', body.replace('FRAME', frame));
    await serveHtml(context, frame, 'Ad', `<p>${ESTA_OFFER}</p>`);
    const page = await context.newPage();
    await page.goto(url);
    expect(['none', 'notice']).toContain(await settledLevel(worker, await tabIdOf(worker, page)));
  });
}

test('an official page with a seller frame over it stays official', async ({ context, worker }) => {
  const url = 'https://www.uscis.gov/frame-official-test';
  await serveHtml(context, url, 'USCIS', `<p>${USCIS_COPY}</p><iframe src="https://pay.frame-seller-over.com/esta" style="${FULL}"></iframe>`);
  await serveHtml(context, 'https://pay.frame-seller-over.com/esta', 'Offer', `<p>${ESTA_OFFER}</p>`);
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toBe('official');
  await page.waitForTimeout(5_000);
  expect(await levelOf(worker, tabId)).toBe('official');
  await expect(page.locator('official-or-not-banner')).toHaveCount(0);
});

/**
 * The case a person sees (lib/page/shown-case.ts): a style from another origin (a CDN's framework class) cannot be read
 * by the reader, but the computed style can; and the quiet side, a Spanish page whose styled capitals show the word
 * "esta" (this) in a heading about a trip, stays what it was.
 */
test('a travel acronym in lower case shown in capitals by a class from a style sheet of another origin: caution', async ({ context, worker }) => {
  await context.route('https://cdn.caps-sheet-example.net/site.css', (route) => route.fulfill({ status: 200, contentType: 'text/css', body: '.text-uppercase { text-transform: uppercase !important; }' }));
  const url = 'https://www.caps-from-cdn.com/';
  await serveHtml(
    context,
    url,
    'Fast Docs – Home',
    `<link rel="stylesheet" href="https://cdn.caps-sheet-example.net/site.css"><p>Welcome to our shop.</p><h1 class="text-uppercase">esta application service</h1><p class="text-uppercase">We submit your esta for you — only $89. Order now.</p>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId), { timeout: 12_000 }).toBe('caution');
});

test('a Spanish travel page whose styled capitals show "esta semana" stays quiet', async ({ context, worker }) => {
  const url = 'https://www.viajes-noticias-ejemplo.com/';
  await serveHtml(
    context,
    url,
    'Noticias de viajes',
    `<style>.kicker { text-transform: uppercase; letter-spacing: .1em; }</style><p class="kicker">esta semana en viajes</p><h1>Vuelos más baratos a Estados Unidos</h1><p>Las aerolíneas bajaron los precios de los vuelos a Miami y Nueva York: desde $299 ida y vuelta esta temporada. Reserve con tiempo y revise su pasaporte antes de viajar.</p><p class="kicker">esta semana en la comunidad</p><p>La biblioteca abre una clase gratuita de inglés los martes.</p>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  expect(['none', 'notice']).toContain(await settledLevel(worker, await tabIdOf(worker, page)));
});

/**
 * A page that reloads itself in a loop: each copy is a new document the reader must go into. `hang`: a picture that
 * never loads keeps the load event from coming, and the page reloads before the reader's wait for a load that never
 * comes is over (10 s), so the reader must go in at the commit.
 */
for (const hang of [false, true]) {
  test(`a seller page that reloads itself every ${hang ? '4 s and never finishes loading' : '2 s'}: caution`, async ({ context, worker }) => {
    const url = `https://www.reload-loop-${hang ? 'hang' : 'plain'}.com/`;
    const pixel = `${url}pixel.gif`;
    if (hang) await context.route(pixel, () => new Promise<void>(() => undefined));
    await serve(context, url, `<p>${OFFER}</p>${hang ? `<img src="${pixel}" alt="" width="1" height="1">` : ''}<script>setTimeout(() => location.reload(), ${hang ? 4000 : 2000});</script>`);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId), { timeout: 25_000 }).toBe('caution');
  });
}
