/**
 * Names a scammer can register: the standard typo-squatting fuzzers (the set dnstwist uses:
 * addition, bitsquatting, homoglyph, hyphenation, insertion, omission, repetition, replacement,
 * subdomain, transposition, vowel-swap, dictionary, TLD swap) applied to every protected host,
 * moved off .gov to endings anyone can register. Pure: the benchmark classifies what this gives.
 *
 * A protected host's name is the host without `.gov` (`my.uscis`); it is fuzzed as written
 * (`my.uscis`), hyphen-joined (`my-uscis`) and joined (`myuscis`), then re-homed under `.com`
 * (TLD swap: under each of REHOME). Unicode homographs are a separate fuzzer set (Cyrillic and
 * Greek letters that look Latin, and Latin letters with hooks and strokes).
 */

export const PROTECTED = [
  'uscis.gov', 'my.uscis.gov', 'egov.uscis.gov', 'travel.state.gov', 'dvprogram.state.gov', 'ceac.state.gov',
  'esta.cbp.dhs.gov', 'cbp.gov', 'dhs.gov', 'e-verify.gov', 'state.gov',
] as const;
/** The USCIS group the issue holds to ≥ 95%; the others are held to ≥ 60%. */
export const USCIS_GROUP: ReadonlySet<string> = new Set(['uscis.gov', 'my.uscis.gov', 'egov.uscis.gov']);

/** Endings anyone can register (TLD swap); every other fuzzer re-homes under the first. */
export const REHOME = ['com', 'net', 'org', 'us', 'info', 'co', 'online', 'us.com', 'us.org'] as const;

export const FUZZERS = [
  'addition', 'bitsquatting', 'homoglyph', 'hyphenation', 'insertion', 'omission', 'repetition', 'replacement',
  'subdomain', 'transposition', 'vowel-swap', 'dictionary', 'tld-swap',
] as const;
export type Fuzzer = (typeof FUZZERS)[number] | 'unicode-cyrillic-greek' | 'unicode-hook-stroke';

const KEYBOARD: Record<string, string> = {
  '1': '2q', '2': '3wq1', '3': '4ew2', '4': '5re3', '5': '6tr4', '6': '7yt5', '7': '8uy6', '8': '9iu7', '9': '0oi8', '0': 'po9',
  q: '12wa', w: '3esaq2', e: '4rdsw3', r: '5tfde4', t: '6ygfr5', y: '7uhgt6', u: '8ijhy7', i: '9okju8', o: '0plki9', p: 'lo0',
  a: 'qwsz', s: 'edxzaw', d: 'rfcxse', f: 'tgvcdr', g: 'yhbvft', h: 'ujnbgy', j: 'ikmnhu', k: 'olmji', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};
