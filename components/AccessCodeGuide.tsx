import type { Translate } from '@/lib/i18n';
import { ACCESS_CODE_GUIDE } from '@/lib/guide';
import { GuideSectionBody } from './GuideSectionBody';

export interface AccessCodeGuideProps {
  t: Translate;
  /** The reader's UI locale (link order, dates). */
  locale: string;
  /** Section ids open at first. @default ['free'] */
  open?: readonly string[];
}

/** "Get your access code free": collapsible sections (native <details>, keyboard-ready). */
export function AccessCodeGuide({ t, locale, open = ['free'] }: AccessCodeGuideProps) {
  return (
    <div class="guide">
      <h2 class="panel-title">{t(ACCESS_CODE_GUIDE.titleKey)}</h2>
      {ACCESS_CODE_GUIDE.sections.map((s) => (
        <details key={s.id} class="guide-section" open={open.includes(s.id)}>
          <summary>{t(s.titleKey)}</summary>
          <GuideSectionBody section={s} locale={locale} t={t} />
        </details>
      ))}
    </div>
  );
}
