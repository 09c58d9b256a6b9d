/**
 * Loads the built extension (.output/chrome-mv3) into a fresh Chromium profile and serves the
 * fixture pages under real-looking host names with context.route(), so domain rules run end to
 * end with no network. Every request that is not a fixture is aborted and recorded.
 *
 * Browser: CHROMIUM_PATH (set by scripts/run.sh to Debian's /usr/bin/chromium), else Playwright's
 * own Chromium if it is installed, else a system Chromium found on the usual paths (so `npm run
 * demo` and `npx playwright test` work without run.sh instead of stopping at Playwright's
 * "please download browsers" message).
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built extension; OON_EXTENSION_DIR points elsewhere (e.g. a copy while another build runs). */
export const EXTENSION_DIR = resolve(process.env.OON_EXTENSION_DIR ?? '.output/chrome-mv3');
const PAGES = resolve('tests/fixtures/pages');

/** URL → fixture file. The host names are the point: they drive the domain rules. */
export const SITES: Record<string, string> = {
  'https://www.uscis.gov/': 'uscis-home.html',
  'https://uscis-gov.net/': 'lookalike-copy.html',
  'https://uscis-gov.net/account': 'lookalike-copy.html',
  // Look-alikes seen through Google's AMP viewer (lib/domain/url.ts): the look-alike's page under google.com.
  'https://www.google.com/amp/s/uscis-gov.net/account': 'lookalike-copy.html',
  'https://www.google.com/amp/s/uscis-gov.net/status': 'lookalike-copy.html',
  'https://www.google.com/amp/s/dvprogram-gov.com/apply': 'lookalike-copy.html',
  'https://www.fastimmigrationdocs.com/access-code': 'paid-access-code.html',
  'https://www.dailytribune-news.com/us-news/access-code-scams': 'news-article.html',
  // A sponsored travel article that sells nothing but sends the reader to a named paid ESTA site (lib/signals/middleman/advert.ts).
  'https://www.weekendtravel-magazine.com/usa/new-york-trip': 'advertorial-esta.html',
  'https://www.riveraimmigrationlaw.com/green-card-family': 'lawyer-guide.html',
  // The same law firm's next page (issue 19: the notice hint shows once per site, not on this one).
  'https://www.riveraimmigrationlaw.com/citizenship': 'lawyer-guide.html',
  'https://www.bananabread-recipes.com/easy': 'unrelated.html',
  'https://www.usformsdownload-center.com/forms': 'hostile-banner.html',
  'https://www.instantformsdownload.com/forms': 'hostile-css.html',
  'https://www.liveticker-example.com/': 'spa-mutating.html',
  'https://www.formsdownload-overlay.com/forms': 'hostile-overlay.html',
  'https://www.formsdownload-rootswap.com/forms': 'hostile-replace-root.html',
  'https://www.greencard-renewal-center.com/i-90': 'claims-official.html',
  'https://www.immigration-feed-example.com/': 'adv-spa-growing.html',
  'https://www.accesscode-bigpage.com/': 'adv-huge-text.html',
  'https://www.accesscode-deepdom.com/': 'adv-deep-dom.html',
  'https://www.accesscode-nobody.com/': 'adv-no-body.html',
  'https://www.accesscode-newbody.com/': 'adv-replace-body.html',
  'https://www.accesscode-hostile.com/': 'adv-hostile-world.html',
  'https://www.banana-bread-weekly.com/': 'adv-frames.html',
  'https://www.accesscode-frames.com/': 'adv-caution-with-frames.html',
  'https://www.accesscode-hydrated.com/': 'adv-script-first.html',
  'https://www.slowload-immigration.com/': 'adv-slow-load.html',
  'https://www.accesscode-neverloads.com/': 'adv-never-loads.html',
  'https://www.accesscode-forged.com/': 'adv-forge-wxt.html',
  // The access-code seller's FAQ: no cue of its own (site memory: another page of the site sells).
  'https://www.fastimmigrationdocs.com/faq': 'seller-faq.html',
  // The same FAQ text on another site: nothing remembered there.
  'https://www.quickcase-answers.com/faq': 'seller-faq.html',
};



/** Requests fixture pages make themselves (not the extension): the held-back images of adv-slow-load.html and adv-never-loads.html. */
export const PAGE_OWN_REQUESTS: ReadonlySet<string> = new Set(['https://www.slowload-immigration.com/slow.png', 'https://www.accesscode-neverloads.com/pixel.gif']);

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome-stable'];

/** The Chromium to run: CHROMIUM_PATH, Playwright's own when installed, else a system one; undefined lets Playwright explain. */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const own = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return '';
    }
  })();
  if (own && existsSync(own)) return undefined;
  return SYSTEM_CHROMIUMS.find((p) => existsSync(p));
}

export function launchArgs(dir = EXTENSION_DIR): string[] {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--lang=en-US',
  ];
}

