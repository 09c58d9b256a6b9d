/**
 * Where can a match of this regex begin? A parser for the regex syntax the signals use, and the
 * two questions word-index.ts asks of it: does every match start at a word boundary, and which
 * first three characters (a key) can it begin with. Pure; any pattern it cannot answer for is
 * "unindexable" (the caller keeps the plain scan).
 *
 * Keys are over 39 symbols: a–z (case-folded), 0–9, space, '-', and one symbol for everything
 * else. The analysis over-approximates (a look-around is ignored, a class covers every symbol it
 * could touch): extra candidates cost one failed anchored match each, never a wrong result.
 */
export const SYMBOLS = 39;
const SPACE = 36;
const DASH = 37;
const OTHER = 38;
const KEY_LEN = 3;
const KEYS = SYMBOLS * SYMBOLS * SYMBOLS;
/** Index groups: the first two symbols of a word. */
export const GROUPS = SYMBOLS * SYMBOLS;
/** More prefixes than this: the pattern is too open to index (and would not gain from it). */
const MAX_PREFIXES = 4096;
/** Every symbol: what may follow a match shorter than a key. */
const ANY_SYMBOL = Array.from({ length: SYMBOLS }, (_, s) => s);

/** Symbol of each ASCII code; every other character is OTHER. */
export const SYM = new Uint8Array(128).fill(OTHER);
/** \w in a regex without the u flag: [A-Za-z0-9_]. */
export const WORD = new Uint8Array(128);
for (let c = 0; c < 26; c++) {
  SYM[97 + c] = c;
  SYM[65 + c] = c;
  WORD[97 + c] = 1;
  WORD[65 + c] = 1;
}
for (let d = 0; d < 10; d++) {
  SYM[48 + d] = 26 + d;
  WORD[48 + d] = 1;
}
SYM[32] = SPACE;
SYM[45] = DASH;
WORD[95] = 1;

export function symOf(code: number): number {
  return code < 128 ? (SYM[code] as number) : OTHER;
}

// ---------------------------------------------------------------------------------------------
// The regex analysis: a parser for the regex syntax the signals use, and two questions about it.

/** A set of symbols as a 39-bit mask split in two numbers (JS bit operations are 32-bit). */
type Syms = [lo: number, hi: number];
type Node =
  | { t: 'set'; s: Syms }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }
  | { t: 'zero'; boundary: boolean };

class Unindexable extends Error {}

const ALL: Syms = [0xffffffff | 0, (1 << (SYMBOLS - 32)) - 1];
function add(s: Syms, sym: number): void {
  if (sym < 32) s[0] |= 1 << sym;
  else s[1] |= 1 << (sym - 32);
}
function has(s: Syms, sym: number): boolean {
  return sym < 32 ? (s[0] & (1 << sym)) !== 0 : (s[1] & (1 << (sym - 32))) !== 0;
}

/** One character (case-folded symbols: 'a' and 'A' are one symbol either way). */
function literal(code: number): Node {
  const s: Syms = [0, 0];
  add(s, symOf(code));
  return { t: 'set', s };
}

