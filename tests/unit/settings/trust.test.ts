import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_TRUSTED, defaultSettings, findTrusted, isTrusted, trustSite, tryTrustSite, untrustSite, removeTrustedHost, type Settings } from '@/lib/settings';

const NOW = new Date('2026-11-25T19:40:00.000Z');
const REASONS = [{ id: 'paid-form-help', evidence: 'Prepare your I-90 for $149' }];

function trusting(...hosts: string[]): Settings {
  let s = defaultSettings();
  for (const h of hosts) {
    const r = tryTrustSite(s, h, 'caution', REASONS, NOW);
    if (!r.ok) throw new Error(`could not trust ${h}: ${r.error}`);
    s = r.settings;
  }
  return s;
}

describe('trustSite', () => {
  it('stores the host, the date and what the extension said', () => {
    const r = tryTrustSite(defaultSettings(), 'www.immigrationlawyer.example.com', 'caution', REASONS, NOW);
    expect(r).toEqual({
      ok: true,
      host: 'www.immigrationlawyer.example.com',
      settings: {
        language: 'auto',
        showNotice: true,
        trusted: [{ host: 'www.immigrationlawyer.example.com', addedAt: NOW.toISOString(), level: 'caution', reasons: REASONS }],
      },
    });
  });

  it.each([
    ['a full URL', 'https://www.ILRC.org/some/page?q=1#x', 'www.ilrc.org'],
    ['upper case + trailing dot', 'CLINIC.Example.ORG.', 'clinic.example.org'],
    ['IDN', 'bücher.example.com', 'xn--bcher-kva.example.com'],
    ['a GitHub Pages site', 'alice.github.io', 'alice.github.io'],
    ['surrounding spaces', '  catholiccharities.example.org  ', 'catholiccharities.example.org'],
  ])('normalizes %s', (_label, input, host) => {
    const r = tryTrustSite(defaultSettings(), input, 'notice', [], NOW);
    expect(r.ok && r.host).toBe(host);
  });

  it.each([
    ['empty', '', 'invalid-host'],
    ['spaces only', '   ', 'invalid-host'],
    ['words', 'my lawyer', 'invalid-host'],
    ['javascript URL', 'javascript:alert(1)', 'invalid-host'],
    ['a bare TLD', 'com', 'not-a-site'],
    ['a multi-label suffix', 'co.uk', 'not-a-site'],
    ['a shared-host suffix', 'github.io', 'not-a-site'],
    ['an IPv4 address', '192.168.0.1', 'not-a-site'],
    ['localhost', 'localhost', 'not-a-site'],
    ['a huge string', 'a'.repeat(5000) + '.com', 'invalid-host'],
  ])('refuses %s and leaves settings unchanged', (_label, input, error) => {
    const before = trusting('www.ilrc.org');
    const r = tryTrustSite(before, input, 'danger', [], NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe(error);
    expect(r.settings).toBe(before);
  });

  it('re-trusting a host updates its entry instead of adding a duplicate', () => {
    const s1 = trusting('www.ilrc.org');
    const later = new Date('2026-12-01T00:00:00.000Z');
    const r = tryTrustSite(s1, 'WWW.ilrc.org', 'notice', [], later);
    expect(r.ok && r.settings.trusted).toEqual([{ host: 'www.ilrc.org', addedAt: later.toISOString(), level: 'notice', reasons: [] }]);
  });

  it.each([
    ['an ISO string', '2026-11-25T19:40:00.000Z'],
    ['epoch milliseconds', Date.parse('2026-11-25T19:40:00.000Z')],
    ['a Date', NOW],
  ])('accepts the time as %s', (_label, when) => {
    expect(trustSite(defaultSettings(), 'clinic.example.org', 'none', [], when).trusted[0]?.addedAt).toBe(NOW.toISOString());
  });

  it('trustSite (short form) returns the same settings object for a refused host', () => {
    const before = trusting('www.ilrc.org');
    expect(trustSite(before, 'github.io', 'caution', REASONS, NOW)).toBe(before);
    expect(trustSite(before, 'lawyer.example.com', 'caution', REASONS, NOW).trusted).toHaveLength(2);
  });

  it('does not mutate its input', () => {
    const s = trusting('a.example.com');
    const copy = structuredClone(s);
    tryTrustSite(s, 'b.example.com', 'none', [], NOW);
    untrustSite(s, 'a.example.com');
    expect(s).toEqual(copy);
  });

  it('refuses past MAX_TRUSTED', () => {
    let s = defaultSettings();
    s = { ...s, trusted: Array.from({ length: MAX_TRUSTED }, (_, i) => ({ host: `s${i}.example.com`, addedAt: NOW.toISOString(), level: 'none' as const, reasons: [] })) };
    const r = tryTrustSite(s, 'one-more.example.com', 'none', [], NOW);
    expect(!r.ok && r.error).toBe('too-many');
    // updating an existing entry is still fine
    expect(tryTrustSite(s, 's3.example.com', 'notice', [], NOW).ok).toBe(true);
  });

  it('stores a bad date as unknown and a bad level as none', () => {
    const r = tryTrustSite(defaultSettings(), 'x.example.com', 'bogus' as never, [{ id: '<b>', evidence: '' }], new Date(Number.NaN));
    expect(r.ok && r.settings.trusted[0]).toEqual({ host: 'x.example.com', addedAt: '1970-01-01T00:00:00.000Z', level: 'none', reasons: [] });
  });
});

describe('isTrusted (label boundaries)', () => {
  const s = trusting('example.com', 'alice.github.io', 'xn--bcher-kva.example.org');
  it.each([
    ['example.com', true],
    ['www.example.com', true],
    ['a.b.example.com', true],
    ['WWW.EXAMPLE.COM.', true],
    ['example.com.evil.net', false],
    ['evil-example.com', false],
    ['notexample.com', false],
    ['example.co', false],
    ['com', false],
    ['alice.github.io', true],
    ['bob.github.io', false],
    ['github.io', false],
    ['bücher.example.org', true],
    ['shop.xn--bcher-kva.example.org', true],
    ['', false],
    ['.example.com', false],
    ['..example.com', false],
    ['%2eexample.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isTrusted(s, host)).toBe(expected);
  });

  it('findTrusted returns the most specific entry', () => {
    const both = trusting('example.com', 'www.example.com');
    expect(findTrusted(both, 'a.www.example.com')?.host).toBe('www.example.com');
    expect(findTrusted(both, 'api.example.com')?.host).toBe('example.com');
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (h) => {
      expect(typeof isTrusted(s, h)).toBe('boolean');
    }));
  });

  it('a trusted host never covers a host that merely ends with its text', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9-]{1,12}$/), (prefix) => {
      const t = trusting('example.com');
      expect(isTrusted(t, `${prefix}example.com`)).toBe(prefix === '' );
      expect(isTrusted(t, `${prefix}.example.com`)).toBe(true);
      expect(isTrusted(t, `example.com.${prefix}.net`)).toBe(false);
    }));
  });
});

