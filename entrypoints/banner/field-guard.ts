/**
 * Field guard: on a `caution` or `danger` page, the first time the person focuses a field that
 * asks for a card number, A-Number, USCIS receipt number, online access code, SSN or passport
 * number, a warning appears next to the field and takes the focus, so nothing more is typed
 * until they have read it. Once per site per visit (the background remembers).
 *
 * Focus is noticed two ways: a `focusin` listener, and a check of document.activeElement every
 * 500 ms, because a hostile page can stop events from reaching us but cannot hide the focus.
 */
import { browser } from 'wxt/browser';
import { classifyField } from '@/lib/fields';
import { describeField } from '@/lib/snapshot';
import { bannerLocale, bannerT } from './i18n';
import { routeFor } from '@/lib/guide';
import { langTag } from '@/lib/i18n/core';
import { paidButton } from './view';
import type { TabState } from '@/lib/messages';
import { el, lockHostStyle, onTrusted, ownHosts } from './dom';
import { BANNER_CSS } from './style';

const GUARD_TAG = 'official-or-not-field-guard';

export function startFieldGuard(state: TabState): () => void {
  let shown = state.visit.fieldGuardShown;
  let guard: HTMLElement | null = null;
  const t = bannerT(state);
  const route = routeFor(state.verdict.service ?? 'uscis');

  const show = (field: HTMLInputElement | HTMLTextAreaElement) => {
    const kind = classifyField(describeField(field));
    if (!kind || shown) return;
    shown = true;
    void browser.runtime.sendMessage({ type: 'field-guard-shown' }).catch(() => null);
    const rect = field.getBoundingClientRect();
    const host = document.createElement(GUARD_TAG);
    host.dataset.kind = kind;
    ownHosts.add(host);
    const top = Math.min(Math.max(8, rect.bottom + 6), window.innerHeight - 160);
    const left = Math.min(Math.max(8, rect.left), window.innerWidth - 350);
    const css = lockHostStyle(host, {
      all: 'initial',
      display: 'block',
      position: 'fixed',
      'z-index': '2147483647',
      top: `${top}px`,
      left: `${left}px`,
      margin: '0',
      visibility: 'visible',
      opacity: '1',
    });
    const root = host.attachShadow({ mode: 'closed' });
    const ok = el('button', { type: 'button' }, t('fieldguard_ok'));
    root.append(
      el('style', {}, BANNER_CSS),
      el(
        'div',
        { class: 'guard', lang: langTag(bannerLocale(state)), role: 'alertdialog', 'aria-modal': 'false', 'aria-labelledby': 'g-title', 'aria-describedby': 'g-body' },
        el('strong', { id: 'g-title' }, t('fieldguard_title', { FIELD: t(`field_kind_${kind}`) })),
        el('p', { id: 'g-body' }, t('fieldguard_body')),
        el('p', {}, el('a', { href: route.url, target: '_blank', rel: 'noopener noreferrer' }, t(route.messageKey))),
        el('p', {}, paidButton(t, () => void browser.runtime.sendMessage({ type: 'open-help', section: 'paid' }).catch(() => null))),
        ok,
      ),
    );
    const close = () => {
      guard = null;
      host.remove();
      field.focus();
    };
    onTrusted(ok, 'click', close);
    onTrusted(root, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') close();
    });
    document.documentElement.append(host);
    try {
      host.setAttribute('popover', 'manual');
      host.showPopover();
    } catch {
      /* fixed + max z-index still shows */
    }
    guard = host;
    // Take the focus away from the field: what the person types next goes nowhere.
    ok.focus();
    const keep = new MutationObserver(() => {
      if (guard && !guard.isConnected) document.documentElement.append(guard);
      if (guard && guard.getAttribute('style') !== css) guard.setAttribute('style', css);
    });
    keep.observe(document.documentElement, { childList: true });
    keep.observe(host, { attributes: true });
  };

  // Only a field the person chose counts: visible, and focused right after a real click, tap or
  // key press. Otherwise a page could spend the once-per-visit warning on a hidden decoy field it
  // focuses by script, leaving the real card or A-Number field unguarded.
  let lastUserInput = 0;
  const noteInput = (event: Event) => {
    if (event.isTrusted) lastUserInput = Date.now();
  };
  for (const type of ['pointerdown', 'keydown', 'touchstart']) window.addEventListener(type, noteInput, true);
  const chosenByUser = (field: HTMLElement) => {
    const rect = field.getBoundingClientRect();
    return rect.width >= 4 && rect.height >= 4 && Date.now() - lastUserInput < 1_500;
  };
  const consider = (target: EventTarget | Element | null) => {
    if (shown) return;
    if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && chosenByUser(target)) show(target);
  };
  const onFocus = (event: Event) => consider(event.target);
  document.addEventListener('focusin', onFocus, true);
  const poll = window.setInterval(() => consider(document.activeElement), 500);
  return () => {
    document.removeEventListener('focusin', onFocus, true);
    for (const type of ['pointerdown', 'keydown', 'touchstart']) window.removeEventListener(type, noteInput, true);
    clearInterval(poll);
  };
}
