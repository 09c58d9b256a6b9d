import type { Translate } from '@/lib/i18n';
import { ACCESS_CODE_GUIDE, CHANNELS, type GuideSection } from '@/lib/guide';
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
      <StartPart title={t(ACCESS_CODE_GUIDE.titleKey)} sections={guide} more={t('popup_empty_guide_more')} primary onMore={onOpenGuide} locale={locale} t={t} />
      <StartPart title={t('channels_title')} sections={channels} more={t('popup_empty_channels_more')} onMore={onOpenChannels} locale={locale} t={t} />
      <p class="muted">{t('popup_no_page')}</p>
    </div>
  );
}

/** One part of the first view: a heading, the lead sections, and a button into the full tab. */
function StartPart(props: {
  title: string;
  sections: readonly GuideSection[];
  more: string;
  primary?: boolean;
  onMore: () => void;
  locale: string;
  t: Translate;
}) {
  return (
    <div class="start-part">
      <h2 class="panel-title">{props.title}</h2>
      {props.sections.map((s) => (
        <GuideSectionBody key={s.id} section={s} locale={props.locale} t={props.t} />
      ))}
      <button type="button" class={props.primary ? 'button primary' : 'button'} onClick={props.onMore}>
        {props.more}
      </button>
    </div>
  );
}
