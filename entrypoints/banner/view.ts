/**
 * The warning banner's content (`caution`, and `danger` after "Continue once"), built as plain DOM
 * from a tab state and a translator. No browser APIs, so it is tested in happy-dom with axe
 * (tests/ui/banner-view.test.ts). Every string goes in as text (see ./dom.ts); buttons answer only
 * to real (trusted) clicks, and not during the grace period after the banner (or its
 * confirmation) appears (GRACE_MS in lib/tab/grace.ts).
 *
 * "Make smaller" folds it to a thin strip (the level and the title) that stays on screen while
 * the person reads the page; "Show details" opens it again. The quiet `notice` is ./hint-view.ts.
 */
import { routeFor } from '@/lib/guide/routes';
import { dirFor } from '@/lib/i18n/core';
import type { Translate } from '@/lib/i18n';
import type { TabState } from '@/lib/messages';
import type { Reason } from '@/lib/types';
import { reasonKey } from '@/lib/verdict/reasons';
import { fieldsText, shownEvidence } from '@/lib/verdict/evidence';
import { grace, type Grace } from '@/lib/tab/grace';
import { el, onTrusted } from './dom';

export interface BannerHandlers {
  dismiss(): void;
  /** "I trust this site" (after a worded confirmation). */
  trust(): void;
  /** "Already paid or typed your details?": open the extension's help on that (no link without it). */
  openHelp?: () => void;
  /** Start folded to the strip (the person folded it before this state came). */
  folded?: boolean;
  /** Told when the person folds or opens it. */
  onFold?(folded: boolean): void;
  /** BCP 47 language tag of the text. */
  lang: string;
}

export function bannerView(state: TabState, t: Translate, handlers: BannerHandlers): HTMLElement {
  const level = state.verdict.level;
  const route = routeFor(state.verdict.service ?? 'uscis');
  const reasons = state.verdict.reasons.filter((r) => r.id !== 'about-uscis-services');
  const title = level === 'danger' ? t('level_danger_summary') : t('banner_title_caution');

  // The banner is shown as soon as it is built: the grace period starts now.
  const wait = grace();
  const actions = actionsView(state, t, handlers, wait);

  const details = el(
    'div',
    { id: 'banner-details', class: 'details' },
    reasons.length > 0
      ? el(
          'div',
          { class: 'why' },
          el('p', { class: 'why-head' }, t('banner_why')),
          el(
            'ul',
            {},
            ...reasons.slice(0, 4).map((r) => el('li', {}, el('span', {}, t(reasonKey(r.id, 'title', r.service))), evidenceNode(r, t, handlers.lang))),
          ),
        )
      : null,
    el(
      'p',
      { class: 'route' },
      el('span', {}, `${t('banner_free_route')} `),
      el('a', { href: route.url, target: '_blank', rel: 'noopener noreferrer' }, t(route.messageKey)),
    ),
    handlers.openHelp ? el('p', { class: 'paid' }, paidButton(t, handlers.openHelp, wait)) : null,
    actions,
  );

  const fold = el('button', { type: 'button', class: 'fold', 'aria-expanded': 'true', 'aria-controls': 'banner-details' }, t('banner_collapse'));
  const box = el(
    'section',
    {
      class: `box ${level}`,
      role: 'alert',
      'aria-label': t(`level_${level}`),
      lang: handlers.lang,
      // Set on our own element, so a `dir` the page puts on the host cannot flip the text.
      dir: dirFor(handlers.lang),
    },
    el(
      'div',
      { class: 'head' },
      el('span', { class: 'icon', 'aria-hidden': 'true' }, '!'),
      el('strong', { class: 'level' }, t(`level_${level}`)),
      el('span', { class: 'title' }, title),
      fold,
    ),
    details,
  );
  const setFolded = (folded: boolean) => {
    details.hidden = folded;
    box.classList.toggle('strip', folded);
    fold.setAttribute('aria-expanded', String(!folded));
    fold.textContent = folded ? t('banner_expand') : t('banner_collapse');
  };
  // Folding keeps the warning in view (it is not a dismissal), but a lured click right after the
  // banner appears must not do it either; opening again is always allowed.
  onTrusted(fold, 'click', () => {
    const folding = !details.hidden;
    if (folding && !wait.over()) return;
    setFolded(folding);
    handlers.onFold?.(folding);
  });
  if (handlers.folded) setFolded(true);
  return box;
}

/** "Hide for this visit" and "I trust this site" (asked again in words before it counts). */
function actionsView(state: TabState, t: Translate, handlers: BannerHandlers, wait: Grace): HTMLElement {
  const dismiss = el('button', { type: 'button', class: 'secondary' }, t('banner_dismiss'));
  const trust = el('button', { type: 'button', class: 'secondary' }, t('banner_trust'));
  // Hosts many people share by path (docs.google.com, bit.ly …) cannot be trusted as a whole: say so instead.
  const offerTrust = state.trustable !== false;
  const actions = el('div', { class: 'actions' }, dismiss, offerTrust ? trust : el('p', { class: 'confirm-text' }, t('trust_not_offered')));
  onTrusted(dismiss, 'click', handlers.dismiss, wait);
  // Trusting a site turns off its warnings for good: ask once more, in words, so a page that
  // lures a click onto the button (e.g. under a see-through overlay) does not get trusted.
  const confirm = () => {
    const yes = el('button', { type: 'button', class: 'secondary confirm' }, t('warning_always_trust'));
    const no = el('button', { type: 'button', class: 'secondary' }, t('banner_cancel'));
    onTrusted(yes, 'click', handlers.trust, wait);
    onTrusted(no, 'click', () => actions.replaceChildren(dismiss, trust), wait);
    actions.replaceChildren(el('p', { class: 'confirm-text', role: 'alert' }, t('warning_trust_confirm', { HOST: state.site })), yes, no);
    // A double click must not confirm: the confirmation has its own grace period.
    wait.restart();
    no.focus();
  };
  onTrusted(trust, 'click', confirm, wait);
  return actions;
}

/** A page quote in <q>, or what a form asks for as a sentence of ours; nothing for product-made evidence. */
function evidenceNode(reason: Reason, t: Translate, lang: string): HTMLElement | null {
  const shown = shownEvidence(reason);
  if (shown?.kind === 'quote') return el('q', {}, el('bdi', {}, shown.text));
  if (shown?.kind === 'fields') return el('span', { class: 'fields' }, ` — ${fieldsText(t, lang, shown.fields)}`);
  return null;
}

/** A link-styled button: the help is an extension page, which only the background can open for a web page. */
export function paidButton(t: Translate, open: () => void, wait?: Grace): HTMLElement {
  const button = el('button', { type: 'button', class: 'link' }, t('paid_open'));
  onTrusted(button, 'click', open, wait);
  return button;
}
