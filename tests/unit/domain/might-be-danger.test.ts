/**
 * The address guard's pre-check (lib/domain/might-be-danger.ts) must pass every host the address
 * verdict calls `danger`: a host it lets by would skip the guard, and its scripts would run until
 * the worker woke. Checked against the classifier on generated look-alikes, random hosts built from
 * the pieces look-alikes are made of, the real scam lists and the popular-site lists; and it must
 * stay cheap: few popular hosts may pass (each one that passes pays for the full check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyInput, isDangerAddress } from '@/lib/domain';
import { mightBeDanger, mightBeDangerAddress } from '@/lib/domain/might-be-danger';
import targets from '@/lib/data/lookalike-targets.json';
import { generate } from '../../../bench/fuzz';
import { blocklistCore, trancoTop10k, umbrellaTop100k, usImmigrationSubset } from '../../fixtures/data/load';

const danger = (host: string): boolean => isDangerAddress(classifyInput(`https://${host}/`));
const hostOf = (host: string): string => new URL(`https://${host}/`).hostname;
/** Danger hosts the pre-check lets by (must be none). */
const letBy = (hosts: Iterable<string>): string[] => [...hosts].filter((h) => danger(h) && !mightBeDanger(hostOf(h)));

describe('address guard pre-check', () => {
  it.each([
    // the page a translator or cache shows is the one judged (lib/domain/url.ts proxiedPageUrl)
    'https://translated.turbopages.org/proxy_u/en-es.es.1-2-3-4/https/uscis-gov.net/',
    'https://uscis--gov-net.cdn.ampproject.org/c/s/uscis-gov.net/',
    'https://uscis--gov-net.translate.goog/?_x_tr_sl=en',
  ])('passes the look-alike shown by %s', (url) => {
    expect(isDangerAddress(classifyInput(url))).toBe(true);
    expect(mightBeDangerAddress(url, new URL(url).hostname)).toBe(true);
  });

  it.each([
    ['https://translated.turbopages.org/proxy_u/en-es.es.1-2-3-4/https/www.example.com/', 'translated.turbopages.org'],
    ['https://www.example.com/', 'www.example.com'],
    ['not a url', ''],
  ])('lets %s by', (url, hostname) => {
    expect(mightBeDangerAddress(url, hostname)).toBe(false);
  });

  it.each([
    'uscis-gov.net', 'uscls-help.com', 'usc1s.com', 'usciss-case.org', 'us.cis.com', 'my.us.cis.com', 'e-verify-gov.com',
    'dvprogram-gov.com', 'dvpr0gram.com', 'travel.state.gov.example.net', 'xn--uscs-gov-9ze.com', 'esta-cbp-gov.com', 'official-uscis.net',
  ])('passes %s', (host) => {
    expect(mightBeDanger(hostOf(host))).toBe(true);
  });

  it.each([
    'www.example.com', 'news.bbc.co.uk', 'wikipedia.org', 'shop.myshopify.com', 'bananabread-recipes.com',
    // An immigration lawyer's or seller's own name (a service word alone is at most a weak look-alike).
    'www.riveraimmigrationlaw.com', 'www.fastimmigrationdocs.com', 'esta-travel-guide.com',
    // Official and foreign-government hosts in plain letters.
    'www.uscis.gov', 'my.uscis.gov.', 'travel.state.gov', 'www.gov.uk', 'sat.gob.mx', 'ircc.canada.ca',
  ])('stops at once on %s', (host) => {
    expect(mightBeDanger(host)).toBe(false);
    expect(danger(host)).toBe(false);
  });

  it('passes every generated look-alike the classifier calls danger (dnstwist-style, bench/fuzz.ts)', () => {
    const variants = generate().map((v) => v.host);
    expect(variants.filter(danger).length).toBeGreaterThan(5_000);
    expect(letBy(variants)).toEqual([]);
  });

  it('passes every danger host of the real scam lists', () => {
    const hosts = [...usImmigrationSubset(), ...blocklistCore()].map((r) => r.domain);
    expect(hosts.filter(danger).length).toBeGreaterThanOrEqual(10);
    expect(letBy(hosts)).toEqual([]);
  });

  it('passes every random host built from look-alike pieces that the classifier calls danger', () => {
    const w = targets.words;
    const pieces = [
      ...Object.keys(w.agency), ...Object.keys(w.service), ...w.gov, ...w.portal, ...w.us, ...w.typoAgencies,
      'uscls', 'usc1s', 'uscsi', 'usciss', 'u-s-c-i-s', 'us.cis', 'dv.program', 'e.verify', 'travel.state', 'cbpa', 'dhs1', 'x', 'help', 'online', 'case',
    ];
    const piece = fc.oneof(fc.constantFrom(...pieces), fc.stringMatching(/^[a-z0-9]{1,6}$/));
    const sep = fc.constantFrom('', '-', '.');
    const tld = fc.constantFrom('com', 'net', 'org', 'us', 'online', 'co', 'info', 'us.com', 'github.io', 'co.uk', 'gov.vu');
    const host = fc.tuple(fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 4 }), tld).map(([parts, t]) => {
      const label = parts.map(([p, s]) => p + s).join('').replace(/^[.-]+|[.-]+$/g, '').replace(/\.{2,}|-\.|\.-/g, '.');
      return `${label}.${t}`;
    });
    let dangerSeen = 0;
    fc.assert(
      fc.property(host, (h) => {
        if (!/^[a-z0-9]/.test(h)) return true;
        if (danger(h)) {
          dangerSeen++;
          return mightBeDanger(hostOf(h));
        }
        return true;
      }),
      { numRuns: 20_000, seed: 14 },
    );
    expect(dangerSeen).toBeGreaterThan(1_000);
  });

  it.each([
    ['Tranco top 10k', trancoTop10k, 0.01],
    ['Umbrella top 100k', umbrellaTop100k, 0.01],
  ] as const)('%s: no danger host let by, and at most a few percent pass (each pays for the full check)', (_name, load, most) => {
    const hosts = load();
    expect(letBy(hosts)).toEqual([]);
    const passing = hosts.filter((h) => mightBeDanger(h)).length;
    expect(passing / hosts.length).toBeLessThanOrEqual(most);
  });

  it('bad input: never throws, says no', () => {
    for (const bad of ['', ' ', '.', '-', '\u202e', 'a'.repeat(100_000), undefined as unknown as string, 42 as unknown as string]) {
      expect(() => mightBeDanger(bad)).not.toThrow();
    }
    expect(mightBeDanger(undefined as unknown as string)).toBe(false);
  });
});
