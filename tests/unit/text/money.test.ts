import { describe, expect, it } from 'vitest';
import { chargesAbove, hasCommerce, pricesIn } from '@/lib/text/money';
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
    ['대행료는 1인당 3만원입니다', 30_000, 'KRW'],
    ['費用新台幣200元', 200, 'TWD'],
    ['Стоимость услуг — 3000 рублей', 3000, 'RUB'],
    ['платил 330 долларов за визу', 330, 'USD'],
    ['رسوم الخدمة 200 درهم', 200, 'MAD'],
    ['رسم قدره 1 دولار', 1, 'USD'],
    // 元 is the unit of any currency in Chinese: U.S. dollars when 美金/美元 names them
    ['卻花了89元美金', 89, 'USD'],
    ['收費美金14元', 14, 'USD'],
    // a multiplier before the currency: 万 (ten thousand), 千, Vietnamese triệu (million) and nghìn
    ['代行料金は2万円です', 20000, 'JPY'],
    ['服务费1.5萬元', 15000, 'CNY'],
    ['phí dịch vụ 2 triệu đồng', 2000000, 'VND'],
    ['phí 500 nghìn đồng', 500000, 'VND'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(pricesIn(fold(text))).toEqual([{ amount, currency }]);
  });

  it.each([
    ['DV-2027 entries open in 2026'],
    ['Анкета DS-160 заполняется за 90 минут'],
    ['ESTAは2年間有効です。90日以内の滞在'],
    ['2026년 5월 3일 발표'],
    ['3 рубрики на сайте'],
    // a count, not money: 2万人 (20,000 people), 3 triệu người
    ['申請者は2万人を超えた'],
    ['hơn 3 triệu người'],
  ])('no price: %s', (text) => {
    expect(pricesIn(fold(text))).toEqual([]);
  });
});


// A currency word is read once: the word after one amount is not also the sign before the next
// number ("99美元 3天内" is $99 and three days; since 美元 became a sign before an amount, 3b9e2c2).
describe('a currency word belongs to one amount', () => {
  it.each([
    ['服务费99美元 3天内出结果', [{ amount: 99, currency: 'USD' }]],
    ['收费14美金 2年有效', [{ amount: 14, currency: 'USD' }]],
    ['The fee is 21 USD 3 days before travel', [{ amount: 21, currency: 'USD' }]],
    ['49 euros 2 ans', [{ amount: 49, currency: 'EUR' }]],
  ])('%s', (text, expected) => {
    expect(pricesIn(fold(text))).toEqual(expected);
  });

  it.each([
    ['美金14元', [{ amount: 14, currency: 'USD' }]],
    ['$10 - $20', [{ amount: 10, currency: 'USD' }, { amount: 20, currency: 'USD' }]],
    ['99美元 美元120', [{ amount: 99, currency: 'USD' }, { amount: 120, currency: 'USD' }]],
  ])('a sign of its own still counts: %s', (text, expected) => {
    expect(pricesIn(fold(text))).toEqual(expected);
  });
});

