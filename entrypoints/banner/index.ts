/**
 * The in-page warning, loaded only when the background decides a page needs one (injected with
 * scripting.executeScript), so the always-on page reader stays tiny.
 *
 * Shows, for the tab's verdict:
 * - `caution` (and `danger` after "Continue once"): a banner across the top of the page,
 * - `notice`: a small, quiet reminder in the corner,
 * and on `caution`/`danger` pages the field guard (./field-guard.ts).
 *
 * Tamper resistance: the UI lives in a closed shadow root under a host element whose inline
 * !important styles beat any page CSS (./host.ts); it sits in the top layer (popover) above any
 * z-index; ./tamper-guard.ts restores it if the page removes, restyles, hides, shrinks or covers
 * it; synthetic (untrusted) clicks, and real ones in the first moment after it appears, are
 * ignored (./dom.ts); state lives in extension storage only. Each fight is reported to the
 * background; lib/tab/tamper.ts decides when it earns the full-page warning. What to show comes
 * with the state (`surface`, decided in lib/tab/surface.ts): the banner does not decide it again.
 * docs/tamper-resistance.md
 */
import { defineUnlistedScript } from '#imports';
import { browser } from 'wxt/browser';
import { langTag } from '@/lib/i18n/core';
import { bannerLocale, bannerT } from './i18n';
import type { Request, TabState, TabView } from '@/lib/messages';
import { bannerView, type BannerHandlers } from './view';
import { startFieldGuard } from './field-guard';
import { lockedHost, showOnTop, type LockedHost } from './host';
import { startTamperGuard } from './tamper-guard';
import { countsAsTamper, TAMPER_LIMIT } from '@/lib/tab/tamper';
import { BANNER_CSS } from './style';

const HOST_TAG = 'official-or-not-banner';

declare global {
  interface Window {
    /** Set in the extension's isolated world only; the page cannot see or set it. */
    __officialOrNotBanner?: { refresh(): void };
  }
}

function send(message: Request): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch(() => null);
}

// An unlisted script, not a WXT content script, for the same reason as the reader
// (entrypoints/reader): WXT's wrapper would announce it to the page, and its context could be
// ended by an event the page forges, switching off the tamper checks. A second injection refreshes
// the instance already running.
export default defineUnlistedScript({
  main() {
    // SVG images, XML feeds and other non-HTML documents cannot host the banner (no HTML elements).
    if (!(document.documentElement instanceof HTMLElement)) return;
    // `typeof … === 'function'`, not truthiness: an element with id="__officialOrNotBanner" on the
    // page shows through as window.__officialOrNotBanner (named access reaches our world too).
    const running = window.__officialOrNotBanner;
    if (typeof running?.refresh === 'function') {
      running.refresh();
      return;
    }
    const refresh = startBanner();
    window.__officialOrNotBanner = { refresh };
    refresh();
  },
});

/** Starts the banner's life in this document; returns `refresh` (ask for the tab state, show it). */
function startBanner(): () => void {
  let host: LockedHost | null = null;
  let shown: TabView | null = null;
  let fights = 0;
  let stopGuard: (() => void) | undefined;
  // The policy is lib/tab/tamper.ts: only fights that count are counted, and the background is
  // told once, at TAMPER_LIMIT (it checks the policy again before it escalates).
  const guard = startTamperGuard(
    () => host,
    (what, detail) => {
      const report = { kind: what, evidence: what, ...detail };
      if (!shown || !countsAsTamper(shown.verdict.level, shown.trusted, report)) return;
      if (++fights === TAMPER_LIMIT) void send({ type: 'banner-tampered', ...report, count: fights });
    },
  );
  const remove = () => {
    const old = host;
    host = null;
    old?.el.remove();
  };
  const render = (state: TabView) => {
    shown = state;
    if (!stopGuard && state.surface.fieldGuard) stopGuard = startFieldGuard(state);
    if (state.surface.page !== 'banner' && state.surface.page !== 'notice') {
      remove();
      return;
    }
    const quiet = state.verdict.level === 'notice';
    const next = bannerHost(state, {
      dismiss: () => {
        void send({ type: 'dismiss-banner' });
        remove();
      },
      trust: () => {
        void send(quiet ? { type: 'notice-off' } : { type: 'trust-site', host: state.site });
        remove();
      },
      openHelp: () => void send({ type: 'open-help', section: 'paid' }),
      lang: langTag(bannerLocale(state)),
    });
    remove();
    host = next;
    showOnTop(next.el);
    guard.watch(next);
  };
  return () => {
    void (send({ type: 'get-my-state' }) as Promise<TabView | null>).then((state) => {
      if (state) render(state);
    });
  };
}

/** A new, not yet attached banner host for this state: top bar, or a quiet card for `notice`. */
function bannerHost(state: TabState, handlers: BannerHandlers): LockedHost {
  const level = state.verdict.level;
  const quiet = level === 'notice';
  const host = lockedHost(
    HOST_TAG,
    {
      all: 'initial',
      display: 'block',
      position: 'fixed',
      'z-index': '2147483647',
      inset: quiet ? 'auto 16px 16px auto' : '0 0 auto 0',
      width: quiet ? 'min(360px, calc(100vw - 32px))' : '100vw',
      height: 'auto',
      'max-height': quiet ? '50vh' : '60vh',
      margin: '0',
      padding: '0',
      border: '0',
      background: 'transparent',
      overflow: 'visible',
      visibility: 'visible',
      opacity: '1',
      transform: 'none',
      filter: 'none',
      'clip-path': 'none',
      'pointer-events': 'auto',
      contain: 'layout style',
    },
    { level },
  );
  const root = host.el.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = BANNER_CSS;
  root.append(style, bannerView(state, bannerT(state), handlers));
  return host;
}
