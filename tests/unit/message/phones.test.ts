import { describe, expect, it } from 'vitest';
import { findPhones } from '@/lib/message/phones';
import { factText } from '@/lib/facts';

describe('findPhones', () => {
  it('says which numbers are official USCIS numbers (from facts.json)', () => {
    const main = factText('phone.uscis-contact-center');
    const found = findPhones(`Call ${main} or (305) 555-0100 or +1 888.555.0199`);
    expect(found.map((p) => [p.digits, p.official])).toEqual([
      [main.replace(/\D/g, '').slice(-10), 'phone.uscis-contact-center'],
      ['3055550100', null],
      ['8885550199', null],
    ]);
  });

  it('reads international numbers, never official', () => {
    expect(findPhones('WhatsApp +234 803 123 4567').map((p) => [p.digits, p.official])).toEqual([['+2348031234567', null]]);
  });

  it.each([
    'Receipt number IOE0912345678',
    'A-Number A-123-456-789',
    'Your code is 482913',
    'Fee: $1,070.00 due 2026-12-31',
  ])('no phone in %s', (text) => {
    expect(findPhones(text)).toEqual([]);
  });

  it('lists a number once', () => {
    expect(findPhones('800-375-5283 and 800.375.5283')).toHaveLength(1);
  });
});
