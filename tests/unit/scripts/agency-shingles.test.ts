/** The copyprint23 experiment's shingles (scripts/agency-text/shingles.ts): a rolling hash that reads words, not spacing. */
import { describe, expect, it } from 'vitest';
import { fold } from '../../../lib/text/normalize';
import { forEachShingle, shingleHashes } from '../../../scripts/agency-text/shingles';

describe('agency-text shingles', () => {
  it('gives a run of words the same hash wherever it stands (the rolling hash equals a fresh one)', () => {
    const sentence = 'individual accounts allow us to best serve you and protect your personal information';
    const alone = shingleHashes(fold(sentence), 8);
    const inside = shingleHashes(fold(`Step 1. Go to the Sign Up page. ${sentence}. Step 2.`), 8);
    expect(alone.length).toBe(13 - 8 + 1);
    for (const h of alone) expect(inside).toContain(h);
  });

  it('reads words, not punctuation, case or spacing', () => {
    const a = shingleHashes(fold('Non-Immigrant Visa Application, Form DS-160, is for temporary travel'), 6);
    const b = shingleHashes(fold('non immigrant   visa application form ds 160 is for temporary travel'), 6);
    expect(a).toEqual(b);
  });

  it('tells different runs apart and reports where each starts and ends', () => {
    const text = fold('one two three four five six seven eight nine');
    const spans: string[] = [];
    forEachShingle(text, (_h, s, e) => spans.push(text.slice(s, e)), 8);
    expect(spans).toEqual(['one two three four five six seven eight', 'two three four five six seven eight nine']);
    const [x, y] = shingleHashes(text, 8);
    expect(x).not.toBe(y);
  });
});

// Bad input (review23): any text gives hashes in one linear pass, never an exception.
describe('agency-text shingles on bad input', () => {
  const time = (text: string): number => {
    const t0 = performance.now();
    forEachShingle(text, () => undefined);
    return performance.now() - t0;
  };

  it.each([
    ['one 200,000-character word', 'a'.repeat(200_000), 0],
    ['200,000 digits', '7'.repeat(200_000), 0],
    ['nothing but separators', '.,;—  \n'.repeat(30_000), 0],
    ['lone surrogates and marks (three words a round)', '\ud800 \udc00 \u0301 \u200b '.repeat(10_000), 30_000 - 8 + 1],
    ['mixed scripts', 'USCIS 申请 заявка 신청 طلب visa '.repeat(5_000), 30_000 - 8 + 1],
  ])('%s: a clear count of shingles', (_name, text, count) => {
    expect(shingleHashes(fold(text)).length).toBe(count);
  });

  it('fewer words than a shingle, an empty text, and a shingle of no whole number of words give none', () => {
    expect(shingleHashes('one two three')).toEqual([]);
    expect(shingleHashes('')).toEqual([]);
    for (const k of [0, -1, 2.5, Number.NaN]) expect(shingleHashes('one two three four', k)).toEqual([]);
  });

  it('4x the text costs at most ~4x the time', () => {
    const [small, big] = [200_000, 800_000].map((n) => 'form i-90 '.repeat(n / 10));
    time(small!);
    const best = (text: string) => Math.min(time(text), time(text), time(text));
    // Quadratic work would be 16x; 10x leaves room for timer noise and busy workers, the floor for runs of a few ms.
    expect(best(big!)).toBeLessThan(Math.max(10 * best(small!), 100));
  });
});
