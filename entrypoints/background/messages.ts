/**
 * Messages in (lib/messages.ts has the contract), lib/tab decides, effects out. Who may send
 * what: the extension's own pages (popup, options, warning page) may ask about and act on any
 * tab; a web page's scripts (reader, banner) only about their own tab, and never for another site.
 */
import { browser, type Browser } from 'wxt/browser';
import { decide } from '@/lib/verdict';
import { parseHost, siteKey } from '@/lib/domain';
import { hostOfUrl, isMadeByPage, isWebUrl, originOf } from '@/lib/domain/url';
import { saveSettings } from '@/lib/platform/settings-store';
import { loadTab, loadTrail } from '@/lib/platform/tab-store';
import { canTrustHost, trustSite, untrustSite } from '@/lib/settings';
import { pageSite, readTamperReport, surfaceFor, type TabState } from '@/lib/tab';
import { safePlaceBefore } from '@/lib/tab/trail';
import { HELP_SECTIONS, helpQuery, type Request } from '@/lib/messages';
import type { PageSnapshot } from '@/lib/types';
import { showSurface, showWarning } from './effects';
import { frameReading, topReading } from './frames';
import { apply, refreshTrust, settings, settingsChanged, view } from './tabs';

interface From {
  tabId: number | undefined;
  /** The sender is one of the extension's own pages. */
  extensionPage: boolean;
  sender: Browser.runtime.MessageSender;
}

async function pageSnapshot(request: Extract<Request, { type: 'page-snapshot' }>, { tabId, extensionPage, sender }: From) {
  if (tabId === undefined || typeof sender.frameId !== 'number' || !sender.url || extensionPage) return null;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  // A frame's reading joins the top page's only when the frame is the page (./frames.ts, lib/page/frames.ts).
  if (sender.frameId !== 0) {
    const size = request.size;
    const framed = await frameReading(tabId, sender.frameId, { snapshot: request.snapshot, ...(size ? { size } : {}), ...(request.frames ? { frames: request.frames } : {}) }, tab?.url);
    return framed && judgePage(tabId, framed.url, framed.snapshot);
  }
  const home = pageHome(sender);
  // A late snapshot from the tab's previous document must not judge (or warn on) the new one (an about: tab has no origin to compare).
  if (tab?.url !== undefined && !/^about:/i.test(tab.url) && originOf(tab.url) !== originOf(home)) return null;
  // The page's own idea of its URL is trusted only within its own origin: single-page apps
  // change the path with pushState (sender.url keeps the first one), never the host.
  const claimed = request.snapshot.url;
  const url = isWebUrl(claimed) && originOf(claimed) === originOf(home) ? claimed : home;
  return judgePage(tabId, url, topReading(tabId, { ...request.snapshot, url }, request.frames));
}

/**
 * The web address a top document is judged under: its own; for a document a page made itself (a popup it opened at
 * about:blank and wrote an offer into, a blob: page it sent the tab to: isMadeByPage), the origin that made it, as a
 * page of that site. Before, such a document was never read and, read, was judged as no web page at all (`none`).
 */
function pageHome(sender: Browser.runtime.MessageSender): string {
  const url = sender.url ?? '';
  if (isWebUrl(url) || !isMadeByPage(url)) return url;
  const origin = isWebUrl(sender.origin) ? sender.origin : originOf(url);
  return isWebUrl(origin) ? `${origin}/` : url;
}

async function judgePage(tabId: number, url: string, snapshot: PageSnapshot) {
  const verdict = decide(url, { ...snapshot, url });
  const { state } = await apply(tabId, { type: 'snapshot', url, verdict });
  if (state) await showSurface(state, surfaceFor(state, (await settings()).showNotice));
  return verdict;
}

/** The stored state of a tab, or a fresh domain verdict for its URL when none was stored yet. */
async function stateOrJudge(tabId: number): Promise<TabState | null> {
  const state = await loadTab(tabId);
  if (state) return state;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || !isWebUrl(tab.url)) return null;
  return (await apply(tabId, { type: 'navigate', url: tab.url, verdict: decide(tab.url) })).state;
}

