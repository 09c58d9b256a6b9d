import { describe, expect, it } from 'vitest';
import impersonationPhone from '@/lib/signals/impersonation-phone';
import { officialPhones, tenDigits } from '@/lib/text/facts';
import { expectQuotesPage, page } from './helpers';

describe('impersonation-phone', () => {
  it('reads official numbers from facts.json (phone.*), letters included', () => {
    expect(officialPhones().has('8003755283')).toBe(true);
    expect(tenDigits('1-877-FTC-HELP')).toBe('8773824357');
  });

  it.each([
    ['call USCIS at', 'A problem was found. Call USCIS at 1-888-555-0147 with the card numbers.'],
    ['USCIS helpline', 'Speak to a caseworker: USCIS helpline (775) 555-0190.'],
    ['number then (USCIS)', 'Questions? 202-555-0111 (USCIS) is open 24 hours.'],
    ['Spanish', 'Para su cita de biometría llame a USCIS al (305) 555-0123.'],
  ])('fires: %s', (_why, text) => {
    const hit = impersonationPhone(page(text));
    expect(hit?.strength).toBe('strong');
    expectQuotesPage(hit, text);
  });

  it.each([
    ['real Contact Center', 'Contact USCIS Contact Center at 1-800-375-5283 if the access code is missing.'],
    ['real TTY', 'USCIS TTY: 800-767-1833.'],
    ['law firm number', 'Questions about USCIS? Call our office at (212) 555-0199.'],
    ['scam warning quoting the number', 'Scammers called from 202-555-0175 pretending to be USCIS.'],
    ['unrelated number', 'Pizza delivery: 312-555-0100.'],
    ['Spanish real number', 'Llame al Centro de Contacto de USCIS al 800-375-5283.'],
  ])('does not fire: %s', (_why, text) => {
    expect(impersonationPhone(page(text))).toBeUndefined();
  });
});
