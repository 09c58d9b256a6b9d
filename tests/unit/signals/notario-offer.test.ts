import { describe, expect, it } from 'vitest';
import notarioOffer from '@/lib/signals/notario-offer';
import { page } from './helpers';

describe('notario-offer', () => {
  it.each([
    ['Spanish notario ad', 'Notario público: le ayudamos con su residencia y ciudadanía. Llame hoy.', 'strong'],
    ['notaría pública', 'Notaría Pública Hispana. Tramitamos su permiso de trabajo rápido y garantizado.', 'strong'],
    ['English notario ad', 'Notario Publico and immigration services. We prepare your green card applications. Call us today.', 'strong'],
    ['immigration consultant is weak', 'Immigration consultant: we help with your work permit and green card. Book an appointment.', 'weak'],
    ['Spanish consultor is weak', 'Consultor de inmigración: ofrecemos servicios para su residencia.', 'weak'],
  ])('fires: %s', (_why, text, strength) => {
    const hit = notarioOffer(page(text));
    expect(hit?.strength).toBe(strength);
    expect(hit?.service).toBe('legal-help');
  });

  it.each([
    ['fraud warning', 'A notario público is not authorized to provide immigration legal services. Beware of notario fraud.'],
    ['USCIS text', 'Be careful if a "notario público" in the United States offers you legal services related to immigration.'],
    ['lawyer contrast', 'No somos notarios: somos abogados con licencia. Llame hoy para una consulta.'],
    ['Spanish warning', 'Cuidado con los notarios públicos que ofrecen servicios de inmigración.'],
    ['explainer', 'In Mexico, a notario público is a lawyer appointed by the state.'],
  ])('does not fire: %s', (_why, text) => {
    expect(notarioOffer(page(text))).toBeUndefined();
  });
});
