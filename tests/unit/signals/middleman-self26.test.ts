import { describe, expect, it } from 'vitest';
import { courierAt } from '@/lib/signals/middleman/passport';
import { namesItself, ownVoice, speaksAt } from '@/lib/signals/middleman/self';
import { governmentsOwnFee, refundByRule } from '@/lib/signals/middleman/agency-fee';
import { fold } from '@/lib/text/normalize';
import { page } from './helpers';

// review26: whether the page speaks of itself was decided twice — self.ts (speaksAt: its own name as one word, not on a site
// named after a service; "us" always the country in country mode) and passport.ts (speaksAsBusiness: the label's letters
// anywhere in the sentence's letters; "us" as the page in "call us", "send … to us"). One rule now, in self.ts.
const whole = (text: string, url: string, country = false): boolean => {
  const p = page(text, { url });
  return speaksAt(p, 0, p.text.length, country);
};

describe('speaksAt: the page naming itself (one rule for every cue)', () => {
  it.each([
    // a name in several words, on a site named after the passport service (self.ts missed it: several words, service-named)
    ['Express Passports and Visas can expedite a US passport within 24 hours.', 'http://expresspassportsandvisas.com/faq'],
    // a name in several words on any site (self.ts missed it: only one word counted)
    ['Global Visa Desk files the ESTA application for you.', 'https://globalvisadesk.com/esta'],
    // one word, in any case (as before)
    ['officeLOCALE is a premier passport expediting service.', 'https://officelocale.com/passport-renewal/'],
    ['Bissole świadczy pełne usługi pośrednictwa w procedurze ESTA.', 'https://bissole.pl/wizy-do-usa/'],
  ])('names itself: %s', (text, url) => {
    expect(whole(text, url, true)).toBe(true);
  });

  it.each([
    // the label's letters as ordinary words: a phrase, not a name (passport.ts counted these: letters(sent).includes(label))
    ['Private couriers can expedite passports within a day, for a fee.', 'https://expeditepassports.info/guide'],
    ['Read the US visa guide before you apply.', 'https://usvisaguide.org/apply'],
    ['Then pay for your ESTA online with a card.', 'https://esta-online.example/guide'],
    // letters across other words (passport.ts: "an estate" holds "anesta")
    ['The embassy sold an estate in 1990.', 'https://anesta.example/news'],
    // one word on a site named after the service: the topic's word (as before)
    ['Passports are issued by the Department of State.', 'https://passports.example/info'],
  ])('does not name itself: %s', (text, url) => {
    expect(whole(text, url, true)).toBe(false);
  });

  it('"us" read as the country keeps "us" as the page where the reader reaches it (passport.ts did, self.ts did not)', () => {
    expect(whole('Call us to book a slot.', 'https://example.com/')).toBe(true);
    expect(whole('Send the form to us by mail.', 'https://example.com/', true)).toBe(true);
    expect(whole('Call us to book a slot.', 'https://example.com/', true)).toBe(true);
    expect(whole('Send the form to US Passport Agency.', 'https://example.com/', true)).toBe(false);
    expect(whole('The US embassy takes the form.', 'https://example.com/', true)).toBe(false);
  });

  it('a guide on a site named after the trade is not the courier (fired before: its name read in "expedite passports")', () => {
    const p = page('Private couriers can expedite passports within a day, for a fee. Apply at a passport agency.', { url: 'https://expeditepassports.info/guide' });
    expect(courierAt(p)).toBeUndefined();
  });

  it('the business named in several words is the courier (as before)', () => {
    const p = page('Express Passports and Visas can expedite a US passport and have it ready within 24 hours.', { url: 'http://expresspassportsandvisas.com/faq' });
    expect(courierAt(p)).toBeDefined();
  });

  it('is linear on a long name-like line (no exception, bounded time)', () => {
    const p = page(`${'Express Passports and Visa '.repeat(8000)}\u200b\u202e${'9'.repeat(5000)}`, { url: 'http://expresspassportsandvisas.com/' });
    const t = performance.now();
    expect(namesItself(p, 0, p.text.length)).toBe(false);
    expect(performance.now() - t).toBeLessThan(500);
  });
});

// tidy27: the first person of a business in other languages was written twice — self.ts (SELF, read as stems in a context)
// and agency-fee.ts (OWN_WIDE, whole words in one sentence). One list now (self.ts FIRST_PERSON), each reading kept.
describe('the first person, one list read two ways', () => {
  it.each([
    ['nuestra tarifa de servicio es de 89 dólares'],
    ['unsere Bearbeitungsgebühr beträgt 59 Euro'],
    ['nous facturons des frais de service'],
    ['nossa taxa de serviço'],
    ['本公司收取服务费'],
    ['저희 대행 수수료는 3만원입니다'],
    ['phí dịch vụ của chúng tôi là 50 đô la'],
  ])('both read the shared words: %s', (text) => {
    expect(ownVoice(fold(text))).toBe(true);
    expect(whole(text, 'https://example.com/')).toBe(true);
  });

  it.each([
    // whole words only in one sentence; stems in a context
    ['unseren Service', true, true],
    ['uns', true, false],
    ['noi compiliamo', true, false],
    ['ang aming bayad', true, false],
    // folded, pt "nós" (we) is "nos" (in the): both readings take it (as before the fold)
    ['nos Estados Unidos', true, true],
    ['notably', false, false],
  ])('%s: ownVoice %s, speaksAt %s', (text, own, speaks) => {
    expect(ownVoice(fold(text))).toBe(own);
    expect(whole(text, 'https://example.com/')).toBe(speaks);
  });

  it('the government\'s fee and the law\'s refund stay the page\'s when it speaks as the business', () => {
    expect(governmentsOwnFee(fold('La tasa que cobra el gobierno de Estados Unidos es de 21 dólares.'), 21)).toBe(true);
    expect(governmentsOwnFee(fold('Nuestra tarifa incluye la tasa que cobra el gobierno de Estados Unidos.'), 21)).toBe(false);
    expect(refundByRule(fold('Im Gesetz ist eine Rückerstattung vorgesehen.'))).toBe(true);
    expect(refundByRule(fold('Wir erstatten die Gebühr, wie im Gesetz vorgesehen.'))).toBe(false);
  });
});

// tidy27: a site's address in text ends the same way wherever it is read (cues.ts SITE_ENDING): the page naming itself by its
// domain (SELF) took .dk but not .eu, .at, .ch, .be, .co.uk or .uk, which a site the page names (advert.ts) took
describe('the page naming itself by its domain, every ending a named site has', () => {
  it.each([
    ['Visa-Hilfe.at übernimmt Ihren ESTA-Antrag.', 'https://www.example.com/'],
    ['Travelvisa.co.uk submits the application for you.', 'https://www.example.com/'],
    ['Esta-hjaelp.dk sender ansøgningen.', 'https://www.example.com/'],
  ])('%s', (text, url) => {
    expect(whole(text, url)).toBe(true);
  });
});
