import type { Translate } from '@/lib/i18n';
import type { TrustedSite } from '@/lib/settings';
import { UNKNOWN_DATE } from '@/lib/settings';
import { reasonTitle } from './reason-title';

export interface TrustedSiteListProps {
  sites: readonly TrustedSite[];
  t: Translate;
  /** BCP 47 tag for date formatting, e.g. 'es' or 'zh-CN'. */
  lang: string;
  onRemove: (host: string) => void;
}

function formatDate(iso: string, lang: string): string {
  try {
    return new Date(iso).toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return iso.slice(0, 10);
  }
}

/** The sites the user trusts: host, when, why (the level and reasons at the time), and Remove. */
export function TrustedSiteList({ sites, t, lang, onRemove }: TrustedSiteListProps) {
  if (sites.length === 0) return <p class="muted">{t('options_trusted_empty')}</p>;
  const sorted = [...sites].sort((a, b) => a.host.localeCompare(b.host));
  return (
    <ul class="trusted-list">
      {sorted.map((site) => {
        const hostId = `trusted-${site.host}`;
        return (
          <li key={site.host} class="trusted-item">
            <div class="trusted-text">
              <strong id={hostId} class="host" dir="ltr">{site.host}</strong>
              {site.addedAt !== UNKNOWN_DATE && (
                <span class="when">{t('options_trusted_added', { DATE: formatDate(site.addedAt, lang) })}</span>
              )}
              <span class="why">
                {t('options_trusted_why', { LEVEL: t(`level_${site.level}`) })}
                {site.reasons.length > 0 && (
                  <ul class="reasons">
                    {site.reasons.map((r, i) => <li key={`${r.id}-${i}`}>{reasonTitle(t, r.id)}</li>)}
                  </ul>
                )}
              </span>
            </div>
            <button type="button" class="secondary" aria-describedby={hostId} onClick={() => onRemove(site.host)}>
              {t('options_remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
