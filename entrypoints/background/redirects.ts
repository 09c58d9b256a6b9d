/**
 * Chromium: a link shortener's 302 to a look-alike is seen when the redirect arrives, not when the
 * look-alike's page commits (webNavigation reports no redirects; onCommitted came after the
 * look-alike's scripts had run, 5 of 5 tries in bench/coldstart.ts). The observer cannot block
 * (Chromium MV3 has no blocking webRequest for this extension); it hands the target to the same
 * navigation handler, which sends the tab to the warning while the target is still loading and
 * adds a session rule for its host. Firefox's blocking listener sees redirects itself
 * (./firefox-block.ts).
 */
import { browser } from 'wxt/browser';
import type { NavDetails } from './reader';

export function watchRedirects(onNavigate: (details: NavDetails) => void): void {
  if (import.meta.env.FIREFOX) return;
  browser.webRequest.onBeforeRedirect.addListener(
    (details) => {
      if (details.tabId >= 0 && details.frameId === 0) onNavigate({ tabId: details.tabId, frameId: 0, url: details.redirectUrl });
    },
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
  );
}
