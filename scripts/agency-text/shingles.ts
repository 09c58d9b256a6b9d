/**
 * Word shingles of folded text (lib/text/normalize.ts fold, the one fold every signal reads): a 32-bit hash for every run of `k` consecutive words,
 * in one pass with a rolling hash (linear time, no regex, no substring). A word is a run of letters or digits
 * (ASCII a–z and 0–9 after folding, and every character above U+00BF that is not punctuation or a symbol block);
 * everything else separates words, so "Non-Immigrant", "non immigrant" and "non—immigrant" read alike. The same
 * function hashes the agencies' own text (scripts/agency-text/build.ts) and a page, so the two meet exactly when a
 * page carries `k` words of the agency's wording in a row. Kept with the experiment (scripts/agency-text/measure.ts):
 * no signal reads it (docs/accuracy.md, "copyprint23"); a signal that did would move it to lib/text.
 */

/** Words per shingle: long enough that a run is the agency's sentence, not a phrase any page writes. */
export const SHINGLE_WORDS = 8;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The rolling hash's base (odd, so multiplying by it mod 2^32 loses nothing). */
const BASE = 0x01000197;

/** Is the character (a UTF-16 code unit of folded text) part of a word? */
function isWordChar(code: number): boolean {
  if (code < 0xc0) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  // general punctuation, currency, letterlike and arrow/symbol blocks, CJK punctuation, full-width forms' punctuation
  if ((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xfe30 && code <= 0xfe4f)) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false;
  return code !== 0xd7 && code !== 0xf7;
}

/** Murmur3's finaliser: spreads a hash's bits, so `hash % n` samples shingles evenly. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Calls `visit(hash, startOfFirstWord, endOfLastWord)` for every run of `k` words of `folded`, in order. The hash of a
 * run depends only on its words (not on the punctuation or spacing between them). A `k` that is not a whole number of
 * at least one word gives no run.
 */
export function forEachShingle(folded: string, visit: (hash: number, start: number, end: number) => void, k = SHINGLE_WORDS): void {
  if (!Number.isInteger(k) || k < 1) return;
  let power = 1; // BASE^(k-1) mod 2^32
  for (let i = 1; i < k; i++) power = Math.imul(power, BASE);
  const words = new Int32Array(k);
  const starts = new Int32Array(k);
  let count = 0;
  let rolling = 0;
  let i = 0;
  const n = folded.length;
  while (i < n) {
    while (i < n && !isWordChar(folded.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let h = FNV_OFFSET;
    while (i < n) {
      const code = folded.charCodeAt(i);
      if (!isWordChar(code)) break;
      h = Math.imul(h ^ code, FNV_PRIME);
      i++;
    }
    const slot = count % k;
    if (count >= k) rolling = (rolling - Math.imul(words[slot]!, power)) | 0;
    rolling = (Math.imul(rolling, BASE) + h) | 0;
    words[slot] = h;
    starts[slot] = start;
    count++;
    if (count >= k) visit(mix(rolling), starts[count % k]!, i);
  }
}

/** The shingle hashes of `folded`, in order. */
export function shingleHashes(folded: string, k = SHINGLE_WORDS): number[] {
  const out: number[] = [];
  forEachShingle(folded, (h) => out.push(h), k);
  return out;
}
