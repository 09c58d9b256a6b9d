/**
 * The service worker: browser events in, lib/tab decides, effects out. Adapters only — the policy
 * (which surface a tab gets, when a page's fight escalates, what a visit remembers) is in lib/tab,
 * tested in Node; per-tab state is in storage.session through lib/platform/tab-store.ts.
 *
 * - Domain verdicts are taken at navigation (webNavigation.onBeforeNavigate), so a look-alike
 *   site is replaced by warning.html before it can render.
 * - Page verdicts come from the reader's snapshot (./messages.ts) and can raise the level. The
 *   reader is injected when the page has finished loading (./reader.ts), so it never adds to a
 *   page's load time.
 * - Nothing here makes a network request.
 */
import { defineBackground } from '#imports';
import { browser, type Browser } from 'wxt/browser';
import { decide } from '@/lib/verdict';
import { isMadeByPage, isWebUrl } from '@/lib/domain/url';
import { getSettings, watchSettings } from '@/lib/platform/settings-store';
import { installCheckLinkMenu } from '@/lib/platform/check-link';
import { forgetTab as forgetStoredTab, loadTab, recordStop } from '@/lib/platform/tab-store';
import { pageSite, surfaceFor } from '@/lib/tab';
import type { Request } from '@/lib/messages';
import { applyBadge, showSurface, showWarning } from './effects';
import { handle } from './messages';
import { forgetTopPage, frameCommitted, frameLoaded, topCommitted } from './frames';
import { documentCommitted, forgetDocuments, injectReader, readShownPrerender, type NavDetails } from './reader';
import { allowedNow, apply, forgetTab, settings, settingsChanged, warmUp } from './tabs';
import { blockDangerRequests } from './firefox-block';
import { watchRedirects } from './redirects';
import { judgedDanger, startBlocking, trustChanged, warnedByBrowser } from './blocking';

/** The last URL onBeforeNavigate handled per tab, so onCommitted does not judge (and redirect) it twice. */
const handledUrl = new Map<number, string>();

/** A navigation event about a web page in a tab's top frame (the only ones acted on). */
function isTopWebPage(details: NavDetails): boolean {
  return details.frameId === 0 && details.tabId >= 0 && isWebUrl(details.url);
}

/** Judges the address (once) and, for a danger verdict the person has not overruled, warns. */
async function onNavigate(details: NavDetails): Promise<void> {
  if (!isTopWebPage(details)) return;
  const { tabId, url } = details;
  handledUrl.set(tabId, url);
  const verdict = decide(url);
  // Fast path: the redirect is issued before anything slow is awaited, so the look-alike page
  // cannot render first. When the worker has just woken and settings are not loaded yet, redirect anyway
  // and correct below if the person had trusted the site or chosen "Continue once" for this visit.
  // No redirect when a browser rule already sends the tab to the warning (./blocking.ts).
  const allowed = verdict.level === 'danger' ? allowedNow(tabId, url) : true;
  const redirected = allowed !== true && !(await warnedByBrowser(url));
  if (redirected) void showWarning(tabId, url, false);
  if (verdict.level === 'danger') void judgedDanger(url);
  const { state } = await apply(tabId, { type: 'navigate', url, verdict });
  if (!state) return;
  const warn = surfaceFor(state, false).page === 'warning';
  if (allowed === undefined && redirected && !warn) await browser.tabs.update(tabId, { url });
  else if (allowed === true && warn) await showWarning(tabId, url, false);
}

/**
 * A look-alike in a frame of another page: the browser's rules block it in frames from now on
 * (lib/blocking/rules.ts); this first time the detector alone knew it, the frame has loaded.
 */
function onFrameNavigate(details: NavDetails): void {
  if (details.frameId === 0 || details.tabId < 0 || !isWebUrl(details.url)) return;
  if (decide(details.url).level === 'danger') void judgedDanger(details.url);
}

