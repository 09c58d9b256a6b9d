/**
 * Every signal must run in time linear in the page text: adversarial inputs of N and 4N
 * characters, built from the fragments the regexes look for (repeated anchors without
 * terminators, long digit runs, near-miss phrases), must take far less than the 16x of quadratic work
 * and stay under a generous absolute bound at the MAX_TEXT cap.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '@/lib/verdict';
import { MAX_TEXT, type PageSnapshot } from '@/lib/types';

const FRAGMENTS = [
  'access code access code ',
  'notario publico notario publico ',
  '$$$$$$ 1,1,1,1,1,1,1 ',
  '1-800-1-800-1-800-1-800 ',
  'u.s.u.s.u.s.u.s. ',
  'an official website of the united states ',
  'form i-1 form i-13 form i- ',
  'gift gift card card western ',
  'never never never never pay ',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ',
  // Chinese and Japanese sentence ends, quotes that go on, and agency words between them
  'ESTA代行。」「詐欺。」と当社。！？；．１．５万円。',
  // attack21: letters spelled out, small capitals and other alphabets' look-alikes, Arabic marks and letters typed two
  // ways, round-number words in prices, another name spelled beside ESTA
  'U.S.C.I.S. U S C I S E-S-T-A A.B ᴜꜱᴄɪꜱ ᴜsᴄɪs ՍSCIS ',
  // session 26: superscript and subscript letters (readLetters' RAISED) beside small capitals and digits
  'ᵁˢᶜᴵˢ ᴱˢᵀᴬ ₑₛₜₐ m² ᴜꜱᴄɪꜱ ᵃᶜᶜᵉˢˢ ᶜᵒᵈᵉ $¹²⁹ ',
  'رسـوم الخدمـه ۲۵ میلیون تومان 1.5 لاکھ روپے 5 mil pesos 3만원 1 299 $ ',
  'ESTA Foundation - Entertainment Services and Technology Association esta foo bar - e s t a ',
  // session 21's agency first person (agency-voice.ts) and visa-agency offers (middleman's 'offer', the booking anchor)
  'see our adjustment of status page. if we approve it, notify us that you have moved. our web site at www.uscis.gov ',
  "we'll help you schedule your appointment. our system books appointments on your behalf. go to our homepage and begin ",
  // session 23: Western Union named where the SEVIS fee is paid, and the demand words beside it (payment-red-flags)
  'pay the sevis fee at a western union. the i-901 sevis fee fee fee to dhs western union our officer mtcn ',
  // session 23: a business paying a U.S. fee for the reader (middleman/fees.ts), the fee the next sentence names official
  // (namedOfficialNext), other businesses' charges in Korean, Japanese and Spanish (OTHERS_CHARGE)
  'we pay your sevis fee for you in local currency with the pay4me app. پرداخت هزینه سفارت توسط شرکت ما visa fee fees ',
  'pagar a taxa de serviço. essa é a taxa mrv do visto. this is the fee fee fee. ',
  '여행사에 맡기면 수수료 旅行会社に代行手数料 las agencias cobran 20,000원 ',
  // session 23's agency first person in translation (agency-voice.ts, AGENCY_VOICE_ELSEWHERE) between quotation marks
  // that open and never close, and the credit lines in other scripts
  '"si nous approuvons votre « nous vous enverrons un avis de nous pouvons refuser votre se aprovarmos o seu enviaremos um aviso de ',
  'nếu chúng tôi chấp thuận đơn 如果我们批准您的 "nguồn: 来源：uscis source : ',
  // session 23: the EIN or ITIN offered as the page's own service, beside company formation and guides (middleman/taxid.ts)
  'EIN ITIN SS-4 W-7 we handle your ein. our llc formation services services. order your itin 我们的服务 this guide will help you , ea ',
  // session 24 (lang24): the new currencies and thousands after long digit runs, the U.S. visa and lottery words of ro, sr, cs, pl
  '150 ron 2019 ron de lei 3 тис. грн 500 грн ₦15,000 rp 350.000 150 ming so\'m 2 mii 5 tis. 2 tys. 25 000 դրամ viza pentru sua ambasada sad loteria vizelor ',
  // session 25 (passport25, review25): a passport expediter's courier acts (middleman/passport.ts) in one sentence without end
  'passport renewal ds-82 ship your old passport and photos to us letter authorizing quick pass to act as your agent we expedite u.s. passports reserve a slot our order form use quickpass address ',
];

function adversarial(n: number, fragment: string): string {
  return `USCIS green card. ${fragment.repeat(Math.ceil(n / fragment.length))}`.slice(0, n);
}

function page(text: string): PageSnapshot {
  return { url: 'https://example.com/', title: 'USCIS', text, truncated: false, forms: [], lang: '' };
}

function time(text: string): number {
  const t0 = performance.now();
  decide('https://example.com/', page(text));
  return performance.now() - t0;
}

describe('linear time on adversarial pages', () => {
  it.each(FRAGMENTS)('fragment %j: 4x the text costs at most ~4x the time', (fragment) => {
    const n = 50_000;
    time(adversarial(1000, fragment)); // warm up the JIT
    const best = (len: number) => Math.min(time(adversarial(len, fragment)), time(adversarial(len, fragment)), time(adversarial(len, fragment)));
    const small = best(n);
    const big = best(4 * n);
    // 4x input. Quadratic work would be 16x (and seconds at this size); allow 10x for timer
    // noise, GC and busy CI workers, plus a floor for runs of a few milliseconds.
    expect(big).toBeLessThan(Math.max(10 * small, 150));
  });

  it('a page at the MAX_TEXT cap is judged in well under a second', () => {
    const text = adversarial(MAX_TEXT, FRAGMENTS.join(''));
    expect(time(text)).toBeLessThan(1000);
  });

  it('empty, huge and binary pages give a verdict, never throw', () => {
    const huge = 'x'.repeat(MAX_TEXT * 3);
    const binary = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    for (const text of ['', huge, binary, '\u0000'.repeat(1000), '\ud800\udc00\ud800']) {
      const v = decide('https://example.com/', page(text));
      expect(['none', 'notice', 'caution', 'danger']).toContain(v.level);
    }
  });
});

/**
 * A site named after the step reads more of the page (middleman/clauses.ts guideOnNamedSite and, session 24's sitename24,
 * informsOnly and paysOnOwnRoute): its pages get their own adversarial run. One hyphenated run after a character beyond
 * Latin-1 ("ESTA — visit a-a-a-…") took 10 s at 80,000 characters and about two minutes at the cap (review24).
 */