async function trust(request: Extract<Request, { type: 'trust-site' }>, { tabId, extensionPage }: From) {
  const host = parseHost(request.host);
  if (!host.valid) return false;
  const aboutTab = request.tabId ?? tabId;
  const about = aboutTab !== undefined ? await loadTab(aboutTab) : null;
  // From the in-page banner: only the sender tab's own site, never another host.
  if (!extensionPage && (tabId === undefined || !about || about.site !== siteKey(host))) return false;
  // Not on hosts many people share by path (lib/settings/host.ts canTrustHost).
  if (!canTrustHost(about ? hostOfUrl(about.url) : host.hostname)) return false;
  // Nor on a page shown through a translator or a cache: it would trust the wrapper's site (lib/tab/core.ts).
  if (about && about.trustable === false) return false;
  const verdict = about?.verdict ?? decide(request.host);
  const next = trustSite(await settings(), siteKey(host), verdict.level, verdict.reasons, new Date().toISOString());
  await saveSettings(next);
  await refreshTrust(next);
  return true;
}

async function untrust(request: Extract<Request, { type: 'untrust-site' }>, { extensionPage }: From) {
  if (!extensionPage) return false;
  const next = untrustSite(await settings(), request.host);
  await saveSettings(next);
  await refreshTrust(next);
  return true;
}

/** Only the warning page offers "Continue once", and only for its own tab. */
async function continueOnce(request: Extract<Request, { type: 'continue-once' }>, { tabId, extensionPage }: From) {
  if (tabId === undefined || !extensionPage || !isWebUrl(request.url)) return false;
  const url = request.url;
  await apply(tabId, { type: 'continue', url, verdict: decide(url) });
  await browser.tabs.update(tabId, { url });
  return true;
}

async function tampered(request: Extract<Request, { type: 'banner-tampered' }>, { tabId, extensionPage }: From) {
  if (tabId === undefined || extensionPage) return false;
  const { state, escalated } = await apply(tabId, { type: 'tamper', report: readTamperReport(request as unknown as Record<string, unknown>) });
  if (escalated && state) await showWarning(tabId, state.url, true);
  return escalated;
}

/** "Back to safety" after a warning: the newest page of the tab's trail not on the blocked site. */
async function backToSafety({ url, bounced }: Extract<Request, { type: 'back-to-safety' }>, { tabId, extensionPage }: From): Promise<boolean> {
  if (tabId === undefined || !extensionPage) return false;
  const place = safePlaceBefore(await loadTrail(tabId), pageSite(url).site, (u) => decide(u).level === 'danger', bounced === true);
  if (!place) return false;
  await browser.tabs.update(tabId, { url: place.url });
  return true;
}

export async function handle(request: Request, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const from: From = { tabId: sender.tab?.id, extensionPage: fromExtensionPage(sender), sender };
  const { tabId, extensionPage } = from;
  switch (request.type) {
    case 'page-snapshot':
      return pageSnapshot(request, from);
    case 'get-tab-state':
      // Only the popup may ask about other tabs (their URLs are private to the person).
      return extensionPage ? stateOrJudge(request.tabId) : null;
    case 'get-my-state': {
      const state = tabId === undefined ? null : await loadTab(tabId);
      return state && view(state);
    }
    case 'trust-site':
      return trust(request, from);
    case 'untrust-site':
      return untrust(request, from);
    case 'continue-once':
      return continueOnce(request, from);
    case 'close-me':
      if (tabId !== undefined && extensionPage) await browser.tabs.remove(tabId);
      return true;
    case 'back-to-safety':
      return backToSafety(request, from);
    case 'dismiss-banner':
    case 'field-guard-shown':
      if (tabId === undefined) return false;
      return (await apply(tabId, { type: request.type === 'dismiss-banner' ? 'dismiss' : 'field-guard-shown' })).state !== null;
    case 'notice-off': {
      const next = { ...(await settings()), showNotice: false };
      await saveSettings(next);
      settingsChanged(next);
      return true;
    }
    case 'banner-tampered':
      return tampered(request, from);
    case 'open-help':
      if (!(HELP_SECTIONS as readonly string[]).includes(request.section)) return false;
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') + helpQuery(request.section) });
      return true;
    default:
      return null;
  }
}

/** Messages from the extension's own pages (popup, options, warning page), not from web pages. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}
