/**
 * The word index must give every signal exactly the matches a plain global scan gives: same
 * positions, same text, same groups, same order, same cap. Checked for every pattern the signals
 * actually use (collected by running them), on the labelled corpus and on random texts built from
 * the patterns' own words, and on hand-picked edge cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexedMatches, WordIndex } from '@/lib/text/word-index';
import { analysed, anchorInfo } from '@/lib/text/regex-prefix';
import { SIGNALS } from '@/lib/signals';
import { parseHost } from '@/lib/domain';
import { preparePage } from '@/lib/text/prepare';
import { fold } from '@/lib/text/normalize';
import { loadCorpus } from '@/scripts/eval';
import { textToSnapshot } from '@/scripts/html-snapshot';

type Found = [index: number, text: string, groups: Array<string | undefined>];

/** The reference: re.exec() in a loop from the start, as the signals did before the index. */
function plainScan(text: string, re: RegExp, max: number): Found[] {
  const copy = new RegExp(re.source, re.flags);
  const out: Found[] = [];
  for (let m = copy.exec(text); m && out.length < max; m = copy.exec(text)) {
    out.push([m.index, m[0], m.slice(1)]);
    if (m[0].length === 0) copy.lastIndex++;
  }
  return out;
}

/** Through the index; `page` keeps it, as a prepared page does for every signal of one verdict. */
function indexed(text: string, re: RegExp, max: number, page: { readonly text: string } = { text }): Found[] {
  return [...indexedMatches(page, re, max)].map((m): Found => [m.index, m[0], m.slice(1)]);
}

/** Property: on every text the arbitrary gives, each of the patterns matches as the plain scan does. */
function agreesWithPlainScan(texts: fc.Arbitrary<string>, res: readonly RegExp[], numRuns: number): void {
  fc.assert(
    fc.property(texts, fc.integer({ min: 0, max: res.length - 1 }), (t, i) => {
      const re = res[i] as RegExp;
      expect(indexed(t, re, 200)).toEqual(plainScan(t, re, 200));
    }),
    { numRuns },
  );
}

const corpus = loadCorpus();
const pages = corpus.map((e) => preparePage({ ...textToSnapshot(e.text, e.url, e.title ?? ''), forms: [], lang: e.lang ?? '' }, parseHost(new URL(e.url).hostname)));
// Running every signal on every page makes each signal analyse (and so register) its patterns.
for (const page of pages) for (const [, run] of SIGNALS) run(page);
const patterns = [...analysed];

/** The words in a pattern's source ("access", "codes", "i-", "dv-20"): material for random texts. */
function wordsOf(re: RegExp): string[] {
  return re.source
    .replace(/\\[bBdswDSW]/g, ' ')
    .split(/[^a-z0-9 -]+/)
    .flatMap((w) => w.split(' '))
    .filter((w) => w.length > 0);
}
const vocabulary = [...new Set(patterns.flatMap(wordsOf))];

