import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { makeT, resolveLocale, type Translate } from '@/lib/i18n';
import { routeFor, serviceSubs } from '@/lib/guide';
import { fieldsText, shownEvidence } from '@/lib/verdict/evidence';
import type { TabState } from '@/lib/messages';
import { agencyName } from '@/lib/i18n/agency';
import { reasonKey } from '@/lib/verdict/reasons';
import { hostOfUrl } from '@/lib/domain/url';
import { GRACE_MS } from '@/lib/tab/grace';

export interface WarningActions {
  goTo(url: string): void;
  back(): void;
  continueOnce(url: string): void;
  trust(site: string, url: string): Promise<void>;
  optionsUrl: string;
  /** The extension's "If you already paid or typed your details" help (no link without it). */
  helpUrl?: string;
}

/** The full-page warning shown instead of a site judged `danger`. All data comes in as props. */
export function WarningPage({ state, languages, actions }: { state: TabState | null; languages: readonly string[]; actions: WarningActions }) {
  const locale = resolveLocale(state?.language ?? 'auto', languages);
  const t = makeT(locale);
  useEffect(() => {
    document.documentElement.lang = locale.replace('_', '-');
    document.title = t('warning_page_title');
  }, [locale]);

  const verdict = state?.verdict;
  const host = verdict?.host || (state ? hostOfUrl(state.url) : '');
  const route = routeFor(verdict?.service ?? 'uscis');
  const pretends = verdict?.impersonates;
  const pretendsName = pretends ? agencyName(t, pretends.id) : '';
  const reasons = verdict?.reasons ?? [];

  return (
    <main class="warning" aria-labelledby="title">
      <div class="badge" aria-hidden="true">!</div>
      <p class="level">{t('level_danger')}</p>
      <h1 id="title">{pretends ? t('warning_title_impersonation', { NAME: pretendsName }) : t('warning_title_generic')}</h1>
      {pretends && host ? (
        <p class="difference">{hostsWhole(t('warning_difference', { HOST: host, NAME: pretendsName, OFFICIAL: pretends.host }), [host, pretends.host])}</p>
      ) : host ? (
        <p class="difference">
          <code>{host}</code>
        </p>
      ) : null}

      {reasons.length > 0 && (
        <section aria-labelledby="why">
          <h2 id="why">{t('warning_evidence_heading')}</h2>
          <ul class="reasons">
            {reasons.map((r) => {
              const shown = shownEvidence(r);
              return (
                <li key={r.id + r.evidence}>
                  <strong>{t(reasonKey(r.id, 'title', r.service))}</strong>
                  <span class="explain"> {t(reasonKey(r.id, 'explain', r.service), { HOST: host, OFFICIAL: pretends?.host ?? route.host, NAME: pretendsName, ...serviceSubs(t, r.service) })}</span>
                  {shown?.kind === 'quote' && (
                    <q>
                      <bdi>{shown.text}</bdi>
                    </q>
                  )}
                  {shown?.kind === 'fields' && <span class="explain"> {fieldsText(t, locale, shown.fields)}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section class="next" aria-labelledby="next">
        <h2 id="next">{t('warning_what_next')}</h2>
        <p>{t(route.messageKey)}</p>
        <div class="primary-actions">
          <a class="button primary" href={route.url} onClick={(e) => { e.preventDefault(); actions.goTo(route.url); }}>
            {t('warning_go_official', { NAME: route.host })}
          </a>
          <button type="button" class="button" onClick={() => actions.back()}>
            {t('warning_back')}
          </button>
        </div>
        {actions.helpUrl ? (
          <p class="paid">
            <a href={actions.helpUrl} target="_blank" rel="noopener">
              {t('paid_open')}
            </a>
          </p>
        ) : null}
      </section>

      {state && <SecondaryActions state={state} actions={actions} t={t} />}
    </main>
  );
}

/** Opens the options page's report form, prefilled; nothing is sent until the person clicks there. */
function reportUrl(optionsUrl: string, state: TabState): string {
  const params = new URLSearchParams({
    report: '1',
    url: state.url,
    level: state.verdict.level,
    reasons: state.verdict.reasons.map((r) => r.id).join(','),
  });
  return `${optionsUrl}?${params.toString()}`;
}

/**
 * False for GRACE_MS after the page is shown, shown again (a tab or window brought back) or `step` changes, then true. A
 * page can open this warning itself, about its own look-alike, in a window under the cursor of a double click it asked
 * for: the second click landed on "Continue once" (session 27). The buttons that let the site in wait, as the banner's do.
 */
function useSettled(step: unknown): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      setSettled(false);
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(true), GRACE_MS);
    };
    const shown = () => {
      if (document.visibilityState === 'visible') start();
    };
    start();
    document.addEventListener('visibilitychange', shown);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', shown);
    };
  }, [step]);
  return settled;
}

/** Continue once, always trust (asked twice; not offered on hosts many people share), report a mistake. */
function SecondaryActions({ state, actions, t }: { state: TabState; actions: WarningActions; t: Translate }) {
  const [confirmTrust, setConfirmTrust] = useState(false);
  const settled = useSettled(confirmTrust);
  return (
    <section class="secondary-actions" aria-label={t('warning_continue_once')}>
      <button type="button" class="link" disabled={!settled} onClick={() => actions.continueOnce(state.url)}>
        {t('warning_continue_once')}
      </button>
      {state.trustable === false ? (
        <span class="muted">{t('trust_not_offered')}</span>
      ) : !confirmTrust ? (
        <button type="button" class="link" disabled={!settled} onClick={() => setConfirmTrust(true)}>
          {t('warning_always_trust')}
        </button>
      ) : (
        <span class="confirm" role="group" aria-label={t('warning_always_trust')}>
          <span>{t('warning_trust_confirm', { HOST: state.site })}</span>{' '}
          <button type="button" class="link danger" disabled={!settled} onClick={() => void actions.trust(state.site, state.url)}>
            {t('warning_always_trust')}
          </button>
        </span>
      )}
      <a class="link" href={reportUrl(actions.optionsUrl, state)} target="_blank" rel="noopener">
        {t('warning_report_mistake')}
      </a>
    </section>
  );
}

/**
 * `text` with each of `hosts` in a span kept on one line when it fits: the two addresses are what
 * the person compares, and a narrow screen broke the look-alike at its hyphen ("uscis-" / "gov.net",
 * seen in Korean at 360 px). A host longer than the line still wraps (style.css).
 */
function hostsWhole(text: string, hosts: readonly string[]): ComponentChildren {
  const names = [...new Set(hosts.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const pattern = new RegExp(`(${names.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <span class="host">{part}</span> : part));
}
