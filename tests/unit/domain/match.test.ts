import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hostMatches, parseHost, siteKey } from '@/lib/domain';
import { ownLabel } from '@/lib/domain/match';

describe('hostMatches: label boundaries only', () => {
  it.each([
    ['uscis.gov', 'uscis.gov', true],
    ['my.uscis.gov', 'uscis.gov', true],
    ['MY.USCIS.GOV.', 'uscis.gov', true], // case and trailing dot
    ['uscis.gov', 'uscis.gov.', true],
    ['evil-uscis.gov', 'uscis.gov', false],
    ['notuscis.gov', 'uscis.gov', false],
    ['uscis.gov.evil.com', 'uscis.gov', false],
    ['evil-uscis.gov.com', 'uscis.gov', false],
    ['uscis.gov', 'my.uscis.gov', false], // parent never matches a child rule
    ['', 'uscis.gov', false],
    ['uscis.gov', '', false],
    ['gov', 'uscis.gov', false],
  ])('%j vs %j → %s', (h, d, expected) => {
    expect(hostMatches(h, d)).toBe(expected);
  });

  it('never throws and agrees with the label rule (property)', () => {
    fc.assert(
      fc.property(fc.domain(), fc.domain(), (a, b) => {
        const expected = a === b || a.endsWith('.' + b);
        expect(hostMatches(a, b)).toBe(expected);
        expect(hostMatches('x.' + a, a)).toBe(true);
      }),
    );
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => typeof hostMatches(a, b) === 'boolean'));
  });
});

describe('siteKey: what "always trust this site" stores', () => {
  it.each([
    ['https://www.example-law.com/contact', 'example-law.com'],
    ['https://news.bbc.co.uk/x', 'bbc.co.uk'],
    ['https://someone.github.io/uscis', 'someone.github.io'], // PSL private suffix
    ['https://a.b.someone.github.io/', 'someone.github.io'],
    ['https://myproject.pages.dev/', 'myproject.pages.dev'],
    ['https://blog-x.blogspot.com/', 'blog-x.blogspot.com'],
    ['https://app-1.netlify.app/', 'app-1.netlify.app'],
    ['https://x.vercel.app/', 'x.vercel.app'],
    ['https://x.web.app/', 'x.web.app'],
    ['https://sites.google.com/view/uscis-help', 'sites.google.com'], // full host, not google.com
    ['https://uscis-help.weebly.com/', 'uscis-help.weebly.com'], // not in the PSL: from shared-hosts.json
    ['https://www.google.com/', 'google.com'],
    ['https://my.uscis.gov/account', 'uscis.gov'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['', ''],
    ['about:blank', ''],
    ['xn--zz', ''],
  ])('%j → %j', (input, key) => {
    expect(siteKey(parseHost(input))).toBe(key);
  });
});

describe("ownLabel: the site's own name, cut out in one place (middleman site names, agency-voice's law hosts, sender-link-mismatch)", () => {
  it.each([
    ['https://www.xielaw.com/brochure', 'xielaw'],
    ['esta-america.de', 'esta-america'],
    ['https://sub.bbvanet.com.mx/x', 'bbvanet'],
    // a private suffix is the suffix: the user's name is the site's
    ['https://smith.github.io/', 'smith'],
    ['https://garcia.abogado/', 'garcia'],
    // no registrable domain: no name
    ['https://203.0.113.9/', ''],
    ['localhost', ''],
    ['', ''],
  ])('%s → %j', (input, label) => {
    expect(ownLabel(parseHost(input))).toBe(label);
  });
});
