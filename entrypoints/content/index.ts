/**
 * The page reader: tiny, bounded, no UI. The background injects it into every web page's top
 * frame once the page has loaded (so it adds nothing to load time), except official sites.
 *
 * 1. Reads the page's text once (`textContent`, which never forces layout) and asks a quick
 *    pre-filter (lib/text/relevance.ts) whether the page has anything to do with immigration.
 *    Most pages stop here.
 * 2. Otherwise takes a bounded snapshot (lib/snapshot.ts) and sends it to the background, which
 *    judges it with lib/ and shows the banner or the warning page if needed (they load separately).
 * 3. Single-page apps: re-checks after URL changes and after meaningful DOM changes, throttled
 *    (at most one check per THROTTLE_MS, at most MAX_CHECKS per URL) so a page that mutates
 *    constantly cannot cause a re-scan storm.
 */
import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { pageLooksRelevant } from '@/lib/text/first-look';
import { collectSnapshot } from '@/lib/snapshot';
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

export default defineContentScript({
  // Not in the manifest: the background injects it into the top frame when the page has loaded
  // (webNavigation.onCompleted), so it never adds to the page's load time.
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  // Injected twice into one document (a back/forward restore can report the load again), WXT's
  // context ends the first instance (its observer, timers and listeners) when the second starts.
  main(ctx) {
    // SVG images, XML feeds (also when Chromium's XML viewer shows them) and other non-HTML
    // documents: no banner can sit on them (it failed there: elements created in an XML document
    // have no `dataset`) and they cannot take a payment. Their host still gets the domain verdict
    // at navigation, so a look-alike domain is caught either way. XHTML pages pass both tests.
    if (!(document.documentElement instanceof HTMLElement) || !(document.createElement('p') instanceof HTMLElement)) return;
    let checks = 0;
    let lastUrl = '';
    let lastLength = -1;
    let timer: number | undefined;
    let lastRun = 0;

    const check = () => {
      timer = undefined;
      lastRun = Date.now();
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        checks = 0;
        lastLength = -1;
      }
      if (checks >= MAX_CHECKS) return;
      checks++;
      const body = document.body;
      const quick = body ? (body.textContent ?? '') : '';
      if (lastLength >= 0 && Math.abs(quick.length - lastLength) < MIN_CHANGE) return;
      lastLength = quick.length;
      if (!pageLooksRelevant(document, quick)) return;
      const message: Request = { type: 'page-snapshot', snapshot: collectSnapshot(document, location.href) };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting or the extension was updated; the next check retries.
      });
    };

    const schedule = () => {
      if (timer !== undefined || ctx.isInvalid) return;
      const wait = Math.max(0, lastRun + THROTTLE_MS - Date.now());
      timer = ctx.setTimeout(check, wait);
    };

    // The background injects the reader when the page has loaded (or, for a page whose load never
    // finishes, a while after its DOM was ready), so the first look needs only an idle moment. Only
    // after it do URL and DOM changes count.
    const watch = () => {
      if (ctx.isInvalid) return;
      ctx.addEventListener(window, 'wxt:locationchange', schedule);
      try {
        const observer = new MutationObserver(schedule);
        observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        ctx.onInvalidated(() => observer.disconnect());
      } catch {
        // A page that breaks MutationObserver in its own world cannot reach ours; this is belt and braces.
      }
    };
    ctx.requestIdleCallback(
      () => {
        check();
        watch();
      },
      { timeout: 1_000 },
    );
  },
});
