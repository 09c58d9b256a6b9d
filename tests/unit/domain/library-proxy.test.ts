/**
 * A .gov page through a university library's proxy (EZproxy "proxy by host name":
 * www-uscis-gov.ezproxy.lib.university.edu, as Harvard's bookmarklet writes ezp1.harvard.edu) is the
 * page it shows (lib/domain/url.ts libraryProxied), not a look-alike of the agency: before, every
 * such host was a strong look-alike ("uscis" with "gov"), danger from the address alone.
 * Decision (fixes17): official, like a translator's page — only under .edu (held only by U.S.
 * universities and colleges), only with a label naming the proxy, only for a .gov/.mil host.
 */
import { describe, expect, it } from 'vitest';
import { classifyInput } from '@/lib/domain';
import { mightBeDangerAddress } from '@/lib/domain/might-be-danger';
import { proxiedPageUrl } from '@/lib/domain/url';
import { decide } from '@/lib/verdict';
import { dotgovDomains } from '../../fixtures/data/load';

describe('a .gov page through a university library proxy', () => {
  it.each([
    ['https://www-uscis-gov.ezproxy.university.edu/green-card', 'https://www.uscis.gov/green-card'],
    ['https://uscis-gov.proxy.lib.xxx.edu/es', 'https://uscis.gov/es'],
    ['https://www-uscis-gov.libproxy.mit.edu/', 'https://www.uscis.gov/'],
    ['https://travel-state-gov.ezp1.harvard.edu/content/travel/en.html', 'https://travel.state.gov/content/travel/en.html'],
    ['https://www-e--verify-gov.ezproxy.lib.umich.edu/', 'https://www.e-verify.gov/'],
    // the host kept as it is, before the proxy's (Purdue's bookmarklet: location.host += '.ezproxy.lib.purdue.edu')
    ['https://www.uscis.gov.ezproxy.lib.purdue.edu/forms', 'https://www.uscis.gov/forms'],
    // as a browser may show it: upper case, a trailing dot
    ['https://WWW.USCIS.GOV.PROXY.LIB.X.EDU/', 'https://www.uscis.gov/'],
    ['https://www.uscis.gov.proxy.lib.x.edu./', 'https://www.uscis.gov/'],
  ])('%s shows %s: official, not a look-alike', (url, shown) => {
    expect(proxiedPageUrl(url)).toBe(shown);
    expect(decide(url).level).toBe('official');
    expect(mightBeDangerAddress(url, new URL(url).hostname)).toBe(false);
  });

  it('every registered .gov domain through a library proxy is official', () => {
    const notOfficial = dotgovDomains().filter((d) => classifyInput(`https://www-${d.replace(/-/g, '--').replace(/\./g, '-')}.ezproxy.lib.example.edu/`).kind !== 'official');
    expect(notOfficial).toEqual([]);
  });
});

describe('what stays as written', () => {
  it.each([
    ['not under .edu', 'https://www-uscis-gov.ezproxy.university.com/'],
    ['another country\'s universities (out of scope)', 'https://www-uscis-gov.ezproxy.uni.ac.uk/'],
    ['no label naming the proxy (a student\'s site)', 'https://www-uscis-gov.scripts.mit.edu/'],
    ['the proxy word as the university\'s own name', 'https://www-uscis-gov.ezproxy.edu/'],
    ['a look-alike\'s name through the proxy', 'https://uscis-gov-help.ezproxy.lib.example.edu/'],
    ['.edu inside another host', 'https://www-uscis-gov.proxy.lib.x.edu.evil.com/'],
    ['a look-alike kept as it is through the proxy', 'https://uscis.gov.help.ezproxy.lib.example.edu/'],
    ['a .gov name kept as it is, no proxy label', 'https://www.uscis.gov.people.example.edu/'],
    // review17: where students and groups name their own hosts (deeper than library.university.edu)
    ['a proxy label inside a user-hosting zone', 'https://www.uscis.gov.proxy.alice.scripts.mit.edu/es'],
    ['the same, hyphenated', 'https://www-uscis-gov.proxy.alice.scripts.mit.edu/es'],
    ['the proxy host spelled on a .com', 'https://uscis.gov.proxy.evil.com/'],
    ['.edu inside another host, dotted form', 'https://www.uscis.gov.proxy.x.edu.evil.com/'],
    ['.edu inside another host, dotted form, trailing dot', 'https://www.uscis.gov.proxy.x.edu.evil.com./'],
    ['.edu inside another host, written %2e', 'https://www.uscis.gov.proxy.lib.x.edu%2eevil.com/'],
    ['a look-alike in punycode through the proxy', 'https://xn--www-uscis-gov-proxy.lib.x.edu/'],
  ])('%s: not unwrapped, still a look-alike', (_, url) => {
    expect(proxiedPageUrl(url)).toBeUndefined();
    expect(classifyInput(url).kind).toBe('lookalike');
  });

  it('user info naming a proxy is not the host: the page is the host after "@"', () => {
    for (const url of ['https://www.uscis.gov.proxy.lib.x.edu@evil.com/', 'https://www.uscis.gov.proxy.x.edu:8443@evil.com/']) {
      expect(proxiedPageUrl(url)).toBeUndefined();
      expect(decide(url).level).not.toBe('official');
    }
  });
});
