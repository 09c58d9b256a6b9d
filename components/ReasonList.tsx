import type { Reason } from '@/lib/types';
import { hasMessage, type Translate } from '@/lib/i18n';
import { keyStem } from '@/lib/guide';
import { agencyName } from '@/lib/i18n/agency';

export interface ReasonListProps {
  reasons: readonly Reason[];
  t: Translate;
  /** The judged host, for explanations that name it. */
  host: string;
  /** What the site imitates, when known (names the agency in the look-alike sentence). */
  impersonates?: { id: string; host: string } | undefined;
}

/** Longest evidence shown; evidence is page text and can be long. */
const MAX_EVIDENCE = 160;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_EVIDENCE ? `${one.slice(0, MAX_EVIDENCE - 1)}…` : one;
}

/** Why the verdict was reached: plain-words title + explanation per reason, with what matched. */
export function ReasonList({ reasons, t, host, impersonates }: ReasonListProps) {
  if (reasons.length === 0) return <p class="muted">{t('popup_no_reasons')}</p>;
  return (
    <ul class="reasons">
      {reasons.map((r, i) => {
        const stem = keyStem(r.id);
        const titleKey = `signal_${stem}_title`;
        const explainKey = `signal_${stem}_explain`;
        return (
          <li key={`${r.id}-${i}`} class="reason">
            <strong class="reason-title">{hasMessage(titleKey) ? t(titleKey) : r.id}</strong>
            {hasMessage(explainKey) && (r.id !== 'lookalike-domain' || impersonates) ? (
              <span class="reason-explain">
                {' '}
                {t(explainKey, { HOST: host, OFFICIAL: impersonates?.host ?? '', NAME: agencyName(t, impersonates?.id) })}
              </span>
            ) : null}
            {r.evidence ? <span class="reason-evidence">{t('popup_evidence', { EVIDENCE: clip(r.evidence) })}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
