import type { StoredReason } from '@/lib/settings/types';
import { hasMessage, type Translate } from '@/lib/i18n';
import { reasonKey } from '@/lib/verdict/reasons';

export interface ReasonListProps {
  /** A verdict's reasons, or ones stored with a trusted site (ids a later version may not know). */
  reasons: readonly StoredReason[];
  t: Translate;
  /** The judged host, for explanations that name it. */
  host: string;
  /** The official host the site imitates, when known. */
  official?: string;
}

/** Longest evidence shown; evidence is page text and can be long. */
const MAX_EVIDENCE = 160;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_EVIDENCE ? `${one.slice(0, MAX_EVIDENCE - 1)}…` : one;
}

/** Why the verdict was reached: plain-words title + explanation per reason, with what matched. */
export function ReasonList({ reasons, t, host, official }: ReasonListProps) {
  if (reasons.length === 0) return <p class="muted">{t('popup_no_reasons')}</p>;
  return (
    <ul class="reasons">
      {reasons.map((r, i) => {
        const titleKey = reasonKey(r.id, 'title');
        const explainKey = reasonKey(r.id, 'explain');
        return (
          <li key={`${r.id}-${i}`} class="reason">
            <strong class="reason-title">{hasMessage(titleKey) ? t(titleKey) : r.id}</strong>
            {hasMessage(explainKey) ? (
              <span class="reason-explain"> {t(explainKey, { HOST: host, OFFICIAL: official ?? '' })}</span>
            ) : null}
            {r.evidence ? <span class="reason-evidence">{t('popup_evidence', { EVIDENCE: clip(r.evidence) })}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
