/**
 * The page reader attacked as a seller (or a copy of a USCIS page) would: each page shows a person
 * a real offer — "USCIS access code — only $129, order now", or the .gov banner's words on a host
 * that is not a government's — in a way a plain text-node walk does not read: CSS generated
 * content, words only in attributes the browser draws (a submit button's value, a placeholder, an
 * image's alt), letters from other alphabets, reversed text, words cut into one-letter pieces,
 * text added late. Each page's title says nothing about immigration, so only what the page shows
 * can raise the level. docs/tamper-resistance.md lists what is covered and what is not.
 */
import type { BrowserContext } from '@playwright/test';
import { test, expect, tabIdOf, levelOf } from './fixtures';

const OFFER = 'USCIS access code — only $129, order now';
/** The .gov banner's words, which only a government site may show (claims-official). */
const GOV_BANNER = 'An official website of the United States government';

async function serve(context: BrowserContext, url: string, body: string, title = 'Fast Docs – Home'): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><p>Welcome to our shop.</p>${body}</body></html>`,
    }),
  );
}

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
  ['dialog opened by script', `<dialog id="d"><p>${OFFER}</p></dialog><script>document.getElementById('d').showModal();</script>`, 'caution'],
];

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
