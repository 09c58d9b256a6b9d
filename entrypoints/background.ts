/**
 * Background: wiring only. Navigation and page snapshots come in, lib/ decides, and the verdict
 * goes out to the toolbar badge, the in-page banner or the full-page warning.
 *
 * - Domain verdicts are taken at navigation (webNavigation.onBeforeNavigate), so a look-alike
 *   site is replaced by warning.html before it can render.
 * - Page verdicts come from the content script's snapshot and can raise the level. The content
 *   script is injected when the page has finished loading (webNavigation.onCompleted), so it
 *   never adds to a page's load time.
 * - Per-tab state lives in storage.session (the service worker may be stopped at any time);
 *   settings live in storage.local through lib/platform/settings-store.ts.
 * - Nothing here makes a network request.
 */
import { defineBackground } from '#imports';
import { browser, type Browser } from 'wxt/browser';
import { decide } from '@/lib/verdict';
import { makeT } from '@/lib/i18n';
import { uiLocale } from '@/lib/platform/locale';
import { parseHost, siteKey } from '@/lib/domain';
import { isWebUrl, originOf } from '@/lib/domain/url';
import { isTrusted, trustSite, untrustSite } from '@/lib/settings';
import { getSettings, saveSettings, watchSettings } from '@/lib/platform/settings-store';
import { installCheckLinkMenu } from '@/lib/platform/check-link';
import type { Settings } from '@/lib/settings/types';
import { HELP_SECTIONS, helpQuery, type Request, type TabState, type VisitState } from '@/lib/messages';
import type { Level, PageSnapshot, Verdict } from '@/lib/types';

const BADGE: Record<Level, { text: string; color: string }> = {
  official: { text: '✓', color: '#1a7f37' },
  none: { text: '', color: '#6e7781' },
  notice: { text: 'i', color: '#0969da' },
  caution: { text: '!', color: '#9a6700' },
  danger: { text: '!!', color: '#cf222e' },
};
/** A page that removes or hides the banner this many times is shown the full warning instead. */
export const TAMPER_LIMIT = 3;

const stateKey = (tabId: number) => `tab:${tabId}`;


/** A navigation event about a web page in a tab's top frame (the only ones acted on). */
function isTopWebPage(details: { tabId: number; frameId: number; url: string }): boolean {
  return details.frameId === 0 && details.tabId >= 0 && isWebUrl(details.url);
}

/** The UI language for a tab's surfaces (badge tooltip, banner). */
function localeOf(state: TabState) {
  return uiLocale(state.language);
}

/**
 * In-memory copies for the navigation fast path: the redirect to warning.html must be issued in
 * the same tick as onBeforeNavigate, before the look-alike page can answer and render. Storage
 * stays the source of truth; these are refilled when the service worker wakes.
 */
let cachedSettings: Settings | undefined;
const continuedSite = new Map<number, string>();
/** The last URL onBeforeNavigate handled per tab, so onCommitted does not judge (and redirect) it twice. */
const handledUrl = new Map<number, string>();

/**
 * Updates to one tab's state run one at a time: judge(), dismiss, tamper and trust each read the
 * state and write it back, and a page can trigger snapshots at will, so unserialised updates
 * could overwrite each other.
 */
const queues = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}


/** Messages from the extension's own pages (popup, options, warning page), not from content scripts. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

async function loadState(tabId: number): Promise<TabState | null> {
  const key = stateKey(tabId);
  const got = await browser.storage.session.get(key);
  return (got[key] as TabState | undefined) ?? null;
}

async function storeState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [stateKey(state.tabId)]: state });
}

function freshVisit(site: string): VisitState {
  return { site, continued: false, dismissed: false, fieldGuardShown: false };
}

async function updateBadge(state: TabState): Promise<void> {
  const shown = BADGE[state.verdict.level];
  const tabId = state.tabId;
  try {
    await browser.action.setBadgeText({ tabId, text: state.trusted && state.verdict.level !== 'official' ? '' : shown.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: shown.color });
    // The tooltip is the level in the person's language, like every other surface.
    const t = makeT(localeOf(state));
    const level = state.verdict.level;
    const title = `${t('extName')}: ${t(`level_${level}`)} — ${t(`level_${level}_summary`)}`;
    await browser.action.setTitle({ tabId, title: state.trusted ? `${title} ${t('popup_trusted_note')}` : title });
  } catch {
    // The tab may be gone already.
  }
}

function warningUrl(): string {
  return browser.runtime.getURL('/warning.html');
}

/**
 * Replaces the tab's page with warning.html. `loaded`: the dangerous page had already loaded (a
 * verdict from its content), so "Back to safety" must skip it in the history.
 */
