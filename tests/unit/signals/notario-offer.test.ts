import { describe, expect, it } from 'vitest';
import notarioOffer from '@/lib/signals/notario-offer';
import { expectQuotesPage, page } from './helpers';

describe('notario-offer', () => {
  it.each([
    ['Spanish notario ad', 'Notario público: le ayudamos con su residencia y ciudadanía. Llame hoy.', 'strong'],
    ['notaría pública', 'Notaría Pública Hispana. Tramitamos su permiso de trabajo rápido y garantizado.', 'strong'],
    ['English notario ad', 'Notario Publico and immigration services. We prepare your green card applications. Call us today.', 'strong'],
    ['"Notario Public" misspelling', 'Notario Public services for the Latino community. Our notario fills out your USCIS forms.', 'strong'],
    ['English notary public preparing immigration forms', 'Notary public services. We prepare your immigration forms and green card applications fast.', 'strong'],
    ['immigration consultant is weak', 'Immigration consultant: we help with your work permit and green card. Book an appointment.', 'weak'],
    ['Spanish consultor is weak', 'Consultor de inmigración: ofrecemos servicios para su residencia.', 'weak'],
  ])('fires: %s', (_why, text, strength) => {
    const hit = notarioOffer(page(text));
    expect(hit?.strength).toBe(strength);
    expect(hit?.service).toBe('legal-help');
    expectQuotesPage(hit, text);
  });

  it.each([
    ['fraud warning', 'A notario público is not authorized to provide immigration legal services. Beware of notario fraud.'],
    ['USCIS text', 'Be careful if a "notario público" in the United States offers you legal services related to immigration.'],
    ['lawyer contrast', 'No somos notarios: somos abogados con licencia. Llame hoy para una consulta.'],
    ['Spanish warning', 'Cuidado con los notarios públicos que ofrecen servicios de inmigración.'],
    ['explainer', 'In Mexico, a notario público is a lawyer appointed by the state.'],
    ['plain notary public', 'Notary public services: we notarize affidavits, powers of attorney and translations. Call us today.'],
    ['notary notarizing immigration documents', 'Notary public on site. We notarize immigration document translations. Call us today.'],
  ])('does not fire: %s', (_why, text) => {
    expect(notarioOffer(page(text))).toBeUndefined();
  });
});