/** dnstwist's ASCII glyph table (one character → look-alikes, and the two-letter ones). */
const GLYPHS: Record<string, string[]> = {
  '0': ['o'], '1': ['l', 'i'], '2': ['z'], '5': ['s'], a: ['4'], b: ['d', 'lb', '6'], c: ['e'], d: ['b', 'cl', 'dl'],
  e: ['c', '3'], g: ['q', '9'], h: ['lh'], i: ['1', 'l'], k: ['lk', 'ik', 'lc'], l: ['1', 'i'], m: ['n', 'nn', 'rn', 'rr'],
  n: ['m', 'r'], o: ['0'], q: ['g'], s: ['5'], u: ['v'], v: ['u'], w: ['vv'], z: ['2', 's'],
};
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const VOWELS = 'aeiou';
/** Words scam sites add to an agency name (dnstwist's `--dictionary` input). */
export const DICTIONARY = [
  'login', 'online', 'portal', 'secure', 'account', 'apply', 'status', 'case', 'help', 'support', 'service', 'update',
  'verify', 'form', 'forms', 'gov', 'official', 'usa', 'us', 'my', 'center', 'info', 'track', 'check', 'renewal',
  'application', 'payment', 'fee',
];
/** Cyrillic and Greek letters that look Latin. */
const CYRILLIC_GREEK: Record<string, string[]> = {
  a: ['а', 'α'], c: ['с', 'ϲ'], d: ['ԁ'], e: ['е', 'ε'], h: ['һ'], i: ['і', 'ι'], j: ['ј'], k: ['к', 'κ'], l: ['ӏ'],
  o: ['о', 'ο'], p: ['р', 'ρ'], s: ['ѕ'], t: ['τ'], v: ['ν', 'ѵ'], x: ['х', 'χ'], y: ['у', 'γ'], b: ['Ь', 'β'], g: ['ԍ'],
  n: ['η'], u: ['υ'], w: ['ԝ', 'ω'], m: ['м'], r: ['г'],
};
/** Latin letters with a hook or a stroke (the ʂ ƈ ʉ ɨ ħ đ ƒ and their kin). */
const HOOK_STROKE: Record<string, string[]> = {
  a: ['ɑ', 'ⱥ'], b: ['ƀ', 'ɓ'], c: ['ƈ', 'ȼ'], d: ['đ', 'ɗ'], e: ['ɇ'], f: ['ƒ'], g: ['ɠ', 'ǥ'], h: ['ħ', 'ɦ'], i: ['ɨ'],
  j: ['ɉ'], k: ['ƙ'], l: ['ł', 'ƚ'], m: ['ɱ'], n: ['ɲ', 'ƞ'], o: ['ø', 'ɵ'], p: ['ƥ', 'ᵽ'], r: ['ɍ', 'ɽ'], s: ['ʂ', 'ȿ'],
  t: ['ƭ', 'ŧ'], u: ['ʉ'], v: ['ʋ'], y: ['ƴ', 'ɏ'], z: ['ƶ', 'ʐ'],
};

export interface Variant {
  fuzzer: Fuzzer;
  target: string;
  /** The fuzzed name before its ending (`my-usciss`). */
  name: string;
  host: string;
}

/** The names a protected host is written as before fuzzing: `my.uscis`, `my-uscis`, `myuscis`. */
export function basesOf(host: string): string[] {
  const name = host.replace(/\.gov$/, '');
  return [...new Set([name, name.replaceAll('.', '-'), name.replaceAll('.', '')])];
}

/** Positions of letters and digits (fuzzers never touch dots and hyphens, nor move them). */
const letterAt = (s: string, i: number): boolean => /[a-z0-9]/.test(s[i] ?? '');

