/**
 * A seller's frame that IS the page for the person, hidden from the reader's look at the frames
 * (lib/page/frames.ts): decoys on the points it tests, a frame that grows after the look, a frame
 * added later inside a shadow root, frames the reader cannot go into, a page cut into two frames,
 * and a worker that restarted. Each one shows the person the same offer; the level must rise.
 * And the pages whose frames are not the page (ads, a video, a map, a payment form, a donation
 * widget, a cookie dialog) stay quiet.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect, tabIdOf, levelOf } from './fixtures';
import { stopWorker, workerRunning } from './local-sites';

const ESTA_OFFER = 'ESTA application service. We submit your ESTA for you — only $89. Order now.';
const FULL = 'position:fixed;inset:0;width:100vw;height:100vh;border:0';
/** Words of the top page's own, more than SHELL_TEXT (200) characters: the page is not an empty shell. */
const OWN = `<footer style="position:fixed;bottom:0;font-size:1px;color:#fff">${'Fast travel documents, friendly support, secure checkout, delivered to your inbox. '.repeat(4)}</footer>`;
const js = (s: string): string => JSON.stringify(s);

async function serveHtml(context: BrowserContext, url: string, title: string, body: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body style="margin:0">${body}</body></html>`,
    }),
  );
}

async function scansOf(worker: Worker, tabId: number): Promise<number> {
  return worker.evaluate(async (id) => {
    const got = await chrome.storage.session.get(`tab:${id}`);
    return (got[`tab:${id}`] as { scans?: number } | undefined)?.scans ?? 0;
  }, tabId);
}

/** 25 tiny boxes, one on each point of the reader's 5 × 5 grid (the centres of the fifths of the viewport). */
const decoys = (style: string): string =>
  [10, 30, 50, 70, 90].flatMap((x) => [10, 30, 50, 70, 90].map((y) => `<i style="position:fixed;left:calc(${x}vw - 2px);top:calc(${y}vh - 2px);width:4px;height:4px;z-index:9;${style}"></i>`)).join('');

/** A page that rewrites itself with document.open() 1.5 s after load into `body`, then runs `then` 5 s later. */
const rewritten = (body: string, then: string): string =>
  `<script>setTimeout(() => { document.open(); document.write(${js(`<!doctype html><html lang="en"><head><title>Welcome</title></head><body style="margin:0">${body}${OWN}<script>setTimeout(() => { ${then} }, 5000);</script></body></html>`).replace(/<\//g, '<\\/')}); document.close(); }, 1500);</script>`;

/** [name, top page body (FRAME: the seller's address)]: each shows the person a seller's page in a frame. */
const HIDDEN: Array<[string, string]> = [
  ['control: a full frame', `<iframe src="FRAME" style="${FULL}"></iframe>`],
  ['25 transparent boxes on the grid points over a full frame', `<iframe src="FRAME" style="${FULL}"></iframe>${decoys('')}`],
  ['25 white dots on the grid points over a full frame', `<iframe src="FRAME" style="${FULL}"></iframe>${decoys('background:#fff')}`],
  ['a transparent link over the whole of a full frame', `<iframe src="FRAME" style="${FULL}"></iframe><a href="#buy" style="position:fixed;inset:0;z-index:9"></a>`],
  ['a 1 px frame that an inline style makes full after the look', `<iframe id="f" src="FRAME" style="width:1px;height:1px;border:0"></iframe><script>setTimeout(() => { document.getElementById('f').style.cssText = ${js(FULL)}; }, 5000);</script>`],
  ['a hidden frame shown by an inline style after the look', `<iframe id="f" src="FRAME" style="${FULL};visibility:hidden"></iframe><script>setTimeout(() => { document.getElementById('f').style.visibility = 'visible'; }, 5000);</script>`],
  ['a display:none frame shown by a class after the look', `<style>.off { display: none } .on { ${FULL} }</style><iframe id="f" class="off" src="FRAME"></iframe><script>setTimeout(() => { document.getElementById('f').className = 'on'; }, 5000);</script>`],
  ['a 1 px frame grown by a CSS animation after the look', `<style>@keyframes grow { to { width: 100vw; height: 100vh } } #f { position:fixed;left:0;top:0;border:0;width:1px;height:1px;animation: grow .5s 5s forwards }</style><iframe id="f" src="FRAME"></iframe>`],
  ['a 1 px frame grown by a slow transition after a class change', `<style>#f { position:fixed;left:0;top:0;border:0;width:1px;height:1px;transition: width 3s, height 3s } #f.big { width:100vw;height:100vh }</style><iframe id="f" src="FRAME"></iframe><script>setTimeout(() => { document.getElementById('f').classList.add('big'); }, 5000);</script>`],
  ['a full frame added to an open shadow root after the look', `<div id="h"></div><script>const r = document.getElementById('h').attachShadow({ mode: 'open' }); setTimeout(() => { r.innerHTML = ${js(`<iframe src="FRAME" style="${FULL}"></iframe>`)}; }, 5000);</script>`],
  ['a full frame added to a closed shadow root after the look', `<div id="h"></div><script>const r = document.getElementById('h').attachShadow({ mode: 'closed' }); setTimeout(() => { r.innerHTML = ${js(`<iframe src="FRAME" style="${FULL}"></iframe>`)}; }, 5000);</script>`],
  ['a sandboxed srcdoc frame over the whole viewport', `<iframe sandbox="allow-scripts allow-forms" srcdoc="${`<p>${ESTA_OFFER}</p>`.replace(/"/g, '&quot;')}" style="${FULL}"></iframe>`],
  ['a data: frame over the whole viewport', `<iframe src="data:text/html,${encodeURIComponent(`<p>${ESTA_OFFER}</p>`)}" style="${FULL}"></iframe>`],
  // Session 27: after the page rewrote itself with document.open(), which erases the reader's listeners and left its
  // watch of frame styles on the old <html> (a frame that grows after a rewrite was caught by its ResizeObserver).
  ['a hidden frame shown by an inline style after a rewrite', rewritten(`<iframe id="f" src="FRAME" style="${FULL};visibility:hidden"></iframe>`, `document.getElementById('f').style.visibility = 'visible';`)],
  ['two frames side by side, each 45% of the viewport', `<iframe src="FRAME" style="position:fixed;left:0;top:0;width:47vw;height:96vh;border:0"></iframe><iframe src="FRAME?b" style="position:fixed;right:0;top:0;width:47vw;height:96vh;border:0"></iframe>`],
];

for (const [i, [name, top]] of HIDDEN.entries()) {
  const url = `https://www.frame-hidden-${i + 1}.com/`;
  const frame = `https://pay.frame-hidden-back-${i + 1}.com/esta`;
  test(`${name}: the level is caution`, async ({ context, worker }) => {
    await serveHtml(context, url, 'Welcome', top.replace(/FRAME/g, frame) + OWN);
    await serveHtml(context, `${frame}*`, 'Offer', `<h1>ESTA</h1><p>${ESTA_OFFER}</p>`);
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId), { timeout: 25_000 }).toBe('caution');
  });
}

// The reader of a page the browser listed no frame in skips its hit test (the worker's frame word,
// entrypoints/background/frames.ts) until a frame commits a document in the tab. This frame never
// finishes loading (an image that never comes), so only its commit can tell the reader.
test('a full frame added to a closed shadow root after the look, whose load never ends: the level is caution', async ({ context, worker }) => {
  const url = 'https://www.frame-hidden-hang.com/';
  const frame = 'https://pay.frame-hidden-hang-back.com/esta';
  await serveHtml(context, url, 'Welcome', `<div id="h"></div><script>const r = document.getElementById('h').attachShadow({ mode: 'closed' }); setTimeout(() => { r.innerHTML = ${js(`<iframe src="${frame}" style="${FULL}"></iframe>`)}; }, 5000);</script>${OWN}`);
  await serveHtml(context, frame, 'Offer', `<h1>ESTA</h1><p>${ESTA_OFFER}</p><img src="https://img.frame-hidden-hang-back.com/never.png" alt="">`);
  await context.route('https://img.frame-hidden-hang-back.com/**', () => undefined); // never answered
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId), { timeout: 25_000 }).toBe('caution');
});

test('a page judged with its frame keeps that verdict when the worker restarted and the page changes', async ({ context, worker, extensionId }) => {
  const url = 'https://www.frame-restart.com/';
  const frame = 'https://pay.frame-restart-back.com/esta';
  // The top page's title is about ESTA (so its reader sends its words when they change); its offer is all in the frame.
  await serveHtml(context, url, 'ESTA application', `<iframe src="${frame}" style="${FULL}"></iframe><div id="n"></div>`);
  await serveHtml(context, frame, 'Offer', `<h1>ESTA</h1><p>${ESTA_OFFER}</p>`);
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId), { timeout: 15_000 }).toBe('caution');
  await stopWorker(page, extensionId);
  expect(await workerRunning(page, extensionId)).toBe(false);
  // The top page's words change: its reader sends them to a worker that starts afresh.
  await page.evaluate(() => {
    document.getElementById('n')!.textContent = 'Opening hours: Monday to Friday.';
  });
  await expect.poll(() => workerRunning(page, extensionId), { timeout: 10_000 }).toBe(true);
  // The worker forgot the frame's reading; the top page's new reading puts the reader into the frame
  // again, which reads it again: the level must not drop in between (sampled every 100 ms for 10 s).
  const levels: Array<string | undefined> = [];
  for (let t = 0; t < 100; t++) {
    await page.waitForTimeout(100);
    levels.push(await levelOf(worker, tabId));
  }
  expect(levels.filter((l) => l !== 'caution')).toEqual([]);
});

