/**
 * One pass over a host name that answers, together, the questions parseHost and the look-alike
 * prefilter used to ask with a regex and several substring searches each (speed only: the
 * answers are exactly those of the expressions named below; bench/domains.ts measures).
 *
 *   PLAIN    s matches /^[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63})*\.?$/ (parseHost's fast path)
 *   TRIGGER  s contains one of lookalike-targets.json `triggerWords` (lookalike.ts's prefilter)
 *   DASH     s contains '-'
 *   OFFICIAL s contains 'official'
 *
 * classifyHost(parseHost(h)) scans the same host name twice otherwise, so the flags of the last
 * host parseHost scanned are kept (rememberScan) and scanOf returns them when asked about that
 * same string. The flags depend only on the string's value, so a remembered answer is exact.
 */
import targetsData from '../data/lookalike-targets.json';

export const PLAIN = 1;
export const TRIGGER = 2;
export const DASH = 4;
export const OFFICIAL = 8;

interface Word {
  word: string;
  flag: number;
}

const WORDS: readonly Word[] = [
  ...targetsData.triggerWords.map((word) => ({ word, flag: TRIGGER })),
  { word: 'official', flag: OFFICIAL },
];

/** Words the pair index cannot hold (one character, or not ASCII): checked with includes(). */
// eslint-disable-next-line no-control-regex
const isPairWord = (w: Word): boolean => w.word.length >= 2 && /^[\x00-\x7f]+$/.test(w.word);
const ODD_WORDS: readonly Word[] = WORDS.filter((w) => !isPairWord(w));

/** Index: (first char code) * 128 + (second char code) → the ASCII words starting so. */
const BY_PAIR: ReadonlyMap<number, readonly Word[]> = (() => {
  const m = new Map<number, Word[]>();
  for (const w of WORDS.filter(isPairWord)) {
    const key = w.word.charCodeAt(0) * 128 + w.word.charCodeAt(1);
    m.set(key, [...(m.get(key) ?? []), w]);
  }
  return m;
})();
const PAIRS = new Uint8Array(128 * 128);
for (const key of BY_PAIR.keys()) PAIRS[key] = 1;

/** The flags of any string (see the top of this file). */
export function scanHost(s: string): number {
  let flags = 0;
  let plain = s.length > 0; // '' is not a host; a lone trailing dot after a label is fine
  let label = 0;
  let prev = 128; // no pair starts before the first character
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (label === 0) plain = false; // empty label: leading dot or `..`
      label = 0;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95) {
      if (++label > 63) plain = false;
      if (c === 45) flags |= DASH;
    } else plain = false;
    // Most positions leave here: no word starts with this pair of characters.
    if (c < 128 && prev < 128 && PAIRS[prev * 128 + c] === 1) {
      for (const w of BY_PAIR.get(prev * 128 + c) ?? []) if (s.startsWith(w.word, i - 1)) flags |= w.flag;
    }
    prev = c;
  }
  for (const w of ODD_WORDS) if (s.includes(w.word)) flags |= w.flag;
  return plain ? flags | PLAIN : flags;
}

let lastHost: string | null = null;
let lastFlags = 0;

/** Keep the flags parseHost computed for `hostname` (the same as scanHost(hostname) gives). */
export function rememberScan(hostname: string, flags: number): void {
  lastHost = hostname;
  lastFlags = flags;
}

/** scanHost(s), without a second pass when parseHost just scanned this host name. */
export function scanOf(s: string): number {
  return s === lastHost ? lastFlags : scanHost(s);
}
