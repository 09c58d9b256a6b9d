/**
 * reads-like-seller: a small learned model says the page's words read like the sites of businesses
 * that charge for a free government step (ESTA, DV lottery, forms…) rather than like lawyers, news,
 * guides or agencies. It sums the weights (lib/data/seller-model.json) of the words, word pairs and
 * character pieces found in the first `cap` characters of the folded page; above `threshold` it fires.
 *
 * How the weights were made, and what they are worth: scripts/seller-model.ts and docs/accuracy.md
 * ("A learned text model"): logistic regression on real tune pages only, threshold picked by
 * cross-validation grouped by site. Measured gain is small (retrained in session 17 on 854 tune pages:
 * cross-validation +0 to +2 of 38 missed tune sellers over five fold splits; untuned +4 and fresh +1 over the
 * engine without it, no false caution), so it is WEAK: it raises the level only with another weak signal or
 * a look-alike host (lib/verdict/decide.ts rule 6), never alone: as a strong signal no threshold added a
 * seller without a false caution in cross-validation.
 * Applied, as it was measured, only to pages about a government program (about-uscis-services).
 * Evidence: the page's own sentence holding the readable word that pushed the score most (a list of
 * model words such as "the united", "our" means nothing to a reader; the sentence shows what the
 * model read, in the page's words). Found after the score, with one search: no cost on pages it passes.
 *
 * One pass over at most `cap` characters (2,000: the corpus excerpts it learnt from are that long;
 * a long page would otherwise hold more features than any training page), one Map lookup per feature.
 */
import model from '../data/seller-model.json';
import { sentenceAround } from '../text/context';
import { quote } from '../text/normalize';
import aboutUscisServices from './about-uscis-services';
import type { PreparedPage, SignalHit } from './types';

const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(model.weights));
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+|[\p{L}\p{N}]+|[$€£¥₩]/gu;
/** Evidence shows words a reader can check (not character pieces, digits or one-letter words). */
const READABLE = /^(?:[\p{L}]{3,}(?: [\p{L}]{2,})?|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{2})$/u;
/** The score keeps at most this many words that pushed it (the evidence quotes the first one found). */
const EVIDENCE_WORDS = 3;
/** Longest evidence sentence (characters), as other signals quote. */
const QUOTE_MAX = 160;

/**
 * The features of folded text (a set: each counts once): words (digits made 0), word pairs, currency
 * symbols, character pairs inside Han/kana/Thai runs, and (chars) character 4-grams of each word with
 * its edges ("#" + 4 characters). scripts/seller-model.ts trains on exactly these.
 */
export function sellerFeatures(folded: string, chars = true): Set<string> {
  const out = new Set<string>();
  let prev = '';
  for (const m of folded.matchAll(TOKEN)) {
    const t = m[0];
    if (WIDE.test(t)) {
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

/** The model's score for a page and the readable features that pushed it up most (largest first). */
export function sellerScore(page: PreparedPage): { score: number; top: string[] } {
  let score = model.bias;
  const pushed: [string, number][] = [];
  for (const f of sellerFeatures(page.text.slice(0, model.cap))) {
    const w = WEIGHTS.get(f);
    if (w === undefined) continue;
    score += w;
    if (w > 0 && READABLE.test(f)) pushed.push([f, w]);
  }
  pushed.sort((a, b) => b[1] - a[1]);
  return { score, top: pushed.slice(0, EVIDENCE_WORDS).map(([f]) => f) };
}

/**
 * Where a readable feature first stands in the folded text it was read from: a Han/kana/Thai pair as
 * written, a word or word pair with no letter or digit on either side (the pair's words may be
 * parted by anything that is not one, as the tokenizer parts them).
 */
function featureAt(text: string, feature: string): { start: number; end: number } | undefined {
  if (WIDE.test(feature)) {
    const i = text.indexOf(feature);
    return i < 0 ? undefined : { start: i, end: i + feature.length };
  }
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${feature.split(' ').join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** The page's sentence around the first of `top` found in the text the model read. */
function evidenceSentence(page: PreparedPage, top: readonly string[]): string | undefined {
  const read = page.text.slice(0, model.cap);
  for (const feature of top) {
    const at = featureAt(read, feature);
    if (!at) continue;
    const [s, e] = sentenceAround(page.text, at.start, at.end);
    const sentence = quote(page.raw, s, e, QUOTE_MAX);
    if (sentence) return sentence;
  }
  return undefined;
}

export default function readsLikeSeller(page: PreparedPage): SignalHit | undefined {
  const { score, top } = sellerScore(page);
  if (score < model.threshold || top.length === 0) return undefined;
  if (!aboutUscisServices(page)) return undefined;
  // The words themselves only if no sentence is found (a feature always comes from the text read).
  const evidence = evidenceSentence(page, top) ?? top.map((w) => `"${w}"`).join(', ');
  return { evidence, strength: 'weak', onlyWithOthers: true };
}

/*
Examples:
  fires:      ra-applyestaonline-refund, ri-dvprogram-com-faq, rb-123citizen-guarantee
  must not:   rm-exodustravels-us-esta, rk-shionaga-us-visa-guide, rk-pns-embassy-esta-press
*/
