import type { ServiceId } from '@/lib/types';
import type { Translate } from '@/lib/i18n';
import { priceText, routeFor } from '@/lib/guide';
import { ExternalLink } from './ExternalLink';

export interface OfficialRouteProps {
  service: ServiceId | undefined;
  t: Translate;
}

/** The free official way to do what the person seems to be doing on this page. */
export function OfficialRoute({ service, t }: OfficialRouteProps) {
  const route = routeFor(service);
  const price = priceText(route.feeFactId);
  return (
    <section class="route" aria-labelledby="route-heading">
      <h3 id="route-heading">{t('popup_route_heading')}</h3>
      <p>
        <span class="route-service">{t(route.nameKey)}: </span>
        {t(route.messageKey)}
        {price ? ` ${t('route_fee', { PRICE: price })}` : ''}
      </p>
      <ExternalLink class="button primary" href={route.url} t={t}>
        {t('popup_open_official', { HOST: route.host })}
      </ExternalLink>
    </section>
  );
}
