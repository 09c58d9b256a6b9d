/**
 * Families of addresses registrants choose to pass for the IRS or for a U.S. program's own name
 * (session 20, addr20; batch addresses-2026-12ai, tests/corpus/addresses). Each family with members
 * it must catch (made up here unless marked) and legitimate neighbours it must leave alone.
 *
 * The IRS (irs.gov): the ITIN and the EIN are free from the IRS, and sellers and phishers name their
 * sites after the agency. The family is the acronym as a word of its own (a label or hyphen part)
 * beside a word of the service or of applying for it - an EIN, ITIN, tax-ID, refund, payment,
 * portal, login, account, profile, filing or services word, or a U.S. word - or the official host
 * inside another host (irs.gov.example.com), or the acronym under another suffix (irs.info; the CCIA
 * named such for-profit namesakes of irs.gov as sites taxpayers mistake for the IRS). Weak (notice; the page must add a red flag);
 * strong with a government word (irs-gov-refund.com) or the official host inside another host.
 * The line: tax firms, CAAs, tax-relief firms and guides name themselves after the IRS with words
 * of their trade (tax, forms, relief, solved, attorney) or join the letters into a word of their
 * own (irstax-forms.com, myirstaxrelief.com): no service or application word, no look-alike. The
 * letters inside ordinary words (first, chairs, affairs) never count: the acronym must stand alone.
 *
 * A U.S. program's bare name as the whole site name under the country code of its travellers
 * (paid ESTA agents named by French, Swedish and German consumer warnings were registered so), where
 * the word means nothing else: weak. Spanish and Portuguese `esta` ("this")
 * keeps .es, .pt, .br and .com out, as step 6b already does for a hyphen-word.
 */
import { describe, expect, it } from 'vitest';
import { classifyInput } from '@/lib/domain';

const verdict = (h: string): string => {
  const v = classifyInput(h);
  return v.kind === 'lookalike' ? `${v.strength} ${v.target.host}` : v.kind;
};

describe('the IRS acronym beside a service or application word', () => {
  it.each(['irs-ein-tax-id.com', 'irs-itin-application.com', 'irs-usa-profiletax.com', 'irs-home-taxservices.com', 'irsrefund.net', 'my-irs.online', 'ein-irs.org', 'irs.info'])(
    '%s: weak look-alike of the IRS',
    (h) => expect(verdict(h)).toBe('weak irs.gov'),
  );
  it.each(['irs-gov-return-tax.com', 'irsgov-refund.com', 'irs.gov.tax-initial.com', 'irs.gov-payment.net'])('%s: strong look-alike of the IRS', (h) => {
    expect(verdict(h)).toBe('strong irs.gov');
  });
  it.each([
    'irstax-forms.com',
    'blog.myirstaxrelief.com',
    'itintaxid.com',
    'irs-problems-solved.com',
    'irs-tax-attorney.com',
    'firstaxservices.com',
    'first-online.com',
    'chairs-online.com',
    'foreignaffairs.com',
    'irsa.com.ar',
  ])('%s: not a look-alike', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
  it.each(['irs.gov', 'www.irs.gov', 'sa.www4.irs.gov'])('%s: official', (h) => {
    expect(classifyInput(h).kind).toBe('official');
  });
});

describe("a U.S. program's bare name as the site name under its travellers' country code", () => {
  it.each(['estas.de', 'esta.nl', 'esta.jp', 'esta.at', 'esta.com.au'])('%s: weak look-alike of ESTA', (h) => {
    expect(verdict(h)).toBe('weak esta.cbp.dhs.gov');
  });
  it.each(['esta.es', 'esta.pt', 'estas.com.br', 'esta.com', 'estas.com', 'fiesta.de', 'estate.fr'])('%s: not a look-alike', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
});
