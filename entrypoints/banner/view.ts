/**
 * The banner's content, built as plain DOM from a tab state and a translator. No browser APIs,
 * so it is tested in happy-dom with axe (tests/ui/banner-view.test.ts). Every string goes in as
 * text (see ./dom.ts); buttons answer only to real (trusted) clicks, and not during the grace
 * period after the banner (or its confirmation) appears (GRACE_MS in ./dom.ts).
 */
import { routeFor } from '@/lib/guide';
import { dirFor } from '@/lib/i18n/core';
import type { Translate } from '@/lib/i18n';
import type { TabState } from '@/lib/messages';
import { agencyName } from '@/lib/i18n/agency';
import type { Reason } from '@/lib/types';
import { reasonKey } from '@/lib/verdict/reasons';
import { fieldsText, shownEvidence } from '@/lib/verdict/evidence';
import { el, grace, onTrusted, type Grace } from './dom';

export interface BannerHandlers {
  dismiss(): void;
  /** "I trust this site" on warnings; "Don't show reminders" on the quiet notice. */
  trust(): void;
  /** "Already paid or typed your details?": open the extension's help on that (warnings only; no link without it). */
  openHelp?: () => void;
  /** BCP 47 language tag of the text. */
  lang: string;
}

/**
 * The notice's one sentence: on a look-alike address, which agency this is not and where the
 * real one is ("This site is not USCIS. The real site is uscis.gov."); else the usual reminder.
 */
function noticeBody(state: TabState, t: Translate): string {
  const looks = state.verdict.impersonates;
  if (looks === undefined || !state.verdict.reasons.some((r) => r.id === 'lookalike-domain')) return t('banner_notice_body');
  return t('signal_lookalike_domain_explain', { NAME: agencyName(t, looks.id), OFFICIAL: looks.host });
}

export function bannerView(state: TabState, t: Translate, handlers: BannerHandlers): HTMLElement {
  const level = state.verdict.level;
  const quiet = level === 'notice';
  const route = routeFor(state.verdict.service ?? 'uscis');
  const reasons = state.verdict.reasons.filter((r) => r.id !== 'about-uscis-services');
  const title = quiet ? t('banner_title_notice') : level === 'danger' ? t('level_danger_summary') : t('banner_title_caution');

  // The banner is shown as soon as it is built: the grace period starts now.
  const wait = grace();
  const actions = actionsView(state, t, handlers, wait);
  return el(
    'section',
    {
      class: `box ${level}`,
      role: quiet ? 'status' : 'alert',
      'aria-label': t(`level_${level}`),
      lang: handlers.lang,
      // Set on our own element, so a `dir` the page puts on the host cannot flip the text.
      dir: dirFor(handlers.lang),
    },
    el(
      'div',
      { class: 'head' },
      el('span', { class: 'icon', 'aria-hidden': 'true' }, quiet ? 'i' : '!'),
      el('strong', { class: 'level' }, t(`level_${level}`)),
      el('span', { class: 'title' }, title),
    ),
    quiet ? el('p', {}, noticeBody(state, t)) : null,
    !quiet && reasons.length > 0
      ? el(
          'div',
          { class: 'why' },
          el('p', { class: 'why-head' }, t('banner_why')),
          el(
            'ul',
            {},
            ...reasons.slice(0, 4).map((r) =>
              el(
                'li',
                {},
                el('span', {}, t(reasonKey(r.id, 'title'))),
                evidenceNode(r, t, handlers.lang),
              ),
            ),
          ),
        )
      : null,
    el(
      'p',
      { class: 'route' },
      el('span', {}, `${t('banner_free_route')} `),
      el('a', { href: route.url, target: '_blank', rel: 'noopener noreferrer' }, t(route.messageKey)),
    ),
    quiet || !handlers.openHelp ? null : el('p', { class: 'paid' }, paidButton(t, handlers.openHelp, wait)),
    actions,
  );
}

/** "Hide for this visit" and "I trust this site" (or "Don't show reminders" on the quiet notice). */
function actionsView(state: TabState, t: Translate, handlers: BannerHandlers, wait: Grace): HTMLElement {
  const quiet = state.verdict.level === 'notice';
  const dismiss = el('button', { type: 'button', class: 'secondary' }, t('banner_dismiss'));
  const trust = el('button', { type: 'button', class: 'secondary' }, quiet ? t('banner_notice_off') : t('banner_trust'));
  const actions = el('div', { class: 'actions' }, dismiss, trust);
  onTrusted(dismiss, 'click', handlers.dismiss, wait);
  if (quiet) {
    onTrusted(trust, 'click', handlers.trust, wait);
    return actions;
  }
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
