import type { Translate } from '@/lib/i18n';
import { CHANNELS } from '@/lib/guide';
import { GuideSectionBody } from './GuideSectionBody';

export interface OfficialChannelsProps {
  t: Translate;
  /** The reader's UI locale (link order, dates). */
  locale: string;
}

/** Official channels: USCIS sites, Contact Center numbers, real legal help, reporting a scam. */
export function OfficialChannels({ t, locale }: OfficialChannelsProps) {
  return (
    <div class="channels">
      {CHANNELS.map((group, i) =>
        i === 0 ? (
          <section key={group.id} id={`help-${group.id}`} aria-labelledby={`ch-${group.id}`}>
            <h2 class="panel-title" id={`ch-${group.id}`}>
              {t(group.titleKey)}
            </h2>
            <GuideSectionBody section={group} locale={locale} t={t} />
          </section>
        ) : (
          <section key={group.id} id={`help-${group.id}`} aria-labelledby={`ch-${group.id}`}>
            <h3 id={`ch-${group.id}`}>{t(group.titleKey)}</h3>
            <GuideSectionBody section={group} locale={locale} t={t} />
          </section>
        ),
      )}
    </div>
  );
}
