/**
 * Links through a link shim or a mail filter's rewrite are judged at their target
 * (lib/domain/url.ts linkTarget, lib/message/links.ts): before, a look-alike behind
 * l.facebook.com/l.php?u=…, google.com/url?q=…, Outlook Safe Links or Proofpoint URL Defense was a
 * link to facebook.com, google.com, outlook.com or urldefense.com (none), and an agency link behind
 * them was not official either.
 */
import { describe, expect, it } from 'vitest';
import { linkTarget } from '@/lib/domain/url';
import { checkMessage } from '@/lib/message';
import { findLinks } from '@/lib/message/links';

describe('linkTarget', () => {
  it.each([
    ['https://www.google.com/url?q=https://uscis-gov.help/pay&sa=D&source=editors', 'https://uscis-gov.help/pay'],
    ['https://google.com/url?q=https%3A%2F%2Fwww.uscis.gov%2Fes&sa=D', 'https://www.uscis.gov/es'],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fuscis-gov.help%2Fpay%3Ffbclid%3DIwAR0&h=AT3Nx6', 'https://uscis-gov.help/pay?fbclid=IwAR0'],
    ['https://lm.facebook.com/l.php?u=https%3A%2F%2Fwww.uscis.gov%2F&h=AT3', 'https://www.uscis.gov/'],
    ['https://l.instagram.com/?u=https%3A%2F%2Festa-online.help%2F&e=AT1', 'https://esta-online.help/'],
    ['https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.uscis.gov%2F&data=04%7C01%7Cx%7C0&sdata=qPb0a6&reserved=0', 'https://www.uscis.gov/'],
    ['https://urldefense.com/v3/__https://uscis-gov.help/pay__;!!Fjc1LPEtn8I!xxxx$', 'https://uscis-gov.help/pay'],
    ['https://urldefense.proofpoint.com/v2/url?u=http-3A__phishingsite.fake.ru_you_are&d=DwMFaQ&c=Vxt5e0', 'http://phishingsite.fake.ru/you/are'],
    // nested: Safe Links around Google's redirect
    ['https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.google.com%2Furl%3Fq%3Dhttps%3A%2F%2Fuscis-gov.help%2F&data=05', 'https://uscis-gov.help/'],
  ])('%s goes to %s', (wrapped, target) => {
    expect(linkTarget(wrapped)).toBe(target);
  });

  it.each([
    ['a page of Google', 'https://www.google.com/search?q=https://uscis-gov.help/'],
    ['a Facebook page', 'https://www.facebook.com/uscis?u=https://uscis-gov.help/'],
    ['a shim host under another site', 'https://l.facebook.com.evil.com/l.php?u=https://www.uscis.gov/'],
    ['a shim path under another site', 'https://evil.com/l.php?u=https://www.uscis.gov/'],
    ['a target that is no web address', 'https://www.google.com/url?q=javascript:alert(1)'],
    ['no target', 'https://l.facebook.com/l.php?h=AT3'],
    ['not an address', 'uscis gov'],
  ])('%s: undefined', (_why, url) => {
    expect(linkTarget(url)).toBeUndefined();
  });
});

describe('a pasted message with wrapped links', () => {
  it.each([
    'https://l.facebook.com/l.php?u=https%3A%2F%2Fuscis-gov.help%2Fpay&h=AT3x',
    'https://www.google.com/url?q=https://uscis-gov.help/pay&sa=D',
    'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fuscis-gov.help%2Fpay&data=05%7C01&sdata=x&reserved=0',
    'https://urldefense.com/v3/__https://uscis-gov.help/pay__;!!abc$',
  ])('a look-alike behind the wrapper is still a look-alike: %s', (link) => {
    const v = checkMessage(`Your case was updated. Details: ${link}`);
    expect(v.reasons.map((r) => r.id)).toContain('lookalike-domain');
    expect(v.level).toBe('danger');
    expect(v.links[0]?.url).toBe('https://uscis-gov.help/pay');
  });

  it.each([
    'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fegov.uscis.gov%2Fcasestatus%2Flanding.do&data=05%7C01&sdata=x&reserved=0',
    'https://www.google.com/url?q=https://egov.uscis.gov/casestatus/landing.do&sa=D',
    'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.uscis.gov%2Fes&h=AT3',
  ])('an agency link behind the wrapper is the agency\'s: %s', (link) => {
    const v = checkMessage(`Check your case status: ${link}`);
    expect(v.links[0]?.level).toBe('official');
    expect(['none', 'notice']).toContain(v.level);
  });

  it('a short link behind the wrapper is a short link (where it goes still cannot be seen)', () => {
    const [link] = findLinks('https://l.facebook.com/l.php?u=https%3A%2F%2Fbit.ly%2FUSCIS-fee&h=AT3').links;
    expect(link?.shortener).toBe(true);
    expect(checkMessage('https://l.facebook.com/l.php?u=https%3A%2F%2Fbit.ly%2FUSCIS-fee&h=AT3').reasons.map((r) => r.id)).toContain('shortened-link');
  });

  it('the link is still shown as it was written', () => {
    const written = 'https://www.google.com/url?q=https://uscis-gov.help/pay&sa=D';
    expect(findLinks(`Pay: ${written}`).links[0]?.written).toBe(written);
  });
});