const NEWS = `<h1>Visa wait times fall at several consulates</h1>${'<p>The State Department said on Monday that interview wait times for visitor visas fell at several consulates this autumn, and that more staff would be hired next year. Travellers should check the embassy page before they book.</p>'.repeat(6)}`;
const INVOICE = `<h1>Rivera Immigration Law — Invoice 2291</h1><p>Legal services for your I-130 family petition: consultation, preparation of forms and evidence, filing with USCIS. Attorney fee $1,500. The USCIS filing fee is paid to USCIS directly. Pay this invoice securely by card below.</p>`;

/** [name, top page body (FRAME: the frame's address), frame body]: the frame is not the page, or says nothing that matters. */
const QUIET: Array<[string, string, string]> = [
  [
    'a news page with a billboard, two half-page rails and a box ad, all selling ESTA (more than half the viewport together)',
    `<iframe src="FRAME?1" style="display:block;margin:0 auto;width:970px;height:250px;border:0"></iframe><iframe src="FRAME?2" style="position:fixed;left:0;top:150px;width:300px;height:600px;border:0"></iframe><iframe src="FRAME?3" style="position:fixed;right:0;top:150px;width:300px;height:600px;border:0"></iframe><div style="margin:0 310px">${NEWS}<iframe src="FRAME?4" style="width:300px;height:250px;border:0"></iframe></div>`,
    `<p>${ESTA_OFFER}</p>`,
  ],
  ['a news page with a YouTube-sized video about ESTA', `${NEWS.slice(0, 400)}<iframe src="FRAME" style="width:560px;height:315px;border:0"></iframe>${NEWS.slice(400)}`, `<p>How to apply for ESTA yourself for $21 — ESTA application service reviewed</p>`],
  ['a consulate page with a map frame', `${NEWS}<iframe src="FRAME" style="width:100%;height:45vh;border:0"></iframe>`, `<p>Map data. Consulate General, 12 Main St. Directions. Visa section.</p>`],
  [
    "a lawyer's invoice page with a big card-payment frame",
    `${INVOICE}<iframe src="FRAME" style="width:100%;height:70vh;border:0"></iframe>`,
    `<form action="/pay" method="post"><p>Pay Rivera Immigration Law $1,500.00</p><label>Card number <input name="cardnumber" autocomplete="cc-number"></label><label>Expiry <input name="exp-date" autocomplete="cc-exp"></label><label>CVC <input name="cvc" autocomplete="cc-csc"></label><button>Pay $1,500.00</button></form>`,
  ],
  [
    "a nonprofit's page with a donation widget",
    `<h1>Immigrant Legal Aid Fund</h1><p>We give free legal help to immigrants: DACA renewals, green card applications, citizenship. Our accredited representatives are recognized by the Department of Justice. Your gift pays for free consultations.</p><iframe src="FRAME" style="width:100%;height:60vh;border:0"></iframe>`,
    `<form action="/give" method="post"><p>Donate to Immigrant Legal Aid Fund</p><label>Amount <input name="amount" value="$50"></label><label>Card number <input name="cc" autocomplete="cc-number"></label><button>Donate $50 monthly</button></form>`,
  ],
  ['a news page under a full-screen cookie dialog frame', `${NEWS}<iframe src="FRAME" style="${FULL};z-index:99"></iframe>`, `<div style="background:#fff;margin:20vh auto;width:60%"><p>We value your privacy. We and our 842 partners use cookies to personalise ads and content.</p><button>Accept all</button><button>Reject all</button></div>`],
];

for (const [i, [name, body, frameBody]] of QUIET.entries()) {
  test(`${name} stays quiet`, async ({ context, worker }) => {
    const url = `https://www.frame-quiet-${i + 1}.com/page`;
    const frame = `https://embed.frame-quiet-back-${i + 1}.com/w`;
    await serveHtml(context, url, 'Page', body.replace(/FRAME/g, frame));
    await serveHtml(context, `${frame}*`, 'Embed', frameBody);
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => scansOf(worker, tabId), { timeout: 12_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(6_000);
    expect(['none', 'notice']).toContain(await levelOf(worker, tabId));
  });
}
