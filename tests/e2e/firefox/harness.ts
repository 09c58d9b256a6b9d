/**
 * Firefox end to end: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, with the
 * unpacked Firefox build (.output/firefox-mv3) installed as a temporary add-on.
 *
 * Why puppeteer-core and not Playwright: Playwright 1.65's Firefox-over-BiDi channel ("moz-firefox")
 * sends emulation.setMediaFeaturesOverride when it opens a context, which Firefox ESR 153 does not
 * know, so it cannot even start; it also has no call to install an add-on. puppeteer-core installs
 * one (webExtension.install) and needs no geckodriver. See docs/firefox.md.
 *
 * Network: every request Firefox makes — pages, the extension, Firefox itself — goes through a
 * local proxy (network.proxy.* prefs). The proxy serves the fixture pages of ../harness.ts SITES
 * (https through a throwaway certificate Firefox is told to accept) and records everything else as
 * stray, answering 404: nothing leaves the machine, and a test can check that nothing tried.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { PAGE_OWN_REQUESTS, SITES } from '../harness';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.OON_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
const PAGES = resolve('tests/fixtures/pages');
const HERE = resolve('tests/e2e/firefox');
const ADDON_ID = 'official-or-not@official-or-not.github.io';
/** Fixed through extensions.webextensions.uuids, so moz-extension:// addresses are known. */
export const EXTENSION_UUID = '0f1c1a1e-0000-4000-8000-00000000e2e1';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** A link shortener the proxy plays: `${SHORTENER}?to=<url>` answers 302 to <url>. */
export const SHORTENER = 'https://sho.rt-links.example/r';
/** A benign-looking page the proxy plays: `${FRAMER}?to=<url>` shows <url> in a full-window frame. */
export const FRAMER = 'https://frame-page.example/f';
/** The same on another site (a verdict on FRAMER's site is not remembered here), with the frame added 3 s after load inside a closed shadow root. */
export const LATE_FRAMER = 'https://late-frame-page.example/f';
/** A seller whose whole offer is drawn inside a closed shadow root (the reader opens it: entrypoints/reader closedShadowRoot). */
export const CLOSED_ROOT_SELLER = 'https://closed-root-shop.example/esta';
const CLOSED_ROOT_OFFER = '<h1>ESTA</h1><p>ESTA application service. We submit your ESTA for you — only $89. Order now.</p>';

const SYSTEM_FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** FIREFOX_PATH, else Debian's firefox-esr (scripts/run.sh installs it). */
export function firefoxPath(): string {
  const found = process.env.FIREFOX_PATH ?? SYSTEM_FIREFOXES.find((p) => existsSync(p));
  if (!found) throw new Error('no Firefox found: install firefox-esr (bash scripts/run.sh setup does) or set FIREFOX_PATH');
  return found;
}

