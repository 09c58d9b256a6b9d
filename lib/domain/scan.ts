/**
 * One pass over a host name that answers, together, the questions parseHost and the look-alike
 * prefilter used to ask with a regex and several substring searches each (speed only: the
 * answers are exactly those of the expressions named below; bench/domains.ts measures).
 *
 *   PLAIN    s matches /^[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63})*\.?$/ (parseHost's fast path)
 *   TRIGGER  s spells one of the trigger words of lookalike-targets.json (`triggerWords` and each
 *            target's `triggers`), hyphens between its letters allowed (`dv-program`,
 *            `u-s-c-i-s`: the look-alike patterns allow them too): the look-alike prefilter;
 *            and one bit per group of trigger words (triggerMask), so a target's checks can be skipped
 *   DASH     s contains '-'
 *   OFFICIAL s contains 'official', hyphens allowed as above (a superset of includes('official'))
 *   XN       s contains 'xn--' (exactly: words with a hyphen are matched exactly)
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
/** The first of the per-word bits (see triggerMask). */
const FIRST_WORD_BIT = 5;

interface Word {
  word: string;
  flag: number;
  /** Matched exactly (the word has a hyphen), not with hyphens between its letters. */
  exact: boolean;
}

const word = (w: string, flag: number): Word => ({ word: w, flag, exact: w.includes('-') });
const TRIGGER_WORDS: readonly string[] = [...new Set([...targetsData.triggerWords, ...targetsData.targets.flatMap((t) => t.triggers)])];
/**
 * Words listed by the same targets (and the same way in `triggerWords`) share one bit: a target's
 * checks only need to know that one of its words is spelt (`migra`, `citizen`, `naturaliz`, `cis`
 * are all USCIS's), so the 26 bits hold more words than 26.
 */
const groupOf = (w: string): string =>
  [targetsData.triggerWords.includes(w) ? '*' : '', ...targetsData.targets.filter((t) => t.triggers.includes(w)).map((t) => t.id)].join(' ');
const GROUPS: readonly string[] = [...new Set(TRIGGER_WORDS.map(groupOf))];
if (FIRST_WORD_BIT + GROUPS.length > 31) throw new Error('scan.ts: too many trigger word groups for the flag bits');
const wordBit = (w: string): number => {
  if (!TRIGGER_WORDS.includes(w)) throw new Error(`scan.ts: "${w}" is not a trigger word`);
  return 1 << (FIRST_WORD_BIT + GROUPS.indexOf(groupOf(w)));
};
const WORDS: readonly Word[] = [
  ...TRIGGER_WORDS.map((w) => word(w, TRIGGER | wordBit(w))),
  word('official', OFFICIAL),
  word('xn--', XN),
];

/** The flag bits of these trigger words: `(scanHost(s) & triggerMask(ws)) !== 0` when s spells one. */
export function triggerMask(words: readonly string[]): number {
  let mask = 0;
  for (const w of words) mask |= wordBit(w);
  return mask;
}

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
/**
 * One table for the loop below, indexed by (previous char code) * 128 + (this char code), ASCII
 * only: bits 0–1 = the class of this character (0 LABEL [a-z0-9_], HYPHEN '-', DOT '.', OTHER),
 * bits 2–7 = 1 + the number of the pair when a word starts with this pair of characters, else 0.
 * Most characters of a host name read 0 (a lower-case letter or digit that starts no word), so
 * the loop does one load and one comparison for them.
 */
const HYPHEN = 1;
const DOT = 2;
const OTHER = 3;
const PAIR_KEYS: readonly number[] = BY_PAIR.flatMap((ws, key) => (ws === null ? [] : [key]));
if (PAIR_KEYS.length > 63) throw new Error('scan.ts: too many word pairs for the step table');
const STEP = new Uint8Array(128 * 128);
for (let c = 0; c < 128; c++) {
  const label = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
  const k = label ? 0 : c === 45 ? HYPHEN : c === 46 ? DOT : OTHER;
  for (let prev = 0; prev < 128; prev++) STEP[prev * 128 + c] = k;
}
PAIR_KEYS.forEach((key, i) => {
  STEP[key] = (STEP[key] as number) | ((i + 1) << 2);
});
/**
 * THIRD[(pair number) * 128 + c] = 1 when a word of that pair goes on with char code c (0 stands
 * for "nothing follows", 127 for any non-ASCII character): common pairs such as `in`, `go`, `es`
 * rarely go on as a word does, so startsWith runs rarely. Two-letter words accept anything.
 */
const THIRD = new Uint8Array((PAIR_KEYS.length + 1) * 128);
PAIR_KEYS.forEach((key, i) => {
  for (const w of BY_PAIR[key] ?? []) {
    if (w.word.length === 2) THIRD.fill(1, (i + 1) * 128, (i + 2) * 128);
    else THIRD[(i + 1) * 128 + w.word.charCodeAt(2)] = 1;
  }
});
// Non-ASCII characters enter the pair index as DEL (127); no pair word may contain it.
if (WORDS.some((w) => w.word.includes('\x7f'))) throw new Error('scan.ts: a scanned word contains DEL');

let lastFirst = 0;

/**
 * `s` spells `w` from `at`: exactly when `w` has a hyphen (`xn--`), else with any hyphens between
 * its letters (`dv-program` spells `dvprog`).
 */
function wordAt(s: string, at: number, w: Word): boolean {
  if (w.exact) return s.startsWith(w.word, at);
  const word = w.word;
  let j = at;
  for (let k = 0; k < word.length; k++, j++) {
    if (k > 0) while (s.charCodeAt(j) === 45) j++;
    if (s.charCodeAt(j) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The char code that starts the last label of the string scanHost saw last, e.g. `b` for `a.b`
 * and `a.b.`: parseHost's IPv4 test without a lastIndexOf. Meaningful only for PLAIN strings.
 */
export function lastLabelFirstCode(): number {
  return lastFirst;
}

/** The flags of any string (see the top of this file). */
export function scanHost(s: string): number {
  const n = s.length;
  let flags = 0;
  let plain = n > 0; // '' is not a host; a lone trailing dot after a label is fine
  let dot = -1; // index of the last dot seen
  let dotBefore = -1; // index of the dot before that one
  let prev = 127; // no pair starts before the first character (no word contains DEL)
  let prevAt = -1; // where prev is: hyphens do not move it, so pairs look across them
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) {
      plain = false;
      c = 127;
    }
    const key = prev * 128 + c;
    const t = STEP[key] as number;
    const pairAt = prevAt;
    if (c !== 45) {
      prev = c;
      prevAt = i;
    }
    if (t === 0) continue;
    if (t > 3) {
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (next === 45 || THIRD[(t >> 2) * 128 + (next < 128 ? next : 127)] === 1) {
        for (const w of BY_PAIR[key] as readonly Word[]) if (wordAt(s, pairAt, w)) flags |= w.flag;
      }
    }
    const k = t & 3;
    if (k === HYPHEN) flags |= DASH;
    else if (k === DOT) {
      // An empty label (leading dot, `..`) or a label longer than 63 characters.
      if (i - dot === 1 || i - dot > 64) plain = false;
      dotBefore = dot;
      dot = i;
    } else if (k === OTHER) plain = false;
  }
  if (n - dot > 64) plain = false; // the last label, when it has no dot after it
  // The last label starts after the last dot, or after the one before it when the host ends with a dot.
  lastFirst = (dot === n - 1 ? s.charCodeAt(dotBefore + 1) : s.charCodeAt(dot + 1)) | 0;
  for (const w of ODD_WORDS) if (s.includes(w.word)) flags |= w.flag;
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
