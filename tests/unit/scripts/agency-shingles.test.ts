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
