/**
 * The `notice` hint: one line in the corner — an icon, "This site is not USCIS", and the official
 * site one activation away — that opens to the full reminder on a click or when the keyboard
 * reaches it (issue 19: no more than about 25,000 px² while closed). Shown once per site per
 * browsing period (lib/tab/notice-hint.ts decides; this only draws it).
 *
 * Accessibility: the line is announced once through a polite live region (filled a moment after
 * the hint is attached, as screen readers skip text a live region is born with); the toggle is a
 * button with aria-expanded; Escape closes the open hint; the official link is a plain link.
 * Like the banner (./view.ts), every string goes in as text and the buttons answer only to real
 * clicks after the grace period (lib/tab/grace.ts).
 */
import { routeFor } from '@/lib/guide/routes';
import { dirFor } from '@/lib/i18n/core';
import type { Translate } from '@/lib/i18n';
import type { TabState } from '@/lib/messages';
import { agencyName } from '@/lib/i18n/agency';
import { grace } from '@/lib/tab/grace';
import { el, onTrusted } from './dom';

export interface HintHandlers {
  /** Closes the hint on this page (the badge still shows the reminder). */
  close(): void;
  /** "Don't show reminders": turns the hints off for good (the options page turns them back on). */
  off(): void;
  /** BCP 47 language tag of the text. */
  lang: string;
}

/** How long after the hint appears its line goes into the live region. */
export const ANNOUNCE_MS = 400;

/**
 * The hint's full sentence: on a look-alike address, which agency this is not and where the real
 * one is ("This site is not USCIS. The real site is uscis.gov."); else the usual reminder.
 */
function noticeBody(state: TabState, t: Translate): string {
  const looks = state.verdict.impersonates;
  if (looks === undefined || !state.verdict.reasons.some((r) => r.id === 'lookalike-domain')) return t('banner_notice_body');
  return t('signal_lookalike_domain_explain', { NAME: agencyName(t, looks.id), OFFICIAL: looks.host });
}

export function hintView(state: TabState, t: Translate, handlers: HintHandlers): HTMLElement {
  const route = routeFor(state.verdict.service ?? 'uscis');
  const wait = grace();
  const title = t('banner_title_notice');

  const toggle = el(
    'button',
    { type: 'button', class: 'hint-toggle', 'aria-expanded': 'false', 'aria-controls': 'hint-more' },
    el('span', {}, title),
    el('span', { class: 'chevron', 'aria-hidden': 'true' }, '▾'),
  );
  const link = el(
    'a',
    { class: 'hint-route', href: route.url, target: '_blank', rel: 'noopener noreferrer', title: t('popup_open_official', { HOST: route.host }) },
    route.host,
  );
  const close = el('button', { type: 'button', class: 'hint-close', 'aria-label': t('banner_close_label'), title: t('banner_close_label') }, '×');
  const off = el('button', { type: 'button', class: 'secondary' }, t('banner_notice_off'));
  const more = el(
    'div',
    { id: 'hint-more', class: 'hint-more', hidden: '' },
    el('p', {}, noticeBody(state, t)),
    el(
      'p',
      { class: 'route' },
      el('span', {}, `${t('banner_free_route')} `),
      el('a', { href: route.url, target: '_blank', rel: 'noopener noreferrer' }, t(route.messageKey)),
    ),
    el('div', { class: 'actions' }, off),
  );
  const live = el('span', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const box = el(
    'section',
    { class: 'hint', 'aria-label': t('level_notice'), lang: handlers.lang, dir: dirFor(handlers.lang) },
    live,
    el('div', { class: 'hint-line' }, el('span', { class: 'icon', 'aria-hidden': 'true' }, 'i'), toggle, link, close),
    more,
  );

  /** 'click': opened by the toggle (stays open); 'focus': opened as the keyboard came in (closes as it leaves). */
  let openedBy: 'click' | 'focus' | null = null;
  const show = (open: boolean, by: 'click' | 'focus' | null) => {
    openedBy = open ? by : null;
    more.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    box.classList.toggle('open', open);
  };
  // Opening only reveals text: no grace period needed, but only for real clicks.
  onTrusted(toggle, 'click', () => show(more.hidden, 'click'));
  onTrusted(box, 'focusin', (event) => {
    if (more.hidden && focusVisible(event.target)) show(true, 'focus');
  });
  onTrusted(box, 'focusout', (event) => {
    const next = (event as FocusEvent).relatedTarget;
    if (openedBy === 'focus' && !(next instanceof Node && box.contains(next))) show(false, null);
  });
  onTrusted(box, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && !more.hidden) {
      show(false, null);
      toggle.focus();
    }
  });
  onTrusted(close, 'click', handlers.close, wait);
  onTrusted(off, 'click', handlers.off, wait);
  setTimeout(() => {
    live.textContent = `${t('level_notice')}: ${title}`;
  }, ANNOUNCE_MS);
  return box;
}

/** Did the keyboard bring the focus (not a mouse click)? */
function focusVisible(target: EventTarget | null): boolean {
  try {
    return target instanceof Element && target.matches(':focus-visible');
  } catch {
    return true; // a browser without :focus-visible: open on any focus
  }
}
