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
 * !important styles beat any page CSS; it sits in the top layer (popover) above any z-index;
 * a MutationObserver and a 1 s check restore it if the page removes, restyles, hides or covers
 * it; synthetic (untrusted) clicks are ignored; state lives in extension storage only. A page
 * that fights the banner TAMPER_LIMIT times is escalated to the full-page warning.
 */
import { defineUnlistedScript } from '#imports';
import { browser } from 'wxt/browser';
import { langTag } from '@/lib/i18n/core';
import { bannerLocale, bannerT } from './i18n';
import type { Request, TabState } from '@/lib/messages';
import { lockHostStyle, ownHosts } from './dom';
import { bannerView } from './view';
import { startFieldGuard } from './field-guard';
import { BANNER_CSS } from './style';

const TAMPER_LIMIT = 3;
const CHECK_MS = 1_000;
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
    let host: HTMLElement | null = null;
    let hostCss = '';
    let tampers = 0;
    let escalated = false;
    let stopGuard: (() => void) | undefined;
    let observeHost: (h: HTMLElement) => void = () => {};

    const tampered = (what: string) => {
      tampers++;
      if (tampers >= TAMPER_LIMIT && !escalated) {
        escalated = true;
        void send({ type: 'banner-tampered', evidence: what });
      }
    };

    const remove = () => {
      const old = host;
      host = null;
      old?.remove();
    };

    const render = (state: TabState) => {
      const level = state.verdict.level;
      const wantsBanner =
        !state.trusted &&
        !state.visit.dismissed &&
        (level === 'caution' || level === 'notice' || (level === 'danger' && state.visit.continued));
      if (!stopGuard && !state.trusted && (level === 'caution' || level === 'danger')) {
        stopGuard = startFieldGuard(state);
      }
      if (!wantsBanner) {
        remove();
        return;
      }
      const t = bannerT(state);
      const quiet = level === 'notice';
      const next = document.createElement(HOST_TAG);
      next.dataset.level = level;
      ownHosts.add(next);
      hostCss = lockHostStyle(next, {
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
      });
      const root = next.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = BANNER_CSS;
      root.append(style);

      const box = bannerView(state, t, {
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
      root.append(box);
      remove();
      host = next;
      document.documentElement.append(next);
      try {
        next.setAttribute('popover', 'manual');
        next.showPopover();
      } catch {
        // Top layer not available (older browser): the fixed, max z-index host still shows.
      }
      observeHost(next);
    };

    const refresh = () => {
      void (send({ type: 'get-my-state' }) as Promise<TabState | null>).then((state) => {
        if (state) render(state);
      });
    };
    window.__officialOrNotBanner = { refresh };
    refresh();

    // Restore the banner when the page removes or moves it, or changes its attributes. Only the
    // root's own children and the host's attributes are observed: cheap on busy pages.
    const reattach = () => {
      if (!host) return;
      document.documentElement.append(host);
      try {
        host.showPopover();
      } catch {
        /* see render() */
      }
    };
    // The page may also replace the whole <html> element: watch the document too, and re-observe
    // whichever element is the root now.
    let observedRoot: Element | null = null;
    const rootObserver = new MutationObserver(() => {
      watchRoot();
      if (host && host.parentNode !== document.documentElement) {
        tampered('removed');
        reattach();
      }
    });
    const watchRoot = () => {
      const root = document.documentElement;
      if (!root || root === observedRoot) return;
      observedRoot = root;
      rootObserver.observe(root, { childList: true });
    };
    rootObserver.observe(document, { childList: true });
    watchRoot();
    const hostObserver = new MutationObserver(() => {
      if (!host) return;
      if (host.getAttribute('style') !== hostCss || host.hasAttribute('hidden') || host.getAttribute('popover') !== 'manual') {
        tampered('restyled');
        host.removeAttribute('hidden');
        host.setAttribute('style', hostCss);
        host.setAttribute('popover', 'manual');
        reattach();
      }
    });
    observeHost = (h) => {
      hostObserver.disconnect();
      hostObserver.observe(h, { attributes: true });
    };
    // Another element in the top layer (a popover, a modal dialog, a fullscreen element opened
    // after ours) can sit above the banner, even a see-through one that lets clicks through:
    // move ours back to the top whenever that happens.
    const othersOnTop = (): boolean => {
      for (const other of document.querySelectorAll(':popover-open, dialog:modal, :fullscreen')) {
        if (!ownHosts.has(other)) return true;
      }
      return false;
    };
    const raise = () => {
      if (!host) return;
      try {
        host.hidePopover();
        host.showPopover();
      } catch {
        /* see render() */
      }
    };
    document.addEventListener(
      'toggle',
      (event) => {
        if (host && event.target !== host && othersOnTop()) {
          tampered('covered by a popover');
          raise();
        }
      },
      true,
    );

    // What an observer cannot see: closed popovers, covering elements, inherited invisibility.
    window.setInterval(() => {
      if (!host) return;
      if (host.parentNode !== document.documentElement) {
        watchRoot();
        tampered('removed');
        reattach();
      }
      let covered = false;
      try {
        if (!host.matches(':popover-open')) {
          tampered('hidden');
          host.showPopover();
        }
        if (othersOnTop()) {
          covered = true;
        } else {
          // Several points across the banner, not one: a page could cover all but the middle.
          const rect = host.getBoundingClientRect();
          if (rect.width > 0 && rect.height > 0) {
            for (const [fx, fy] of [[0.1, 0.3], [0.5, 0.5], [0.9, 0.3], [0.3, 0.8], [0.7, 0.8]] as const) {
              const top = document.elementFromPoint(rect.left + rect.width * fx, rect.top + rect.height * fy);
              if (top !== null && !ownHosts.has(top)) covered = true;
            }
          }
        }
      } catch {
        /* see above */
      }
      const style = getComputedStyle(host);
      if (covered || style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) < 0.95) {
        tampered(covered ? 'covered' : 'made invisible');
        raise();
      }
    }, CHECK_MS);
  },
});
