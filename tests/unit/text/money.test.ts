import { describe, expect, it } from 'vitest';
import { chargesAbove, pricesIn } from '@/lib/text/money';
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

// Tune batch real-2026-12j (issue 12, languages): prices in ja, ko, zh-TW, ru, ar as sellers and news write them.
describe('pricesIn (languages)', () => {
  it.each([
    ['申請代行料 6,700円(税込)', 6700, 'JPY'],
    ['申請料14ドルに加え', 14, 'USD'],
    ['대행료는 1인당 3만원입니다', 3, 'KRW'],
    ['費用新台幣200元', 200, 'TWD'],
    ['Стоимость услуг — 3000 рублей', 3000, 'RUB'],
    ['платил 330 долларов за визу', 330, 'USD'],
    ['رسوم الخدمة 200 درهم', 200, 'MAD'],
    ['رسم قدره 1 دولار', 1, 'USD'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(pricesIn(fold(text))).toEqual([{ amount, currency }]);
  });

  it.each([
    ['DV-2027 entries open in 2026'],
    ['Анкета DS-160 заполняется за 90 минут'],
    ['ESTAは2年間有効です。90日以内の滞在'],
    ['2026년 5월 3일 발표'],
    ['3 рубрики на сайте'],
  ])('no price: %s', (text) => {
    expect(pricesIn(fold(text))).toEqual([]);
  });
});

