import { describe, expect, it } from 'vitest';
import { decide } from '@/lib/verdict';
import { estaIsTrip, writtenAsAcronym } from '@/lib/text/acronyms';
import { fold } from '@/lib/text/normalize';

const snapshot = (url: string, text: string) => ({ url, title: '', text, truncated: false, forms: [], lang: 'en' });
const level = (url: string, text: string) => decide(url, snapshot(url, text)).level;

// Other trades named ESTA: a trade association (esta.org) and an extraction-equipment maker. Before
// lib/text/acronyms.ts both were ESTA sellers (caution) on any host, and their own.
const ASSOCIATION =
  'ESTA - Entertainment Services and Technology Association. ESTA is a non-profit trade association representing the North American ' +
  'entertainment technology industry. Join ESTA today: membership dues start at $400 a year. Register now for the annual meeting.';
const MAKER = 'ESTA Apparatebau GmbH - Absaugtechnik. Unser Service: Wartung und Reparatur. Jetzt anfragen.';

describe('"ESTA" in capitals names the travel authorization only on a page about the trip', () => {
  it.each([
    ['https://www.esta.org/', ASSOCIATION],
    ['https://www.entertainment-tech.org/', ASSOCIATION],
    ['https://esta.com/', MAKER],
    ['https://absaugtechnik.de/', MAKER],
  ])('%s: another trade called ESTA stays quiet', (url, text) => {
    expect(level(url, text)).toBe('none');
  });

  it.each([
    // the seller's own refund page: no trip word, the compound site name is the trade's
    ['https://esta-online.de/erstattung', 'Erstattungspolitik. Wir erstatten die Servicegebühr, wenn Ihr Antrag abgelehnt wird. 79 EUR.'],
    // the bare name under a Visa Waiver country's code (the address rule's own suffixes)
    ['https://esta.ch/refund', 'Kann ich meinen ESTA-Antrag erstattet bekommen, wenn er abgelehnt wird? Die Servicegebühr wird nicht erstattet.'],
    // any host, the trip named in the page's language
    ['https://example.com/', 'ESTA für Ihre Reise: Wir stellen Ihren ESTA-Antrag für Sie. Servicegebühr 79 EUR. Jetzt bestellen.'],
    ['https://example.com/', 'Apply for your ESTA for your trip to the USA with our service. Service fee $89. Pay by card.'],
    // a seller spelling ESTA out as a made-up travel name does not become another trade
    ['https://example.com/', 'ESTA - Easy Service Travel Assistance. ESTA Online is a private company, not affiliated with the US government. Refund policy: full refund within 30 days.'],
  ])('%s: an ESTA seller is still caught', (url, text) => {
    expect(['caution', 'danger']).toContain(level(url, text));
  });

  // attack21: a seller copying another trade's spelled-out name beside its ESTA ('ESTA – Entertainment Services and
  // Technology Association') silenced its middleman reason. The name beside ESTA gives way to what only the travel
  // authorization has on a page: the travel authorization named, the visa waiver, the CBP, a passport.
  it.each([
    ['https://example.com/', 'ESTA - Entertainment Services and Technology Association. ESTA-Antrag für die USA: Wir prüfen Ihren Reisepass. Wir sind ein privates Unternehmen, nicht mit der US-Regierung verbunden. Erstattung innerhalb von 30 Tagen.'],
    ['https://example.com/', 'Entertainment Services and Technology Association (ESTA). Our private company checks your ESTA before the CBP sees it. Refund policy: full refund within 30 days.'],
    ['https://example.com/', 'ESTA: Entertainment Services & Technology Association. We submit your Visa Waiver Program ESTA for you. What does our service fee cover? Our agents check your answers. Refund policy: full refund within 30 days.'],
  ])('%s: a seller copying another ESTA\'s spelled-out name is still caught', (url, text) => {
    expect(['caution', 'danger']).toContain(level(url, text));
  });

  it.each([
    ['https://www.esta.org/', `${ASSOCIATION} ESTA is accredited by the American National Standards Institute. Members travel to the annual trade show; apply for membership online.`],
    ['https://www.esta.org/foundation', 'ESTA Foundation (Entertainment Services and Technology Association). Donate today: gifts from $25. Behind the Scenes helps crew members in the United States and Canada.'],
  ])('%s: the association itself stays quiet with American and travel words', (url, text) => {
    expect(level(url, text)).toBe('none');
  });

  it('the spelled-out travel authorization is the ESTA; another name spelled beside it is not', () => {
    const p = (t: string) => ({ text: fold(t) });
    expect(estaIsTrip(p('ESTA (Electronic System for Travel Authorization) for your stay'))).toBe(true);
    expect(estaIsTrip(p('Entertainment Services and Technology Association (ESTA) on tour in the USA'))).toBe(false);
    expect(estaIsTrip(p('ESTA: Entertainment Services & Technology Association'), true)).toBe(false);
    expect(estaIsTrip(p('ESTA Apparatebau GmbH'))).toBe(false);
    expect(estaIsTrip(p('ESTA Apparatebau GmbH'), true)).toBe(true);
  });

  it('bad input: long text with many "ESTA"s and letters spelled out, answered in linear time', () => {
    const long = fold('ESTA - e s t a '.repeat(20_000) + 'every single thing around ESTA '.repeat(5_000));
    expect(typeof estaIsTrip({ text: long })).toBe('boolean');
  });
});

// attack21: an agency's or the service's name spelled out letter by letter (readLetters' SPELLED_OUT): the page is read
// as about it (the relevance gate) and its signals fire, as for the name written whole
describe('attack21: a name spelled out letter by letter', () => {
  it.each([
    'Buy your U.S.C.I.S. access code online. Only $49. Instant delivery.',
    'Buy your U-S-C-I-S access code online. Only $49. Instant delivery.',
    'Buy your U S C I S access code online. Only $49. Instant delivery.',
    'Apply for your E.S.T.A. for your trip to the USA with our service. Service fee $89. Pay by card.',
    // drawn in small capitals, or with an Armenian or Cherokee letter (readLetters' LOOKALIKES)
    'Buy your ᴜsᴄɪs access code online. Only $49. Instant delivery.',
    'Buy your ᴜꜱᴄɪꜱ access code online. Only $49. Instant delivery.',
    'Buy your ՍSCIS access code online. Only $49. Instant delivery.',
    'Apply for your ᴇꜱᴛᴀ for your trip to the USA with our service. Service fee $89. Pay by card.',
    'Apply for your \u13acSTA for your trip to the USA with our service. Service fee $89. Pay by card.',
  ])('%s', (text) => {
    expect(['caution', 'danger']).toContain(level('https://example.com/', text));
  });
});

describe('writtenAsAcronym: the bare word counts only in capitals', () => {
  it.each([
    ['ESTA', 'ESTA', true],
    ['esta', 'ESTA', false],
    ['Esta', 'ESTA', false],
    ['electronic system for travel authorization', 'ESTA', true],
    ['EIN', 'EIN', true],
    ['ein', 'EIN', false],
    ['Ein', 'EIN', false],
    ['employer identification number', 'EIN', true],
  ] as const)('%s as %s: %s', (raw, acronym, expected) => {
    expect(writtenAsAcronym(raw, acronym)).toBe(expected);
  });
});
