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
    expect(continuedGuardSkip('https://www.uscis-gov.help/pay', 'uscis-gov.help')).toBe('*://*.uscis-gov.help/*');
  });
  it('a wrapper whose host spells the page\'s: that host', () => {
    // Google's translator and AMP cache spell the page's host in theirs: only that page's site is skipped.
    expect(continuedGuardSkip('https://uscis--gov-help.translate.goog/pay?_x_tr_sl=en&_x_tr_tl=es', 'uscis-gov.help')).toBe('*://*.uscis--gov-help.translate.goog/*');
    expect(continuedGuardSkip('https://uscis--gov-help.cdn.ampproject.org/c/s/uscis-gov.help/pay', 'uscis-gov.help')).toBe('*://*.uscis--gov-help.cdn.ampproject.org/*');
    expect(guardRegistration([], [continuedGuardSkip('https://uscis--gov-help.translate.goog/pay', 'uscis-gov.help') ?? '']).excludeMatches).toEqual(['*://*.uscis--gov-help.translate.goog/*']);
  });
  // risks18 (fixes17 left it): the skip was the shared service's whole host, so after continuing on one
  // look-alike through www.google.com/amp/s/, every other look-alike through it ran its scripts.
  it.each([
    ['Google\'s AMP viewer', 'https://www.google.com/amp/s/uscis-gov.help/pay', '*://www.google.com/*uscis-gov.help*'],
    ['Microsoft\'s translator', 'https://www.translatetheweb.com/?from=&to=es&a=https://www.uscis-gov.help/pay', '*://www.translatetheweb.com/*www.uscis-gov.help*'],
    ['Microsoft\'s translator, the field percent-encoded', 'https://www.translatetheweb.com/?from=&to=es&a=https%3A%2F%2Fwww.uscis-gov.help%2Fpay', '*://www.translatetheweb.com/*www.uscis-gov.help*'],
    ['Papago, the host in upper case as written', 'https://papago.naver.net/website?locale=ko&target=ko&url=https://WWW.USCIS-GOV.HELP/pay', '*://papago.naver.net/*WWW.USCIS-GOV.HELP*'],
    ['Yandex\'s page proxy', 'https://translated.turbopages.org/proxy_u/en-ru.ru.1a2b3c/https/www.uscis-gov.help/pay', '*://translated.turbopages.org/*www.uscis-gov.help*'],
  ])('a shared service (%s): its addresses naming that page only, not the service', (_, url, pattern) => {
    expect(continuedGuardSkip(url, 'uscis-gov.help')).toBe(pattern);
  });
  it('a translator\'s page of a translate.goog page: the host the outer address names', () => {
    expect(continuedGuardSkip('https://www.translatetheweb.com/?to=es&a=https://uscis--gov-help.translate.goog/pay', 'uscis-gov.help')).toBe('*://www.translatetheweb.com/*uscis--gov-help.translate.goog*');
  });
  it('a page named only after "#" (Youdao): the service\'s host, as a pattern cannot read the fragment', () => {
    expect(continuedGuardSkip('https://webtrans.yodao.com/webTransPc/index.html#/?url=https://www.uscis-gov.help/pay&from=auto&to=auto&type=1', 'uscis-gov.help')).toBe('*://*.webtrans.yodao.com/*');
  });
  it('the registration skips both kinds', () => {
    expect(guardRegistration(['trusted.example'], ['*://www.google.com/*uscis-gov.help*']).excludeMatches).toEqual(['*://*.trusted.example/*', '*://www.google.com/*uscis-gov.help*']);
  });
});
