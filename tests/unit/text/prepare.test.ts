import { describe, expect, it } from 'vitest';
import { parseHost } from '@/lib/domain';
import { preparePage } from '@/lib/text/prepare';
import { SEAM } from '@/lib/text/ends';
import { MAX_TAIL, MAX_TEXT } from '@/lib/types';

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

// tidy27: the cap on the collapsed text is keepEnds' own bound (head + SEAM + tail), not a second one written beside it
// (MAX_TEXT + MAX_TAIL, which called a text up to SEAM's length longer "truncated" though keepEnds kept it whole)
describe('preparePage: truncated exactly when the collapsed text is cut', () => {
  const prepared = (text: string) => preparePage({ url: 'https://example.com/', title: '', text, truncated: false, forms: [], lang: '' }, parseHost('example.com'));
  const bound = MAX_TEXT + SEAM.length + MAX_TAIL;

  it.each([
    ['just over head + tail, within the seam', MAX_TEXT + MAX_TAIL + 1, false],
    ['at the bound', bound, false],
    ['one over the bound', bound + 1, true],
  ])('%s', (_why, length, cut) => {
    const text = 'a'.repeat(length);
    const p = prepared(text);
    expect(p.truncated).toBe(cut);
    expect(p.raw).toBe(cut ? `${text.slice(0, MAX_TEXT)}${SEAM}${text.slice(-MAX_TAIL)}` : text);
  });
});