// Audit batch real-2026-12k: Korean news restating the ESTA fee in won in brackets ("40달러(약 5만6000원)")
// was read as a third party's price in won, and the bare fee word '수수료' as selling.
describe('a price restated in brackets after a price', () => {
  it.each([
    ['수수료로 40달러(약 5만6000원)을 내야 한다', [{ amount: 40, currency: 'USD' }]],
    ['기존 21달러(약 3만 원)에서', [{ amount: 21, currency: 'USD' }]],
    ['14ドル(約1780円)から21ドル(約2670円)に', [{ amount: 14, currency: 'USD' }, { amount: 21, currency: 'USD' }]],
    ['it costs $40 (about €37)', [{ amount: 40, currency: 'USD' }]],
  ])('is not a second price: %s', (text, expected) => {
    expect(pricesIn(fold(text))).toEqual(expected);
  });

  it.each([
    // the seller's own price before the bracket stays (tune seller rj-esta-shinsei-b1b2-agency)
    ['代行料 44,000円(=40,000円+消費税4,000円)', [{ amount: 44000, currency: 'JPY' }]],
    // a price after a bracket that follows a price is a price (tune seller rb-uscitizenship-info-n565)
    ['Price $245 (Government Fees not included ) Application Package $245 + USCIS Filing Fees', [{ amount: 245, currency: 'USD' }, { amount: 245, currency: 'USD' }]],
    // a bracket longer than a conversion is not one
    ['ESTA $40 (the official fee, paid at the end of the form) and our fee of 30,000원', [{ amount: 40, currency: 'USD' }, { amount: 30000, currency: 'KRW' }]],
  ])('prices outside a conversion stay: %s', (text, expected) => {
    expect(pricesIn(fold(text))).toEqual(expected);
  });

  it('an agency in won is still above the ESTA fee; the fee restated in won is not', () => {
    expect(chargesAbove(fold('ESTA 신청 대행 1인 3만원'), 40)).toBe(true);
    expect(chargesAbove(fold('ESTA 신청자는 40달러(약 5만6000원)를 내야 한다'), 40)).toBe(false);
  });
});

describe('Korean selling words', () => {
  it.each([['ESTA 대행 수수료는 1인 3만원'], ['서비스 수수료 포함'], ['카드 결제 가능']])('selling: %s', (text) => {
    expect(hasCommerce(fold(text))).toBe(true);
  });
  it.each([['ESTA 수수료는 40달러로 인상된다'], ['ESTA 신청 수수료는 기존 21달러에서 40달러로 인상된다']])('the official fee word alone is not: %s', (text) => {
    expect(hasCommerce(fold(text))).toBe(false);
  });
});

// langs20 (session 20): sellers writing in Hebrew, Thai, Swedish, Georgian, Persian, Bengali… price in their own
// currencies, often with the other scripts' digits or a bidi mark between the sign and the amount; news there
// restates the official fee in the local currency, which stays the fee (UNITS_PER_DOLLAR).
describe('prices in the currencies of langs20', () => {
  it.each([
    ['דמי טיפול: 349 ₪ לנוסע', 'ILS', 349],
    ['עלות השירות 299 ש״ח כולל אגרה', 'ILS', 299],
    ['מחיר: ₪\u200f 199', 'ILS', 199],
    ['ค่าบริการของเรา 1,900 บาท', 'THB', 1900],
    ['vår avgift är 595 kr', 'SEK', 595],
    ['მომსახურების საფასური 150 ლარი', 'GEL', 150],
    ['هزینه خدمات ۲۵٬۰۰۰٬۰۰۰ تومان', 'IRT', 25000000],
    ['সার্ভিস চার্জ ৫০০০ টাকা', 'BDT', 5000],
    ['ค่าธรรมเนียม ๑,๕๐๐ บาท', 'THB', 1500],
  ])('%s', (text, currency, amount) => {
    expect(pricesIn(fold(text))).toEqual([{ amount, currency }]);
  });

  it.each([
    // the official ESTA fee ($40) restated in the local currency is the fee, not a price
    ['esta עולה 40 דולר, כ-150 ש"ח', 40, false],
    ['ค่าธรรมเนียม esta 40 ดอลลาร์ หรือราว 1,300 บาท', 40, false],
    ['esta kostar 40 dollar, cirka 420 kr', 40, false],
    // a seller's price is above any plausible conversion
    ['דמי טיפול 349 ₪', 40, true],
    ['ค่าบริการของเรา 1,900 บาท', 40, true],
    ['vår avgift 595 kr', 40, true],
  ])('%s (official %d)', (text, official, above) => {
    expect(chargesAbove(fold(text), official)).toBe(above);
  });

  it('a Hebrew word after a number is not a currency unless it is one ("3 שחקנים")', () => {
    expect(pricesIn(fold('3 שחקנים ו-5 שקלים'))).toEqual([{ amount: 5, currency: 'ILS' }]);
  });

  it.each(['להזמנת השירות לחצו כאן', 'ค่าบริการของเรา', 'vår avgift', 'رسوم الخدمة 350', 'সার্ভিস চার্জ'])('selling words: %s', (text) => {
    expect(hasCommerce(fold(text))).toBe(true);
  });
});