function* fuzz(kind: Fuzzer, s: string): Generator<string> {
  const n = s.length;
  switch (kind) {
    case 'addition':
      for (const c of ALNUM) yield* [s + c, c + s];
      return;
    case 'bitsquatting':
      for (let i = 0; i < n; i++) {
        for (let bit = 0; bit < 8; bit++) {
          const c = String.fromCharCode(s.charCodeAt(i) ^ (1 << bit));
          if (letterAt(s, i) && /[a-z0-9]/.test(c)) yield s.slice(0, i) + c + s.slice(i + 1);
        }
      }
      return;
    case 'homoglyph':
      for (let i = 0; i < n; i++) for (const g of GLYPHS[s[i] ?? ''] ?? []) yield s.slice(0, i) + g + s.slice(i + 1);
      for (const [two, one] of [['rn', 'm'], ['cl', 'd'], ['vv', 'w']] as const) {
        for (let i = s.indexOf(one); i >= 0; i = s.indexOf(one, i + 1)) yield s.slice(0, i) + two + s.slice(i + 1);
      }
      return;
    case 'hyphenation':
      for (let i = 1; i < n; i++) if (letterAt(s, i - 1) && letterAt(s, i)) yield s.slice(0, i) + '-' + s.slice(i);
      return;
    case 'subdomain':
      for (let i = 1; i < n; i++) if (letterAt(s, i - 1) && letterAt(s, i)) yield s.slice(0, i) + '.' + s.slice(i);
      return;
    case 'insertion':
      for (let i = 0; i < n; i++) {
        for (const c of KEYBOARD[s[i] ?? ''] ?? '') yield* [s.slice(0, i) + c + s.slice(i), s.slice(0, i + 1) + c + s.slice(i + 1)];
      }
      return;
    case 'omission':
      for (let i = 0; i < n; i++) if (letterAt(s, i)) yield s.slice(0, i) + s.slice(i + 1);
      return;
    case 'repetition':
      for (let i = 0; i < n; i++) if (letterAt(s, i)) yield s.slice(0, i + 1) + s.slice(i);
      return;
    case 'replacement':
      for (let i = 0; i < n; i++) for (const c of KEYBOARD[s[i] ?? ''] ?? '') yield s.slice(0, i) + c + s.slice(i + 1);
      return;
    case 'transposition':
      for (let i = 0; i + 1 < n; i++) {
        if (letterAt(s, i) && letterAt(s, i + 1) && s[i] !== s[i + 1]) yield s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
      }
      return;
    case 'vowel-swap':
      for (let i = 0; i < n; i++) {
        if (VOWELS.includes(s[i] ?? '_')) for (const v of VOWELS) if (v !== s[i]) yield s.slice(0, i) + v + s.slice(i + 1);
      }
      return;
    case 'dictionary':
      for (const w of DICTIONARY) yield* [`${w}-${s}`, `${s}-${w}`, w + s, s + w];
      return;
    case 'unicode-cyrillic-greek':
    case 'unicode-hook-stroke': {
      const table = kind === 'unicode-hook-stroke' ? HOOK_STROKE : CYRILLIC_GREEK;
      for (let i = 0; i < n; i++) for (const g of table[s[i] ?? ''] ?? []) yield s.slice(0, i) + g + s.slice(i + 1);
      // every replaceable letter at once, first choice (the whole-script spoof)
      yield [...s].map((c) => table[c]?.[0] ?? c).join('');
      return;
    }
    case 'tld-swap':
      yield s;
  }
}

const VALID = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

/** Every variant of every protected host, deduplicated per (fuzzer, target); never an official host. */
export function generate(): Variant[] {
  const out: Variant[] = [];
  for (const target of PROTECTED) {
    for (const kind of [...FUZZERS, 'unicode-cyrillic-greek', 'unicode-hook-stroke'] as const) {
      const seen = new Set<string>();
      for (const base of basesOf(target)) {
        for (const name of fuzz(kind, base)) {
          const endings = kind === 'tld-swap' ? REHOME : REHOME.slice(0, 1);
          for (const end of endings) {
            const host = `${name}.${end}`;
            if ((kind.startsWith('unicode') || VALID.test(host)) && !seen.has(host)) {
              seen.add(host);
              out.push({ fuzzer: kind, target, name, host });
            }
          }
        }
      }
    }
  }
  return out;
}

/** Agency names a variant may keep whole; a variant that keeps one is never "an English word". */
const AGENCY_TOKENS: ReadonlySet<string> = new Set(['uscis', 'myuscis', 'egov', 'ceac', 'cbp', 'dhs', 'esta', 'dvprogram', 'everify', 'e-verify', 'gov', 'official']);

/**
 * True when the variant is ordinary English word(s) and keeps no agency name: `stats.com`,
 * `slate.com`, `state-login.com` from `state`; `travel.skate.com` from `travel.state`. A
 * variant that keeps every word of a two-word name (`travel.state.com`) is kept. The issue asks
 * to list these and leave them out of the "other agencies" rate.
 */
export function isEnglishVariant(v: Variant, isWord: (w: string) => boolean): boolean {
  if (v.fuzzer.startsWith('unicode')) return false;
  const tokens = v.name.split(/[.-]/).filter((t) => t !== '');
  if (tokens.some((t) => AGENCY_TOKENS.has(t)) || !tokens.every((t) => t.length >= 3 && isWord(t))) return false;
  // Split spellings of the name itself (`us-cis`, `us.cis`) are look-alikes, not other words.
  if (basesOf(v.target).includes(v.name.replace(/[.-]/g, ''))) return false;
  const baseTokens = v.target.replace(/\.gov$/, '').split(/[.-]/);
  return baseTokens.length === 1 || !baseTokens.every((t) => tokens.includes(t));
}
