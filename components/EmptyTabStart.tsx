import type { Translate } from '@/lib/i18n';
import { ACCESS_CODE_GUIDE, CHANNELS } from '@/lib/guide';
import { GuideSectionBody } from './GuideSectionBody';

export interface EmptyTabStartProps {
  t: Translate;
  /** The reader's UI locale (link order, dates). */
  locale: string;
  /** Opens the popup's access-code guide tab. */
  onOpenGuide: () => void;
  /** Opens the popup's official-help tab. */
  onOpenChannels: () => void;
}

/** Sections shown first: the guide's "it is free" part, the official websites and the Contact Center. */
const GUIDE_LEAD = ['free'];
const CHANNELS_LEAD = ['web', 'contact-center'];

/**
 * The popup's first view on a tab with nothing to judge (a new tab, a browser page, a file):
 * free, official help first — the access code is free, the official websites, the USCIS phone
 * line — with a way into the full guide and channels, and the "nothing to check" line last.
 */
export function EmptyTabStart({ t, locale, onOpenGuide, onOpenChannels }: EmptyTabStartProps) {
  const guide = ACCESS_CODE_GUIDE.sections.filter((s) => GUIDE_LEAD.includes(s.id));
  const channels = CHANNELS.filter((s) => CHANNELS_LEAD.includes(s.id));
  return (
    <div class="empty-start">
      <div class="start-part">
        <h2 class="panel-title">
          {t(ACCESS_CODE_GUIDE.titleKey)}
        </h2>
        {guide.map((s) => (
          <GuideSectionBody key={s.id} section={s} locale={locale} t={t} />
        ))}
        <button type="button" class="button primary" onClick={onOpenGuide}>
          {t('popup_empty_guide_more')}
        </button>
      </div>
      <div class="start-part">
        <h2 class="panel-title">
          {t('channels_title')}
        </h2>
        {channels.map((s) => (
          <GuideSectionBody key={s.id} section={s} locale={locale} t={t} />
        ))}
        <button type="button" class="button" onClick={onOpenChannels}>
          {t('popup_empty_channels_more')}
        </button>
      </div>
      <p class="muted">{t('popup_no_page')}</p>
    </div>
  );
}
