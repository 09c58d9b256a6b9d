import type { ServiceId } from '@/lib/types';
import type { Translate } from '@/lib/i18n';
import { resolveFee, routeFor } from '@/lib/guide';
import { ExternalLink } from './ExternalLink';
import { SourceNote } from './SourceNote';

export interface OfficialRouteProps {
  service: ServiceId | undefined;
  /** The reader's UI locale (fee check date). */
  locale: string;
  t: Translate;
}

/** The free official way to do what the person seems to be doing on this page. */
export function OfficialRoute({ service, locale, t }: OfficialRouteProps) {
  const route = routeFor(service);
  const fee = resolveFee(route.feeFactId);
  return (
    <section class="route" aria-labelledby="route-heading">
      <h3 id="route-heading">{t('popup_route_heading')}</h3>
      <p>
        <span class="route-service">{t(route.nameKey)}: </span>
        {t(route.messageKey)}
        {fee ? (
          <>
            {` ${t('route_fee', { AMOUNT: fee.amount })}`}
            <SourceNote source={fee.source} checked={fee.checked} secondary={fee.secondary} locale={locale} t={t} />
          </>
        ) : null}
      </p>
      <ExternalLink class="button primary" href={route.url} t={t}>
        {t('popup_open_official', { HOST: route.host })}
      </ExternalLink>
    </section>
  );
}
