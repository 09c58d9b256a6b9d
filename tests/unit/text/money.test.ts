import { describe, expect, it } from 'vitest';
import { chargesAbove } from '@/lib/text/money';
import { fold } from '@/lib/text/normalize';

describe('chargesAbove', () => {
  it.each([
    // dollars: above the official fee only
    ['esta: $89 per traveler', 40, true],
    ['the esta costs $40', 40, false],
    // the official fee restated in euros or pounds is not a third party's price (issue 12)
    ['die esta-gebühr beträgt 40 dollar, etwa 37 €', 40, false],
    ['esta : 40 $, soit environ 35 euros', 40, false],
    ['esta fee: £32', 40, false],
    // a seller's price in euros is above any plausible conversion of $40
    ['servicegebühr: 59 € pro antrag', 40, true],
    ['prix : 89 euros par personne', 40, true],
    // a free service: any amount in any currency is a price
    ['formulaire : 9 €', 0, true],
    // currencies with no bound here never restate an official fee (yuan, won)
    ['費用800元', 40, true],
    ['수수료 30,000원', 40, true],
  ])('%s (official $%d) → %s', (text, official, expected) => {
    expect(chargesAbove(fold(text), official)).toBe(expected);
  });
});
