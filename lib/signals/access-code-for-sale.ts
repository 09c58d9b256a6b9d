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
 * Trap: a first-person past-tense report is not selling ("a site wanted $89 for my access code but
 * I got it free", "asked me to pay", "me cobraron"): REPORTED in the anchor's sentence.
 * Evidence: the price is taken from the anchor's own sentence when it has one, else the nearest
 * priced sentence after it (a Spanish seller's "Renovación I-90: $300" next door is not the code's price).
 */
import { matches, sentenceAround, warnsAround, windowAround } from '../text/context';
import { chargesAbove, firstPrice, hasCommerce } from '../text/money';
import { quote } from '../text/normalize';
import type { PreparedPage, SignalHit } from './types';

const ANCHOR = /\b(?:online )?access codes?\b|\bcodigos? de acceso\b/g;
/** ANCHOR without the global flag: test() must not move the iteration's lastIndex. */
const ANCHOR_ONE = new RegExp(ANCHOR.source);
// Someone telling what happened to them: past tense, first person ("wanted $89 for my code but…").
const REPORTED =
  /\b(?:wanted|asked (?:me|us)|charged (?:me|us)|tried to (?:charge|sell)|made (?:me|us) pay|i (?:paid|got it|almost paid)|we (?:paid|got it)|me (?:cobraron|pidieron|querian cobrar|quisieron cobrar)|querian cobrarme|quisieron cobrarme)\b/;
const SERVICE = /\b(?:access code (?:service|retrieval service|recovery service|request service|package)|servicio de (?:obtencion de |recuperacion de )?codigo de acceso)\b/;

export default function accessCodeForSale(page: PreparedPage): SignalHit | undefined {
  // The best evidence is the one with a price in it ("Access Code Package only $129"), so a
  // priced mention wins over an earlier unpriced one (often the page title).
  let fallback: SignalHit | undefined;
  for (const m of matches(page, ANCHOR)) {
    const [s, e] = windowAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    const [as, ae] = sentenceAround(page.text, m.index, m.index + m[0].length);
    if (warnsAround(page.text, s, as, e) || REPORTED.test(page.text.slice(as, ae))) continue;
    if (chargesAbove(sent, 0)) {
      const [ps, pe] = priceSentence(page.text, s, e, as, ae);
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

/**
 * The sentence that holds the access code's price, so the evidence shows the price itself: the
 * anchor's own sentence [as, ae) when it has a price, else the first priced sentence after it,
 * else the first priced one in the window [s, e).
 */
function priceSentence(text: string, s: number, e: number, as: number, ae: number): [number, number] {
  if (firstPrice(text.slice(as, ae)) >= 0) return [as, ae];
  const after = firstPrice(text.slice(ae, e));
  if (after >= 0) return sentenceAround(text, ae + after, ae + after);
  const at = firstPrice(text.slice(s, e));
  return at < 0 ? [s, e] : sentenceAround(text, s + at, s + at);
}

/*
Examples:
  fires:      synthetic-access-code-seller-en, synthetic-access-code-seller-es
  must not:   uscis-new-access-code, htuse-find-access-code, imba-request-access-code
*/
