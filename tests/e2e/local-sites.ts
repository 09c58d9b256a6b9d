/**
 * A real local HTTPS server for tests and benches where timing matters (issue 14 item 6):
 * Chromium is pointed at it with --host-resolver-rules, so requests, redirects and their timing
 * are the browser's own (context.route() intercepts inside the browser and changes timing).
 * Every request is logged, so a test can see whether a page was fetched at all and whether its
 * inline script ran (the look-alike's script makes a synchronous request to /ran before anything
 * else on the page).
 */
import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { createServer } from 'node:https';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, launchArgs, readyWorker } from './harness';

const CERT_DIR = resolve('tests/e2e/firefox');

/** A look-alike page whose first act is a synchronous request the server records. */
const LOOKALIKE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>USCIS Online Account</title>
<script>var x=new XMLHttpRequest();x.open('GET','/ran',false);try{x.send()}catch(e){}
try{document.cookie='lookalike=ran; path=/'}catch(e){}</script></head>
<body><h1>U.S. Citizenship and Immigration Services</h1><p>Sign in to your USCIS online account.</p></body></html>`;

/** The look-alike as XHTML and as SVG, same first act. */
const RAN_SCRIPT = `var x=new XMLHttpRequest();x.open('GET','/ran',false);try{x.send()}catch(e){}`;
const LOOKALIKE_XHTML = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>USCIS Online Account</title>
<script>${RAN_SCRIPT}</script></head><body><h1>U.S. Citizenship and Immigration Services</h1></body></html>`;
const LOOKALIKE_SVG = `<?xml version="1.0" encoding="utf-8"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="100">
<script>${RAN_SCRIPT}</script><text x="10" y="50">USCIS Online Account</text></svg>`;

/** Benign pages that take the person to `to` some other way than a link: path → page. */
const ATTACK_PAGES: Readonly<Record<string, (to: string) => string>> = {
  '/post': (to) => `<form id="f" method="post" action=${JSON.stringify(to)}><input name="a" value="1"></form><script>document.getElementById('f').submit()</script>`,
  '/refresh': (to) => `<meta http-equiv="refresh" content="0; url=${to.replace(/"/g, '&quot;')}"><p>Loading…</p>`,
  '/assign': (to) => `<script>location.replace(${JSON.stringify(to)})</script>`,
  '/popup': (to) => `<button id="go" onclick="window.open(${JSON.stringify(to).replace(/"/g, '&quot;')})">Open</button>`,
  '/nested': (to) => `<iframe id="f" srcdoc="${`<iframe src='${to}'></iframe>`.replace(/"/g, '&quot;')}"></iframe>`,
  '/written': (to) => `<iframe id="f"></iframe><script>const d=document.getElementById('f').contentDocument;d.open();d.write("<iframe src='" + ${JSON.stringify(to)} + "'></iframe>");d.close()</script>`,
  '/sandboxed': (to) => `<iframe id="f" sandbox="allow-scripts allow-forms" src=${JSON.stringify(to)}></iframe>`,
  '/object': (to) => `<object id="f" type="text/html" data=${JSON.stringify(to)} width="600" height="400"></object>`,
  '/prerender': (to) => `<script type="speculationrules">${JSON.stringify({ prerender: [{ source: 'list', urls: [to] }] })}</script><a id="go" href=${JSON.stringify(to)}>Next</a>`,
  // Poisons a same-origin about:blank window (the guard's name, String and Array methods, window.stop), then sends it on.
  '/poison': (to) =>
    `<iframe id="f"></iframe><button id="go">Open</button><script>function poison(w){try{Object.defineProperty(w,'__officialOrNotAddressDanger',{get(){return ()=>false},set(){},configurable:false});` +
    `w.String.prototype.includes=()=>false;w.String.prototype.toLowerCase=()=>'x';w.Array.prototype.some=()=>false;w.RegExp.prototype.test=()=>false;w.stop=()=>{}}catch(e){}}` +
    `const f=document.getElementById('f');poison(f.contentWindow);f.contentWindow.location.href=${JSON.stringify(to + '#frame')};` +
    `document.getElementById('go').onclick=()=>{const w=window.open('about:blank');poison(w);w.location.href=${JSON.stringify(to)}}</script>`,
};

