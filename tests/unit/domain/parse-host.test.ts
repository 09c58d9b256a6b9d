import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHost } from '@/lib/domain';

describe('parseHost: URLs and bare hosts', () => {
  it.each([
    // [input, hostname, domain, publicSuffix, subdomain]
    ['https://www.uscis.gov/forms', 'www.uscis.gov', 'uscis.gov', 'gov', 'www'],
    ['HTTPS://USCIS.GOV.:443/x?y#z', 'uscis.gov', 'uscis.gov', 'gov', ''],
    ['uscis.gov.', 'uscis.gov', 'uscis.gov', 'gov', ''],
    ['uscis.gov:443', 'uscis.gov', 'uscis.gov', 'gov', ''],
    ['user:pw@my.uscis.gov:8443/a', 'my.uscis.gov', 'uscis.gov', 'gov', 'my'],
    ['http://evil.com@uscis.gov.evil.com/', 'uscis.gov.evil.com', 'evil.com', 'com', 'uscis.gov'],
    ['  esta.cbp.dhs.gov  ', 'esta.cbp.dhs.gov', 'dhs.gov', 'gov', 'esta.cbp'],
    ['https://someone.github.io/uscis', 'someone.github.io', 'someone.github.io', 'github.io', ''],
    ['https://sites.google.com/view/uscis-help', 'sites.google.com', 'google.com', 'com', 'sites'],
    ['egov.uscis.us.org', 'egov.uscis.us.org', 'uscis.us.org', 'us.org', 'egov'],
    ['usc\u200bis-gov.net', 'uscis-gov.net', 'uscis-gov.net', 'net', ''], // zero-width space dropped (as IDNA does)
    ['http://uѕcis.gov/', 'xn--ucis-g9d.gov', 'xn--ucis-g9d.gov', 'gov', ''], // Cyrillic ѕ → punycode
  ])('%j → %s', (input, hostname, domain, publicSuffix, subdomain) => {
    const h = parseHost(input);
    expect(h).toMatchObject({ input, hostname, domain, publicSuffix, subdomain, valid: true, isWeb: true, isIp: false });
  });

  it('decodes punycode for unicodeHostname', () => {
    expect(parseHost('xn--ucis-g9d.gov').unicodeHostname).toBe('uѕcis.gov');
    expect(parseHost('xn--80ak6aa92e.com').unicodeHostname).toBe('аррӏе.com');
    expect(parseHost('uscis.gov').unicodeHostname).toBe('uscis.gov');
  });
});

describe('parseHost: bad and special input never throws and says why', () => {
  it.each([
    // [input, valid, isWeb, isIp]
    ['', false, true, false],
    ['   ', false, true, false],
    ['about:blank', false, false, false],
    ['chrome://extensions', false, false, false],
    ['file:///C:/Users/me/form.pdf', false, false, false],
    ['mailto:someone@uscis.gov', false, false, false],
    ['javascript:alert(1)', false, false, false],
    ['data:text/html,<b>hi</b>', false, false, false],
    ['ftp://uscis.gov/', false, false, false],
    ['xn--zz', false, true, false], // invalid punycode
    ['xn--zz.com', false, true, false],
    ['a'.repeat(64) + '.com', false, true, false], // label over 63
    [('a'.repeat(60) + '.').repeat(5) + 'com', false, true, false], // over 253
    ['exa mple.com', false, true, false],
    ['http://', false, true, false],
    ['http://[::1', false, true, false],
    ['..', false, true, false],
    ['127.0.0.1', true, true, true],
    ['http://0x7f.1/', true, true, true], // hex IPv4 spelling
    ['http://[2001:db8::1]:8080/', true, true, true],
    ['2001:db8::1', true, true, true],
    ['192.168.1.1:8080', true, true, true],
  ])('%j → valid=%s isWeb=%s isIp=%s', (input, valid, isWeb, isIp) => {
    const h = parseHost(input);
    expect({ valid: h.valid, isWeb: h.isWeb, isIp: h.isIp }).toEqual({ valid, isWeb, isIp });
    if (!h.valid) expect(h.hostname).toBe('');
  });

  it('never throws and keeps its invariants for any string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.webUrl(), fc.domain()), (s) => {
        const h = parseHost(s);
        expect(h.input).toBe(s);
        if (h.valid && !h.isIp) {
          expect(h.hostname).toMatch(/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/);
          expect(h.hostname.length).toBeLessThanOrEqual(253);
        }
        if (!h.valid) expect(h.hostname).toBe('');
      }),
      { numRuns: 3000 },
    );
  });

  it('parses every generated domain and web URL as valid', () => {
    fc.assert(
      fc.property(fc.domain(), (d) => {
        expect(parseHost(d).valid).toBe(true);
        expect(parseHost('https://' + d + '/path?q=1').hostname).toBe(parseHost(d).hostname);
      }),
      { numRuns: 1000 },
    );
  });
});
