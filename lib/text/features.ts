/**
 * The features a small learned text model reads from folded text (lib/text/normalize.ts fold), one function for every
 * such model: the page model (lib/signals/reads-like-seller.ts, trained by scripts/seller-model.ts) and the message
 * model experiment (scripts/message-model.ts). A set: each feature counts once, whatever its count in the text.
 *
 *  - words (letters and digits; digits made 0, so "24 hours" and "48 hours" are one feature) and word pairs ("00 hours");
 *  - currency symbols ($ € £ ¥ ₩) as words;
 *  - character pairs inside runs of scripts written without spaces (Han, kana, Thai; with `hangul`, Hangul too: a Korean
 *    word carries its particles, "계좌가", "계좌를", so its syllable pairs are what repeats across messages);
 *  - with `chars`, character 4-grams of every word with its edges (" esta" → "# est", "#esta", "#sta "): a word's stem
 *    in another form ("verify", "verification") and the words of languages the model met little.
 * Linear in the text's length. Also the scoring and the evidence both models' signals share (scoreFeatures, featureSentence).
 */

import { sentenceAround } from './context';
import { quote } from './normalize';

/** Scripts written without spaces between words: read as character pairs. */
const WIDE_SCRIPTS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}`;
const WIDE = new RegExp(`[${WIDE_SCRIPTS}]`, 'u');
const TOKEN = new RegExp(`[${WIDE_SCRIPTS}]+|[\\p{L}\\p{N}]+|[$€£¥₩]`, 'gu');
const WIDE_HANGUL = new RegExp(`[${WIDE_SCRIPTS}\\p{Script=Hangul}]`, 'u');
const TOKEN_HANGUL = new RegExp(`[${WIDE_SCRIPTS}\\p{Script=Hangul}]+|[\\p{L}\\p{N}]+|[$€£¥₩]`, 'gu');

export interface FeatureOptions {
  /** Character 4-grams of each word. @default true */
  chars?: boolean;
  /** Hangul read as character pairs, like Han and kana (else as words). @default false */
  hangul?: boolean;
}

/** Whether a feature is a character pair of a script written without spaces (as textFeatures makes them). */
export const isWideFeature = (feature: string, hangul = false): boolean => (hangul ? WIDE_HANGUL : WIDE).test(feature);

export function textFeatures(folded: string, { chars = true, hangul = false }: FeatureOptions = {}): Set<string> {
  const wide = hangul ? WIDE_HANGUL : WIDE;
  const out = new Set<string>();
  let prev = '';
  for (const m of folded.matchAll(hangul ? TOKEN_HANGUL : TOKEN)) {
    const t = m[0];
    if (wide.test(t)) {
      for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
      if (t.length === 1) out.add(t);
      prev = '';
      continue;
    }
    const w = t.replace(/\d/g, '0');
    out.add(w);
    if (chars) {
      const edged = ` ${w} `;
      for (let i = 0; i + 4 <= edged.length; i++) out.add(`#${edged.slice(i, i + 4)}`);
    }
    if (prev) out.add(`${prev} ${w}`);
    prev = w;
  }
  return out;
}

/** Evidence shows features a reader can check: words of 3 letters or more, word pairs, Han/kana/Thai pairs (not character pieces, digits or tokens). */
const READABLE = /^(?:[\p{L}]{3,}(?: [\p{L}]{2,})?|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{2})$/u;

/** A model's score for a set of features, and the readable features that pushed it up most (largest weight first, at most `keep`). */
export function scoreFeatures(weights: ReadonlyMap<string, number>, bias: number, feats: Iterable<string>, keep = 3): { score: number; top: string[] } {
  let score = bias;
  const pushed: [string, number][] = [];
  for (const f of feats) {
    const w = weights.get(f);
    if (w === undefined) continue;
    score += w;
    if (w > 0 && READABLE.test(f)) pushed.push([f, w]);
  }
  pushed.sort((a, b) => b[1] - a[1]);
  return { score, top: pushed.slice(0, keep).map(([f]) => f) };
}

/**
 * Where a readable feature first stands in the folded text it was read from: a Han/kana/Thai pair as written, a word or
 * word pair with no letter or digit on either side (the pair's words may be parted by anything that is not one, as the
 * tokenizer parts them).
 */
function featureAt(text: string, feature: string): { start: number; end: number } | undefined {
  if (isWideFeature(feature)) {
    const i = text.indexOf(feature);
    return i < 0 ? undefined : { start: i, end: i + feature.length };
  }
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${feature.split(' ').join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * The text's own sentence (quoted from `raw`, at most `max` characters) around the first of `features` found in the first
 * `cap` characters of the folded `text` (the part the model read): what the model read, in the writer's words — a list of
 * model words ("the united", "our") means nothing to a reader.
 */
export function featureSentence(page: { raw: string; text: string }, cap: number, features: readonly string[], max: number): string | undefined {
  const read = page.text.slice(0, cap);
  for (const feature of features) {
    const at = featureAt(read, feature);
    if (!at) continue;
    const [s, e] = sentenceAround(page.text, at.start, at.end);
    const sentence = quote(page.raw, s, e, max);
    if (sentence) return sentence;
  }
  return undefined;
}
