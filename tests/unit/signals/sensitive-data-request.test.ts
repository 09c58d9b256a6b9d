import { describe, expect, it } from 'vitest';
import sensitiveDataRequest from '@/lib/signals/sensitive-data-request';
import type { FieldSnapshot } from '@/lib/types';
import { field, page } from './helpers';

const form = (...fields: FieldSnapshot[]) => [{ actionHost: '', fields }];

describe('sensitive-data-request', () => {
  it.each([
    ['A-Number alone is weak (law-firm intake)', form(field({ name: 'a_number', label: 'A-Number' })), 'weak', /A-Number/],
    ['passport is weak', form(field({ name: 'passport', label: 'Passport number' })), 'weak', /passport/],
    ['Spanish SSN label', form(field({ label: 'Número de Seguro Social' })), 'weak', /Social Security/],
    ['receipt + card is strong', form(field({ name: 'receiptNumber', label: 'Receipt number' }), field({ autocomplete: 'cc-number' })), 'strong', /receipt number.*card number|card number.*receipt number/],
    ['access code + card is strong', form(field({ label: 'Online access code' }), field({ name: 'cardnumber', label: 'Card number' })), 'strong', /online access code/],
    ['Spanish: código de acceso + tarjeta', form(field({ label: 'Código de acceso' }), field({ label: 'Número de tarjeta' })), 'strong', /online access code/],
  ])('fires: %s', (_why, forms, strength, evidence) => {
    const hit = sensitiveDataRequest(page('Form', { forms }));
    expect(hit?.strength).toBe(strength);
    expect(hit?.evidence).toMatch(evidence);
  });

  it.each([
    ['no forms', []],
    ['newsletter form', form(field({ name: 'email', type: 'email', label: 'Email' }), field({ name: 'name', label: 'Name' }))],
    ['hidden receipt field is ignored', form(field({ type: 'hidden', name: 'receipt_number' }))],
    ['a bare "number" is not an A-Number', form(field({ name: 'number', label: 'Phone number' }))],
  ])('does not fire: %s', (_why, forms) => {
    expect(sensitiveDataRequest(page('Form', { forms }))).toBeUndefined();
  });
});
