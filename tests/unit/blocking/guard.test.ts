/**
 * The address guard's registration (lib/blocking/guard.ts): where the browser runs it, and when the
 * worker must update it.
 */
import { describe, expect, it } from 'vitest';
import { continuedGuardSkip, guardRegistration, sameRegistration } from '@/lib/blocking/guard';

describe('address guard registration', () => {
  it('runs in every http(s) document and frame at document_start, in the page world, before the guard the full check', () => {
    const r = guardRegistration([]);
    expect(r.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(r.runAt).toBe('document_start');
    expect(r.allFrames).toBe(true);
    expect(r.world).toBe('MAIN');
    expect(r.persistAcrossSessions).toBe(true);
    expect(r.js).toEqual(['/address-check.js', '/guard.js']);
    expect(r.excludeMatches).toEqual([]);
  });

  it('skips the sites the person trusts or continued to, with their subdomains', () => {
    const r = guardRegistration(['uscls-help.com', 'dvprogram-gov.com', 'uscls-help.com']);
    expect(r.excludeMatches).toEqual(['*://*.dvprogram-gov.com/*', '*://*.uscls-help.com/*']);
  });

  it('leaves out what cannot be a match pattern (a path, a wildcard, a port, empty)', () => {
    const r = guardRegistration(['sites.google.com/view/x', '*.example.com', 'a.com:8080', '', 'UPPER.com', 'xn--uscs-gov-9ze.com']);
    expect(r.excludeMatches).toEqual(['*://*.xn--uscs-gov-9ze.com/*']);
  });

  it('compares with what the browser returns (paths without the leading slash, any order)', () => {
    const wanted = guardRegistration(['b.com', 'a.com']);
    const browserCopy = { ...wanted, js: ['address-check.js', 'guard.js'], excludeMatches: [...wanted.excludeMatches].reverse() };
    expect(sameRegistration(browserCopy, wanted)).toBe(true);
    expect(sameRegistration(undefined, wanted)).toBe(false);
    expect(sameRegistration({ ...browserCopy, excludeMatches: [] }, wanted)).toBe(false);
    expect(sameRegistration({ ...browserCopy, world: 'ISOLATED' as 'MAIN' }, wanted)).toBe(false);
  });
});

describe('what the guard skips after "Continue once"', () => {
  it('the site continued to, for a page at its own address', () => {
    expect(continuedGuardSkip('https://www.uscis-gov.help/pay', 'uscis-gov.help')).toBe('uscis-gov.help');
  });
  it('the wrapper\'s host (not its whole site) for a page seen through a translator or a cache', () => {
    // Google's translator and AMP cache spell the page's host in theirs: only that page's site is skipped.
    expect(continuedGuardSkip('https://uscis--gov-help.translate.goog/pay?_x_tr_sl=en&_x_tr_tl=es', 'uscis-gov.help')).toBe('uscis--gov-help.translate.goog');
    expect(continuedGuardSkip('https://uscis--gov-help.cdn.ampproject.org/c/s/uscis-gov.help/pay', 'uscis-gov.help')).toBe('uscis--gov-help.cdn.ampproject.org');
    expect(continuedGuardSkip('https://www.google.com/amp/s/uscis-gov.help/pay', 'uscis-gov.help')).toBe('www.google.com');
    expect(guardRegistration([continuedGuardSkip('https://uscis--gov-help.translate.goog/pay', 'uscis-gov.help')]).excludeMatches).toEqual(['*://*.uscis--gov-help.translate.goog/*']);
  });
});
