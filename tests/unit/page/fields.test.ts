import { describe, expect, it } from 'vitest';
import { classifyField, type FieldKind } from '@/lib/page/fields';
import type { FieldSnapshot } from '@/lib/types';

const field = (over: Partial<FieldSnapshot>): FieldSnapshot => ({
  type: 'text',
  name: '',
  id: '',
  placeholder: '',
  autocomplete: '',
  label: '',
  ...over,
});

describe('classifyField', () => {
  it.each<[string, Partial<FieldSnapshot>, FieldKind]>([
    ['autocomplete cc-number', { autocomplete: 'cc-number' }, 'card_number'],
    ['label "Card number"', { label: 'Card number' }, 'card_number'],
    ['camelCase name cardNumber', { name: 'cardNumber' }, 'card_number'],
    ['Spanish "Número de tarjeta"', { label: 'Número de tarjeta' }, 'card_number'],
    ['label "A-Number"', { label: 'A-Number' }, 'a_number'],
    ['label "Alien Registration Number"', { label: 'Alien Registration Number (A-Number)' }, 'a_number'],
    ['name a_number', { name: 'a_number' }, 'a_number'],
    ['placeholder "A-#"', { placeholder: 'A-#' }, 'a_number'],
    ['Spanish "Número A"', { label: 'Número A' }, 'a_number'],
    ['label "USCIS receipt number"', { label: 'USCIS receipt number' }, 'receipt_number'],
    ['Spanish "Número de recibo"', { label: 'Número de recibo' }, 'receipt_number'],
    ['label "Online access code"', { label: 'Online access code' }, 'access_code'],
    ['Spanish "Código de acceso"', { placeholder: 'Código de acceso en línea' }, 'access_code'],
    ['name ssn', { name: 'ssn' }, 'ssn'],
    ['label "Social Security number"', { label: 'Social Security number' }, 'ssn'],
    ['Spanish "Número de Seguro Social"', { label: 'Número de Seguro Social' }, 'ssn'],
    ['label "Passport number"', { label: 'Passport number' }, 'passport_number'],
    ['Spanish "Número de pasaporte"', { label: 'Número de pasaporte' }, 'passport_number'],
  ])('%s', (_what, over, kind) => {
    expect(classifyField(field(over))).toBe(kind);
  });

  it.each<[string, Partial<FieldSnapshot>]>([
    ['a name field', { label: 'Full name', name: 'fullname' }],
    ['an e-mail field', { type: 'email', label: 'Email' }],
    ['a phone number', { label: 'Phone number', name: 'phone' }],
    ['"Número de teléfono"', { label: 'Número de teléfono' }],
    ['a bare "number"', { label: 'Number' }],
    ['a bare "code" (zip code)', { label: 'ZIP code', autocomplete: 'postal-code' }],
    ['"Año" (year) in Spanish', { label: 'Año de nacimiento' }],
    ['Portuguese "ano" (year)', { name: 'ano' }],
    ['a hidden field named ssn', { type: 'hidden', name: 'ssn' }],
    ['a checkbox about a passport', { type: 'checkbox', label: 'I have a passport' }],
    ['an empty field', {}],
  ])('not sensitive: %s', (_what, over) => {
    expect(classifyField(field(over))).toBeUndefined();
  });

  it('is bounded on huge attributes and never throws', () => {
    const huge = 'a'.repeat(1_000_000);
    expect(() => classifyField(field({ name: huge, label: huge, placeholder: huge }))).not.toThrow();
    expect(classifyField(field({ label: `${'x '.repeat(500)}card number` }))).toBeUndefined(); // past the 400-char cap
  });
});
