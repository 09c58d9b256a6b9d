import { describe, expect, it } from 'vitest';
import accessCodeForSale from '@/lib/signals/access-code-for-sale';
import { page } from './helpers';

describe('access-code-for-sale', () => {
  it.each([
    ['price next to the code', 'Lost your USCIS online access code? Get a new one in 24 hours. Our retrieval service: $79.99.'],
    ['order words', 'Order your USCIS online access code now and link your paper case today.'],
    ['named service', 'Fast online access code service for USCIS accounts, ready in one day.'],
    ['Spanish price', '¿Perdió su código de acceso de USCIS? Precio: $59. Comprar ahora.'],
    ['Spanish service', 'Servicio de código de acceso para su cuenta de USCIS en español.'],
  ])('fires: %s', (_why, text) => {
    const hit = accessCodeForSale(page(text));
    expect(hit?.strength).toBe('strong');
    expect(hit?.service).toBe('access-code');
    expect(hit?.evidence.toLowerCase()).toMatch(/access code|código de acceso/);
  });

  it.each([
    [
      'Spanish seller: the code price, not the I-90 price before it',
      'Renovación de tarjeta verde I-90: $300. Obtenga su código de acceso de USCIS: $59. Comprar ahora.',
      /código de acceso de USCIS: \$59/,
    ],
    [
      'English seller: the code price, not the I-90 price before it',
      'I-90 renewal package: $199. Lost your USCIS online access code? Get it today. Access code service only $49.',
      /\$49/,
    ],
  ])('evidence quotes the access code price: %s', (_why, text, evidence) => {
    const hit = accessCodeForSale(page(text));
    expect(hit?.evidence).toMatch(evidence);
    expect(hit?.evidence).not.toMatch(/\$(?:300|199)/);
  });

  it.each([
    ['USCIS help text', 'If you lost your Online Access Code or it has expired, you can request a new one at my.uscis.gov. Our Technical Help Desk will email you the new online access code.'],
    ['warning', 'Never pay anyone for a USCIS online access code. Scammers sell access codes for $50.'],
    ['guide with order-of-words trap', 'In order to link your case, enter the access code from your Account Access Notice.'],
    ['news quoting a price', 'Victims said the site charged $75 for an access code that USCIS sends for free.'],
    ['Spanish warning', 'No pague por el código de acceso: USCIS no cobra por él. Es una estafa.'],
    ['no access code at all', 'Buy now for only $49.99, checkout in one click.'],
    ['forum report, past tense', 'A site wanted $89 for my USCIS online access code but I got it free from USCIS.'],
    ['forum report, asked me to pay', 'They asked me to pay $60 for the access code, but USCIS emailed me a new one.'],
    ['Spanish report', 'Me cobraron $70 por el código de acceso y luego supe que era gratis.'],
  ])('does not fire: %s', (_why, text) => {
    expect(accessCodeForSale(page(text))).toBeUndefined();
  });
});
