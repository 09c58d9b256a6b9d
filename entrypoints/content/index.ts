/**
 * The always-on content script: tiny, bounded, no UI.
 *
 * 1. Reads the page's text once (`textContent`, which never forces layout) and asks a one-regex
 *    pre-filter whether the page has anything to do with immigration. Most pages stop here.
 * 2. Otherwise takes a bounded snapshot (lib/snapshot.ts) and sends it to the background, which
 *    judges it with lib/ and shows the banner or the warning page if needed (they load separately).
 * 3. Single-page apps: re-checks after URL changes and after meaningful DOM changes, throttled
 *    (at most one check per THROTTLE_MS, at most MAX_CHECKS per URL) so a page that mutates
 *    constantly cannot cause a re-scan storm.
 */
import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { isAboutImmigration } from '@/lib/text/relevance';
import { collectSnapshot } from '@/lib/snapshot';
import type { Request } from '@/lib/messages';

const THROTTLE_MS = 2_000;
const MAX_CHECKS = 20;
/** Re-check only when the amount of text changed by at least this many characters. */
const MIN_CHANGE = 200;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
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
      const body = document.body;
      const quick = body ? (body.textContent ?? '') : '';
      if (Math.abs(quick.length - lastLength) < MIN_CHANGE && lastLength >= 0) return;
      lastLength = quick.length;
      checks++;
      if (!isAboutImmigration(document.title + ' ' + quick)) return;
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

    check();
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    try {
      const observer = new MutationObserver(schedule);
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      ctx.onInvalidated(() => observer.disconnect());
    } catch {
      // A page that breaks MutationObserver in its own world cannot reach ours; this is belt and braces.
    }
  },
});
