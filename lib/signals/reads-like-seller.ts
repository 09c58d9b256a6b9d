/**
 * reads-like-seller: a small learned model says the page's words read like the sites of businesses
 * that charge for a free government step (ESTA, DV lottery, forms…) rather than like lawyers, news,
 * guides or agencies. It sums the weights (lib/data/seller-model.json) of the words, word pairs and
 * character pieces found in the first `cap` characters of the folded page; above `threshold` it fires.
 *
 * How the weights were made, and what they are worth: scripts/seller-model.ts and docs/accuracy.md
 * ("A learned text model"): logistic regression on real tune pages only, threshold picked by
 * cross-validation grouped by site. Measured gain is small (cross-validation +1 of 26 missed tune sellers,
 * untuned +2, fresh +0, no new false caution anywhere), so it is WEAK: it raises the level only with
 * another weak signal or a look-alike host (lib/verdict/decide.ts rule 6), never alone.
 * Applied, as it was measured, only to pages about a government program (about-uscis-services).
 * Evidence: the few words that pushed the score most.
 *
 * One pass over at most `cap` characters (2,000: the corpus excerpts it learnt from are that long;
 * a long page would otherwise hold more features than any training page), one Map lookup per feature.
 */
import model from '../data/seller-model.json';
import aboutUscisServices from './about-uscis-services';
import type { PreparedPage, SignalHit } from './types';

const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(model.weights));
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+|[\p{L}\p{N}]+|[$€£¥₩]/gu;
/** Evidence shows words a reader can check (not character pieces, digits or one-letter words). */
const READABLE = /^(?:[\p{L}]{3,}(?: [\p{L}]{2,})?|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{2})$/u;
/** Evidence names at most this many words. */
const EVIDENCE_WORDS = 3;

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

export default function readsLikeSeller(page: PreparedPage): SignalHit | undefined {
  const { score, top } = sellerScore(page);
  if (score < model.threshold || top.length === 0) return undefined;
  if (!aboutUscisServices(page)) return undefined;
  return { evidence: top.map((w) => `"${w}"`).join(', '), strength: 'weak', onlyWithOthers: true };
}

/*
Examples:
  fires:      ra-applyestaonline-refund, ri-dvprogram-com-faq, rb-123citizen-guarantee
  must not:   rm-exodustravels-us-esta, rk-shionaga-us-visa-guide, rk-pns-embassy-esta-press
*/