/** A seller of a free government step (caution by its words; its host is no look-alike): risks18's cold and prerender attacks. */
const SELLER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fast Docs – Home</title></head>
<body><p>Welcome to our shop.</p><p>USCIS access code — only $129, order now</p></body></html>`;

/** The same seller, whose offer is written only once the page is shown (a prerendered copy has none while hidden). */
const SELLER_SHOWN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fast Docs – Home</title></head>
<body><p>Welcome to our shop.</p><p id="offer"></p><script>const show = () => { document.getElementById('offer').textContent = 'USCIS access code — only $129, order now'; };
if (document.prerendering) document.addEventListener('prerenderingchange', show); else show();</script></body></html>`;

/**
 * Pages the back/forward cache may keep (no `no-store`): the seller, and a quiet page that shows the seller's offer when
 * it is shown again from the cache. Each notes on <html> how it was shown (N: loaded, P: restored from the cache).
 */
const SHOWN_NOTE = `<script>addEventListener('pageshow', (e) => { document.documentElement.dataset.shown = (document.documentElement.dataset.shown || '') + (e.persisted ? 'P' : 'N'); });</script>`;
const KEPT_PAGES: Readonly<Record<string, string>> = {
  '/kept-offer': SELLER_PAGE.replace('</body>', `${SHOWN_NOTE}</body>`),
  '/kept-quiet': SELLER_PAGE.replace('<p>USCIS access code — only $129, order now</p>', `<p id="offer"></p>${SHOWN_NOTE}<script>addEventListener('pageshow', (e) => { if (e.persisted) document.getElementById('offer').textContent = 'USCIS access code — only $129, order now'; });</script>`),
};

const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Banana bread</title></head>
<body><h1>Easy banana bread</h1><p>Three bananas, flour, butter.</p></body></html>`;

/** Hosts the server answers for, and what. */
export const LOCAL = {
  /** Benign page to start from. */
  start: 'https://www.bananabread-recipes.com/',
  /** A look-alike the static patterns cover (lib/domain/block-patterns.ts). */
  pattern: 'https://uscis-gov.net/account',
  /** A look-alike only the detector knows (danger by its words, not by a static pattern). */
  judged: 'https://dvprogram-gov.com/apply',
  /** A link shortener answering 302 to …?to=<url>. */
  shortener: (to: string) => `https://sho.rt-links.example/r?to=${encodeURIComponent(to)}`,
  /** The benign start site showing <url> in a full-window frame. */
  frame: (to: string) => `https://www.bananabread-recipes.com/frame?to=${encodeURIComponent(to)}`,
} as const;

export interface Hit {
  host: string;
  path: string;
  /** Came over TLS (https://), not plain http://. */
  tls: boolean;
}

export interface LocalSites {
  port: number;
  /** Every request, in order. */
  log: Hit[];
  /** Did a page on `url`'s host run its script / get requested at all? */
  ran: (url: string) => boolean;
  requested: (url: string) => boolean;
  close: () => Promise<void>;
}