/** A second chance for the domain verdict: when a navigation commits and no state matches its URL. */
async function onCommitted(details: NavDetails): Promise<void> {
  if (!isTopWebPage(details)) return;
  void recordStop(details.tabId, { url: details.url, site: pageSite(details.url).site });
  if (handledUrl.get(details.tabId) === details.url) return;
  const stored = await loadTab(details.tabId);
  if (stored?.url === details.url) return;
  const verdict = decide(details.url);
  // A redirect's target (a link shortener's 302) is first seen here: the next visit is stopped by a rule.
  if (verdict.level === 'danger') void judgedDanger(details.url);
  const { state } = await apply(details.tabId, { type: 'navigate', url: details.url, verdict });
  if (state && surfaceFor(state, false).page === 'warning') await showWarning(details.tabId, details.url, true);
}

/**
 * Once the document exists: the toolbar badge again (the browser clears a tab's badge when a new
 * page commits, after the verdict taken at navigation set it), and the banner a domain verdict
 * calls for (page verdicts arrive later).
 */
async function onLoaded(details: NavDetails): Promise<void> {
  if (!isTopWebPage(details)) return;
  const state = await loadTab(details.tabId);
  if (!state || state.url !== details.url) return;
  await applyBadge(state);
  await showSurface(state, surfaceFor(state, (await settings()).showNotice));
}

/**
 * The page has loaded: the reader goes in, and the badge is set again — a page restored from the
 * back/forward cache reports its load but not DOMContentLoaded.
 */
async function onCompleted(details: NavDetails): Promise<void> {
  // A document a page made itself (a popup it wrote into, a blob: page) has no address to judge, but is read (./messages.ts pageHome).
  if (details.frameId === 0 && details.tabId >= 0 && isMadeByPage(details.url)) return injectReader(details.tabId, details.url, details.documentId, null);
  if (!isTopWebPage(details)) return;
  const state = await loadTab(details.tabId);
  await Promise.all([
    injectReader(details.tabId, details.url, details.documentId, state),
    state && state.url === details.url ? applyBadge(state) : undefined,
  ]);
}

export default defineBackground(() => {
  const warm = warmUp();
  // A listener here makes the browser start the worker when it starts, before any page event: the
  // address guard's registration persists across restarts and still skips the sites last session's
  // tabs continued to once; warmUp() registers it again without them (tests/e2e/restart.spec.ts).
  browser.runtime.onStartup.addListener(() => void warm);
  void startBlocking(settings());
  // Firefox: a danger address is stopped before its request is sent (./firefox-block.ts).
  blockDangerRequests(allowedNow, warm);
  watchSettings((next) => {
    settingsChanged(next);
    void trustChanged(next);
  });
  // Right-click "Check this link" (lib/platform/check-link.ts).
  installCheckLinkMenu(async () => (await getSettings()).settings.language, (cb) => void watchSettings((s) => cb(s.language)));
  browser.webNavigation.onBeforeNavigate.addListener((details) => {
    onFrameNavigate(details);
    void onNavigate(details);
  });
  // Chromium: a redirect's target is judged when the redirect arrives (./redirects.ts).
  watchRedirects((details) => {
    if (isTopWebPage(details) && decide(details.url).level === 'danger') void onNavigate(details);
  });
  browser.webNavigation.onCommitted.addListener((details) => {
    if (details.frameId === 0) topCommitted(details.tabId);
    else frameCommitted(details.tabId, details.frameId);
    documentCommitted(details);
    void onCommitted(details);
  });
  browser.webNavigation.onDOMContentLoaded.addListener((details) => {
    void onLoaded(details);
  });
  browser.webNavigation.onCompleted.addListener((details) => {
    if (details.frameId !== 0) void frameLoaded(details.tabId, details.frameId, details.url);
    void onCompleted(details);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!message || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') return undefined;
    return handle(message as Request, sender);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void readShownPrerender(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    handledUrl.delete(tabId);
    forgetTab(tabId);
    forgetDocuments(tabId);
    forgetTopPage(tabId);
    void forgetStoredTab(tabId);
  });
});
