/**
 * scan.ts answers several questions about a host name in one pass, for speed. Each flag must equal
 * the plain definition written at the top of scan.ts; these tests state those definitions as
 * regular expressions and compare on generated strings built from the words that matter.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import targets from '@/lib/data/lookalike-targets.json';
import { DASH, lastLabelFirstCode, OFFICIAL, PLAIN, scanHost, TRIGGER, triggerMask, XN } from '@/lib/domain/scan';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word with any hyphens between its letters (words that contain a hyphen: exactly). */
const spelled = (w: string): string => (w.includes('-') ? escapeRe(w) : [...w].map(escapeRe).join('-*'));

const triggerWords = [...new Set([...targets.triggerWords, ...targets.targets.flatMap((t) => t.triggers)])];
const reference = {
  plain: /^[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63})*\.?$/,
  words: triggerWords.map((w) => ({ re: new RegExp(spelled(w)), bit: triggerMask([w]) })),
  official: new RegExp(spelled('official')),
};

function expected(s: string): number {
  let flags = 0;
  if (reference.plain.test(s)) flags |= PLAIN;
  for (const w of reference.words) if (w.re.test(s)) flags |= TRIGGER | w.bit;
  if (s.includes('-')) flags |= DASH;
  if (reference.official.test(s)) flags |= OFFICIAL;
  if (s.includes('xn--')) flags |= XN;
  return flags;
}

const pieces = [
  ...triggerWords,
  ...triggerWords.map((w) => w.slice(0, 2) + '-' + w.slice(2)),
  'official', 'offi-cial', 'xn--', 'x-n--', 'xn-', 'dv-2025', 'u-s-c-i-s', 'i-94',
  'a', 'z', '0', '9', '_', '-', '--', '.', '..', ' ', 'A', 'é', 'ѕ', '\u200b', 'x'.repeat(60),
];

describe('scanHost flags equal their plain definitions', () => {
  it.each([
    ['uscis.gov', PLAIN | TRIGGER | triggerMask(['cis', 'gov'])],
    ['dv-program.net', PLAIN | TRIGGER | DASH | triggerMask(['dvprog'])],
    ['u-s-c-i-s.com', PLAIN | TRIGGER | DASH | triggerMask(['cis'])],
    ['dv-2025.org', PLAIN | TRIGGER | DASH | triggerMask(['dv20'])],
    ['cdn-a94f.net', PLAIN | DASH],
    ['google.com', PLAIN],
    ['xn--ucis-g9d.gov', PLAIN | TRIGGER | DASH | XN | triggerMask(['cis', 'gov'])],
    ['x-n--a.com', PLAIN | DASH],
    ['ci.s.com', PLAIN],
    ['a..b', 0],
    ['', 0],
    ['a'.repeat(64) + '.com', 0],
    ['a'.repeat(63) + '.com.', PLAIN],
  ])('%s', (s, flags) => {
    expect(scanHost(s)).toBe(flags);
    expect(expected(s)).toBe(flags);
  });

  it('on generated strings of host characters and the scanned words (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(scanHost(s)).toBe(expected(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('on any string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.domain(), fc.string({ unit: 'grapheme' })), (s) => {
        expect(scanHost(s)).toBe(expected(s));
      }),
      { numRuns: 5_000 },
    );
  });

  it('remembers the first character of the last label of a plain host', () => {
    for (const [s, c] of [['a.b', 'b'], ['a.b.', 'b'], ['abc', 'a'], ['x.127.', '1'], ['x.y.9z', '9']] as const) {
      expect(scanHost(s) & PLAIN).toBe(PLAIN);
      expect(lastLabelFirstCode()).toBe(c.charCodeAt(0));
    }
  });
});
