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
import { featureSentence, scoreFeatures, textFeatures } from '../text/features';
import aboutUscisServices from './about-uscis-services';
import type { PreparedPage, SignalHit } from './types';

const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(model.weights));
/** Longest evidence sentence (characters), as other signals quote. */
const QUOTE_MAX = 160;

/** The features of folded text the weights are for (lib/text/features.ts); scripts/seller-model.ts trains on exactly these. */
export const sellerFeatures = (folded: string, chars = true): Set<string> => textFeatures(folded, { chars });

/** The model's score for a page and the readable features that pushed it up most (largest first). */
export const sellerScore = (page: PreparedPage): { score: number; top: string[] } =>
  scoreFeatures(WEIGHTS, model.bias, sellerFeatures(page.text.slice(0, model.cap)));

export default function readsLikeSeller(page: PreparedPage): SignalHit | undefined {
  const { score, top } = sellerScore(page);
  if (score < model.threshold || top.length === 0) return undefined;
  if (!aboutUscisServices(page)) return undefined;
  // The words themselves only if no sentence is found (a feature always comes from the text read).
  const evidence = featureSentence(page, model.cap, top, QUOTE_MAX) ?? top.map((w) => `"${w}"`).join(', ');
  return { evidence, strength: 'weak', onlyWithOthers: true };
}

/*
Examples:
  fires:      ra-applyestaonline-refund, ri-dvprogram-com-faq, rb-123citizen-guarantee
  must not:   rm-exodustravels-us-esta, rk-shionaga-us-visa-guide, rk-pns-embassy-esta-press
*/
