import { describe, expect, it } from 'vitest';
import { contextAround, hasWarning, pattern, sentenceAround, sentencesWith, warningSentences, warnsAt, windowAround } from '@/lib/text/context';
import { prices } from '@/lib/text/money';
import { inNegatedList } from '@/lib/text/warning-voice';
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
  it.each([
    // a seniors' association relaying the FTC (tune batch real-2026-12bb): the "never" is only in the list's head
    ['Genuine government employees will never: - Instruct you to withdraw cash. - Ask you to pay with gift cards.', '- Ask', true],
    ['USCIS will never: • call you • ask you to pay with gift cards', 'ask you', true],
    // a list with no negated head, and a sentence that is no item of the list
    ['To finish your case: - Pay the $300 fee with Apple gift cards.', '- Pay', false],
    ['USCIS will never: - call you. Now pay the fee by Western Union.', 'Now pay', false],
  ])('inNegatedList(%j at %j) = %s', (text, at, expected) => {
    const i = text.indexOf(at);
    const [s] = sentenceAround(text, i, i + at.length);
    expect(inNegatedList(text, s)).toBe(expected);
  });

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
    // a request told in the scammers' voice (fee25, tune batch real-2026-12bb): reportsAsk
    ['they may ask you to send a payment by western union.', true],
    ["they'll have you buy gift cards and read the numbers over the phone.", true],
    ['callers often ask you to wire money through moneygram.', true],
    ['anyone who says they are from the irs and demands payment in bitcoin is a fraud', true],
    ['le pediran que pague con tarjetas de regalo.', true],
    ['pueden pedirle que deposite el dinero en una cuenta.', true],
    ['ils peuvent vous demander de payer par western union.', true],
    ['вас попросят перевести деньги через western union.', true],
    ['他们会要求你购买礼品卡', true],
    // warn26 (tune batch real-2026-12bd and others): a threat, the scam's calls and texts as the subject, victims asked
    ['they may also threaten to arrest you unless you pay a fine or fee using gift cards, pre-paid debit cards, a wire transfer, or cash.', true],
    ['these calls, texts or emails typically present a problem with your social security number (ssn) or account and ask you to pay a fine or debt', true],
    ['they demand electronic payments in the form of wire transfers, gift cards or cryptocurrency.', true],
    ['recipients are asked to pay a visa processing fee of us$819 to complete the procedure', true],
    ['any caller asking an applicant to transfer money through these methods is not legitimate.', true],
    ['you will be asked to pay the $500 bond by western union.', false],
    ['the officer will call you and ask you to pay the $500 bond with gift cards.', false],
    ['our calls and emails will ask you to send the fee by moneygram.', false],
    ['pay the processing fee by western union to our agent john smith.', false],
    ['we may ask you to pay the remaining balance by western union.', false],
    ['they will ask you to send the $450 by western union to the receiver named below with the mtcn.', false],
    ['uscis will ask you to pay the biometrics fee.', false],
    ['le pedimos que pague por western union.', false],
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

// Chinese and Japanese sentences end at 。！？；．(issue: a whole paragraph was read as one "sentence")
describe('Chinese, Japanese and Korean sentences', () => {
  const around = (text: string, word: string): string => {
    const t = fold(text);
    const i = t.indexOf(fold(word));
    const [s, e] = sentenceAround(t, i, i + word.length);
    return t.slice(s, e);
  };
  it.each([
    ['当社はESTAの申請を代行します。代行手数料は5,500円です。お申し込みはこちら！', '5,500円', '代行手数料は5,500円です'],
    ['费用为160美元！请在线付款？申请服务费300元；谢谢', '300元', '申请服务费300元'],
    ['簡単です．料金は１．５万円です．', '料金', '料金は１．５万円です'],
    // a quoted sentence goes on after its closing quote: 「…。」との苦情
    ['「手数料が高額だった。」との苦情が寄せられました。次の文です。', '手数料', '「手数料が高額だった。」との苦情が寄せられました'],
    // Korean: '.' with no space between two Hangul syllables
    ['수수료는 무료입니다.대행 수수료는 5만원입니다. 끝', '대행', '대행 수수료는 5만원입니다'],
  ])('%s: the sentence of %s is %s', (text, word, sentence) => {
    expect(around(text, word)).toBe(fold(sentence));
  });
  it('keeps a Latin sentence as it was (no split at "." inside words, u.s., $1.00)', () => {
    expect(around('Visit uscis.gov today. It costs $1.00 here. Next.', 'costs').trim()).toBe('it costs $1.00 here');
  });
  it('Thai has no sentence marks: the sentence is bounded by length', () => {
    const thai = `${'ก'.repeat(600)} ค่าบริการ 1,500 บาท ${'ข'.repeat(600)}`;
    const [s, e] = sentenceAround(thai, 601, 610);
    expect(e - s).toBeLessThanOrEqual(240 + 200 + 9);
  });
});

describe('contextAround: where a sentence warns and who speaks in it', () => {
  it('is the sentence itself in Latin script', () => {
    const t = fold('Scammers charge fees. Our service fee is $89. We file it.');
    const i = t.indexOf('our service');
    const [s, e] = sentenceAround(t, i, i + 3);
    expect(contextAround(t, s, e)).toEqual([s, e]);
    expect(warnsAt(t, s, e)).toBe(false);
  });
  it('reaches the neighbouring Chinese or Japanese sentences, as far as a Latin sentence end', () => {
    const t = fold('Intro. 「申請代行を申し込んだが、手数料が高額だった。」との苦情が寄せられました。業者に依頼すると、代行手数料が必要となります。');
    const i = t.indexOf('代行手数料');
    const [s, e] = sentenceAround(t, i, i + 5);
    expect(hasWarning(t.slice(s, e))).toBe(false);
    expect(warnsAt(t, s, e)).toBe(true);
    expect(t.slice(...contextAround(t, s, e))).not.toContain('intro');
  });
  it('does not reach a warning far away on the page', () => {
    const t = fold(`悪質な代行業者にご注意ください。${'ESTAは渡航に必要です。'.repeat(30)}当社の代行手数料は5,500円です。`);
    const i = t.indexOf('当社の代行手数料');
    const [s, e] = sentenceAround(t, i, i + 8);
    expect(warnsAt(t, s, e)).toBe(false);
  });
});

describe('sentencesWith: how many sentences a pattern occurs in', () => {
  const test = pattern('civics test', ['入籍考试', '시민권 시험']);
  it.each([
    ['one sentence, named twice', 'the civics test has ten questions and the civics test is oral.', 1],
    ['two sentences', 'the civics test has ten questions. the civics test is oral.', 2],
    // the Latin words are read first, then the other scripts' from the top: a Chinese sentence before the
    // English one is a sentence of its own (it was skipped as if inside the English one)
    ['a Chinese sentence, then an English one', '入籍考试有十个问题. study for the civics test with your family.', 2],
    ['a Korean sentence after an English one', 'the civics test is oral. 시민권 시험 준비.', 2],
    // both passes find the same sentence: once
    ['one sentence in both scripts', 'the civics test (入籍考试) has ten questions.', 1],
  ])('%s', (_why, text, n) => {
    expect(sentencesWith({ text }, test, 3)).toBe(n);
  });

  it('stops at max', () => {
    expect(sentencesWith({ text: 'the civics test. '.repeat(50) }, test, 3)).toBe(3);
  });

  it('warningSentences counts a warning in Chinese before one in English', () => {
    expect(warningSentences({ text: fold('小心诈骗网站. Beware of fake sites.') }, 3)).toBe(2);
  });
});