export async function startLocalSites(): Promise<LocalSites> {
  const log: Hit[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    log.push({ host, path: url.pathname, tls: 'encrypted' in req.socket });
    if (url.pathname === '/r' && url.searchParams.has('to')) {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
      res.end();
    } else if (url.pathname === '/bounce') {
      // A page that sends the tab on to ?to= once shown, again whenever it is shown (back/forward cache too).
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`<p>Loading…</p><script>addEventListener('pageshow',()=>setTimeout(()=>location.href=${JSON.stringify(url.searchParams.get('to') ?? '/')},300))</script>`);
    } else if (url.pathname === '/link' || url.pathname === '/frame') {
      // A benign page with a link to ?to=, or showing ?to= in a full-window frame (attacks.spec.ts).
      const to = JSON.stringify(url.searchParams.get('to') ?? '/');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(url.pathname === '/link' ? `<a id="go" href=${to}>Check your case</a>` : `<iframe id="f" src=${to} style="border:0;width:100vw;height:90vh"></iframe>`);
    } else if (url.pathname in ATTACK_PAGES) {
      // A benign page that takes the person to ?to= some other way (guard-attacks.spec.ts).
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(ATTACK_PAGES[url.pathname]?.(url.searchParams.get('to') ?? '/'));
    } else if (url.pathname === '/page.xhtml' || url.pathname === '/page.svg') {
      // The look-alike served as XML: parsed by the XML parser, not the HTML one.
      const xhtml = url.pathname === '/page.xhtml';
      res.writeHead(200, { 'content-type': xhtml ? 'application/xhtml+xml; charset=utf-8' : 'image/svg+xml', 'cache-control': 'no-store' });
      res.end(xhtml ? LOOKALIKE_XHTML : LOOKALIKE_SVG);
    } else if (url.pathname === '/sandbox') {
      // The look-alike with a CSP sandbox: its document gets an opaque origin.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': 'sandbox allow-scripts' });
      res.end(LOOKALIKE_PAGE);
    } else if (url.pathname === '/offer' || url.pathname === '/offer-shown') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(url.pathname === '/offer' ? SELLER_PAGE : SELLER_SHOWN_PAGE);
    } else if (url.pathname in KEPT_PAGES) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(KEPT_PAGES[url.pathname]);
    } else if (url.pathname === '/ran' || url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(host === new URL(LOCAL.start).host ? PLAIN_PAGE : LOOKALIKE_PAGE);
    }
  };
  const https = createServer({ key: readFileSync(resolve(CERT_DIR, 'proxy-throwaway.key')), cert: readFileSync(resolve(CERT_DIR, 'proxy-throwaway.crt')) }, handle);
  const http = createHttpServer(handle);
  const sockets = new Set<Socket>();
  // One port for both (--host-resolver-rules sends every name there): a TLS handshake starts with byte 22.
  const server = createNetServer((s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.once('data', (first: Buffer) => {
      s.pause();
      s.unshift(first);
      (first[0] === 22 ? https : http).emit('connection', s);
      process.nextTick(() => s.resume());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const hostOf = (url: string) => new URL(url).hostname;
  return {
    port: (server.address() as AddressInfo).port,
    log,
    ran: (url) => log.some((h) => h.host === hostOf(url) && h.path === '/ran'),
    requested: (url) => log.some((h) => h.host === hostOf(url) && h.path !== '/favicon.ico'),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/**
 * Chromium with the built extension, every host name resolved to the local server (the URL keeps
 * its host and port 443, so redirects and timing are the browser's own). No context.route().
 */
export async function launchLocal(
  sites: LocalSites,
  dir?: string,
  opts: { profile?: string; waitForWorker?: boolean } = {},
): Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }> {
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'oon-cold-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: false, // --headless=new comes with launchArgs()
    executablePath: chromiumPath(),
    args: [...launchArgs(dir), `--host-resolver-rules=MAP * 127.0.0.1:${sites.port}`, '--ignore-certificate-errors'],
    viewport: { width: 1100, height: 800 },
  });
  const worker = opts.waitForWorker === false ? undefined : await readyWorker(context);
  return {
    context,
    extensionId: worker ? new URL(worker.url()).host : '',
    close: async () => {
      await context.close();
      if (opts.profile === undefined) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker, as Chrome does after ~30 s idle: the DevTools protocol
 * closes its target (the method of developer.chrome.com "Test service worker termination with
 * Puppeteer"). The next browser event starts it again from scratch.
 */
export async function stopWorker(page: Page, extensionId: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const isOurs = (t: { type: string; url: string }) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`);
    const list = async () => ((await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] }).targetInfos.filter(isOurs);
    // Events still in flight from the last page (its load, the reader's snapshot) can start the
    // worker again at once: close it until it stays stopped for a moment.
    for (let i = 0; i < 20; i++) {
      for (const t of await list()) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 150));
      if ((await list()).length === 0) return;
    }
    throw new Error('the extension service worker did not stop');
  } finally {
    await cdp.detach();
  }
}

/** Opens the start page, then stops the worker: the next navigation finds it asleep. */
export async function asleep(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(LOCAL.start);
  await stopWorker(page, extensionId);
  expect(await workerRunning(page, extensionId)).toBe(false);
  return page;
}

/** Is the extension's service worker running? */
export async function workerRunning(page: Page, extensionId: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  } finally {
    await cdp.detach();
  }
}

/** The address of the extension's warning page (any query or fragment after it). */
/** The worker's session rules as text ('' while no worker runs): poll it for a judged host's rule. */
export async function sessionRulesText(context: BrowserContext, extensionId: string): Promise<string> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return worker ? JSON.stringify(await worker.evaluate(() => chrome.declarativeNetRequest.getSessionRules())) : '';
}

export const warningPage = (id: string): RegExp => new RegExp(`^chrome-extension://${id}/warning\\.html`);

/** Tests against the local HTTPS sites: a fresh server and a fresh browser loading the extension for each. */
export const test = base.extend<{ sites: LocalSites; ext: { context: BrowserContext; extensionId: string } }>({
  // eslint-disable-next-line no-empty-pattern
  sites: async ({}, use) => {
    const sites = await startLocalSites();
    await use(sites);
    await sites.close();
  },
  ext: async ({ sites }, use) => {
    const launched = await launchLocal(sites);
    await use(launched);
    await launched.close();
  },
});
