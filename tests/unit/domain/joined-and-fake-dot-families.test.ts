/**
 * Three ways sellers and impostors build a host that the words of the rules missed (session 27, addr27; batch
 * addresses-2026-12av, misses of its write half: usbusiness-visa.com, inscription-esta.com, com-tracking-cbp.cc):
 *   - a U.S. visa class joined to the U.S. word (`usbusinessvisa`, `ustouristvisa`): the hyphenated name
 *     (`us-business-visa`) was already a weak look-alike, the joined one was not;
 *   - ESTA after a French application noun, the family of `formulaire-esta` and `autorisation-esta` (lookalike.ts):
 *     `inscription-esta` (registration), `fiche-esta` (form);
 *   - a fake dot: the registered label starts with `com-`, so the label before it reads as a whole domain
 *     (`usps.com-tracking-cbp.cc` reads as usps.com, `irs.com-refund.cc` as irs.com): strong.
 * Members here are made up, not taken from the corpus. The quiet side: the same words with no visa word, a place
 * before the visa (named like travel agents, left to the page), Spanish `fiesta`, `cbp` alone or at the end of a
 * longer word, `com` as the start of a longer word (`comcast`, `telecom`), `org-` and `net-` names, and a CDN's alias of a
 * site on a shared host (`…com-v1.edgesuite.net`).
 */
import { describe, expect, it } from 'vitest';
import { classifyInput } from '@/lib/domain';
import { decide } from '@/lib/verdict';

const verdict = (h: string): string => {
  const v = classifyInput(h);
  return v.kind === 'lookalike' ? `${v.strength} ${v.target.id}` : v.kind;
};

describe('a U.S. visa class joined to the U.S. word: a weak look-alike of the visa service, like the hyphenated name', () => {
  it.each(['usbusiness-visa.com', 'usbusinessvisa.com', 'ustouristvisa.net', 'usastudentvisa.org', 'americanworkvisa.com', 'usb1b2visa.com'])(
    '%s: weak (notice on the address alone)',
    (h) => {
      expect(verdict(h)).toBe('weak visa');
      expect(decide(`https://${h}/`).level).toBe('notice');
    },
  );
  it.each(['ustravel.org', 'usbusiness.com', 'usstudent-loans.com', 'washingtontravelvisa.com', 'focustravelvisa.com'])('%s: not a look-alike', (h) =>
    expect(verdict(h)).toBe('unknown'),
  );
});

describe('ESTA after an application noun of a Romance language: a weak look-alike of the ESTA', () => {
  it.each(['inscription-esta.com', 'fiche-esta.com', 'inscriptionesta.net', 'fiche-esta-usa.org'])('%s: weak', (h) => {
    expect(verdict(h)).toBe('weak esta');
    expect(decide(`https://${h}/`).level).toBe('notice');
  });
  it.each(['fiesta-mexicana.com', 'fichestar.com', 'inscription-estate.com'])('%s: not a look-alike', (h) => expect(verdict(h)).toBe('unknown'));
});

describe('a fake dot (`com-` starting the own label) with an agency or program word: strong (danger on the address alone)', () => {
  it.each([
    ['com-tracking-cbp.cc', 'cbp'],
    ['usps.com-tracking-cbp.cc', 'cbp'],
    ['com-uscis-case.top', 'uscis'],
    ['irs.com-refund.cc', 'irs'],
    ['my.irs.com-login.top', 'irs'],
    ['evus.com-apply.cc', 'evus'],
  ])('%s: strong look-alike of %s', (h, id) => {
    expect(verdict(h)).toBe(`strong ${id}`);
    expect(decide(`https://${h}/`).level).toBe('danger');
  });
  it.each([
    'cbp-tracking.com',
    'telecom-cbp.com',
    'comcast-cbp.com',
    'com-cast-news.com',
    'irs.example.com',
    'shop.com-deals.cc',
    'irs.com-v1.edgesuite.net',
    'www.cbp.com-c-3.edgekey.net',
  ])(
    '%s: not a look-alike',
    (h) => expect(verdict(h)).toBe('unknown'),
  );
  it.each([
    ['org-chart-uscis.com', 'uscis'],
    ['net-visa-usa.com', 'visa'],
  ])('%s: org- and net- are no fake dot: weak as any name with %s, not strong', (h, id) => {
    expect(verdict(h)).toBe(`weak ${id}`);
    expect(decide(`https://${h}/`).level).toBe('notice');
  });
});