async function showWarning(tabId: number, url: string, loaded: boolean): Promise<void> {
  const params = new URLSearchParams({ url, ...(loaded ? { loaded: '1' } : {}) });
  await browser.tabs.update(tabId, { url: `${warningUrl()}?${params.toString()}` }).catch(() => undefined);
}

/** The banner, with the bundle of the language it is shown in first (see banner/i18n.ts). */
async function showBanner(state: TabState): Promise<void> {
  const locale = localeOf(state);
  try {
    await browser.scripting.executeScript({
      target: { tabId: state.tabId, frameIds: [0] },
      files: [`/banner-i18n/${locale}.js`, '/banner.js'],
    });
  } catch {
    // The page may have navigated away, or be a page extensions cannot script.
  }
}

/**
 * The page reader (entrypoints/reader), injected into the top frame once the page has loaded:
 * injected earlier (a manifest content script runs at document_idle, often before the load
 * event), setting up its script world cost the page 5–6 ms of main thread before load (bench:load).
 * A page whose load never finishes (a resource that hangs) is read LOAD_GRACE_MS after it
 * committed instead. Official sites are not read: their verdict never depends on the page.
 */
const LOAD_GRACE_MS = 10_000;
/**
 * Per tab: the number of the document on show (one per commit), whether the reader is in it, and
 * its documentId where the browser gives one (Chromium), so an injection can only ever land in
 * that document — not in the next page if the tab moved on meanwhile.
 */
const documents = new Map<number, { seq: number; reader: boolean; documentId?: string }>();

interface NavDetails {
  tabId: number;
  frameId: number;
  url: string;
  documentId?: string;
}

/** A new document in a tab's top frame: the reader is not in it yet; read it later if it never loads. */
function onDocumentCommitted(details: NavDetails): void {
  if (details.frameId !== 0 || details.tabId < 0) return;
  const seq = (documents.get(details.tabId)?.seq ?? 0) + 1;
  documents.set(details.tabId, { seq, reader: false, documentId: details.documentId });
  if (isWebUrl(details.url)) readLaterIfStillLoading(details.tabId, details.url, seq);
}

/** `known`: the tab's state when the caller has just read it (undefined: read it here). */
async function injectReader(tabId: number, url: string, documentId?: string, known?: TabState | null): Promise<void> {
  let doc = documents.get(tabId);
  if (doc === undefined) {
    // The service worker restarted since the commit: this document has not been read by us yet.
    doc = { seq: 0, reader: false, documentId };
    documents.set(tabId, doc);
  }
  if (doc.reader) return;
  doc.reader = true;
  const state = known === undefined ? await loadState(tabId) : known;
  if (state && state.url === url && state.verdict.level === 'official') return;
  const id = documentId ?? doc.documentId;
  const target = id !== undefined ? { tabId, documentIds: [id] } : { tabId, frameIds: [0] };
  try {
    await browser.scripting.executeScript({ target: target as { tabId: number; frameIds: number[] }, files: ['/reader.js'] });
  } catch {
    // The page may have navigated away, or be a page extensions cannot script (the web store).
  }
}

/**
 * The page has loaded: the reader goes in, and the badge is set again — the browser clears a
 * tab's badge when a page commits, and a page restored from the back/forward cache reports its
 * load but not DOMContentLoaded.
 */
async function onCompleted(details: NavDetails): Promise<void> {
  if (!isTopWebPage(details)) return;
  const state = await loadState(details.tabId);
  await Promise.all([
    injectReader(details.tabId, details.url, details.documentId, state),
    state && state.url === details.url ? updateBadge(state) : undefined,
  ]);
}

