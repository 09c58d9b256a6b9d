import { describe, expect, it } from 'vitest';
import { parseHost } from '@/lib/domain';
import { preparePage } from '@/lib/text/prepare';

describe('preparePage: where the title ends', () => {
  const prepared = (title: string, text: string) =>
    preparePage({ url: 'https://example.com/', title, text, truncated: false, forms: [], lang: '' }, parseHost('https://example.com/'));

  it('the first titleLength characters of raw and text are the title', () => {
    const p = prepared('  Visas -  U.S. Embassy in Ghana ', 'Apply online.');
    expect(p.raw.slice(0, p.titleLength)).toBe('Visas - U.S. Embassy in Ghana');
    expect(p.text.slice(0, p.titleLength)).toBe('visas - u.s. embassy in ghana');
    expect(p.raw.slice(p.titleLength)).toBe('. Apply online.');
  });

  it('no title: 0', () => {
    expect(prepared('', 'Apply online.').titleLength).toBe(0);
  });
});

// attack21: text that did not come through the page reader (the scanner's --jsonl text, a test) with soft hyphens and
// zero-width characters inside words is read as the reader reads it (shownText), not as broken words
describe('preparePage reads invisible characters as the reader does', () => {
  it.each([
    ['Buy your USCIS acc\u00adess co\u00adde online', 'buy your uscis access code online'],
    ['Buy your US\u200bCIS access code', 'buy your uscis access code'],
    ['Apply for your E\u2060S\u200dT\u00adA today', 'apply for your esta today'],
  ])('%s', (text, folded) => {
    expect(preparePage({ url: 'https://example.com/', title: '', text, truncated: false, forms: [], lang: '' }, parseHost('example.com')).text).toBe(folded);
  });
});
