import { describe, expect, it } from 'vitest';
import { courierAt } from '@/lib/signals/middleman/passport';
import { namesItself, speaksAt } from '@/lib/signals/middleman/self';
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