/**
 * A safety net for a document that reached the tab with no load reported for frame 0: a page
 * Chromium prerendered (its events carry another frame id while it is hidden) and then showed.
 * When the tab reports it is complete, a top document the reader has not been put into gets it.
 * Needs the documentId Chromium gives; elsewhere the navigation events above suffice.
 */
async function onTabComplete(tabId: number, url: string | undefined): Promise<void> {
  if (url === undefined || !isWebUrl(url)) return;
  const frame = (await browser.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => null)) as { documentId?: string } | null;
  const id = frame?.documentId;
  if (id === undefined) return;
  const doc = documents.get(tabId);
  if (doc?.documentId === id) return;
  documents.set(tabId, { seq: (doc?.seq ?? 0) + 1, reader: false, documentId: id });
  await injectReader(tabId, url, id);
}

/**
 * The fallback for pages that never finish loading (see injectReader): counted from the commit,
 * so a page whose DOMContentLoaded never comes (a script that never answers) is read too.
 */
function readLaterIfStillLoading(tabId: number, url: string, seq: number): void {
  setTimeout(() => {
    const doc = documents.get(tabId);
    if (doc?.seq === seq) void injectReader(tabId, url, doc.documentId);
  }, LOAD_GRACE_MS);
}

/** Builds and stores the state for `url` in `tabId`, keeping the visit while the site stays the same. */
function judge(tabId: number, url: string, page?: PageSnapshot): Promise<TabState> {
  return serial(tabId, () => judgeNow(tabId, url, page));
}

async function judgeNow(tabId: number, url: string, page?: PageSnapshot): Promise<TabState> {
  const verdict = decide(url, page);
  const host = parseHost(url);
  const site = siteKey(host);
  const { settings } = await getSettings();
  const previous = await loadState(tabId);
  const sameVisit = previous !== null && previous.visit.site === site && site !== '';
  if (!sameVisit) continuedSite.delete(tabId);
  const state: TabState = {
    tabId,
    url,
    verdict: page ? verdict : sameVisit && previous.url === url ? maxVerdict(previous.verdict, verdict) : verdict,
    trusted: host.valid && isTrusted(settings, host.hostname),
    site,
    visit: sameVisit ? previous.visit : freshVisit(site),
    language: settings.language,
    // Snapshots since the last real navigation (single-page-app URL changes keep counting).
    scans: page ? (sameVisit ? previous.scans : 0) + 1 : 0,
  };
  if (state.visit.continued) continuedSite.set(tabId, site);
  await updateBadge(state);
  await storeState(state);
  return state;
}

function maxVerdict(a: Verdict, b: Verdict): Verdict {
  const order: Level[] = ['none', 'official', 'notice', 'caution', 'danger'];
  return order.indexOf(a.level) >= order.indexOf(b.level) ? a : b;
}

/** Shows the surface that matches the state's level: nothing, the banner, or the warning page. */
async function surface(state: TabState): Promise<void> {
  if (state.trusted) return;
  const level = state.verdict.level;
  if (level === 'danger') {
    if (state.visit.continued) await showBanner(state);
    else await showWarning(state.tabId, state.url, true);
  } else if (level === 'caution') {
    if (!state.visit.dismissed) await showBanner(state);
  } else if (level === 'notice') {
    const { settings } = await getSettings();
    if (settings.showNotice && !state.visit.dismissed) await showBanner(state);
  }
}

async function onNavigate(details: { tabId: number; frameId: number; url: string }): Promise<void> {
  if (!isTopWebPage(details)) return;
  const { tabId, url } = details;
  handledUrl.set(tabId, url);
  // Fast path: a domain-level danger is known synchronously, so the redirect is issued before
  // anything is awaited and the look-alike page cannot render first. When the worker has just
  // woken and settings are not loaded yet, redirect anyway and correct below if the person had
  // trusted the site or chosen "Continue once" for this visit.
  if (decide(url).level === 'danger') {
    const host = parseHost(url);
    const site = siteKey(host);
    const known = cachedSettings !== undefined;
    const allowed = known && (isTrusted(cachedSettings!, host.hostname) || continuedSite.get(tabId) === site);
    if (!allowed) {
      void showWarning(tabId, url, false);
      const state = await judge(tabId, url);
      if (!known && (state.trusted || state.visit.continued)) await browser.tabs.update(tabId, { url });
      return;
    }
  }
  const state = await judge(tabId, url);
  if (state.verdict.level === 'danger' && !state.trusted && !state.visit.continued) await showWarning(tabId, url, false);
}

