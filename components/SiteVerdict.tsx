import type { TabState } from '@/lib/messages';
import type { Translate } from '@/lib/i18n';
import { LevelBadge } from './LevelBadge';
import { ReasonList } from './ReasonList';
import { OfficialRoute } from './OfficialRoute';
import { TrustControls } from './TrustControls';

export interface SiteVerdictProps {
  /** undefined while waiting for the background, null when the tab has no web page. */
  state: TabState | null | undefined;
  /** The reader's UI locale (dates next to fees). */
  locale: string;
  t: Translate;
  busy: boolean;
  failed: boolean;
  onTrust: () => void;
  onUntrust: () => void;
}

/** "This site": the verdict, its reasons, the official route and the trust switch. */
export function SiteVerdict({ state, locale, t, busy, failed, onTrust, onUntrust }: SiteVerdictProps) {
  if (state === undefined) return <p class="muted" role="status">{t('popup_loading')}</p>;
  if (state === null) return <p class="muted">{t('popup_no_page')}</p>;
  const v = state.verdict;
  const host = v.host || state.site;
  const showRoute = v.level !== 'official' && v.level !== 'none' ? true : v.service !== undefined && v.level !== 'official';
  return (
    <div class="site-verdict">
      <h2 class="sr-only">{t('popup_tab_site')}</h2>
      <LevelBadge level={v.level} t={t} />
      {host ? <p class="site-host">{t('popup_site_label', { HOST: host })}</p> : null}
      <section aria-labelledby="reasons-heading">
        <h3 id="reasons-heading">{t('popup_reasons_heading')}</h3>
        <ReasonList reasons={v.reasons} t={t} locale={locale} host={host} impersonates={v.impersonates} />
      </section>
      {showRoute ? <OfficialRoute service={v.service} locale={locale} t={t} /> : null}
      <TrustControls level={v.level} trusted={state.trusted} trustable={state.trustable !== false} busy={busy} failed={failed} onTrust={onTrust} onUntrust={onUntrust} t={t} />
    </div>
  );
}
