/**
 * Pages that hide their offer from the page reader (issue 14, item 7) while a person sees it:
 * invisible characters inside words, open shadow roots, frames a script writes, SVG, hidden
 * padding before the offer, a same-length swap after the first look, and a ticking clock that
 * used to spend the re-check budget before the offer appeared. Each page's title says nothing
 * about immigration, so only its text can raise the level.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, tabIdOf, levelOf } from './fixtures';

const OFFER =
  '<h2>Online Access Code Service</h2><p>Did you file a paper form with USCIS and never got your online access code? Our experts will request your USCIS online access code for you.</p><p>Order now: Access Code Package only $129. Checkout in 2 minutes.</p>';

async function serve(context: BrowserContext, url: string, body: string, title = 'Fast Docs – Home'): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    }),
  );
}

async function levelAfterLoad(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; level: () => Promise<string | undefined> }> {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(worker, page);
  return { page, level: () => levelOf(worker, tabId) };
}

/** Soft hyphens and zero-width spaces inside every longer word, as the page's HTML carries them. */
function broken(html: string): string {
  let n = 0;
  return html.replace(/>([^<]+)</g, (_m, text: string) => `>${text.replace(/\b([A-Za-z]{2})([A-Za-z]{2,})/g, (_w, a: string, b: string) => `${a}${n++ % 2 ? '&shy;' : '&#8203;'}${b}`)}<`);
}

const JSON_OFFER = JSON.stringify(OFFER);

const EVASIONS: Array<[string, string]> = [
  ['soft hyphens and zero-width spaces inside every word', broken(OFFER)],
  ['the offer in an open shadow root', `<p>Welcome.</p><div id="h"></div><script>document.getElementById('h').attachShadow({ mode: 'open' }).innerHTML = ${JSON_OFFER};</script>`],
  [
    'the offer in an about:blank frame written by script',
    `<p>Welcome.</p><iframe id="f" style="width: 90vw; height: 300px"></iframe><script>const d = document.getElementById('f').contentDocument; d.open(); d.write(${JSON_OFFER}); d.close();</script>`,
  ],
  [
    'the offer in a blob: frame',
    `<p>Welcome.</p><iframe id="f" style="width: 90vw; height: 300px"></iframe><script>document.getElementById('f').src = URL.createObjectURL(new Blob([${JSON_OFFER}], { type: 'text/html' }));</script>`,
  ],
  [
    'the offer drawn in SVG text and foreignObject',
    '<svg width="900" height="160"><text x="0" y="20">Online Access Code Service. Did you file a paper form with USCIS and never got your online access code?</text><text x="0" y="50">Our experts will request your USCIS online access code for you.</text><foreignObject x="0" y="70" width="900" height="60">Order now: Access Code Package only $129. Checkout in 2 minutes.</foreignObject></svg>',
  ],
  ['240,000 characters of hidden padding before the offer', `<div style="display: none">${'lorem ipsum dolor sit amet '.repeat(9_000)}</div>${OFFER}`],
];

for (const [name, body] of EVASIONS) {
  const url = `https://www.evasion-${name.replace(/[^a-z]+/g, '-').slice(0, 40)}.com/`;
  test(`${name}: read, and the level is caution`, async ({ context, worker }) => {
    await serve(context, url, body);
    const { level } = await levelAfterLoad(context, worker, url);
    await expect.poll(level, { timeout: 15_000 }).toBe('caution');
  });
}

/** An ESTA seller's offer with its price; its title says nothing about travel. */
const ESTA_OFFER =
  '<h2>ESTA application</h2><p>Apply for your ESTA travel authorization to the United States with us. Our experts check your ESTA application and submit it for you.</p><p>ESTA application service: $89 per traveller. Pay by card, approval in 24 hours.</p>';
/** 300,000 characters of visible text, in paragraphs: more than the reader's head (MAX_RAW_TEXT) holds. */
const FILLER = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(50)}</p>`.repeat(75);

// A seller that pads its page with more visible text than the reader keeps from the top, with its offer last in the
// document: at the end of the page, or drawn at the top by CSS (what the person sees first). The reader keeps the
// page's end too (lib/page/snapshot.ts), so both are judged.
for (const [name, body] of [
  ['300,000 characters of filler, then an ESTA offer', `${FILLER}${ESTA_OFFER}`],
  ['an ESTA offer drawn at the top, last in the document after 300,000 characters', `${FILLER}<div style="position: absolute; top: 0; left: 0; right: 0; background: #fff">${ESTA_OFFER}</div>`],
] as const) {
  test(`${name}: read, and the level is caution`, async ({ context, worker }) => {
    expect(FILLER.length).toBeGreaterThan(300_000);
    const url = `https://www.filler-${name.length}-example.com/`;
    await serve(context, url, body, 'Travel Docs – Home');
    const { level } = await levelAfterLoad(context, worker, url);
    await expect.poll(level, { timeout: 15_000 }).toBe('caution');
  });
}

test('text swapped for an offer of the same length after the first look is judged again', async ({ context, worker }) => {
  const offer = 'Order now: your USCIS online access code for only $129. Checkout in 2 minutes.';
  const guide = 'Read our free guide to Form I-130 for a husband, wife or child, step by step.';
  const harmless = guide.padEnd(offer.length, '.').slice(0, offer.length);
  expect(harmless.length).toBe(offer.length);
  const url = 'https://www.same-length-swap-example.com/';
  // The title is about immigration, so the first look judges the page at once (harmless text).
  await serve(
    context,
    url,
    `<h1>Family forms</h1><p id="x">${harmless}</p><script>setTimeout(() => { document.getElementById('x').textContent = ${JSON.stringify(offer)}; }, 4000);</script>`,
    'Form I-130 guide',
  );
  const { level } = await levelAfterLoad(context, worker, url);
  await expect.poll(level, { timeout: 10_000 }).toMatch(/^(none|notice)$/);
  await expect.poll(level, { timeout: 15_000 }).toBe('caution');
});

test('a ticking clock does not use up the re-checks before an offer that appears at 45 s', async ({ context, worker }) => {
  test.setTimeout(120_000);
  const url = 'https://www.ticking-clock-example.com/';
  await serve(
    context,
    url,
    `<p>Local time: <span id="clock">0</span></p><div id="later"></div><script>
      const start = Date.now();
      setInterval(() => { document.getElementById('clock').textContent = String(Date.now() - start); }, 250);
      setTimeout(() => { document.getElementById('later').innerHTML = ${JSON_OFFER}; }, 45000);
    </script>`,
  );
  const { page, level } = await levelAfterLoad(context, worker, url);
  await page.waitForTimeout(44_000);
  expect(await level()).not.toBe('caution');
  await expect.poll(level, { timeout: 20_000 }).toBe('caution');
});
