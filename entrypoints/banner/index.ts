/**
 * The in-page warning, loaded only when the background decides a page needs one (injected with
 * scripting.executeScript), so the always-on page reader stays tiny.
 *
 * Shows, for the tab's verdict:
 * - `caution` (and `danger` after "Continue once"): a banner across the top of the page, which
 *   pushes the page down so it covers none of it (./layout.ts) and folds to a thin strip,
 * - `notice`: a one-line hint in the corner (./hint-view.ts), when the background asks for it
 *   (once per site per browsing period: lib/tab/notice-hint.ts),
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
import { bannerView } from './view';
import { hintView } from './hint-view';
import { dockAbove } from './layout';
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
  let undock: ReturnType<typeof dockAbove> | undefined;
  /** The person closed the hint on this page: later refreshes of the same `notice` keep it closed. */
  let hintClosed = false;
  /** The person folded the banner to a strip: a refresh (a single-page app's new reading) keeps it so. */
  let folded = false;
  const remove = () => {
    const old = host;
    host = null;
    undock?.();
    undock = undefined;
    old?.el.remove();
  };
  const render = (state: TabView) => {
    shown = state;
    if (!stopGuard && state.surface.fieldGuard) stopGuard = startFieldGuard(state);
    const quiet = state.surface.page === 'notice';
    if ((state.surface.page !== 'banner' && !quiet) || (quiet && hintClosed)) {
      remove();
      return;
    }
    const next = shadowHost(
      state,
      viewFor(state, quiet, {
        remove,
        closeHint: () => {
          hintClosed = true;
          remove();
        },
        folded,
        onFold: (value) => {
          folded = value;
        },
      }),
    );
    // The old dock goes after the new one has taken over the page's push-down (./layout.ts).
    const docked = undock;
    undock = undefined;
    remove();
    host = next;
    showOnTop(next.el);
    if (!quiet) undock = dockAbove(next.el);
    docked?.(!quiet);
    guard.watch(next);
  };
  return () => {
    void (send({ type: 'get-my-state' }) as Promise<TabView | null>).then((state) => {
      if (state) render(state);
    });
  };
}

/** What the page's banner instance keeps across refreshes, for viewFor(). */
interface PageHandlers {
  remove(): void;
  /** × on the hint: closed for this page only (not `dismiss-banner`, so a later warning still shows). */
  closeHint(): void;
  folded: boolean;
  onFold(folded: boolean): void;
}

/** The one-line hint (`notice`) or the warning banner for this state, its buttons wired to the background. */
function viewFor(state: TabView, quiet: boolean, page: PageHandlers): HTMLElement {
  const lang = langTag(bannerLocale(state));
  const t = bannerT(state);
  const off = () => {
    void send({ type: 'notice-off' });
    page.remove();
  };
  if (quiet) return hintView(state, t, { close: page.closeHint, off, lang });
  return bannerView(state, t, {
    dismiss: () => {
      void send({ type: 'dismiss-banner' });
      page.remove();
    },
    trust: () => {
      void send({ type: 'trust-site', host: state.site });
      page.remove();
    },
    openHelp: () => void send({ type: 'open-help', section: 'paid' }),
    folded: page.folded,
    onFold: page.onFold,
    lang,
  });
}

/**
 * A new, not yet attached host holding `content`: across the top for warnings, a one-line hint in
 * the bottom corner for `notice` (at least 200 px wide: narrower counts as shrunk, see ./host.ts).
 */
function shadowHost(state: TabState, content: HTMLElement): LockedHost {
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
      width: quiet ? 'min(380px, calc(100vw - 32px))' : '100vw',
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
    // A phone page drawn smaller than the screen: the same sizes, from the window's (./host.ts).
    (screen): Record<string, string> =>
      quiet
        ? { width: `${Math.min(380, screen.width - 32)}px`, 'max-height': `${Math.floor(screen.height / 2)}px` }
        : { width: `${screen.width}px`, 'max-height': `${Math.floor(screen.height * 0.6)}px` },
  );
  const root = host.el.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = BANNER_CSS;
  root.append(style, content);
  return host;
}