const NAMED_SITE = 'https://esta-application-online.com/faq';
const NAMED_FRAGMENTS = [
  'a-',
  'a.',
  'visit use go to a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a esta.cbp.dhs.go cbp.dhs.gov-x state.gov.x ',
  'the official esta esta esta applications the esta form is is free no filing fee to to the entry is free but ',
  'our a b c d e we will create edit editable fillable i-765 form go to i94.cbp.dhs.gov ',
];

function timeOnNamedSite(text: string): number {
  const t0 = performance.now();
  decide(NAMED_SITE, { ...page(text), url: NAMED_SITE });
  return performance.now() - t0;
}

describe('linear time on a site named after the step (review24)', () => {
  it.each(NAMED_FRAGMENTS)('fragment %j: 4x the text costs at most ~4x the time', (fragment) => {
    const make = (n: number) => `ESTA — visit ${fragment.repeat(Math.ceil(n / fragment.length))}`.slice(0, n);
    timeOnNamedSite(make(1000)); // warm up the JIT
    const best = (len: number) => Math.min(timeOnNamedSite(make(len)), timeOnNamedSite(make(len)));
    const small = best(20_000);
    const big = best(80_000);
    expect(big).toBeLessThan(Math.max(10 * small, 150));
    expect(big).toBeLessThan(2000);
  });
});

