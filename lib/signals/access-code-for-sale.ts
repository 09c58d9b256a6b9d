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
const SERVICE = /\b(?:access code (?:service|retrieval service|recovery service|request service|package)|servicio de (?:obtencion de |recuperacion de )?codigo de acceso)\b/;

export default function accessCodeForSale(page: PreparedPage): SignalHit | undefined {
  for (const m of matches(page.text, ANCHOR)) {
    const [s, e] = windowAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (warnsAround(page.text, s, sentenceAround(page.text, m.index, m.index)[0], e)) continue;
    const priced = prices(sent).some((p) => p > 0);
    if (priced || hasCommerce(sent) || SERVICE.test(sent)) {
      return { evidence: quote(page.raw, s, e), strength: 'strong', service: 'access-code' };
    }
  }
  return undefined;
}

/*
Examples:
  fires:      synthetic-access-code-seller-en, synthetic-access-code-seller-es
  must not:   uscis-new-access-code, htuse-find-access-code, imba-request-access-code
*/