/** `userDataDir`: reuse a profile (a browser restarted); the caller removes it. */
export async function launch(extra: { locale?: string; colorScheme?: 'light' | 'dark'; userDataDir?: string } = {}): Promise<{
  context: BrowserContext;
  stray: string[];
  cleanup: () => Promise<void>;
}> {
  const userDataDir = extra.userDataDir ?? mkdtempSync(join(tmpdir(), 'oon-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: false, // --headless=new is passed below: the old headless mode cannot load extensions.
    executablePath: chromiumPath(),
    args: launchArgs(),
    locale: extra.locale ?? 'en-US',
    colorScheme: extra.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
  });
  const stray: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const file = SITES[url];
    if (/^(chrome-extension|data|blob):/.test(url)) {
      // The extension's own files (popup, warning page) load from the package, not the network.
      await route.continue();
    } else if (file) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(PAGES, file)) });
    } else {
      stray.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return {
    context,
    stray,
    cleanup: async () => {
      await context.close();
      if (extra.userDataDir === undefined) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Serves a shop page at `url` (registered after the harness's routes, so it wins): `title` (one that says nothing about
 * immigration, so only what the page shows can raise the level), "Welcome to our shop." and `body`.
 */
export async function serveShop(context: BrowserContext, url: string, body: string, title = 'Fast Docs – Home'): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><p>Welcome to our shop.</p>${body}</body></html>`,
    }),
  );
}

/**
 * The extension's service worker, once its listeners are registered. On a brand-new profile the
 * worker is still installing when Playwright first sees it, and navigation events sent before its
 * listeners exist are not replayed (a real user's browser has it installed long before).
 */
export async function readyWorker(context: BrowserContext): Promise<Worker> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let i = 0; i < 100; i++) {
    const ready = await worker
      .evaluate(() => chrome.webNavigation.onBeforeNavigate.hasListeners() && chrome.runtime.onMessage.hasListeners())
      .catch(() => false);
    if (ready) return worker;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the extension service worker never registered its listeners');
}

/**
 * The tab id of the tab showing `page`, asked of the extension's service worker. Asked again for a
 * moment when no tab shows the page's address: a page judged at once may already be on its way to
 * the warning page (the tab's address changes before the page's does).
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  let url = page.url();
  for (let tries = 0; tries < 20; tries++) {
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    if (id >= 0) return id;
    await new Promise((r) => setTimeout(r, 100));
    url = page.url();
  }
  throw new Error(`no tab for ${url}`);
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until the background has a verdict for the tab and returns its level. */
export async function levelOf(worker: Worker, tabId: number): Promise<string | undefined> {
  return worker.evaluate(async (id) => {
    const got = await chrome.storage.session.get(`tab:${id}`);
    return (got[`tab:${id}`] as { verdict?: { level?: string } } | undefined)?.verdict?.level;
  }, tabId);
}

/**
 * Text of everything under the page's closed shadow roots, read through the DevTools protocol
 * (page scripts — and Playwright's own locators — cannot see inside a closed root).
 */
export async function shadowText(page: Page, hostTag: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.nodeName.toLowerCase() === hostTag);
    return host ? collectText(host) : '';
  } finally {
    await cdp.detach();
  }
}

/**
 * How long a person looks at a warning before clicking: longer than the grace period during which
 * the banner, the field guard and the warning page's "Continue once" and "Always trust" ignore clicks
 * (GRACE_MS in lib/tab/grace.ts).
 */
export const READ_MS = 1_100;

/**
 * Clicks (a real, trusted mouse click) the button or link with this text inside a closed shadow
 * root, after READ_MS (pass 0 to click at once, as a lured click would).
 */
export async function clickInShadow(page: Page, hostTag: string, text: string, readMs = READ_MS): Promise<void> {
  if (readMs > 0) await page.waitForTimeout(readMs);
  const box = await shadowBox(page, hostTag, (n) => ['BUTTON', 'A'].includes(n.nodeName) && collectText(n).trim() === text);
  if (!box) throw new Error(`no button "${text}" in <${hostTag}>: ${await shadowText(page, hostTag)}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The rendered content box (CSS pixels of the viewport) of the first node inside `<hostTag>`
 * (closed shadow root included) that `match` accepts; undefined when there is none.
 */
export async function shadowBox(page: Page, hostTag: string, match: (n: CdpNode) => boolean): Promise<Box | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.nodeName.toLowerCase() === hostTag);
    const target = host && findNode(host, match);
    if (!target) return undefined;
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: target.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  } finally {
    await cdp.detach();
  }
}

/** A node of DOM.getDocument with `class="…"` containing `name`. */
export function hasClass(n: CdpNode, name: string): boolean {
  const attrs = n.attributes ?? [];
  for (let i = 0; i + 1 < attrs.length; i += 2) if (attrs[i] === 'class' && (attrs[i + 1] ?? '').split(' ').includes(name)) return true;
  return false;
}

/**
 * Font families Chromium actually used for the text inside `<hostTag>` (closed shadow root
 * included), with whether each is a web font the page supplied.
 */
export async function shadowFonts(page: Page, hostTag: string): Promise<Array<{ familyName: string; isCustomFont: boolean }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.nodeName.toLowerCase() === hostTag);
    const parents: CdpNode[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeName === 'STYLE') return;
      const kids = [...(n.shadowRoots ?? []), ...(n.children ?? [])];
      if (kids.some((k) => k.nodeType === 3 && k.nodeValue.trim() !== '')) parents.push(n);
      kids.forEach(walk);
    };
    if (host) walk(host);
    const { nodeIds } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: parents.map((p) => p.backendNodeId) })) as {
      nodeIds: number[];
    };
    const fonts = new Map<string, boolean>();
    for (const nodeId of nodeIds) {
      const { fonts: used } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as {
        fonts: Array<{ familyName: string; isCustomFont: boolean }>;
      };
      for (const f of used) fonts.set(f.familyName, f.isCustomFont);
    }
    return [...fonts].map(([familyName, isCustomFont]) => ({ familyName, isCustomFont }));
  } finally {
    await cdp.detach();
  }
}

export interface CdpNode {
  nodeName: string;
  attributes?: string[];
  nodeType: number;
  nodeValue: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, match: (n: CdpNode) => boolean): CdpNode | undefined {
  if (match(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}

export function collectText(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(collectText).join(' ').replace(/\s+/g, ' ');
}