/** The symbols a character class can match: exact per ASCII code, OTHER for anything beyond. */
function classSyms(inClass: (code: number) => boolean, beyondAscii: boolean, negated: boolean): Syms {
  const s: Syms = [0, 0];
  for (let c = 0; c < 128; c++) if (inClass(c) !== negated) add(s, symOf(c));
  // Non-ASCII characters are all OTHER: possible unless the class provably excludes them all.
  if (beyondAscii || negated) add(s, OTHER);
  return s;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => WORD[c] === 1;
// \s: space, tab, line breaks, \v, \f (plus non-ASCII spaces, counted as OTHER)
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

type Escaped = { code: number } | { test: (c: number) => boolean; beyond: boolean; negated: boolean };
const CLASS_ESCAPES: Partial<Record<string, Escaped>> = {
  d: { test: isDigit, beyond: false, negated: false },
  D: { test: isDigit, beyond: true, negated: true },
  w: { test: isWordChar, beyond: false, negated: false },
  W: { test: isWordChar, beyond: true, negated: true },
  s: { test: isSpace, beyond: true, negated: false },
  S: { test: isSpace, beyond: true, negated: true },
};
const CONTROL_ESCAPES: Partial<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11 };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Unindexable(`unexpected ${this.src[this.i]}`);
    return node;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { t: 'seq', items };
  }

  private quantified(node: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unindexable('brace');
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same set of possible matches
    return { t: 'rep', node, min, max };
  }

  private atom(): Node {
    const c = this.src[this.i++] as string;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '.') return { t: 'set', s: [...ALL] };
    if (c === '^' || c === '$') return { t: 'zero', boundary: false };
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')') throw new Unindexable(`bare ${c}`);
    return literal(c.charCodeAt(0));
  }

  private group(): Node {
    let lookaround = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) [this.i, lookaround] = [this.i + 2, true];
    else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) [this.i, lookaround] = [this.i + 3, true];
    else if (this.src.startsWith('?<', this.i)) {
      const close = this.src.indexOf('>', this.i);
      if (close < 0) throw new Unindexable('group name');
      this.i = close + 1;
    } else if (this.src[this.i] === '?') throw new Unindexable('group kind');
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Unindexable('unclosed group');
    this.i++;
    // A look-around consumes nothing; ignoring its condition only adds candidates.
    return lookaround ? { t: 'zero', boundary: false } : inner;
  }

  /** One escape outside a class. */
  private escape(): Node {
    const c = this.src[this.i];
    if (c === 'b' || c === 'B') {
      this.i++;
      return { t: 'zero', boundary: c === 'b' };
    }
    const e = this.escaped(false);
    return 'code' in e ? literal(e.code) : { t: 'set', s: classSyms(e.test, e.beyond, e.negated) };
  }

  /** The escape after a backslash: one character, or a class (\d, \w, \s and their negations). */
  private escaped(inClass: boolean): Escaped {
    const c = this.src[this.i++] as string;
    const cls = CLASS_ESCAPES[c];
    if (cls) return cls;
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return { code: control };
    if (c === 'b' && inClass) return { code: 8 }; // backspace
    if (c === 'x' || c === 'u') {
      const m = (c === 'x' ? /^[0-9a-fA-F]{2}/ : /^[0-9a-fA-F]{4}/).exec(this.src.slice(this.i));
      if (!m) throw new Unindexable('hex escape');
      this.i += m[0].length;
      return { code: parseInt(m[0], 16) };
    }
    // back-references, \p{…}, \k<…>, \c…: not supported; an escaped punctuation mark is itself
    if (/[0-9a-zA-Z]/.test(c)) throw new Unindexable(`escape \\${c}`);
    return { code: c.charCodeAt(0) };
  }

  /** One class item's character: a plain one or an escaped one. */
  private classChar(): Escaped {
    if (this.src[this.i] !== '\\') return { code: this.src.charCodeAt(this.i++) };
    this.i++;
    return this.escaped(true);
  }

  private charClass(): Node {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const tests: Array<(c: number) => boolean> = [];
    let beyond = false;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const lo = this.classChar();
      if (!('code' in lo)) {
        const { test } = lo;
        tests.push(lo.negated ? (x) => !test(x) : test);
        beyond ||= lo.beyond;
        continue;
      }
      const from = lo.code;
      let to = from;
      if (this.src[this.i] === '-' && this.i + 1 < this.src.length && this.src[this.i + 1] !== ']') {
        this.i++;
        const hi = this.classChar();
        if (!('code' in hi)) throw new Unindexable('class escape as a range end');
        to = hi.code;
      }
      tests.push((x) => x >= from && x <= to);
      if (to >= 128) beyond = true;
    }
    if (this.src[this.i] !== ']') throw new Unindexable('unclosed class');
    this.i++;
    return { t: 'set', s: classSyms((x) => tests.some((f) => f(x)), beyond, negated) };
  }
}

/** Every way a match can begin, as strings of symbols (char code 48 + symbol), at most `k` long. */
function prefixes(node: Node, k: number): Set<string> {
  switch (node.t) {
    case 'zero':
      return new Set(['']);
    case 'set': {
      const out = new Set<string>();
      for (let s = 0; s < SYMBOLS; s++) if (has(node.s, s)) out.add(String.fromCharCode(48 + s));
      return out;
    }
    case 'alt': {
      const out = new Set<string>();
      for (const a of node.alts) for (const p of prefixes(a, k)) out.add(p);
      return capped(out);
    }
    case 'seq':
      return sequence(node.items, k);
    case 'rep': {
      // Beyond k copies nothing new can begin a match: the first k characters of r ≥ k copies are
      // the first k of k copies (empty copies only repeat fewer). So a{4294967296} counts as a{k}.
      const out = new Set<string>();
      const least = Math.min(node.min, k);
      const most = Math.min(node.max, least + k);
      for (let r = least; r <= most; r++) for (const p of sequence(Array<Node>(r).fill(node.node), k)) out.add(p);
      return capped(out);
    }
  }
}

