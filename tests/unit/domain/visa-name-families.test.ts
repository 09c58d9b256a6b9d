/**
 * Families of U.S. visa names registrants choose (session 18, addrfam; batch addresses-2026-12ab of the scam
 * blocklists): the U.S. as its own hyphen-word anywhere beside the visa word (`goldcard-visa-us`,
 * `usa-tourist-visa`), "America"/"American" glued to "visa" (`americanvisaexpress`), a visa word beside a
 * government word (`visa-gov`: strong, the claim to be government), and the name of the State Department's
 * visa-appointment site `ustraveldocs` inside another host. Members here are made up, not taken from the
 * corpus; the hosts that must stay quiet are real kinds of names: currency exchanges (`divisas-usa`: Spanish
 * "divisa" = currency), Spanish `revisa`/`avisa`, other countries' e-visas beside `gov`, visa-card and
 * unrelated "us" words, .gov hosts, the appointment contractors themselves.
 */
import { describe, expect, it } from 'vitest';
import { classifyInput } from '@/lib/domain';
import { decide } from '@/lib/verdict';

const verdict = (h: string): string => {
  const v = classifyInput(h);
  return v.kind === 'lookalike' ? `${v.strength} ${v.target.host}` : v.kind;
};

describe('the U.S. as its own hyphen-word beside the visa word, with other words between', () => {
  it.each(['fastvisa-us.com', 'tourist-visa-help-usa.net', 'usa-tourist-visa.online', 'us-b1b2-visa.com', 'student-visas-usa-24.xyz'])(
    '%s: weak look-alike of U.S. visas',
    (h) => expect(verdict(h)).toBe('weak travel.state.gov'),
  );
  it.each(['divisas-usa.com', 'casa-de-divisas-us.com', 'revisa-usa.mx', 'avisa-us.com', 'visage-us.com', 'usage-visa.io', 'visa-card-uk.com'])(
    '%s: not a look-alike',
    (h) => expect(verdict(h)).toBe('unknown'),
  );
});

describe('"America" or "American" glued to the visa word', () => {
  it.each(['americanvisaexpress.com', 'myamericavisa.online', 'americanvisas-now.com'])('%s: weak look-alike of U.S. visas', (h) => {
    expect(verdict(h)).toBe('weak travel.state.gov');
  });
  it.each(['americanexpress.com', 'americanas.com.br', 'scientificamerican.com', 'americanairlines.com', 'americavista.com'])('%s: not a look-alike', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
});

describe('a visa word beside a government word: strong (danger on the address alone)', () => {
  it.each(['visa-gov.org', 'visasgov.com', 'portal.visagov.net', 'usvisa-gov.info'])('%s: strong look-alike of U.S. visas', (h) => {
    expect(verdict(h)).toBe('strong travel.state.gov');
    expect(decide(`https://${h}/`).level).toBe('danger');
  });
  // Other countries' e-visa sites beside "gov" and a visa word glued to a country or agency name are not
  // read as the U.S. visa (the e-visa and foreign-agency families are another product's job); .gov is official.
  it.each(['thailand-e-visa-gov.com', 'indianvisagov.com', 'anvisa-servicos-gov.org'])('%s: not a U.S. visa look-alike', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
  it.each(['visas.gov', 'visalia.gov'])('%s: official', (h) => expect(verdict(h)).toBe('official'));
  // "gov" must end its word: "visa-government" is how Gulf business-setup firms name their visa and
  // government-liaison (PRO) services, "Visa Government" is the card network's public-sector unit, and
  // Italian "governo" is any government; none of them claims to be the U.S. government's visa site.
  it.each(['visa-government-services.ae', 'visagovernmentsolutions.com', 'visagovernance.org', 'visa-governo.it'])(
    '%s: "gov" only starts a longer word: not a look-alike',
    (h) => expect(verdict(h)).toBe('unknown'),
  );
  it.each(['visa-gov-us.com', 'visagov.com', 'www.visa-gov.net', 'VISA-GOV.COM.'])('%s: "gov" as its own word: strong', (h) => {
    expect(verdict(h)).toBe('strong travel.state.gov');
  });
});

describe("the State Department's visa-appointment site's name inside another host", () => {
  it.each(['ustraveldocs-appointment.com', 'www-ustraveldocs.net'])('%s: weak look-alike of U.S. visas', (h) => {
    expect(verdict(h)).toBe('weak travel.state.gov');
  });
  it.each(['ustraveldocs.com', 'www.ustraveldocs.com', 'ais.usvisa-info.com', 'www.usvisascheduling.com'])('%s: the contractor itself is not a look-alike', (h) => {
    expect(verdict(h)).not.toMatch(/^(weak|strong)/);
  });
});

describe('a university\'s own office page under .edu (names only accredited U.S. institutions hold)', () => {
  it.each(['us-student-visa.harvard.edu', 'usvisa.harvard.edu', 'us-visa.stanford.edu', 'www.us-student-visa.mit.edu'])('%s: not a look-alike', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
  // the same words registered by anyone, and a strong name even under .edu, still count
  it.each(['us-student-visa-edu.com', 'us-student-visa.edu.com', 'us-student-visa.edu.pl'])('%s: weak look-alike of U.S. visas', (h) => {
    expect(verdict(h)).toBe('weak travel.state.gov');
  });
  it('a university\'s student-visa page there gets no look-alike reason, and the same page on the .com does', () => {
    const text =
      'F-1 student visa. After you receive your I-20 from the International Office, pay the SEVIS fee and apply for your visa at a U.S. embassy. Schedule your visa interview early.';
    const reasons = (url: string): string[] => decide(url, { url, title: 'Student visa', text, truncated: false, forms: [], lang: 'en' }).reasons.map((r) => r.id);
    expect(reasons('https://us-student-visa.harvard.edu/f-1')).not.toContain('lookalike-domain');
    expect(reasons('https://us-student-visa-edu.com/f-1')).toContain('lookalike-domain');
  });
  it('an official host inside a .edu host stays strong', () => {
    expect(verdict('travel.state.gov.harvard.edu')).toBe('strong travel.state.gov');
  });
});