describe('word index', () => {
  it('covers the signals: most anchor patterns are indexable', () => {
    // If this drops, a signal's pattern stopped being provably word-start anchored (it still works,
    // through the plain scan, but the page pays a full pass for it).
    expect(patterns.length).toBeGreaterThanOrEqual(25);
    expect(vocabulary.length).toBeGreaterThan(100);
  });

  it('gives the plain scan’s matches for every pattern on every corpus page', () => {
    let compared = 0;
    for (const page of pages) {
      // One index per page shared by every pattern, as in a verdict (a new one per pattern took a minute).
      const shared = { text: page.text };
      for (const re of patterns) {
        const got = indexed(page.text, re, 200, shared);
        const want = plainScan(page.text, re, 200);
        // expect() only on a difference: 150,000 deep comparisons cost more than the scans.
        if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, `${re.source.slice(0, 60)} on ${page.url}`).toEqual(want);
        compared++;
      }
    }
    expect(compared).toBe(pages.length * patterns.length);
  });

  it('gives the plain scan’s matches on random texts made of the patterns’ words', () => {
    const separator = fc.constantFrom(' ', ' ', ' ', '  ', '-', '.', '. ', ',', '(', ')', '"', "'", '/', '_', '$', '1', 'é', 'ñ', '\u00a0', '\n', '', 'x', '¿', '中', '😀', '\ud800', 'ß');
    const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('the', 'a', 'of', 'uscis', 'es', 'i-130', '$49', 'n-400'));
    const text = fc.array(fc.tuple(word, separator), { maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    const cased = fc.tuple(text, fc.boolean()).map(([raw, upper]) => (upper ? raw.toUpperCase() : fold(raw)));
    agreesWithPlainScan(cased, patterns, 6000);
  });

  it('gives the plain scan’s matches on arbitrary strings', () => {
    const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom('a', 'i', '-', '1', ' ', 'é', '中', '😀', '\udc00'), maxLength: 30 }));
    agreesWithPlainScan(anyText, patterns, 3000);
  });

  it('gives the plain scan’s matches for regex syntax the signals may use later', () => {
    const synthetic = [
      /\b[a-c\d]x/g,
      /\b\x61b/g,
      /\b\u0061b/gi,
      /\b(?:ab|a-c|a\sb|a\tb)/g,
      /\b[abc]{1,2}\b/g,
      /\ba(?=b)/g,
      /\b(?<!x )ab?c/g,
      /\b(?:a|b)+c/g,
      /\b[^\W\d_]b/g,
      /\b(?<name>a)(b)?x*/g,
      new RegExp(String.raw`\b[\-a]b`, 'g'), // an escaped dash in a class
      /\b1[ .-]?\d{2}/g,
      /\ba.b/g,
      /\b(?:a|b\b)/g,
    ];
    const indexable = synthetic.filter((re) => anchorInfo(re) !== undefined);
    expect(indexable.length).toBeGreaterThanOrEqual(11);
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x', '-', ' ', '1', '2', '_', '.', '\t', 'é', 'A', 'B'), maxLength: 30 });
    agreesWithPlainScan(text, synthetic, 8000);
  });

  it('keeps the cap and the order of the plain scan', () => {
    const re = /\b(?:green cards?|uscis)\b/g;
    const t = Array.from({ length: 30 }, (_, i) => (i % 2 ? 'uscis' : 'green card')).join(' and ');
    expect(indexed(t, re, 7)).toEqual(plainScan(t, re, 7));
    expect(indexed(t, re, 7)).toHaveLength(7);
    expect(indexed(t, re, 1000)).toHaveLength(30);
  });

  it.each([
    ['starts with a word boundary', /\bfoo\b/g, true],
    ['a form number with optional prefix', /\b(?:form )?[in]-?\d{2,4}\b/g, true],
    ['case-insensitive', /\buscis\b/gi, true],
    ['no word boundary first', /foo/g, false],
    ['may begin with punctuation', /(?:\+?1[ .-]?)?(?:\(\d{3}\)|\b\d{3})[ .-]?\d{3}/g, false],
    ['\\b before punctuation is not a word start', /\b\$\d+/g, false],
    ['may match the empty string', /\b(?:a)?/g, false],
    ['back-reference', /\b(a)\1/g, false],
    ['unicode flag', /\bfoo/gu, false],
    ['multiline flag', /\bfoo/gm, false],
    ['sticky flag', /\bfoo/gy, false],
    ['a boundary on only one branch', /\bfoo|bar/g, false],
  ])('analysis: %s', (_name, re, expected) => {
    expect(anchorInfo(re) !== undefined).toBe(expected);
  });

  it('analyses huge repeat counts and deep nesting without throwing or stalling', () => {
    const huge = [/\ba{4294967296}/g, /\b(?:){4294967296}a/g, new RegExp(String.raw`\ba{99999999999999999999999}`, 'g'), /\ba{200000000}/g, /\b(?:ab){3,1000000}c/g];
    const t0 = Date.now();
    for (const re of huge) expect(() => anchorInfo(re)).not.toThrow();
    expect(anchorInfo(/\b(?:ab){3,1000000}c/g), 'still indexable').toBeDefined();
    const deep = new RegExp(String.raw`\b` + '(?:'.repeat(3_000) + 'a' + ')'.repeat(3_000), 'g');
    expect(anchorInfo(deep)).toBeUndefined();
    expect([...indexedMatches({ text: 'x a' }, deep, 10)].map((m) => m.index)).toEqual([2]);
    expect(Date.now() - t0).toBeLessThan(2_000);
    for (const t of ['ab'.repeat(3) + 'c', 'abababab c', 'a'.repeat(5)]) {
      const re = /\b(?:ab){3,1000000}c/g;
      expect(indexed(t, re, 10)).toEqual(plainScan(t, re, 10));
    }
  });

  it('handles edge cases like the plain scan', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /\bfoo\b/g],
      ['f', /\bf\b/g],
      ['fo', /\bfo\b/g],
      ['foo', /\bfoo\b/g],
      ['xfoo foo', /\bfoo\b/g],
      ['_foo foo', /\bfoo\b/g],
      ['éfoo foo', /\bfoo\b/g],
      ['中foo 😀foo \ud800foo ¿foo?', /\bfoo\b/g],
      ['a中b a😀c', /\ba.b/g],
      ['a😀c', /\ba..c/g],
      ['(foo) [foo] "foo"', /\bfoo\b/g],
      ['Call USCIS or uscis', /\buscis\b/gi],
      ['i-130 i130 n-400 form i-9 form  i-9', /\b(?:form )?[in]-?\d{2,4}\b/g],
      ['a b c d', /\b\w\b/g],
      ['ab ab', /\b(?:a|ab)\b/g],
    ];
    for (const [t, re] of cases) expect(indexed(t, re, 200), `${re} on ${JSON.stringify(t)}`).toEqual(plainScan(t, re, 200));
  });

  it('indexes every word start: one bucket per first three characters', () => {
    const index = new WordIndex('Uscis, uscis-forms x_y 9ab');
    const info = anchorInfo(/\buscis\b/gi);
    expect(info).toBeDefined();
    expect([...index.candidates(info!)]).toEqual([0, 7]);
  });
});