function sequence(items: readonly Node[], k: number): Set<string> {
  let cur = new Set(['']);
  for (const item of items) {
    if ([...cur].every((p) => p.length >= k)) break;
    const next = new Set<string>();
    for (const p of cur) {
      if (p.length >= k) next.add(p);
      else for (const q of prefixes(item, k - p.length)) next.add(p + q);
    }
    cur = capped(next);
  }
  return cur;
}

function capped(s: Set<string>): Set<string> {
  if (s.size > MAX_PREFIXES) throw new Unindexable('too many prefixes');
  return s;
}

/**
 * Does every match assert \b before it consumes its first character?
 * 'B' yes; 'N' some path consumes a character first; 'E' some path consumes nothing at all.
 */
function boundaryFirst(node: Node): 'B' | 'N' | 'E' {
  switch (node.t) {
    case 'zero':
      return node.boundary ? 'B' : 'E';
    case 'set':
      return 'N';
    case 'seq':
      for (const item of node.items) {
        const r = boundaryFirst(item);
        if (r !== 'E') return r;
      }
      return 'E';
    case 'alt': {
      const rs = node.alts.map(boundaryFirst);
      return rs.includes('N') ? 'N' : rs.every((r) => r === 'B') ? 'B' : 'E';
    }
    case 'rep': {
      const r = boundaryFirst(node.node);
      return node.min >= 1 ? r : r === 'N' ? 'N' : 'E';
    }
  }
}

export interface AnchorInfo {
  /** The same pattern, sticky: tried at one position. */
  sticky: RegExp;
  /** The keys (first three symbols) a match can begin with, as a bit set over all keys. */
  keys: Uint32Array;
  /** The buckets (first two symbols) those keys fall in, ascending. */
  buckets: Uint16Array;
}

const infos = new WeakMap<RegExp, AnchorInfo | null>();
/** @internal every pattern analysed so far (module constants: a few dozen), for the exactness test. */
export const analysed: RegExp[] = [];

/**
 * What the index needs to run `re` (undefined: not indexable, use the plain scan). The answer is
 * cached per regex object, so patterns should be module constants, not built per call.
 */
export function anchorInfo(re: RegExp): AnchorInfo | undefined {
  const cached = infos.get(re);
  if (cached !== undefined) return cached ?? undefined;
  let info: AnchorInfo | null;
  try {
    info = analyse(re);
  } catch {
    // Unindexable, or a source too deeply nested for the recursive parser (a RangeError): the
    // plain scan is always right.
    info = null;
  }
  infos.set(re, info);
  // Patterns are module constants (a few dozen); the bound only keeps a mistaken per-call pattern
  // from growing this list forever.
  if (info && analysed.length < 256) analysed.push(re);
  return info ?? undefined;
}

function analyse(re: RegExp): AnchorInfo | null {
  if (/[^gi]/.test(re.flags)) return null; // u/v/m/s/d change what \w, . or ^ mean; y is the caller's own anchoring
  const tree = new Parser(re.source).parse();
  if (boundaryFirst(tree) !== 'B') return null;
  const keys = new Uint32Array(Math.ceil(KEYS / 32));
  const buckets = new Set<number>();
  for (const p of prefixes(tree, KEY_LEN)) {
    if (p.length === 0) return null; // can match the empty string
    const first = p.charCodeAt(0) - 48;
    if (first >= SPACE) return null; // begins with punctuation: \b there is not a word start
    // a match shorter than the key: the characters after it can be anything
    const syms = [...p].map((ch) => [ch.charCodeAt(0) - 48]);
    while (syms.length < KEY_LEN) syms.push(ANY_SYMBOL);
    for (const a of syms[0] as number[]) {
      for (const b of syms[1] as number[]) {
        buckets.add(a * SYMBOLS + b);
        for (const c of syms[2] as number[]) {
          const key = (a * SYMBOLS + b) * SYMBOLS + c;
          keys[key >>> 5] = (keys[key >>> 5] as number) | (1 << (key & 31));
        }
      }
    }
  }
  return {
    sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'),
    keys,
    buckets: Uint16Array.from([...buckets].sort((x, y) => x - y)),
  };
}
