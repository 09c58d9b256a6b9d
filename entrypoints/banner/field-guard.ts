/**
 * Field guard: on a `caution` or `danger` page, the first time the person focuses a field that
 * asks for a card number, A-Number, USCIS receipt number, online access code, SSN or passport
 * number, a warning appears next to the field and takes the focus, so nothing more is typed
 * until they have read it. Once per site per visit (the background remembers).
 *
 * The focus goes to the warning itself, not to its button: a person typing "4111 1111…" would
 * otherwise press the button with the first space and type the rest into the field. Its button
 * and Escape answer only after the grace period (GRACE_MS in lib/tab/grace.ts). The host is kept whole
 * by ./host.ts (style, attributes, zoom), checked as it changes and every CHECK_MS.
 *
 * Focus is noticed two ways: a `focusin` listener, and a check of document.activeElement every
 * 500 ms, because a hostile page can stop events from reaching us but cannot hide the focus.
 */
import { browser } from 'wxt/browser';
import { classifyField } from '@/lib/page/fields';
import { describeField } from '@/lib/page/snapshot';
import { routeFor } from '@/lib/guide/routes';
import { langTag, type Translate } from '@/lib/i18n/core';
import { bannerLocale, bannerT } from './i18n';
import type { TabState } from '@/lib/messages';
import { grace, type Grace } from '@/lib/tab/grace';
import { el, onNewRoot, onTrusted } from './dom';
import { leaveFullScreen, lockedHost, modalAround, showOnTop, visibleScreen, visualCounter, type LockedHost } from './host';
import { BANNER_CSS } from './style';
import { paidButton } from './view';

const GUARD_TAG = 'official-or-not-field-guard';
const CHECK_MS = 500;
/** The person's own acts that make the next focused field theirs (see startFieldGuard). */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'touchstart'];

/**
 * Shows the warning next to `field` and keeps it there until the person closes it; returns a function that takes it away
 * unanswered (its field went with a rewritten document: ./dom.ts onNewRoot).
 */
function showGuard(field: HTMLInputElement | HTMLTextAreaElement, kind: string, t: Translate, state: TabState, closed: () => void): () => void {
  // Drawn at its own size on a phone page that zooms itself out, like the banner (./host.ts
  // visualCounter); placed by placeOnScreen() in the same px.
  const host = lockedHost(
    GUARD_TAG,
    { all: 'initial', display: 'block', position: 'fixed', 'z-index': '2147483647', top: '8px', left: '8px', margin: '0', visibility: 'visible', opacity: '1' },
    { kind },
    () => ({}),
  );
  const root = host.el.attachShadow({ mode: 'closed' });
  const wait = grace();
  const { box, ok } = guardBox(kind, t, state, wait);
  root.append(el('style', {}, BANNER_CSS), box);
  // In full screen its button would answer neither the mouse nor Tab (./host.ts leaveFullScreen): full screen is left
  // while it is up, also when the page enters it again. In a modal dialog (a checkout opened on a click), it sits inside
  // the dialog, where it answers (modalAround).
  const restore = () => {
    host.repair();
    showOnTop(host.el, modalAround(field));
    leaveFullScreen();
  };
  // Placed once shown, and again whenever its height changes (fonts arriving, the person's text
  // size), the page's scale does (the person zooms), or at each check: the field itself can move
  // (the banner pushing the page down a moment after the field was focused left the guard ~380 px
  // from it on a phone page, phone-scale.spec.ts).
  const place = () => placeOnScreen(host, box, field.getBoundingClientRect());
  const keep = new MutationObserver(restore);
  const check = setInterval(() => {
    restore();
    place();
  }, CHECK_MS);
  const resize = new ResizeObserver(place);
  window.visualViewport?.addEventListener('resize', place);
  document.addEventListener('fullscreenchange', leaveFullScreen, true);
  /** `answered`: by the person (the focus goes back to the field), else taken away unanswered. */
  const close = (answered: boolean) => {
    document.removeEventListener('fullscreenchange', leaveFullScreen, true);
    keep.disconnect();
    resize.disconnect();
    window.visualViewport?.removeEventListener('resize', place);
    clearInterval(check);
    host.el.remove();
    if (!answered) return;
    closed();
    field.focus();
  };
  onTrusted(ok, 'click', () => close(true), wait);
  onTrusted(
    root,
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key === 'Escape') close(true);
    },
    wait,
  );
  restore();
  place();
  resize.observe(box);
  // Take the focus away from the field: what the person types next goes nowhere.
  box.focus();
  keep.observe(document.documentElement, { childList: true });
  keep.observe(host.el, { attributes: true });
  return () => close(false);
}

