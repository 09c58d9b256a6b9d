import type { Translate } from '@/lib/i18n';
import { checkedDate } from '@/lib/guide';
import { ExternalLink } from './ExternalLink';

export interface SourceNoteProps {
  /** The page the fact was read on. */
  source: string;
  /** ISO date it was last checked there. */
  checked: string;
  locale: string;
  t: Translate;
  /**
   * Read on a third-party page: the date is shown but the page is not linked (a scam checker
   * should not send people to a guide or a law firm's site; the caveat says where it came from).
   */
  secondary?: boolean;
}

/** "Source, checked December 6, 2026": the date a fee or phone number was checked, linked to where. */
export function SourceNote({ source, checked, locale, t, secondary = false }: SourceNoteProps) {
  if (!checked) return null;
  const label = t('channel_source', { DATE: checkedDate(checked, locale) });
  // Chinese text takes full-width parentheses.
  const [open, close] = locale.startsWith('zh') ? ['（', '）'] : [' (', ')'];
  return (
    <small class="source-note">
      {open}
      {secondary ? (
        label
      ) : (
        <ExternalLink href={source} t={t}>
          {label}
        </ExternalLink>
      )}
      {close}
    </small>
  );
}
