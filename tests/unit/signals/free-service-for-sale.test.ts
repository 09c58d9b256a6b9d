import { describe, expect, it } from 'vitest';
import freeServiceForSale from '@/lib/signals/free-service-for-sale';
import { expectQuotesPage, page } from './helpers';

describe('free-service-for-sale', () => {
  it.each([
    ['forms download', 'Download Form I-130 now. Instant PDF forms download: $29.95 per form.', 'forms'],
    ['Spanish forms', 'Formularios de inmigración para descargar por solo $39.99. Comprar ahora.', 'forms'],
    ['ESTA above the official fee', 'ESTA application with expert review: $89 per traveler. Apply now.', 'esta'],
    ['ESTA service fee without amount', 'What is included in the service fee: one transparent fee. The official ESTA government processing fee.', 'esta'],
    ['Spanish ESTA', 'Tramitamos su ESTA en 24 horas. Precio de la solicitud ESTA: 95 USD. Solicite ahora.', 'esta'],
    ['DV entry', 'Enter the Green Card Lottery DV-2027 with our registration service: only $49. Order now.', 'dv-lottery'],
    ['Spanish DV', 'Participe en la lotería de visas DV-2027. Precio del servicio: $35. Pague ahora.', 'dv-lottery'],
    ['case status', 'USCIS case status monitoring for $9.99 per month. Subscribe today.', 'case-status'],
    ['E-Verify Self Check', 'Our E-Verify Self Check service: $24.95. Buy now.', 'e-verify'],
    ['EIN', 'Get your EIN fast. Application service: $149. Order online today.', 'ein'],
  ])('fires: %s', (_why, text, service) => {
    const hit = freeServiceForSale(page(text));
    expect(hit?.strength).toBe('strong');
    expect(hit?.service).toBe(service);
    expectQuotesPage(hit, text);
  });

  it.each([
    ['official ESTA fee', 'The official ESTA fee is $40, paid by card on the official site. Apply now at esta.cbp.dhs.gov.'],
    ['Spanish "esta" (this)', 'Esta solicitud cuesta $95 y puede pagar ahora en esta página de viajes.'],
    ['attorney own fee', 'Our flat legal fee to prepare your I-130 petition is $1,500. Download the free forms at uscis.gov/forms.'],
    ['news about third-party ESTA sites', 'Some third-party sites charge as much as $100 to $200 for an ESTA you can file yourself.'],
    ['warning about forms', 'Never pay for blank forms: USCIS forms are free. Scammers charge $50 for a PDF form download.'],
    ['DV official fee', 'From DV-2027 the official entry carries a $1 registration fee, paid on dvprogram.state.gov.'],
    ['German ein', 'Das ist ein Angebot für $149, jetzt kaufen und bestellen.'],
    ['Spanish warning', 'No pague por formularios en blanco para descargar: son gratuitos. Cuidado con sitios que cobran $30.'],
    // a Korean guide comparing the official fee with what agency sites "may charge" (reporting)
    ['Korean guide on agency sites', 'ESTA 공식 홈페이지를 통해 신청하면 수수료는 21달러입니다. 하지만 대행 사이트를 이용하면 최대 145달러까지 청구될 수 있습니다.'],
  ])('does not fire: %s', (_why, text) => {
    expect(freeServiceForSale(page(text))).toBeUndefined();
  });
});