/**
 * Once the document exists: the toolbar badge again (the browser clears a tab's badge when a new
 * page commits, after the verdict taken at navigation set it), and the banner a domain verdict
 * calls for (page verdicts arrive later).
 */
async function onLoaded(details: { tabId: number; frameId: number; url: string }): Promise<void> {
  if (!isTopWebPage(details)) return;
  const state = await loadState(details.tabId);
  if (!state || state.url !== details.url) return;
  await updateBadge(state);
  if (state.verdict.level !== 'none' && state.verdict.level !== 'official') await surface(state);
}

async function handle(request: Request, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  const extensionPage = fromExtensionPage(sender);
  switch (request.type) {
    case 'page-snapshot': {
      if (tabId === undefined || sender.frameId !== 0 || !sender.url || extensionPage) return null;
      // A late snapshot from the tab's previous document must not judge (or warn on) the new one.
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (tab?.url !== undefined && originOf(tab.url) !== originOf(sender.url)) return null;
      // The page's own idea of its URL is trusted only within its own origin: single-page apps
      // change the path with pushState (sender.url keeps the first one), never the host.
      const claimed = request.snapshot.url;
      const url = typeof claimed === 'string' && originOf(claimed) === originOf(sender.url) ? claimed : sender.url;
      const state = await judge(tabId, url, { ...request.snapshot, url });
      await surface(state);
      return state.verdict;
    }
    case 'get-tab-state':
      // Only the popup may ask about other tabs (their URLs are private to the person).
      return extensionPage ? stateOrJudge(request.tabId) : null;
    case 'get-my-state':
      return tabId === undefined ? null : loadState(tabId);
    case 'trust-site': {
      const host = parseHost(request.host);
      if (!host.valid) return false;
      const about = request.tabId !== undefined ? await loadState(request.tabId) : tabId !== undefined ? await loadState(tabId) : null;
      if (!extensionPage) {
        // From the in-page banner: only the sender tab's own site, never another host.
        if (tabId === undefined || !about || about.site !== siteKey(host)) return false;
      }
      const { settings } = await getSettings();
      const verdict = about?.verdict ?? decide(request.host);
      await saveSettings(trustSite(settings, siteKey(host), verdict.level, verdict.reasons, new Date().toISOString()));
      await refreshTrust();
      return true;
    }
    case 'untrust-site': {
      if (!extensionPage) return false;
      const { settings } = await getSettings();
      await saveSettings(untrustSite(settings, request.host));
      await refreshTrust();
      return true;
    }
    case 'continue-once': {
      // Only the warning page offers this, and only for its own tab.
      if (tabId === undefined || !extensionPage) return false;
      const url = request.url;
      if (!isWebUrl(url)) return false;
      const site = siteKey(parseHost(url));
      await serial(tabId, async () => {
        const previous = await loadState(tabId);
        const visit = previous && previous.visit.site === site ? previous.visit : freshVisit(site);
        await storeState({
          ...(previous ?? { tabId, url, verdict: decide(url), trusted: false, site, language: 'auto', scans: 0 }),
          visit: { ...visit, continued: true },
        });
      });
      continuedSite.set(tabId, site);
      await browser.tabs.update(tabId, { url });
      return true;
    }
    case 'close-me':
      if (tabId !== undefined && extensionPage) await browser.tabs.remove(tabId);
      return true;
    case 'dismiss-banner':
    case 'field-guard-shown': {
      if (tabId === undefined) return false;
      return serial(tabId, async () => {
        const state = await loadState(tabId);
        if (!state) return false;
        const visit =
          request.type === 'dismiss-banner' ? { ...state.visit, dismissed: true } : { ...state.visit, fieldGuardShown: true };
        await storeState({ ...state, visit });
        return true;
      });
    }
    case 'open-help': {
      if (!(HELP_SECTIONS as readonly string[]).includes(request.section)) return false;
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') + helpQuery(request.section) });
      return true;
    }
    case 'notice-off': {
      const { settings } = await getSettings();
      await saveSettings({ ...settings, showNotice: false });
      return true;
    }
    case 'banner-tampered': {
      if (tabId === undefined || extensionPage) return false;
      const escalated = await serial(tabId, async () => {
        const state = await loadState(tabId);
        if (!state || state.trusted) return null;
        const verdict: Verdict = {
          ...state.verdict,
          level: 'danger',
          reasons: [...state.verdict.reasons, { id: 'page-fights-warning', evidence: String(request.evidence).slice(0, 200) }],
        };
        const next: TabState = { ...state, verdict, visit: { ...state.visit, continued: false } };
        continuedSite.delete(tabId);
        await storeState(next);
        return next;
      });
      if (!escalated) return false;
      await updateBadge(escalated);
      await showWarning(tabId, escalated.url, true);
      return true;
    }
    default:
      return null;
  }
}

