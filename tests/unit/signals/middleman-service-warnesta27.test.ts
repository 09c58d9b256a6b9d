import { describe, expect, it } from 'vitest';
import freeServiceForSale from '@/lib/signals/free-service-for-sale';
import middlemanService from '@/lib/signals/middleman-service';
import { othersPrice } from '@/lib/signals/middleman/cues';
import { fold } from '@/lib/text/normalize';
import { page } from './helpers';

// warnesta27 (session 27, tune batch real-2026-12bi): pages that explain the agency's own fee and its parts, or warn against
// the paid sites, read as the government's fee or another's price (lib/signals/middleman/agency-fee.ts FEE_PARTS and
// refundByRule, cues.ts othersPrice, where the lines are). Every 'quiet' row fired before.
describe("middleman-service: the agency's fee taken apart, its own refund, another's price called too high", () => {
  it.each([
    [
      'en: the ESTA fee by its parts, the part kept on refusal (news on the 2025 rise)',
      'https://www.example-news.com/lifestyle/us-travel-fees-rise',
      'Starting September 30, visitors from 41 countries will face nearly double the fee for the US Electronic System for Travel Authorisation (ESTA). The ESTA fee will now increase from $21 to $40. The ESTA fee structure includes a $10 processing charge and a $30 authorisation fee, which covers a $17 travel promotion charge and a $13 Treasury fund fee. Notably, applicants rejected for an ESTA pay only the $10 processing fee. This, in turn, will increase the total visa cost up to $442, making it one of the priciest tourist visas.',
    ],
    [
      "en: a passport guide on a passport-named site: the refund is asked of the State Department",
      'http://www.passport-handbook.example/getting-a-passport.php',
      'Getting a passport. Use Form DS-11 for a new passport and Form DS-82 to renew your passport by mail. If you paid for expedited service and did not get it, you can send a refund request at Service Refund, Department of State, 2999 Passport Place, Washington, DC 20522-2999.',
    ],
    [
      'ja: a blog on having used a look-alike ESTA proxy, the proxy price told and called too high',
      'https://example-blog.jp/esta-omg/',
      'ESTA公式サイトに激似の代行サービスを利用してしまった話。ハワイ旅行の前にESTAを申請しました。代理の会社に依頼すると、14ドルにプラスで5000円近くかかります。富豪ならともかく、入力するためだけの作業に手間賃5000円って高過ぎやしないかね。',
    ],
  ])('quiet: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });

  // The seller's own fee still is one: it says "our" beside the agency's parts, its refund is asked of itself, its price is
  // not called too high by itself.
  it.each([
    ['en: a seller naming the parts inside its own fee', 'https://www.example-esta-apply.com/fees', 'ESTA application service. Our service fee is $49, which includes the $17 travel promotion fee and the $13 Treasury fund fee. We submit your ESTA for you within one hour.', 'esta'],
    ['en: a seller whose refund is asked of itself', 'https://www.example-esta-apply.com/refunds', 'ESTA application help. Refund policy: send your refund request to our support team within 24 hours. Our processing fee is $79 per ESTA.', 'esta'],
    ['ja: a proxy pricing its own work', 'https://www.example-esta-daikou.jp/charge/', 'ESTA申請代行。当サイトでは米国への申請料40ドルに加え、代行手数料6,700円を頂戴いたします。お申込み後、当サイトがESTAを申請いたします。', 'esta'],
  ])('a seller still fires: %s', (_why, url, text, service) => {
    expect(middlemanService(page(text, { url }))?.service).toBe(service);
  });
});

// The agency's fee totalled for a family, as news counts it (lib/signals/middleman/agency-fee.ts familyTotal): no price of
// the page's own, for free-service-for-sale's window nor for middleman-service's priced sentence. The quiet row fired before.
describe('free-service-for-sale: a family total of the agency fee is not a price', () => {
  it('quiet: news on the 2025 ESTA rise counting a family of four', () => {
    const text =
      'ESTA Fee Nearly Doubles from $21 to $40 Starting September 30, 2025 The U.S. government will raise the ESTA application fee from $21 to $40 starting 30 September 2025 – nearly doubling the cost for travelers using the Visa Waiver Program. Travelers from Visa Waiver Program countries should prepare for a significant cost increase. Starting September 30, 2025, the U.S. will raise the Electronic System for Travel Authorization (ESTA) fee from $21 to $40, effectively stretching budgets and adding complexity to short-term travel planning. Under the revised fee breakdown, the $40 total will be split into three components: a $17 travel promotion fee, unchanged from the previous structure; a heightened $10 operational administrative fee; and a new $13 contribution to the U.S. Treasury General Fund – a provision enshrined in recent federal budget legislation designed to boost revenue streams and fund border management priorities. Implications for Travelers and Tourism For anyone planning a trip to the United States under the Visa Waiver Program (which includes many European, Australasian, and other countries), the fee hike comes with immediate financial implications. Families or groups applying for ESTA after the September cutoff date will see their total cost per person almost double – an increase from $21 to $40. For a family of four, that translates to an extra $76 in permit fees alone.';
    const p = page(text, { url: 'https://example-travel-news.com/esta-fee-increase-september-2025' });
    expect(freeServiceForSale(p)).toBeUndefined();
    expect(middlemanService(p)).toBeUndefined();
  });

  it('a seller pricing a family still fires', () => {
    const text = 'ESTA application service for the whole family. Buy the family package: ESTA for a family of four for only €149, our service fee included. Order now and we submit all four applications for you.';
    expect(freeServiceForSale(page(text, { url: 'https://www.example-esta-apply.com/family' }))?.service).toBe('esta');
  });
});

// A complaint denied is a seller's boast (cues.ts complains): "not too expensive" beside the seller's own price was read
// as another's price and the fee cue dropped (the page below: danger -> caution). The 'own' rows and the page failed before.
describe("middleman-service: a denied complaint ('no rip-off', 'pas trop cher') is the seller's own price", () => {
  it.each([
    ['en: no rip-off', 'Fast, simple, no rip-off: the ESTA processing fee is $79 per person.'],
    ['en: never overpriced', 'Never overpriced: the ESTA service fee is $79 per person.'],
    ["en: isn't too expensive", "The ESTA service fee is $79 per person, which isn't too expensive."],
    ['en: not at all overpriced', 'The ESTA service fee of $79 is not at all overpriced.'],
    ['fr: pas trop cher', 'Demande ESTA rapide et pas trop cher : 59 € par personne.'],
    ['de: nicht zu teuer', 'ESTA-Antrag schnell und nicht zu teuer: 59 € pro Person.'],
    ['zh: 不太贵', 'ESTA代办服务，价格不太贵，每人399元。'],
    ['ja: 高すぎない', 'ESTA申請代行、料金は高すぎない6,700円です。'],
  ])('own: %s', (_why, sentence) => {
    expect(othersPrice(fold(sentence))).toBe(false);
  });
  it.each([
    ['en: a rip-off', 'The agency I used charged $89, a rip-off for a form that costs $40.'],
    ['en: no wonder, a rip-off', 'No wonder people call the $89 they charged a rip-off.'],
    ['fr: trop cher', 'Le site m’a demandé 89 €, beaucoup trop cher pour un formulaire.'],
    ['ja: the tune blog', '入力するためだけの作業に手間賃5000円って高過ぎやしないかね。'],
  ])("another's: %s", (_why, sentence) => {
    expect(othersPrice(fold(sentence))).toBe(true);
  });
  it('a seller page saying "not too expensive" beside its price keeps that price as its evidence', () => {
    const text = 'ESTA application service. Apply for your ESTA online today. ESTA application help: fast, simple and not too expensive: the ESTA processing fee is $79 per person. Submit your ESTA application in minutes.';
    expect(middlemanService(page(text, { url: 'https://www.example-esta-apply.com/' }))?.evidence).toContain('$79');
  });
  it('a complaint repeated 50,000 times is read in linear time', () => {
    const started = performance.now();
    othersPrice(fold('not '.repeat(50_000) + 'no rip-off '.repeat(50_000)));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