/** A local proxy that serves the fixtures and records every other request. */
export async function startProxy(): Promise<{ port: number; stray: string[]; served: string[]; close: () => Promise<void> }> {
  const stray: string[] = [];
  const served: string[] = [];
  const serve = (scheme: 'http' | 'https') => (req: IncomingMessage, res: ServerResponse) => {
    const url = scheme === 'http' ? (req.url ?? '') : `https://${req.headers.host ?? ''}${req.url ?? ''}`;
    const file = SITES[url];
    const to = url.startsWith(SHORTENER) ? new URL(url).searchParams.get('to') : null;
    if (to !== null) {
      // A link shortener: 302 to the address it was given.
      served.push(url);
      res.writeHead(302, { location: to });
      res.end();
      return;
    }
    if (url === CLOSED_ROOT_SELLER) {
      served.push(url);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<title>Welcome</title><x-offer></x-offer><script>customElements.define('x-offer', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(CLOSED_ROOT_OFFER)}; } });</script>`);
      return;
    }
    if (url.startsWith(FRAMER) || url.startsWith(LATE_FRAMER)) {
      served.push(url);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const frame = `<iframe src=${JSON.stringify(new URL(url).searchParams.get('to') ?? '')} style="border:0;width:100vw;height:90vh"></iframe>`;
      res.end(url.startsWith(FRAMER) ? frame : `<div id="h"></div><script>const r = document.getElementById('h').attachShadow({ mode: 'closed' }); setTimeout(() => { r.innerHTML = ${JSON.stringify(frame)}; }, 3000);</script>`);
      return;
    }
    if (file) {
      served.push(url);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(PAGES, file)));
      return;
    }
    if (!PAGE_OWN_REQUESTS.has(url) && !url.endsWith('/favicon.ico')) stray.push(url);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not a fixture');
  };
  const tls = createHttpsServer(
    { key: readFileSync(join(HERE, 'proxy-throwaway.key')), cert: readFileSync(join(HERE, 'proxy-throwaway.crt')) },
    serve('https'),
  );
  const proxy = createHttpServer(serve('http'));
  const sockets = new Set<Socket>();
  proxy.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // https://host/…: answer CONNECT ourselves and hand the socket to the TLS server.
  proxy.on('connect', (req: IncomingMessage, socket: Socket) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  return {
    port: (proxy.address() as AddressInfo).port,
    stray,
    served,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => proxy.close(() => r()));
    },
  };
}

/** Firefox's own background traffic, switched off so the proxy's log holds only what pages and the extension ask for. */
const QUIET_PREFS: Record<string, unknown> = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  // Remote settings: only honoured with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set at launch); port 9 on
  // this machine refuses, so nothing is fetched and nothing leaves.
  'services.settings.server': 'http://127.0.0.1:9/v1',
  'app.normandy.enabled': false,
  'browser.region.network.url': '',
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.contentblocking.report.lockwise.enabled': false,
  'intl.accept_languages': 'en-US',
  'intl.locale.requested': 'en-US',
};

export interface FirefoxRun {
  browser: Browser;
  /** Requests that were not fixture pages (should stay empty). */
  stray: string[];
  /** Fixture pages (and shortener hops) the proxy answered, in order. */
  served: string[];
  close: () => Promise<void>;
}

/** `prefs`: more Firefox preferences for this run (e.g. a short background idle timeout). */
export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR, prefs: Record<string, unknown> = {}): Promise<FirefoxRun> {
  const proxy = await startProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    acceptInsecureCerts: true, // the proxy's throwaway certificate
    args: ['--remote-allow-system-access'], // lets the driver open moz-extension:// pages
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      ...prefs,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      // Firefox never proxies localhost by default; that keeps the refused remote-settings address local.
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (e) {
    await browser.close();
    await proxy.close();
    throw e;
  }
  return {
    browser,
    stray: proxy.stray,
    served: proxy.served,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

/**
 * Starts going to `url`. Navigation events do not report moz-extension:// pages (the warning page
 * replacing a look-alike), so callers wait on location.href (hrefOf) or the page's content instead.
 */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 5_000 }).catch(() => undefined);
}

export async function hrefOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}

/** Polls `read` until it returns something `ok` accepts, or throws with the last value. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await read().catch(() => undefined as T);
    if (last !== undefined && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after ${ms} ms`);
}

/** An extension page (options.html) kept open to ask the extension's APIs about tabs. */
export async function extensionProbe(browser: Browser): Promise<Page> {
  const probe = await browser.newPage();
  await visit(probe, `${EXTENSION_ORIGIN}/options.html`);
  await until(() => hrefOf(probe), (h) => h.startsWith(EXTENSION_ORIGIN), 'options page');
  return probe;
}

/** The id of the tab whose address starts with `prefix`, asked of the extension. */
export async function tabIdFor(probe: Page, prefix: string): Promise<number> {
  return until(
    () =>
      probe.evaluate(async (p) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url?.startsWith(p))?.id ?? -1;
      }, prefix),
    (id) => id >= 0,
    `tab for ${prefix}`,
  );
}

export async function badgeOf(probe: Page, tabId: number): Promise<string> {
  return probe.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function levelIn(probe: Page, tabId: number): Promise<string | undefined> {
  return probe.evaluate(async (id) => {
    const got = await chrome.storage.session.get(`tab:${id}`);
    return (got[`tab:${id}`] as { verdict?: { level?: string } } | undefined)?.verdict?.level;
  }, tabId);
}

export async function bannerLevel(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('official-or-not-banner')?.getAttribute('data-level') ?? null).catch(() => null);
}
