/**
 * not-affiliated-disclaimer: the page says of ITSELF that it is private and not the government
 * ("This website is privately owned and not affiliated with the U.S. Government", "We are not
 * affiliated with USCIS", "No estamos afiliados con ninguna agencia del gobierno"). Commercial
 * form and ESTA sellers print this (often at the bottom) because regulators made them; the signal
 * surfaces it as evidence so the reader sees it up front.
 *
 * Weak: honest information sites and blogs say it too. It raises the level only with another hit.
 * Traps, suppressed: third-person reporting ("websites run by private companies are not affiliated
 * with us" — USCIS) — the disclaimer must be self-referential (this site / we / our / este sitio).
 */
import { matches, sentenceAround } from '../text/context';
import { quote } from '../text/normalize';
import type { PreparedPage, SignalHit } from './types';

const DISCLAIMER =
  /\b(?:not (?:affiliated|associated|endorsed|connected)(?: in any way)? with|privately[- ]owned|private (?:company|business|website|site) (?:and|that)|not a government (?:agency|website|site|entity)|no (?:esta|estamos|somos) (?:afiliad[oa]s?|asociad[oa]s?|vinculad[oa]s?)|no (?:es|somos) una? (?:agencia|entidad|sitio) (?:del |de )?gobierno|sitio (?:web )?privado)\b/g;
const SELF = /\b(?:this (?:web ?site|site|page|company|service|business)|our (?:web ?site|site|company|service|firm)|we are|we're|we)\b|\.(?:com|org|net|us|info)\b|\b(?:este sitio|nuestro sitio|nuestra empresa|somos|estamos|no somos)\b/;

export default function notAffiliatedDisclaimer(page: PreparedPage): SignalHit | undefined {
  for (const m of matches(page, DISCLAIMER)) {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const lead = page.text.slice(Math.max(s, m.index - 90), m.index + m[0].length);
    if (!SELF.test(lead)) continue;
    return { evidence: quote(page.raw, s, e, 160), strength: 'weak' };
  }
  return undefined;
}

/*
Examples:
  fires:      americangreencard-howenter, synthetic-forms-download-seller, synthetic-esta-seller-es
  must not:   visaserve-uscis-reminder, sr-usembassy-esta-fee, eturbonews-esta-fraud-alert
*/
