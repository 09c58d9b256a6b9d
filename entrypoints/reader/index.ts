/**
 * The page reader: tiny, bounded, no UI. The background injects it into every web page's top
 * frame once the page has loaded (so it adds nothing to load time), except official sites.
 *
 * 1. Asks a quick pre-filter (lib/text/relevance.ts) whether the page has anything to do with
 *    immigration: the title first (when it says so, the text need not be read for this), else the
 *    text, read once (`textContent`, which never forces layout). Most pages stop here.
 * 2. Otherwise takes a bounded snapshot (lib/page/snapshot.ts) and sends it to the background, which
 *    judges it with lib/ and shows the banner or the warning page if needed (they load separately).
 * 3. Single-page apps: re-checks after URL changes and after meaningful DOM changes, throttled
 *    (at most one check per THROTTLE_MS, at most MAX_CHECKS per URL) so a page that mutates
 *    constantly cannot cause a re-scan storm. A page already judged is judged again only when the
 *    text it was judged by grew or shrank by MIN_CHANGE characters; one not judged, when its
 *    textContent did.
 */
import { defineUnlistedScript } from '#imports';
import { browser } from 'wxt/browser';
import { firstLook, pageLooksRelevant } from '@/lib/page/first-look';
import { collectSnapshot } from '@/lib/page/snapshot';
import type { Request } from '@/lib/messages';

const THROTTLE_MS = 2_000;
/** At most this many reads of the page text per URL: a page that changes forever costs a bounded amount. */
const MAX_CHECKS = 20;
/**
 * Re-check only when the amount of text changed by at least this many characters: a ticker or a
 * clock that rewrites a few characters a second is not new content. (A page could swap harmless
 * text for scam text of the same length; it gains nothing over showing the scam text at once.)
 */
const MIN_CHANGE = 200;

/** How often the reader looks for a URL change without a DOM change (pushState alone). */
const URL_POLL_MS = 1_000;

declare global {
  interface Window {
    /** The running reader, in the extension's isolated world only (a page cannot set it). */
    __officialOrNotReader?: { recheck(): void };
  }
}

// An unlisted script, not a WXT content script: WXT's content-script wrapper announces every
// script it starts to the page (a postMessage and a DOM event carrying the extension's id), so any
// page could tell the extension is installed and could end the script by echoing the event back
// (tests/e2e/warnings.spec.ts). The background injects this file (webNavigation.onCompleted) into
// the top frame when the page has loaded, so it never adds to the page's load time. Injected a
// second time into one document (a back/forward restore reports the load again), the reader
// already running just looks again.
export default defineUnlistedScript({
  main() {
    // SVG images, XML feeds (also when Chromium's XML viewer shows them) and other non-HTML
    // documents: no banner can sit on them (it failed there: elements created in an XML document
    // have no `dataset`) and they cannot take a payment. Their host still gets the domain verdict
    // at navigation, so a look-alike domain is caught either way. XHTML pages pass both tests.
    if (!(document.documentElement instanceof HTMLElement) || !(document.createElement('p') instanceof HTMLElement)) return;
    // `typeof … === 'function'`: an element with id="__officialOrNotReader" shows through as
    // window.__officialOrNotReader (named access reaches our world too).
    const running = window.__officialOrNotReader;
    if (typeof running?.recheck === 'function') {
      running.recheck();
      return;
    }
    let checks = 0;
    let lastUrl = '';
    /** Length of the page's textContent at the last look that read it (-1: none yet). */
    let lastLength = -1;
    /** Length of the text last sent for a verdict on this address (-1: none sent yet). */
    let judged = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastRun = 0;

    const check = () => {
      timer = undefined;
      lastRun = Date.now();
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        checks = 0;
        lastLength = -1;
        judged = -1;
      }
      if (checks >= MAX_CHECKS) return;
      checks++;
      if (judged < 0) {
        // Not judged yet: could the page be about immigration at all?
        if (checks === 1) {
          // The first look at this address: a title about immigration is enough, without the text.
          const look = firstLook(document);
          lastLength = look.textLength;
          if (!look.relevant) return;
        } else {
          const body = document.body;
          const quick = body ? (body.textContent ?? '') : '';
          if (lastLength >= 0 && Math.abs(quick.length - lastLength) < MIN_CHANGE) return;
          lastLength = quick.length;
          if (!pageLooksRelevant(document, quick)) return;
        }
      }
      const snapshot = collectSnapshot(document, location.href);
      // Judged before: only a real change of the text it was judged by is worth another verdict
      // (the banner itself, added after the verdict, is not: its text is in a closed shadow root).
      if (judged >= 0 && Math.abs(snapshot.text.length - judged) < MIN_CHANGE) return;
      judged = snapshot.text.length;
      const message: Request = { type: 'page-snapshot', snapshot };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting or the extension was updated; the next check retries.
      });
    };

    const schedule = () => {
      if (timer !== undefined) return;
      const wait = Math.max(0, lastRun + THROTTLE_MS - Date.now());
      timer = setTimeout(check, wait);
    };

    // The background injects the reader when the page has loaded (or, for a page whose load never
    // finishes, a while after it started), so the first look needs only an idle moment. Only after
    // it do URL and DOM changes count.
    const watch = () => {
      let seenUrl = location.href;
      setInterval(() => {
        if (location.href !== seenUrl) {
          seenUrl = location.href;
          schedule();
        }
      }, URL_POLL_MS);
      try {
        new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      } catch {
        // A page that breaks MutationObserver in its own world cannot reach ours; this is belt and braces.
      }
    };
    window.__officialOrNotReader = {
      recheck: () => {
        // a new document state: look even if the amount of text is the same
        lastLength = -1;
        judged = -1;
        schedule();
      },
    };
    const idle = (work: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 1_000 }) : setTimeout(work, 0);
    idle(() => {
      check();
      watch();
    });
  },
});
