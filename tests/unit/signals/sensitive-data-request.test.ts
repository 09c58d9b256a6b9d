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

  const login = (actionHost = '') => [
    { actionHost, fields: [field({ type: 'email', name: 'email', label: 'Email' }), field({ type: 'password', name: 'password', label: 'Password' })] },
  ];
  it.each([
    ['USCIS sign-in copy', 'Sign in to your USCIS online account. Email. Password. Forgot your password?', 'Sign In | USCIS'],
    ['myUSCIS login', 'myUSCIS Login. Enter your email and password.', ''],
    ['Spanish sign-in copy', 'Inicie sesión en su cuenta de USCIS. Correo electrónico. Contraseña.', ''],
  ])('fires strong: a password form on a USCIS sign-in page (%s)', (_why, text, title) => {
    const hit = sensitiveDataRequest(page(text, { title, forms: login() }));
    expect(hit?.strength).toBe('strong');
    expect(hit?.evidence).toMatch(/password/);
  });

  it.each([
    ['law firm client portal', 'Client portal login. Track your immigration case with our firm; USCIS filings we prepare appear here.', 'Client Portal | Smith Immigration Law', login()],
    ['how-to guide with a site login', 'How to sign in to your USCIS online account: step 1, go to my.uscis.gov.', 'Guide', login()],
    ['warning', 'Fake sites ask you to sign in to your USCIS account: never enter your password there.', 'Scam alert', login()],
    ['sign-in wording, no password field', 'Sign in to your USCIS online account.', 'Sign In | USCIS', form(field({ type: 'email', name: 'email' }))],
    ['form posts to a .gov host', 'Sign in to your USCIS online account.', 'Sign In | USCIS', login('myaccount.uscis.gov')],
  ])('does not fire: %s', (_why, text, title, forms) => {
    expect(sensitiveDataRequest(page(text, { title, forms }))).toBeUndefined();
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
