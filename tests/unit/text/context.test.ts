import { describe, expect, it } from 'vitest';
import { hasWarning, sentenceAround, windowAround } from '@/lib/text/context';
import { prices } from '@/lib/text/money';
import { fold, quote } from '@/lib/text/normalize';

describe('fold', () => {
  it('keeps length so indices line up with the original', () => {
    for (const s of ['Código de ACCESO', 'It’s “official”', 'İstanbul ß ﬁ', 'a\u00a0b\tc', '']) {
      expect(fold(s).length).toBe(s.length);
    }
    expect(fold('Número — Pasaporte’s')).toBe("numero - pasaporte's");
  });
  it('quote() does not start mid-word and caps length', () => {
    expect(quote('hello wonderful world', 8, 21)).toBe('world');
    expect(quote('x'.repeat(500), 0, 500).length).toBe(120);
  });
});

describe('sentences and warnings', () => {
  it('does not split on u.s. or $1.00', () => {
    const t = fold('This website is not affiliated with the U.S. government. It costs $1.00 here. Next one.');
    const i = t.indexOf('affiliated');
    const [s, e] = sentenceAround(t, i, i + 10);
    expect(t.slice(s, e)).toBe('this website is not affiliated with the u.s. government');
    const j = t.indexOf('costs');
    const [s2, e2] = sentenceAround(t, j, j + 5);
    expect(t.slice(s2, e2)).toContain('$1.00 here');
  });
  it('windowAround spans the sentence before and two after, more while short, bounded', () => {
    const long = 'This sentence is long enough that the window stops after two sentences only. ';
    const t = fold(`A one. B two. Access code here. ${long}${long}${long}Z end.`);
    const i = t.indexOf('access');
    const [s, e] = windowAround(t, i, i + 6);
    const w = t.slice(s, e);
    expect(w).toContain('b two');
    expect(w).not.toContain('a one');
    expect(w.split('this sentence').length - 1).toBe(2);
    const short = fold('Intro text here. ESTA plan. Fast. Easy. Valid 2 years. $56 per applicant. Then a much longer closing sentence.');
    const j = short.indexOf('esta');
    const [s2, e2] = windowAround(short, j, j + 4);
    expect(short.slice(s2, e2)).toContain('$56');
    const huge = fold(`ESTA ${'x'.repeat(5000)}`);
    const [, e3] = windowAround(huge, 0, 4);
    expect(e3).toBeLessThanOrEqual(4 + 200);
  });
  it.each([
    ['never pay for an access code', true],
    ['uscis does not accept gift cards', true],
    ['scammers sell forms', true],
    ['no pague por formularios', true],
    ['cuidado con los notarios', true],
    ['order your access code now', false],
    ['you will be charged $89 at checkout', false],
    ['el precio no incluye la tarifa de cbp', false],
    // news words about agency sites in Korean, Chinese and German (reporting what others charge)
    ['esta 발급시 과도한 대행 수수료를 챙기는 대행업체 사이트', true],
    ['대행 사이트를 이용하면 최대 145달러까지 청구될 수 있습니다', true],
    ['esta美簽代辦網站收費貴6倍 魚目混珠', true],
    ['webseiten von agenturen, die eine servicegebühr verlangen', true],
    ['die servicegebühr beträgt 39 €', false],
    ['대행 수수료는 30,000원입니다', false],
    // French "misleading" and Japanese "get charged" (a trade article, tune batch real-2026-12d; a travel blog, real-2026-12f)
    ["le cout peut aller jusqu'a 300 euros… les apparences peuvent etre trompeuses.", true],
    ['申請料$21+「申請代行サービス料」が取られてしまうことがあるのです', true],
    ['frais de dossier : 39 €. paiement securise.', false],
    ['当サイトの申請代行サービス料は6,700円です', false],
    // Korean news on victims (tune batch real-2026-12f): mistaken for the official site, six times the fee
    ['미국 정부가 운영하는 공식 홈페이지와 착각하기 쉽게 비슷하게 만들었습니다', true],
    ['공식 홈페이지를 통해 내는 수수료의 6배를 지불한 것이다', true],
    ['당사 esta 신청 대행 수수료는 49,000원입니다', false],
    // Japan's consumer agency (tune batch real-2026-12j): mistaken for the official site, complaints received, was charged
    ['公式の申請サイトと勘違いをして、当該申請を代行する事業者のサイトを通じて申請手続きを行い', true],
    ['思っていたより高い料金を請求されたという相談が寄せられています', true],
    ['弊社でお客様にかわってオンライン申請書を作成・決済します。ご相談ください', false],
  ])('hasWarning(%j) = %s', (text, expected) => {
    expect(hasWarning(text)).toBe(expected);
  });
  it.each([
    ['only $49.99 today', [49.99]],
    ['$1,440 and us$ 89', [1440, 89]],
    ['95 usd por persona, 14 dolares', [95, 14]],
    ['no price here', []],
    // a sum in the news is not a price (tune batch real-2026-12c: "$25 million annually" beside the $1 DV fee)
    ['a $1 fee, about $25 million a year', [1]],
    ['us$ 2 billion in fees, $89 per application', [89]],
  ])('prices(%j)', (text, expected) => {
    expect(prices(text)).toEqual(expected);
  });
});
