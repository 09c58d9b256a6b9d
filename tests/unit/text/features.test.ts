import { describe, expect, it } from 'vitest';
import { featureSentence, scoreFeatures, textFeatures } from '@/lib/text/features';
import { fold } from '@/lib/text/normalize';

describe('textFeatures (the one feature function of the learned text models)', () => {
  it('words with digits made 0, word pairs, character 4-grams with edges, character pairs in Han/kana/Thai runs', () => {
    const f = textFeatures('esta 24 hours 申請代行 $');
    for (const x of ['esta', '00', 'esta 00', '00 hours', '# est', '#sta ', '申請', '請代', '代行', '$']) expect(f.has(x), x).toBe(true);
    expect(f.has('申請代行')).toBe(false);
  });

  it('without chars: no character 4-grams', () => {
    expect([...textFeatures('verify your account', { chars: false })].some((x) => x.startsWith('#'))).toBe(false);
  });

  it('Hangul as a word by default, as character pairs with `hangul` (a Korean word carries its particles)', () => {
    expect(textFeatures('계좌가 정지').has('계좌가')).toBe(true);
    const pairs = textFeatures('계좌가 정지', { hangul: true });
    for (const x of ['계좌', '좌가', '정지']) expect(pairs.has(x), x).toBe(true);
    expect(pairs.has('계좌가')).toBe(false);
  });

  it('is linear: a million characters in well under a second', () => {
    const t0 = performance.now();
    textFeatures('your parcel is held, pay 2.99 € now 包裹 '.repeat(25_000));
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

describe('scoreFeatures and featureSentence (a model\'s score and its evidence)', () => {
  const weights = new Map([
    ['refund', 1.5],
    ['#efun', 2],
    ['hello', -1],
  ]);

  it('sums the bias and the weights present; the readable words that pushed it up, largest first (no character pieces)', () => {
    expect(scoreFeatures(weights, 0.5, textFeatures('hello, your refund'))).toEqual({ score: 3, top: ['refund'] });
  });

  it('quotes the writer\'s own sentence around the word, from the part the model read', () => {
    const raw = 'Hello there. Your REFUND of 642 euros is waiting. Bye.';
    const page = { raw, text: fold(raw) };
    expect(featureSentence(page, 2000, ['refund'], 160)).toBe('Your REFUND of 642 euros is waiting');
    expect(featureSentence(page, 10, ['refund'], 160)).toBeUndefined();
  });
});
