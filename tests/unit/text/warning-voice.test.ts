import { describe, expect, it } from 'vitest';
import { reportsAsk } from '@/lib/text/warning-voice';

// review26: the scam's messages as the asker ("These calls, texts or emails … ask you to pay a fine", session 26) read "text
// messages" two ways ("text" + "messages", "text messages"): a sentence listing them over and over without the ask took
// time doubling with each one (22: a second). One reading now.
describe('reportsAsk: the scam\'s messages as the asker', () => {
  it.each([
    ['these calls, texts or emails typically present a problem with your ssn and ask you to pay a fine', true],
    ['these text messages ask you to pay a fee with gift cards', true],
    ['the texts ask you to pay', true],
    ['the text message asks you to pay the fee', true],
    ['pay the fee by western union', false],
  ])('%s', (sentence, reports) => {
    expect(reportsAsk(sentence)).toBe(reports);
  });

  it.each([40, 20_000])('is linear on %i "text messages" and no ask', (n) => {
    const t = performance.now();
    expect(reportsAsk(`these ${'text messages '.repeat(n)}x`)).toBe(false);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
