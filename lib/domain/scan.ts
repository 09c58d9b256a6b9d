/**
 * One pass over a host name that answers, together, the questions parseHost and the look-alike
 * prefilter used to ask with a regex and several substring searches each (speed only: the
 * answers are exactly those of the expressions named below; bench/domains.ts measures).
 *
 *   PLAIN    s matches /^[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63})*\.?$/ (parseHost's fast path)
 *   TRIGGER  s contains one of lookalike-targets.json `triggerWords` (lookalike.ts's prefilter)
 *   DASH     s contains '-'
 *   OFFICIAL s contains 'official'
 *   XN       s contains 'xn--'
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
export const XN = 16;

interface Word {
  word: string;
  flag: number;
}

const WORDS: readonly Word[] = [
  ...targetsData.triggerWords.map((word) => ({ word, flag: TRIGGER })),
  { word: 'official', flag: OFFICIAL },
  { word: 'xn--', flag: XN },
];

/** Words the pair index cannot hold (one character, or not ASCII): checked with includes(). */
// eslint-disable-next-line no-control-regex
const isPairWord = (w: Word): boolean => w.word.length >= 2 && /^[\x00-\x7f]+$/.test(w.word);
const ODD_WORDS: readonly Word[] = WORDS.filter((w) => !isPairWord(w));

/** Index: (first char code) * 128 + (second char code) → the ASCII words starting so. */
const BY_PAIR: readonly (readonly Word[] | null)[] = (() => {
  const m: (Word[] | null)[] = new Array<Word[] | null>(128 * 128).fill(null);
  for (const w of WORDS.filter(isPairWord)) {
    const key = w.word.charCodeAt(0) * 128 + w.word.charCodeAt(1);
    (m[key] ??= []).push(w);
  }
  return m;
})();
const PAIRS = new Uint8Array(128 * 128);
BY_PAIR.forEach((ws, key) => {
  if (ws !== null) PAIRS[key] = 1;
});

/**
 * Per char code (all 65536), one table: bits 0–6 = the code itself below 128, else 127 (DEL: no
 * pair word contains DEL, so a pair with a non-ASCII character never hits PAIRS, as before);
 * bits 7–8 = its class: LABEL [a-z0-9_], HYPHEN '-', DOT '.', 0 anything else.
 */
const LABEL = 1 << 7;
const HYPHEN = 2 << 7;
const DOT = 3 << 7;
const CLASS_MASK = 3 << 7;
const CHAR = new Uint16Array(65536).fill(127);
for (let c = 0; c < 128; c++) {
  let k = 0;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) k = LABEL;
  else if (c === 45) k = HYPHEN;
  else if (c === 46) k = DOT;
  CHAR[c] = k | c;
}
if (WORDS.some((w) => w.word.includes('\x7f'))) throw new Error('scan.ts: a scanned word contains DEL');

let lastFirst = 0;

/**
 * The char code that starts the last non-empty label of the string scanHost saw last (0 when
 * none), e.g. `b` for `a.b` and `a.b.`: parseHost's IPv4 test without a lastIndexOf.
 */
export function lastLabelFirstCode(): number {
  return lastFirst;
}

/** The flags of any string (see the top of this file). */
export function scanHost(s: string): number {
  let first = 0;
  let flags = 0;
  let plain = s.length > 0; // '' is not a host; a lone trailing dot after a label is fine
  let label = 0;
  let prev = 127; // no pair starts before the first character (no word contains DEL)
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const t = CHAR[s.charCodeAt(i)] as number;
    const k = t & CLASS_MASK;
    if (k === DOT) {
      if (label === 0) plain = false; // empty label: leading dot or `..`
      label = 0;
    } else if (k !== 0) {
      if (label === 0) first = t & 127; // label characters are ASCII
      if (++label > 63) plain = false;
      if (k === HYPHEN) flags |= DASH;
    } else plain = false;
    const key = prev * 128 + (t & 127);
    // Most positions leave here: no word starts with this pair of characters.
    if (PAIRS[key] === 1) {
      for (const w of BY_PAIR[key] ?? []) if (s.startsWith(w.word, i - 1)) flags |= w.flag;
    }
    prev = t & 127;
  }
  for (const w of ODD_WORDS) if (s.includes(w.word)) flags |= w.flag;
  lastFirst = first;
  return plain ? flags | PLAIN : flags;
}

let lastHost: string | null = null;
let lastFlags = 0;
let lastDomain: string | null = null;
let lastSuffix: string | null = null;

/**
 * Keep the flags parseHost computed for `hostname` (the same as scanHost(hostname) gives), and
 * `domain` and `suffix`, strings parseHost knows `hostname` ends with (tldts' domain and public
 * suffix are slices of the end of the host name it was given), or null.
 */
export function rememberScan(hostname: string, flags: number, domain: string | null = null, suffix: string | null = null): void {
  lastHost = hostname;
  lastFlags = flags;
  lastDomain = domain;
  lastSuffix = suffix;
}

/**
 * True when `hostname.endsWith(end)` is already known; false means "not known" (ask endsWith).
 * `end === lastDomain` is a pointer comparison when it is the very string parseHost kept.
 */
export function isRememberedSuffix(hostname: string, end: string): boolean {
  return hostname === lastHost && (end === lastDomain || end === lastSuffix);
}

/** scanHost(s), without a second pass when parseHost just scanned this host name. */
export function scanOf(s: string): number {
  return s === lastHost ? lastFlags : scanHost(s);
}