describe('untrustSite', () => {
  it.each([
    ['exact host', ['www.ilrc.org', 'a.example.com'], 'www.ilrc.org', ['a.example.com']],
    ['a page on a trusted parent (popup on a subdomain)', ['example.com', 'www.ilrc.org'], 'shop.example.com', ['www.ilrc.org']],
    ['removing a parent keeps more specific entries', ['example.com', 'www.example.com'], 'example.com', ['www.example.com']],
    ['an unknown host', ['www.ilrc.org'], 'other.example.net', ['www.ilrc.org']],
    ['garbage', ['www.ilrc.org'], '%%%', ['www.ilrc.org']],
  ])('%s', (_label, hosts, remove, left) => {
    const after = untrustSite(trusting(...hosts), remove);
    expect(after.trusted.map((t) => t.host)).toEqual(left);
    expect(isTrusted(after, remove)).toBe(false);
  });
});

describe('removeTrustedHost', () => {
  it.each([
    ['only the exact entry', ['example.com', 'www.example.com', 'www.ilrc.org'], 'www.example.com', ['example.com', 'www.ilrc.org']],
    ['the parent only', ['example.com', 'www.example.com'], 'EXAMPLE.com', ['www.example.com']],
    ['nothing for a subdomain of an entry', ['example.com'], 'shop.example.com', ['example.com']],
    ['nothing for garbage', ['example.com'], '', ['example.com']],
  ])('removes %s', (_label, hosts, remove, left) => {
    expect(removeTrustedHost(trusting(...hosts), remove).trusted.map((t) => t.host)).toEqual(left);
  });
});

describe('findTrusted agrees with a plain linear scan', () => {
  it('for random trusted sets and hosts', () => {
    const label = fc.constantFrom('www', 'a', 'b', 'shop', 'example', 'ilrc', 'evil');
    const host = fc.array(label, { minLength: 1, maxLength: 3 }).map((ls) => [...ls, 'example', 'org'].join('.'));
    fc.assert(fc.property(fc.uniqueArray(host, { maxLength: 8 }), host, (sites, page) => {
      const s = trusting(...sites);
      const linear = s.trusted
        .filter((t) => page === t.host || page.endsWith('.' + t.host))
        .sort((x, y) => y.host.length - x.host.length)[0];
      expect(findTrusted(s, page)).toEqual(linear);
    }));
  });
});
