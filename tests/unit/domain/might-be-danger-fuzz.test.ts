/**
 * The address guard's pre-check against the classifier, fuzzed harder than
 * might-be-danger.test.ts: every word the look-alike rules know (agencies, services, government
 * words, portal words, the official hosts and their phrases) misspelt by up to two random edits
 * (a letter swapped, dropped, doubled or inserted, digits read as letters), glued with separators
 * and filler words under ordinary, pseudo-government and foreign-government suffixes, in any case
 * and with a trailing dot. No host the classifier calls danger may fail the pre-check.
 */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyInput, isDangerAddress } from '@/lib/domain';
import { mightBeDanger } from '@/lib/domain/might-be-danger';
import targets from '@/lib/data/lookalike-targets.json';

const danger = (host: string): boolean => isDangerAddress(classifyInput(`https://${host}/`));
/** What the guard sees: the browser's location.hostname. */
const hostOf = (host: string): string | null => {
  try {
    return new URL(`https://${host}/`).hostname;
  } catch {
    return null;
  }
};

const w = targets.words;
const BASES = [
  ...new Set(
    [
      ...Object.keys(w.agency), ...Object.keys(w.service), ...w.gov, ...w.portal, ...w.us, ...w.typoAgencies, ...Object.keys(w.phrases),
      ...targets.govTokens, ...targets.pseudoGovLabels, ...targets.targets.flatMap((t) => [...t.embed, ...t.tldSwap.labels]),
    ].flatMap((x) => [x, x.replace(/[.-]/g, '')]),
  ),
];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** One random edit of `s`: substitute, insert, delete, transpose or double a character. */
const edit = (s: string, kind: number, at: number, ch: number): string => {
  const i = s.length === 0 ? 0 : at % s.length;
  const c = LETTERS[ch % LETTERS.length];
  switch (kind) {
    case 0: return s.slice(0, i) + c + s.slice(i + 1);
    case 1: return s.slice(0, i) + c + s.slice(i);
    case 2: return s.slice(0, i) + s.slice(i + 1);
    case 3: return i + 1 < s.length ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s;
    default: return s.slice(0, i) + s[i] + s.slice(i);
  }
};
const word = fc
  .tuple(fc.constantFrom(...BASES), fc.array(fc.tuple(fc.nat(4), fc.nat(40), fc.nat(60)), { maxLength: 2 }))
  .map(([b, edits]) => edits.reduce((s, [k, a, c]) => edit(s, k, a, c), b));
const filler = fc.oneof(fc.constantFrom(...w.generic, ...w.portal, 'x', '1', 'www', 'secure'), fc.stringMatching(/^[a-z0-9]{1,5}$/));
const piece = fc.oneof({ weight: 3, arbitrary: word }, { weight: 1, arbitrary: filler });
const sep = fc.constantFrom('', '', '-', '.', '--');
const tld = fc.constantFrom(
  'com', 'net', 'org', 'us', 'us.com', 'us.org', 'info', 'online', 'co', 'io', 'app', 'site', 'co.uk', 'github.io', 'blogspot.com',
  'gov', 'gov.vu', 'gob.mx', 'gov.br', 'gc.ca', 'canada.ca', 'gov.uk', 'mil', 'gov.com', 'gov.net', 'gov.us', 'state.us', 'uscis.gov.com',
);
const host = fc
  .tuple(fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 4 }), tld, fc.boolean(), fc.boolean())
  .map(([parts, t, upper, dot]) => {
    const label = parts.map(([p, s]) => p + s).join('').replace(/^[.-]+|[.-]+$/g, '').replace(/\.{2,}|-\.|\.-/g, '.');
    const h = `${label}.${t}${dot ? '.' : ''}`;
    return upper ? h.toUpperCase() : h;
  });

// Found by this fuzz: the classifier reads these with doubled letters folded or digits read as
// letters; the pre-check used to seek its words only as written, so the guard let them run.
it.each(['evverify.us', 'i994greencard.app', 'ds1660.us', 'goov-dvlottery.app', 'cbbpimmigration.io', '3verify.site', 'esta--officiial.info', 'citizenship--ceea4c.net'])(
  'passes %s (danger by the classifier)',
  (h) => {
    expect(danger(h)).toBe(true);
    expect(mightBeDanger(hostOf(h) ?? '')).toBe(true);
  },
);

it('no danger host built from misspelt look-alike words fails the pre-check', () => {
  let dangerSeen = 0;
  fc.assert(
    fc.property(host, (h) => {
      const seen = hostOf(h);
      if (seen === null || !danger(h)) return true;
      dangerSeen++;
      return mightBeDanger(seen);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 30_000), seed: Number(process.env.FUZZ_SEED ?? 614) },
  );
  expect(dangerSeen).toBeGreaterThan(3_000);
});
