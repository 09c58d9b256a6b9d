/**
 * Regression guards on real lists (tests/fixtures/data, see SOURCES.md there):
 * zero false alarms on every registered .gov domain, at most 1 in 10,000 on popular sites,
 * and no silent recall loss on the US-immigration scam domains.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyHost, parseHost } from '@/lib/domain';
import { findLookalike } from '@/lib/domain/lookalike';
import targets from '@/lib/data/lookalike-targets.json';
import missedReasons from '../../fixtures/data/missed-reasons.json';
import {
  dotgovDomains,
  foreignGovImmigrationHosts,
  legitImmigrationBusinesses,
  trancoTop10k,
  umbrellaTop100k,
  usImmigrationSubset,
} from '../../fixtures/data/load';
import { decide } from '@/lib/verdict';

const lookalikes = (hosts: readonly string[]): string[] =>
  hosts.filter((h) => classifyHost(parseHost(h)).kind === 'lookalike');

describe('false alarms', () => {
  it('every registered .gov domain (CISA, 16k+) is official and never a look-alike', () => {
    const all = dotgovDomains();
    expect(all.length).toBeGreaterThan(16_000);
    const notOfficial = all.filter((d) => classifyHost(parseHost(d)).kind !== 'official');
    expect(notOfficial).toEqual([]);
    expect(lookalikes(all.map((d) => 'www.' + d))).toEqual([]);
  });

  it.each([
    ['Tranco top 10k', trancoTop10k],
    ['Umbrella top 100k', umbrellaTop100k],
  ])('%s: at most 1 in 10,000 flagged, none strong', (_name, load) => {
    const hosts = load();
    expect(hosts.length).toBeGreaterThanOrEqual(10_000);
    const flagged = lookalikes(hosts);
    expect(flagged.length).toBeLessThanOrEqual(Math.floor(hosts.length / 10_000));
    const strong = hosts.filter((h) => {
      const v = classifyHost(parseHost(h));
      return v.kind === 'lookalike' && v.strength === 'strong';
    });
    expect(strong).toEqual([]);
  });
});

describe('never danger on real foreign governments and legitimate immigration businesses (issue 13)', () => {
  // tests/fixtures/data/foreign-gov-immigration-hosts.csv and legit-immigration-businesses.csv,
  // each row with its source (SOURCES.md). Level on the address alone, as the warning page sees it.
  it.each([
    ['foreign-government immigration and visa hosts', foreignGovImmigrationHosts, 30],
    ['legitimate immigration businesses (lawyers, guides, case trackers)', legitImmigrationBusinesses, 50],
  ] as const)('%s: 0 danger', (_name, load, atLeast) => {
    const hosts = load();
    expect(hosts.length).toBeGreaterThanOrEqual(atLeast);
    expect(hosts.filter((h) => decide(`https://${h}/`).level === 'danger')).toEqual([]);
  });

  it('hosts under a government namespace on that list are foreign-government, not look-alikes', () => {
    const under = foreignGovImmigrationHosts().filter((h) => /\.(gov|gob|go|gouv|govt|gv|gub)\.[a-z]{2}$/.test(h));
    expect(under.length).toBeGreaterThanOrEqual(20);
    expect(under.filter((h) => classifyHost(parseHost(h)).kind !== 'foreign-government')).toEqual([]);
  });
});

describe('recall on US-immigration scam domains from public blocklists', () => {
  const subset = usImmigrationSubset();
  const reasons = missedReasons.missed as Record<string, string>;

  it('the subset is the expected size (rule changes must be deliberate)', () => {
    expect(subset.length).toBeGreaterThanOrEqual(70);
  });

  it('every miss is explained in missed-reasons.json, and every explained entry is still missed', () => {
    const missed = subset.filter((r) => classifyHost(parseHost(r.domain)).kind !== 'lookalike').map((r) => r.domain);
    expect(missed.filter((d) => reasons[d] === undefined)).toEqual([]);
    expect(Object.keys(reasons).filter((d) => !missed.includes(d))).toEqual([]);
    expect(missed.length / subset.length).toBeLessThan(0.15);
  });

  it('names that pose as government or as an agency portal are strong', () => {
    const domains = subset.map((r) => r.domain);
    for (const d of ['uscis-gov.net', 'egov.uscis.us.org', 'cbp-dhs-gov-official.com']) {
      expect(domains).toContain(d);
      expect(classifyHost(parseHost(d))).toMatchObject({ kind: 'lookalike', strength: 'strong' });
    }
    // Agency name + portal words (case, update, status): danger on the address (issue 13).
    for (const d of ['uscis-caseupdate.info', 'trackcasestatususcis.com']) {
      expect(domains).toContain(d);
      expect(classifyHost(parseHost(d))).toMatchObject({ kind: 'lookalike', strength: 'strong' });
    }
  });
});

describe('the trigger-word prefilter never changes a result', () => {
  const same = (h: string): void => {
    const info = parseHost(h);
    expect(findLookalike(info, true)).toEqual(findLookalike(info, false));
  };
  it('on typo hosts with a government word (strong on both paths)', () => {
    for (const h of ['uscls-official.us', 'uscls-gob.com', 'uscls-oficial.com', 'myuscls-official.com', 'usciss-gov.net']) {
      same(h);
      expect(findLookalike(parseHost(h))?.strength, h).toBe('strong');
    }
  });
  it('on the recall set and the popular sites', () => {
    for (const r of usImmigrationSubset()) same(r.domain);
    for (const h of trancoTop10k()) same(h);
  });
  it('on generated names built from every brand, context and government word (property)', () => {
    const words = [
      ...targets.govTokens,
      ...targets.pseudoGovLabels,
      ...targets.targets.flatMap((t) => [...t.brands, ...t.weakBrands, ...t.embed, ...t.contexts.map((c) => c.example.split('.')[0] ?? ''), t.id]),
      'my', 'help', 'online', 'case', 'status', 'us', 'usa', 'visa', 'apply', 'lottery', 'green', 'card', 'form', 'x',
      // hyphenated spellings the patterns allow
      'dv2025', 'dv-2026', 'dv-program', 'u-s-c-i-s', 'us-cis', 'e-verify', 'i-94', 'dv-lotto', 'travel-state', 'offi-cial',
      // one-letter typos of the short brand, which a government word makes strong
      'uscls', 'usciss', 'ucsis', 'myuscls', 'usclsgov',
    ];
    const suffixes = ['com', 'net', 'org', 'us', 'us.org', 'github.io', 'gov.us', 'co.uk', 'info'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('', '-', '.'),
        fc.constantFrom(...suffixes),
        (parts, sep, suffix) => same(parts.join(sep) + '.' + suffix),
      ),
      { numRuns: 5000 },
    );
  });
});
