/**
 * One pass over a page's text instead of one pass per signal pattern.
 *
 * Every signal looks for its anchor words with a global regex over the whole (up to 200,000
 * character) text: about 30 passes per page, each 0.2–1 ms in V8, because a pattern whose
 * alternatives begin with many different letters cannot skip ahead. Almost all of those patterns
 * start at the beginning of a word (`\b` then a letter or digit), and the first three characters
 * of any match come from a small known set ("usc", "gre", "acc", "i-1", …).
 *
 * So the text is read once: `WordIndex` lists every word start, bucketed by its first three
 * characters (a key). For a pattern, `anchorInfo()` works out from the regex source which keys a
 * match can begin with; the pattern is then tried, anchored (sticky), only at the word starts with
 * one of those keys, in text order. That yields exactly the matches the plain global scan yields —
 * same positions, same groups, same order — because a match of such a pattern can begin nowhere
 * else; tests/unit/text/word-index.test.ts checks this against the plain scan on the corpus and on
 * random texts. A pattern the analysis cannot prove this for (it may start inside a word or with
 * punctuation, uses back-references or flags other than g/i) keeps the plain scan.
 *
 * The regex analysis (which keys a pattern can begin with) is in ./regex-prefix.ts.
 */
import { anchorInfo, GROUPS, SYM, SYMBOLS, symOf, WORD, type AnchorInfo } from './regex-prefix';

// ---------------------------------------------------------------------------------------------
// The index.

let scratchStarts = new Int32Array(0);
let scratchKeys = new Uint16Array(0);

/**
 * Word starts of one text with their keys, grouped by their first two symbols (a counting sort:
 * positions stay ascending within a group). Building it is one pass over the text.
 */
export class WordIndex {
  /** group g holds entries start[g] … start[g + 1] - 1 */
  private readonly start: Int32Array;
  private readonly positions: Int32Array;
  private readonly keys: Uint16Array;

  constructor(readonly text: string) {
    const n = text.length;
    // A text of n characters has at most n/2 + 1 word starts. Scratch space is reused between pages.
    if (scratchStarts.length < (n >> 1) + 1) {
      scratchStarts = new Int32Array((n >> 1) + 1);
      scratchKeys = new Uint16Array((n >> 1) + 1);
    }
    const wordStarts = scratchStarts;
    const keyOf = scratchKeys;
    let count = 0;
    let prevWord = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const w = c < 128 ? (WORD[c] as number) : 0;
      if (w === 1 && prevWord === 0) {
        // past the end: code 0, whose symbol is OTHER
        const s1 = symOf(i + 1 < n ? text.charCodeAt(i + 1) : 0);
        const s2 = symOf(i + 2 < n ? text.charCodeAt(i + 2) : 0);
        wordStarts[count] = i;
        keyOf[count] = ((SYM[c] as number) * SYMBOLS + s1) * SYMBOLS + s2;
        count++;
      }
      prevWord = w;
    }
    const start = new Int32Array(GROUPS + 1);
    for (let j = 0; j < count; j++) {
      const g = (((keyOf[j] as number) / SYMBOLS) | 0) + 1;
      start[g] = (start[g] as number) + 1;
    }
    for (let g = 0; g < GROUPS; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
    const fill = start.slice(0, GROUPS);
    const positions = new Int32Array(count);
    const keys = new Uint16Array(count);
    for (let j = 0; j < count; j++) {
      const key = keyOf[j] as number;
      const g = (key / SYMBOLS) | 0;
      const at = fill[g] as number;
      fill[g] = at + 1;
      positions[at] = wordStarts[j] as number;
      keys[at] = key;
    }
    this.start = start;
    this.positions = positions;
    this.keys = keys;
  }

  /** Word starts where a match of the analysed pattern can begin, ascending. */
  candidates(info: AnchorInfo): Int32Array {
    const out: number[] = [];
    let groups = 0;
    for (let i = 0; i < info.buckets.length; i++) {
      const g = info.buckets[i] as number;
      const to = this.start[g + 1] as number;
      const before = out.length;
      for (let j = this.start[g] as number; j < to; j++) {
        const key = this.keys[j] as number;
        if (((info.keys[key >>> 5] as number) & (1 << (key & 31))) !== 0) out.push(this.positions[j] as number);
      }
      if (out.length > before) groups++;
    }
    const result = Int32Array.from(out);
    return groups > 1 ? result.sort() : result;
  }
}

const byPage = new WeakMap<object, WordIndex>();

/**
 * The index of `page.text`, built once per page object: every signal of one verdict shares it, and
 * a new verdict (a new prepared page) builds its own.
 */
export function wordIndex(page: { readonly text: string }): WordIndex {
  let index = byPage.get(page);
  if (index?.text !== page.text) {
    index = new WordIndex(page.text);
    byPage.set(page, index);
  }
  return index;
}

/**
 * The matches of a global regex in text order, at most `max`: the same as calling re.exec() in a
 * loop from lastIndex 0, through the index when the pattern allows it.
 */
export function* indexedMatches(page: { readonly text: string }, re: RegExp, max: number): Generator<RegExpExecArray> {
  const { text } = page;
  const info = anchorInfo(re);
  if (!info) {
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m && n < max; m = re.exec(text)) {
      n++;
      yield m;
      if (m[0].length === 0) re.lastIndex++;
    }
    return;
  }
  const { sticky } = info;
  const candidates = wordIndex(page).candidates(info);
  let n = 0;
  let from = 0; // where the plain scan would search next
  for (let i = 0; i < candidates.length && n < max; i++) {
    const p = candidates[i] as number;
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    n++;
    from = p + Math.max(1, m[0].length);
    yield m;
  }
}