/** The guard's words and buttons: what the field asks for, "I understand", the official way and the "already paid" help. */
function guardBox(kind: string, t: Translate, state: TabState, wait: Grace): { box: HTMLElement; ok: HTMLButtonElement } {
  const route = routeFor(state.verdict.service ?? 'uscis');
  const ok = el('button', { type: 'button' }, t('fieldguard_ok'));
  const box = el(
    'div',
    {
      class: 'guard',
      lang: langTag(bannerLocale(state)),
      role: 'alertdialog',
      'aria-modal': 'false',
      'aria-labelledby': 'g-title',
      'aria-describedby': 'g-body',
      tabindex: '-1',
    },
    el('strong', { id: 'g-title' }, t('fieldguard_title', { FIELD: t(`field_kind_${kind}`) })),
    el('p', { id: 'g-body' }, t('fieldguard_body')),
    ok,
    // The official way, and what to do if it is too late: the same two links as the banner, after
    // "I understand" so that the first Tab still reaches it.
    el('p', {}, el('a', { href: route.url, target: '_blank', rel: 'noopener noreferrer' }, t(route.messageKey))),
    el('p', {}, paidButton(t, () => void browser.runtime.sendMessage({ type: 'open-help', section: 'paid' }).catch(() => null), wait)),
  );
  return { box, ok };
}

/**
 * Below the field if the whole warning fits there, else above it, else as low as it fits (over the
 * field): a tall warning (large text on a phone) must not run off the bottom of the window. Never
 * taller or wider than the screen less 8 px each side: it scrolls inside instead. All in the host's
 * px (./host.ts visibleScreen): the page's px divided by the zoom that cancels the page's scale.
 */
function placeOnScreen(host: LockedHost, box: HTMLElement, field: DOMRect): void {
  const k = visualCounter();
  const screen = visibleScreen();
  box.style.maxHeight = `${screen.height - 16}px`;
  box.style.maxWidth = `${Math.min(340, screen.width - 16)}px`;
  const height = box.getBoundingClientRect().height / k;
  const fieldTop = field.top / k - screen.top;
  const room = screen.height - 8;
  const below = Math.max(8, Math.min(field.bottom / k - screen.top + 6, screen.height - 160));
  const above = fieldTop - 6 - height;
  // Above: no lower than the screen's bottom, for a field below the screen (the page moved under it).
  const top = below + height <= room ? below : above >= 8 ? Math.min(above, room - height) : Math.max(8, room - height);
  // 8 px from both edges on a 320 px phone too (the box is at most 340 px wide).
  const left = Math.max(8, Math.min(field.left / k - screen.left, screen.width - 350));
  host.move({ top: `${screen.top + top}px`, left: `${screen.left + left}px` });
}

export function startFieldGuard(state: TabState): () => void {
  let shown = state.visit.fieldGuardShown;
  const t = bannerT(state);

  // Only a field the person chose counts: visible, and focused right after a real click, tap or
  // key press. Otherwise a page could spend the once-per-visit warning on a hidden decoy field it
  // focuses by script, leaving the real card or A-Number field unguarded.
  // The browser's own record of the person's last act (transient user activation, about 5 s) counts too: a page that
  // stopped pointerdown, keydown and touchstart at its window (a listener added before ours that calls
  // stopImmediatePropagation; its fields still take the focus) kept every one from us, and the guard never showed.
  let lastUserInput = 0;
  const noteInput = (event: Event) => {
    if (event.isTrusted) lastUserInput = Date.now();
  };
  const chosenByUser = (field: HTMLElement) => {
    const rect = field.getBoundingClientRect();
    return rect.width >= 4 && rect.height >= 4 && (Date.now() - lastUserInput < 1_500 || navigator.userActivation?.isActive === true);
  };
  /** The guard on screen, not yet answered: its field, and what takes it away (null when none is). */
  let up: { field: Element; takeAway: () => void } | null = null;
  const consider = (target: EventTarget | Element | null) => {
    if (shown) return;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) || !chosenByUser(target)) return;
    const kind = classifyField(describeField(target));
    if (!kind) return;
    shown = true;
    void browser.runtime.sendMessage({ type: 'field-guard-shown' }).catch(() => null);
    const takeAway = showGuard(target, kind, t, state, () => {
      up = null;
    });
    up = { field: target, takeAway };
  };
  const onFocus = (event: Event) => consider(event.target);
  const listen = () => {
    document.addEventListener('focusin', onFocus, true);
    for (const type of INPUT_EVENTS) window.addEventListener(type, noteInput, true);
  };
  listen();
  // A page that rewrites itself with document.open() erases these listeners (./dom.ts onNewRoot): added again. A guard
  // on screen then guards a field that is gone, and its buttons are dead: taken away, and the new page's field gets it.
  const stopRewrites = onNewRoot(() => {
    listen();
    if (up && !up.field.isConnected) {
      up.takeAway();
      up = null;
      shown = false;
    }
  });
  const poll = window.setInterval(() => consider(document.activeElement), 500);
  return () => {
    stopRewrites();
    document.removeEventListener('focusin', onFocus, true);
    for (const type of INPUT_EVENTS) window.removeEventListener(type, noteInput, true);
    clearInterval(poll);
  };
}
