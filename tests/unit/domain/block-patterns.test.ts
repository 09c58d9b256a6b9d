/**
 * The static look-alike patterns (lib/domain/block-patterns.ts) are applied by the browser with no
 * detector behind them: every address they match must be one decide() calls `danger`, and the
 * official sites must never match.
 */
import { describe, expect, it } from 'vitest';
import { BLOCK_PATTERNS, BLOCK_TLDS, matchesBlockPattern } from '@/lib/domain/block-patterns';
import { decide } from '@/lib/verdict';

const PREFIXES = ['', 'my', 'my-', 'x-', 'bus', 'campus', 'e', 'e-', 'www.', 'a.b.', 'login.'];
const CORES = [
  'uscis', 'uscis-gov', 'uscisgov', 'gov-uscis', 'govuscis', 'official-uscis', 'uscis-official', 'uscis-guide', 'uscisguide',
  'uscis.gov', 'uscis.gov-case', 'uscis.gov.example', 'travel.state.gov', 'cbp.dhs.gov', 'esta.cbp.dhs.gov', 'e-verify.gov',
  'ceac.state.gov', 'dvprogram.state.gov', 'uscis-govt', 'uscis-usgov', 'uscis-gob', 'gov.uscis', 'uscis-gov.gov',
];
const SUFFIXES = ['', '-online', 'case', '-us', '.example', '.gov', '.co', '.gov.uk'];
const TLDS = ['com', 'net', 'us', 'online', 'co.uk', 'gov', 'gov.vu', 'github.io', 'blogspot.com', 'co', 'pro'];

describe('static look-alike patterns', () => {
  // 11 × 23 × 8 × 11 ≈ 22,000 addresses built from the pieces look-alikes are made of.
  const corpus = PREFIXES.flatMap((p) => CORES.flatMap((c) => SUFFIXES.flatMap((s) => TLDS.map((t) => `https://${p}${c}${s}.${t}/account`))));

  it('match only addresses decide() calls danger', () => {
    const matched = corpus.filter(matchesBlockPattern);
    expect(matched.length).toBeGreaterThan(2000);
    expect(matched.filter((url) => decide(url).level !== 'danger')).toEqual([]);
  });

  it.each([
    // The look-alikes issue 14 names, and the shapes of each pattern.
    'https://uscis-gov.net/account',
    'https://myuscisgov.com/',
    'https://gov-uscis.com/login',
    'https://official-uscis.net/',
    'https://uscis.gov.example.com/',
    'https://uscis.gov-case.com/',
    'https://travel.state.gov.example.net/visa',
    'https://uscis.com/',
    'https://UScis-Gov.net:8443/x?y#z',
  ])('stops %s', (url) => {
    expect(matchesBlockPattern(url)).toBe(true);
    expect(decide(url).level).toBe('danger');
  });

  it.each([
    'https://www.uscis.gov/',
    'https://my.uscis.gov/account',
    'https://egov.uscis.gov/',
    'https://uscis.gov./',
    'https://uscisguide.com/', // a guide: notice, not danger
    'https://campuscis-gov.com/', // campus + cis
    'https://uscisgovcase.com/', // not split into words by the detector either
    'https://uscis-gov.gov.vu/', // another country's government namespace
    'https://uscis-gov.co.uk/', // danger, but not a generic suffix: left to the detector
    'https://example.com/uscis-gov.net/',
  ])('leaves %s to the detector', (url) => {
    expect(matchesBlockPattern(url)).toBe(false);
  });

  it('are few and short enough for Chrome (1,000 regex rules; 2 KB compiled each, checked in e2e)', () => {
    expect(BLOCK_PATTERNS.length).toBeLessThan(20);
    for (const p of BLOCK_PATTERNS) expect(p.length).toBeLessThan(160);
    expect(BLOCK_TLDS).not.toContain('gov');
  });
});