// attack21: "ريال" and "ریال" fold to one word (normalize.ts ARABIC_LETTERS); the amount tells the Iranian rial from the
// Saudi riyal, whichever keyboard typed it
describe('the rial and the riyal', () => {
  it.each([
    ['۶٬۰۰۰٬۰۰۰ ریال', 'IRR', 6000000],
    ['۶٬۰۰۰٬۰۰۰ ريال', 'IRR', 6000000],
    ['رسوم الخدمة 150 ريال', 'SAR', 150],
    ['رسوم الخدمه 150 ریال', 'SAR', 150],
  ])('%s', (text, currency, amount) => {
    expect(pricesIn(fold(text))).toEqual([{ amount, currency }]);
  });

  it('an ESTA fee restated in Iranian rials typed on an Arabic keyboard is the fee', () => {
    expect(chargesAbove(fold('هزينه ESTA چهل دلار، حدود ۵۰٬۰۰۰٬۰۰۰ ريال'), 40)).toBe(false);
  });
});

// attack21: a word for a round number after the amount multiplies it (MULTIPLIER_WORDS): without it the amount was no
// price at all where prices are written that way (Iran, Pakistan, India, Latin America, Russia, the Arab world)
describe('round-number words in prices', () => {
  it.each([
    ['هزینه خدمات ۲۵ میلیون تومان', 'IRT', 25_000_000],
    ['فقط ۵۰۰ هزار تومان', 'IRT', 500_000],
    ['فیس صرف 1.5 لاکھ روپے', 'PKR', 150_000],
    ['فیس 50 ہزار روپے', 'PKR', 50_000],
    ['शुल्क 2 लाख रुपये', 'INR', 200_000],
    ['सेवा शुल्क 5 हज़ार रुपये', 'INR', 5_000],
    ['₹2 लाख', 'INR', 200_000],
    ['apenas 1,5 mil reais', 'BRL', 1_500],
    ['R$ 2 mil', 'BRL', 2_000],
    ['costo 3 mila euro', 'EUR', 3_000],
    ['5 тыс. рублей', 'RUB', 5_000],
    ['رسوم الخدمة 3 آلاف درهم', 'MAD', 3_000],
    ['대행 수수료 3만원', 'KRW', 30_000],
    ['30만 원', 'KRW', 300_000],
    ['服务费1.5万元', 'CNY', 15_000],
  ])('%s', (text, currency, amount) => {
    expect(pricesIn(fold(text))).toEqual([{ amount, currency }]);
  });

  it.each([
    // sums in the news, and words that only begin like a round number
    ['5 millones de dólares', ''],
    ['2 مليون دولار', ''],
    ['3 miles to the embassy', ''],
  ])('%s: no price %s', (text) => {
    expect(pricesIn(fold(text)).filter((p) => p.amount > 100)).toEqual([]);
  });

  it('an ESTA seller in tomans charges above the fee; the fee restated in tomans does not', () => {
    expect(chargesAbove(fold('هزینه خدمات ESTA فقط ۱۵ میلیون تومان'), 40)).toBe(true);
    expect(chargesAbove(fold('هزینه رسمی ESTA چهل دلار، حدود ۶ میلیون تومان است'), 40)).toBe(false);
  });
});

