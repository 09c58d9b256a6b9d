/**
 * tldts's public-suffix trie, made smaller in every bundle that parses a host (the service worker, the warning page, the
 * address check), with the same data. Used by wxt.config.ts (the bundler's transform of tldts's trie.js); pure, no I/O.
 *
 * tldts 7 ships the trie as a 68 kB label string and four number arrays written as literals ("new Uint16Array([0, 0, 0, 1,
 * …])": about 50 kB of digits and commas for 22,000 numbers). Two changes, one transform:
 *  - the label string is read from an object's property, so the minifier does not inline it at each place it is read (it
 *    was bundled three times: 205 kB in background.js alone);
 *  - each array is written as a string of base-32 digits, one character for a number under 32 (every edge length, every
 *    node flag, most child indexes are 0), and decoded once when the module loads (about 25,000 characters read).
 * The digits are letters and a few signs that need no escaping in any JavaScript string literal. The transform throws when
 * trie.js no longer has the shape it reads, so a tldts update cannot ship unpacked or half-packed data unnoticed
 * (tests/unit/scripts/tldts-trie.test.ts decodes the packed module and compares it with tldts's own arrays).
 */

/** A number's last base-32 digit, then the digits before it. No quote, backslash, backtick, `$` or brace. */
const LAST = '0123456789abcdefghijklmnopqrstuv';
const MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#%&*+';
const BASE = 32;

/** `values` as base-32 digits, most significant first; with `delta`, each value less the one before it (a rising array). */
export function packNumbers(values: readonly number[], delta: boolean): string {
  let out = '';
  let prev = 0;
  for (const value of values) {
    let v = delta ? value - prev : value;
    prev = value;
    if (!Number.isInteger(v) || v < 0) throw new Error(`tldts-trie: cannot pack ${v}`);
    let digits = LAST.charAt(v % BASE);
    for (v = Math.floor(v / BASE); v > 0; v = Math.floor(v / BASE)) digits = MORE.charAt(v % BASE) + digits;
    out += digits;
  }
  return out;
}

/** The decoder, as it stands in the transformed module (packNumbers' inverse, into a typed array of `n` numbers). */
const UNPACK = `const trieDigit = new Int8Array(128).fill(-1);
for (let d = 0; d < ${2 * BASE}; d++) trieDigit[${JSON.stringify(LAST + MORE)}.charCodeAt(d)] = d;
function unpackTrie(s, n, Type, delta) {
  const out = new Type(n);
  let v = 0, i = 0, prev = 0;
  for (let k = 0; k < s.length; k++) {
    const d = trieDigit[s.charCodeAt(k)];
    if (d < ${BASE}) { prev = delta ? prev + v * ${BASE} + d : v * ${BASE} + d; out[i++] = prev; v = 0; } else v = v * ${BASE} + d - ${BASE};
  }
  return out;
}`;

/** The decoder as a function, for tests: the same source the transformed module carries. */
export function unpackNumbers(packed: string, n: number, delta: boolean): number[] {
  const unpack = new Function(`${UNPACK}\nreturn unpackTrie;`)() as (s: string, n: number, t: ArrayConstructor, d: boolean) => number[];
  return [...unpack(packed, n, Array, delta)];
}

const ARRAY = /^export const (\w+) = \/\*#__PURE__\*\/ new (Uint8Array|Uint16Array|Uint32Array)\(\[([\d,\s]*)\]\);$/gm;
const LABELS = /^export const labelText = ("[^"\n]*");$/m;
/** The arrays tldts 7.5's trie.js declares. */
const ARRAYS = ['nodeFlags', 'edgeStart', 'edgeLength', 'edgeChild'];

/** trie.js with its label string read from a property and its arrays packed; throws when the file is not as expected. */
export function packTrie(code: string): string {
  if (!LABELS.test(code)) throw new Error('tldts trie.js no longer declares labelText as one string: check scripts/tldts-trie.ts');
  const packed: string[] = [];
  const body = code
    .replace(LABELS, 'const trieLabels = { text: $1 };\nexport const labelText = trieLabels.text;')
    .replace(ARRAY, (_all, name: string, type: string, list: string) => {
      const values = list.split(',').map((s) => Number(s.trim()));
      const rising = values.every((v, i) => i === 0 || v >= (values[i - 1] ?? 0));
      packed.push(name);
      return `export const ${name} = /*#__PURE__*/ unpackTrie(${JSON.stringify(packNumbers(values, rising))}, ${values.length}, ${type}, ${rising});`;
    });
  if (packed.join() !== ARRAYS.join()) throw new Error(`tldts trie.js arrays are ${packed.join() || 'none'}, not ${ARRAYS.join()}: check scripts/tldts-trie.ts`);
  return `${UNPACK}\n${body}`;
}