/** The stored state of a tab, or a fresh domain verdict for its URL when none was stored yet. */
async function stateOrJudge(tabId: number): Promise<TabState | null> {
  const state = await loadState(tabId);
  if (state) return state;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.url && isWebUrl(tab.url) ? judge(tabId, tab.url) : null;
}

/** A second chance for the domain verdict: when a navigation commits and no state matches its URL. */
async function onCommitted(details: { tabId: number; frameId: number; url: string }): Promise<void> {
  if (!isTopWebPage(details)) return;
  if (handledUrl.get(details.tabId) === details.url) return;
  const state = await loadState(details.tabId);
  if (state?.url === details.url) return;
  const fresh = await judge(details.tabId, details.url);
  if (fresh.verdict.level === 'danger' && !fresh.trusted && !fresh.visit.continued) await showWarning(details.tabId, details.url, true);
}

/** After trust changes, every open tab's state and badge follow. */
async function refreshTrust(): Promise<void> {
  const { settings } = await getSettings();
  const all = await browser.storage.session.get(null);
  for (const value of Object.values(all)) {
    const state = value as TabState;
    if (!state || typeof state.tabId !== 'number' || !state.url) continue;
    const host = parseHost(state.url);
    const trusted = host.valid && isTrusted(settings, host.hostname);
    if (trusted !== state.trusted) {
      await serial(state.tabId, async () => {
        const current = await loadState(state.tabId);
        if (!current) return;
        const next = { ...current, trusted };
        await storeState(next);
        await updateBadge(next);
      });
    }
  }
}

export default defineBackground(() => {
  // Warm the fast path: settings, and the visits where the person chose "Continue once".
  void (async () => {
    const all = await browser.storage.session.get(null);
    for (const value of Object.values(all)) {
      const state = value as TabState;
      if (state && typeof state.tabId === 'number' && state.visit?.continued) continuedSite.set(state.tabId, state.visit.site);
    }
    cachedSettings = (await getSettings()).settings;
  })();
  watchSettings((settings) => {
    cachedSettings = settings;
  });
  // Right-click "Check this link" (lib/platform/check-link.ts).
  installCheckLinkMenu(async () => (await getSettings()).settings.language, (cb) => void watchSettings((s) => cb(s.language)));
  browser.webNavigation.onBeforeNavigate.addListener((details) => {
    void onNavigate(details);
  });
  browser.webNavigation.onCommitted.addListener((details) => {
    onDocumentCommitted(details);
    void onCommitted(details);
  });
  browser.webNavigation.onDOMContentLoaded.addListener((details) => {
    void onLoaded(details);
  });
  browser.webNavigation.onCompleted.addListener((details) => {
    void onCompleted(details);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!message || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') return undefined;
    return handle(message as Request, sender);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void onTabComplete(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    continuedSite.delete(tabId);
    handledUrl.delete(tabId);
    documents.delete(tabId);
    void browser.storage.session.remove(stateKey(tabId));
  });
});
