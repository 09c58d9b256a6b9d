/**
 * access-code-for-sale: the page sells the USCIS online access code (USCIS does not charge for it;
 * a new one is requested free at my.uscis.gov/account/v1/needhelp).
 *
 * Fires when "access code" / "código de acceso" appears in a sentence that also has
 *  - a price, or
 *  - selling words (buy, order now, checkout, our fee, comprar, pague ahora), or
 * when the page offers an "access code service" / "servicio de código de acceso".
 * Never fires when the sentence is a warning or negation ("never pay for an access code",
 * "scammers sell access codes", "USCIS no cobra"): guides and news quote these scams.
 * Trap: "in order to use your access code" is not an order (COMMERCE excludes it).
 */
import { hasCommerce, matches, prices, sentenceAround, warnsAround, windowAround } from '../text/context';
import { quote } from '../text/normalize';
import type { PreparedPage, SignalHit } from './types';

const ANCHOR = /\b(?:online )?access codes?\b|\bcodigos? de acceso\b/g;
/** ANCHOR without the global flag: test() must not move the iteration's lastIndex. */
const ANCHOR_ONE = new RegExp(ANCHOR.source);
const SERVICE = /\b(?:access code (?:service|retrieval service|recovery service|request service|package)|servicio de (?:obtencion de |recuperacion de )?codigo de acceso)\b/;

export default function accessCodeForSale(page: PreparedPage): SignalHit | undefined {
  // The best evidence is the one with a price in it ("Access Code Package only $129"), so a
  // priced mention wins over an earlier unpriced one (often the page title).
  let fallback: SignalHit | undefined;
  for (const m of matches(page.text, ANCHOR)) {
    const [s, e] = windowAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (warnsAround(page.text, s, sentenceAround(page.text, m.index, m.index)[0], e)) continue;
    if (prices(sent).some((p) => p > 0)) {
      const [ps, pe] = priceSentence(page.text, s, e);
      const own = ANCHOR_ONE.test(page.text.slice(ps, pe));
      const evidence = own
        ? quote(page.raw, ps, pe)
        : `${quote(page.raw, m.index, m.index + m[0].length)} … ${quote(page.raw, ps, pe)}`;
      return { evidence, strength: 'strong', service: 'access-code' };
    }
    if (!fallback && (hasCommerce(sent) || SERVICE.test(sent))) {
      fallback = { evidence: quote(page.raw, s, e), strength: 'strong', service: 'access-code' };
    }
  }
  return fallback;
}

/** The sentence inside [s, e) that holds the first price, so the evidence shows the price itself (with the anchor's). */
function priceSentence(text: string, s: number, e: number): [number, number] {
  const at = text.slice(s, e).search(/[$€£]\s?\d|\d\s?(?:usd|dolares|dollars)\b/);
  return at < 0 ? [s, e] : sentenceAround(text, s + at, s + at);
}

/*
Examples:
  fires:      synthetic-access-code-seller-en, synthetic-access-code-seller-es
  must not:   uscis-new-access-code, htuse-find-access-code, imba-request-access-code
*/
