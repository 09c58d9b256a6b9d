import { describe, expect, it } from 'vitest';
import { decide } from '@/lib/verdict';
import { MAX_SHOWN_EVIDENCE, showableEvidence, fieldsText, shownEvidence } from '@/lib/verdict/evidence';
import { makeT } from '@/lib/i18n';
import type { PageSnapshot } from '@/lib/types';

const snapshot = (text: string, forms: PageSnapshot['forms'] = []): PageSnapshot => ({ url: '', title: 'USCIS case status', text, truncated: false, forms, lang: 'en' });
const field = (over: Partial<PageSnapshot['forms'][number]['fields'][number]>) => ({ type: 'text', name: '', id: '', placeholder: '', autocomplete: '', label: '', ...over });

describe('showableEvidence: length', () => {
  it('leaves short quotes alone (one line)', () => {
    expect(showableEvidence('  Order now:\n Access Code  $129 ')).toBe('Order now: Access Code $129');
  });

  it('keeps the seller\'s price when it comes after the cut', () => {
    const text = `Get your USCIS online access code delivered by e-mail with our premium document service, ${'fast and secure processing with support, '.repeat(3)}all for only $89.99 today`;
    expect(text.length).toBeGreaterThan(MAX_SHOWN_EVIDENCE);
    const clipped = showableEvidence(text);
    expect(clipped.length).toBeLessThanOrEqual(MAX_SHOWN_EVIDENCE + 1);
    expect(clipped).toContain('$89.99');
    expect(clipped.startsWith('Get your USCIS online access code')).toBe(true);
    expect(clipped).toContain(' … ');
    // The old clip (first 159 characters) lost the price.
    expect(`${text.slice(0, MAX_SHOWN_EVIDENCE - 1)}…`).not.toContain('$89.99');
  });

  it.each(['39 Euro', '21 USD', '€ 50', 'US$ 40'])('reads %s as a price', (price) => {
    const text = `${'word '.repeat(60)}price ${price} now`;
    expect(showableEvidence(text)).toContain(price);
  });

  it('clips a long quote without a price at the limit', () => {
    const clipped = showableEvidence('x'.repeat(500));
    expect(clipped).toHaveLength(MAX_SHOWN_EVIDENCE);
    expect(clipped.endsWith('…')).toBe(true);
  });

  it.each([undefined, null, 42])('is safe on %j', (v) => {
    expect(() => showableEvidence(v as unknown as string)).not.toThrow();
    expect(typeof showableEvidence(v as unknown as string)).toBe('string');
  });
});

describe('what a reason shows', () => {
  it('a signal that quotes the page shows the quote; what a form asks for is our own sentence; address rules show nothing', () => {
    const forms = [{ actionHost: '', fields: [field({ name: 'receiptNumber', label: 'Receipt number' }), field({ autocomplete: 'cc-number' })] }];
    const v = decide('https://uscis-gov.net/status', snapshot('Check your USCIS case status here. Service fee $39.', forms));
    const byId = Object.fromEntries(v.reasons.map((r) => [r.id, shownEvidence(r)]));
    expect(byId['lookalike-domain']).toBeUndefined();
    expect(byId['sensitive-data-request']).toEqual({ kind: 'fields', fields: ['receipt_number', 'card_number'] });
    // The English log line stays for the CLI and reports.
    expect(v.reasons.find((r) => r.id === 'sensitive-data-request')?.evidence).toMatch(/^form asks for:/);
  });

  it('quotes only the page\'s words', () => {
    const v = decide('https://www.fastimmigrationdocs.com/x', snapshot('Buy your USCIS online access code now for $49. Order today.'));
    const r = v.reasons.find((x) => x.id === 'access-code-for-sale');
    expect(r && shownEvidence(r)).toEqual({ kind: 'quote', text: r?.evidence });
  });

  it('product-made evidence without a quote is never shown', () => {
    expect(shownEvidence({ id: 'page-fights-warning', evidence: 'removed' })).toBeUndefined();
    expect(shownEvidence({ id: 'lookalike-domain', evidence: '"uscis-gov.net" joins "uscis" and "gov"' })).toBeUndefined();
    expect(shownEvidence({ id: 'x', evidence: '', fields: ['<b>', 'card_number'] })).toEqual({ kind: 'fields', fields: ['card_number'] });
  });

  it.each([
    ['en', 'The form on this page asks for: receipt number and card number'],
    ['es', 'El formulario de esta página pide: número de recibo y número de tarjeta'],
    ['zh_CN', '这个页面的表格要求填写：收据号码和银行卡号'],
    ['ko', '이 페이지의 양식이 요구하는 정보: 접수 번호 및 카드 번호'],
  ])('%s: the fields sentence is in the reader\'s language', (locale, text) => {
    expect(fieldsText(makeT(locale), locale, ['receipt_number', 'card_number'])).toBe(text);
  });
});

// Page text that uses bidi controls to make our own words around it read differently.
const RLO = '\u202e';
const PDF = '\u202c';

describe('showableEvidence', () => {
  it.each([
    ['right-to-left override', `Official or Not: this site is ${RLO}✓ efas dna deifirev${PDF}`, 'Official or Not: this site is ✓ efas dna deifirev'],
    ['isolates and marks', 'pay \u2067here\u2069 \u200fnow\u200e \u061cok', 'pay here now ok'],
    ['zero-width and soft hyphen', 'ac\u200bcess co\u00adde', 'access code'],
    ['whitespace runs', '  Order\n\n now  ', 'Order now'],
  ])('%s', (_name, raw, shown) => {
    expect(showableEvidence(raw)).toBe(shown);
  });

  it('caps long evidence with an ellipsis, never splitting a character', () => {
    const shown = showableEvidence('😀'.repeat(200));
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(MAX_SHOWN_EVIDENCE);
    expect(shown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
