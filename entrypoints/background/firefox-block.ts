/**
 * Firefox keeps blocking webRequest in MV3 (issue 17 item 2): every top-level request is judged
 * before it is sent, and a `danger` address is redirected to warning.html — its server never sees
 * the request, and this holds while the background sleeps (Firefox holds the request until the
 * listener, registered at start-up, has answered). Chromium has no blocking webRequest for
 * extensions like this one; it uses declarativeNetRequest rules instead (./blocking.ts).
 * The decision is the worker's own: the address verdict, minus what the person trusts or chose
 * "Continue once" for (./tabs.ts allowedNow).
 */
import { browser } from 'wxt/browser';
import { decide } from '@/lib/verdict';
import { warningPageUrl } from './effects';

interface Request {
  tabId: number;
  url: string;
  type: string;
}

/** `allowed(tabId, url)`: may the tab load this danger address (trusted, continued)? Undefined: not known yet. */
export function blockDangerRequests(allowed: (tabId: number, url: string) => boolean | undefined, known: Promise<unknown>): void {
  if (!import.meta.env.FIREFOX) return;
  // A look-alike in a frame of another page is cancelled: a frame cannot show the warning page
  // (its CSP forbids framing), and the address bar shows the framing page (lib/blocking/rules.ts).
  const answer = (details: Request, ok: boolean) => (ok ? {} : details.type === 'main_frame' ? { redirectUrl: warningPageUrl(details.url, false) } : { cancel: true });
  const listener = (details: Request) => {
    if (details.tabId < 0 || decide(details.url).level !== 'danger') return {};
    const ok = allowed(details.tabId, details.url);
    // Just woken: Firefox waits for the promise (the request is held, not sent).
    if (ok === undefined) return known.then(() => answer(details, allowed(details.tabId, details.url) ?? false));
    return answer(details, ok);
  };
  // The types know only synchronous answers; Firefox also takes a promise of one.
  browser.webRequest.onBeforeRequest.addListener(listener as never, { urls: ['http://*/*', 'https://*/*'], types: ['main_frame', 'sub_frame'] }, ['blocking']);
}