// money21: "mil" is a thousand in Spanish and Portuguese but a million in English news: "$5 mil in fines" was read as a
// $5,000 price; a million in dollars is a sum in the news, not a price
describe('"mil": a thousand in Spanish and Portuguese, a million in English', () => {
  it.each([
    ['The company paid $5 mil in fines.'],
    ['a $2 mil settlement with the state'],
    ['He was fined $5 mil.'],
    ['$5 mil'],
    ['the city got US$ 3 mil in funding'],
  ])('%s: a sum in the news, no price', (text) => {
    expect(pricesIn(fold(text))).toEqual([]);
  });

  it.each([
    ['5 mil pesos', 'PHP', 5_000],
    ['R$ 1,5 mil', 'BRL', 1_500],
    ['US$ 5 mil', 'USD', 5_000],
    ['cobran $5 mil por el trámite', 'USD', 5_000],
    ['o serviço custa US$ 2 mil', 'USD', 2_000],
    ['tarifa de 3 mil dólares', 'USD', 3_000],
  ])('%s', (text, currency, amount) => {
    expect(pricesIn(fold(text))).toEqual([{ amount, currency }]);
  });
});

// attack21: the spaces French typing puts in prices (narrow no-break U+202F, thin U+2009) and "$" written after the amount
describe('prices with narrow spaces and a trailing $', () => {
  it.each([
    ['Frais de service 49\u202f€', 'EUR', 49],
    ['Frais de service 1\u202f299\u202f€', 'EUR', 1299],
    ['ESTA 89\u202fUSD', 'USD', 89],
    ['Frais de service : 1\u2009299 $', 'USD', 1299],
    ['Tarifa 99 $', 'USD', 99],
  ])('%s', (text, currency, amount) => {
    expect(pricesIn(fold(text))).toEqual([{ amount, currency }]);
  });

  it('a "$" that leads the next amount is not the last one\'s', () => {
    expect(pricesIn(fold('Form I-130 $675, Form I-90 $465'))).toEqual([
      { amount: 675, currency: 'USD' },
      { amount: 465, currency: 'USD' },
    ]);
  });
});

// lang24: the currencies of sellers writing in uk, ro, sr, hy, id, uz and Nigeria's naira, the ruble written "руб" without
// its dot, and the words for a thousand in uk, bn, uz, pl, cs, ro, id; not the words that only look like money ("lei" in
// Italian, "din" in Romanian, "som" in Swedish) and the fee restated in these currencies is not a price of its own.
describe('lang24: prices in the currencies of the languages the engine barely read', () => {
  it.each([
    ['консульский сбор + 2000 руб наши услуги', 'RUB', 2000],
    ['вартість послуги 500 грн', 'UAH', 500],
    ['3 тис. грн за анкету', 'UAH', 3000],
    ['serviciul costă 150 de lei', 'RON', 150],
    ['taxa de serviciu: 150 RON.', 'RON', 150],
    ['2 mii de lei', 'RON', 2000],
    ['Naknada agencija 1500 rsd', 'RSD', 1500],
    ['ծառայության արժեք 25 000 դրամ', 'AMD', 25000],
    ['₦15,000 per entry', 'NGN', 15000],
    ['biaya jasa Rp 350.000', 'IDR', 350000],
    ['biaya 350 ribu rupiah', 'IDR', 350000],
    ["anketani 150 ming so'm", 'UZS', 150000],
    ['প্রায় ৫৩ হাজার টাকা', 'BDT', 53000],
  ])('%s', (text, currency, amount) => {
    expect(pricesIn(fold(text))).toEqual([{ amount, currency }]);
  });

  it.each([
    'Nel 2019 lei si è trasferita a New York', '10 din 20 de solicitanți', 'År 2019 som han flyttade', 'AMD Ryzen 7',
    // (review24) a year before the name Ron in U.S. immigration news is no sum in lei
    'In 2019 Ron DeSantis signed the E-Verify law.', 'Since 2021 Ron Wyden has asked USCIS to clear the backlog.',
  ])('no price in "%s"', (text) => {
    expect(pricesIn(fold(text))).toEqual([]);
  });

  it('the ESTA fee restated in lei or hryvnias is not a charge above it; a seller\'s price in them is', () => {
    expect(chargesAbove(fold('ESTA costă 40 de dolari, adică aproximativ 185 de lei'), 40)).toBe(false);
    expect(chargesAbove(fold('Оформлення ESTA: 2500 грн'), 40)).toBe(true);
  });
});
