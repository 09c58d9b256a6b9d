import { hasMessage, type Translate } from '@/lib/i18n';
import { agencyName } from '@/lib/i18n/agency';
import { serviceSubs } from '@/lib/guide';
import { reasonKey } from '@/lib/verdict/reasons';
import { fieldsText, showableEvidence, shownEvidence, type ShownReason } from '@/lib/verdict/evidence';
import { messageExplainKey } from '@/lib/message/keys';

export interface ReasonListProps {
  /** A verdict's reasons, or ones stored with a trusted site (ids a later version may not know). */
  reasons: readonly ShownReason[];
  t: Translate;
  /** The judged host, for explanations that name it. */
  host: string;
  /** What the site imitates, when known (names the agency in the look-alike sentence). */
  impersonates?: { id: string; host: string } | undefined;
  /** The reader's UI locale (lists of form fields). @default 'en' */
  locale?: string;
  /**
   * Where the reasons were found, for the words around them: a page's ("Found on the page", "this
   * site…") or a pasted message's ("Found in the message", lib/message/keys.ts). @default 'page'
   */
  surface?: 'page' | 'message';
}

/** Stands for the evidence in the translated sentence, which is split around it. */
const SLOT = '\u0000';

/**
 * "Found on the page: …" in the person's language, with the evidence quoted and isolated from the
 * words around it (lib/verdict/evidence.ts).
 */
function Evidence({ evidence, t, sentenceKey }: { evidence: string; t: Translate; sentenceKey: string }) {
  const [before = '', after = ''] = t(sentenceKey, { EVIDENCE: SLOT }).split(SLOT);
  return (
    <span class="reason-evidence">
      {before}
      <q>
        <bdi>{showableEvidence(evidence)}</bdi>
      </q>
      {after}
    </span>
  );
}

/** Why the verdict was reached: plain-words title + explanation per reason, with what matched. */
export function ReasonList({ reasons, t, host, impersonates, locale = 'en', surface = 'page' }: ReasonListProps) {
  const message = surface === 'message';
  if (reasons.length === 0) return <p class="muted">{t('popup_no_reasons')}</p>;
  return (
    <ul class="reasons">
      {reasons.map((r, i) => {
        const titleKey = reasonKey(r.id, 'title', r.service);
        const explainKey = message ? messageExplainKey(r.id) : reasonKey(r.id, 'explain', r.service);
        const shown = shownEvidence(r);
        return (
          <li key={`${r.id}-${i}`} class="reason">
            <strong class="reason-title">{hasMessage(titleKey) ? t(titleKey) : r.id}</strong>
            {hasMessage(explainKey) && (message || r.id !== 'lookalike-domain' || impersonates) ? (
              <span class="reason-explain">
                {' '}
                {t(explainKey, { HOST: host, OFFICIAL: impersonates?.host ?? '', NAME: agencyName(t, impersonates?.id), ...serviceSubs(t, r.service) })}
              </span>
            ) : null}
            {shown?.kind === 'quote' ? <Evidence evidence={shown.text} t={t} sentenceKey={message ? 'message_evidence' : 'popup_evidence'} /> : null}
            {shown?.kind === 'fields' ? <span class="reason-evidence">{fieldsText(t, locale, shown.fields)}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
