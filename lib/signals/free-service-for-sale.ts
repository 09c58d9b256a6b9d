/**
 * free-service-for-sale: the page charges for something that is free (or cheap) at the source:
 * blank USCIS forms and form "downloads" (free at uscis.gov/forms), non-lawyer form-preparation
 * software and "packages" for those free forms, case-status checks, E-Verify
 * Self Check, an EIN (free from the IRS), Diversity Visa lottery entry (official fee in
 * lib/data/facts.json: fee.dv-lottery) and ESTA above the official fee (fee.esta).
 *
 * Each service has an anchor; the anchor's sentence must carry a price above the official fee
 * (0 for free services) and, except for explicit blank-form/download offers, selling words.
 * Traps, all suppressed:
 *  - an attorney's own legal fee ("we prepare your I-130 for $750"): plain form numbers are not
 *    anchors, only blank/printable/PDF/download/kit offers are;
 *  - news and guides quoting prices ("third-party sites charged $89"): warning/reporting words; news of a public
 *    office doing the step for free beside what the agencies charge ("여행사에 맡기면 … 수수료를 내야 한다"): every priced
 *    sentence of the window is another business's (pricedByOthersOnly, othersPrice in middleman/cues.ts);
 *  - the official fee itself ("the ESTA fee is now $40"): not above the official fee;
 *  - a table of several programs' official fees ("ESTA $21 · F1 $185 + SEVIS $350"): only the
 *    anchor's own entry is priced (ownEntry);
 *  - Spanish "esta" (= this): ESTA only counts when the page wrote it in capitals.
 */
import { acronymAt } from '../text/acronyms';
import { matches, sentenceAround, warnsAround, windowAround } from '../text/context';
import { chargesAbove, hasCommerce } from '../text/money';
import { officialFee } from '../text/facts';
import { quote } from '../text/normalize';
import type { ServiceId } from '../types';
import { OTHERS_OFFER, OWN, namesTaxOffice, othersPrice } from './middleman/cues';
import { VISA_STAGE_FEE } from './middleman/dv';
import { familyTotal } from './middleman/agency-fee';
import type { PreparedPage, SignalHit } from './types';

interface Offer {
  service: ServiceId;
  anchor: RegExp;
  /** Fee fact id whose value is the official price; absent = free at the source. */
  fee?: string;
  /** Selling words required in the sentence besides a price. */
  needsCommerce: boolean;
  /** Fee wording without an amount ("our service fee", "for a small fee") counts as charging. */
  feeWords?: boolean;
  /** Extra check on the raw (unfolded) match, e.g. ESTA in capitals. */
  rawCheck?: (raw: string, at: number, end: number) => boolean;
  /** The page is the licensed professional the step belongs with: its price is its own work, not a sale of the step. */
  professional?: (page: PreparedPage) => boolean;
  /** A later stage's fee named beside the price (the DV visa fee a winner pays the embassy): told, not charged by the page. */
  laterStage?: RegExp;
}

const OFFERS: readonly Offer[] = [
  {
    service: 'forms',
    anchor:
      /\b(?:(?:blank|printable|fillable|downloadable|pdf) (?:uscis |immigration |government )?forms?|download (?:the |all |uscis |immigration )*forms?|forms? (?:downloads?|kits?|bundles?)|formularios? (?:de inmigracion |de uscis |migratorios |del gobierno )?(?:en blanco|pdf|imprimibles?|para descargar)|descargu?e (?:los |el |todos los )?formularios?)\b/g,
    needsCommerce: false,
  },
  {
    // Non-lawyer form-preparation sellers (FTC v. Forms Direct): software/packages for free USCIS forms.
    service: 'forms',
    anchor:
      /\b(?:(?:do it yourself|diy|online) immigration software|(?:application|form) preparation (?:software|service)|(?:online )?document[- ]preparation|self-help (?:application )?guides?|(?:application|renewal|replacement|citizenship|naturalization) package|fraction of what (?:a |an )?(?:lawyer|attorney)|no (?:lawyer|attorney) needed|sin abogado)\b/g,
    needsCommerce: false,
    feeWords: true,
  },
  {
    service: 'esta',
    anchor: /\b(?:esta|electronic system for travel authori[sz]ation|sistema electronico de autorizacion de viaje)\b/g,
    fee: 'fee.esta',
    needsCommerce: true,
    feeWords: true,
    rawCheck: (raw, at, end) => acronymAt(raw, at, end, 'ESTA'),
  },
  {
    service: 'dv-lottery',
    anchor: /\b(?:green card lottery|diversity (?:immigrant )?visa(?: program| lottery)?|dv(?:-20\d\d)? (?:lottery|program|entry)|dv-20\d\d|loteria de (?:visas|la green card|green card)|loteria de visas de diversidad)\b/g,
    fee: 'fee.dv-lottery',
    needsCommerce: true,
    feeWords: true,
    laterStage: VISA_STAGE_FEE,
  },
  {
    service: 'case-status',
    anchor: /\b(?:case status|estado de (?:su |mi )?caso)\b/g,
    needsCommerce: true,
  },
  {
    service: 'e-verify',
    anchor: /\b(?:e-verify|self check|autoverificacion)\b/g,
    needsCommerce: true,
  },
  {
    service: 'ein',
    anchor: /\b(?:ein|employer identification number|numero de identificacion (?:patronal|del? empleador))\b/g,
    needsCommerce: true,
    rawCheck: (raw, at, end) => acronymAt(raw, at, end, 'EIN'), // German "ein" is not an EIN
    // a tax office's own work on the tax-ID step, priced among its services (middleman/cues.ts namesTaxOffice)
    professional: namesTaxOffice,
  },
];

// A fee of the business's own (on top of an official fee, or for preparing a free form): counts as
// charging even when the amount is only shown at checkout ("Our service fee covers…", "Platform
// Access Fee", "we can help you … for a small fee"). Bounded [a-z ,]{0,160}: no backtracking blow-up.
const SERVICE_FEE =
  /\b(?:our (?:service |processing )?fees?|(?:a|the|one) (?:simple |transparent )?service fee|service fees? (?:of|covers|includes|per)|(?:platform |access )+fee|purchase price|service level purchased|we [a-z ,]{0,160}for a (?:small |low |modest |nominal )?fee|precio del servicio|tarifa de servicio|nuestra tarifa|nuestros honorarios)\b/;

/**
 * Other government programs a fee table lists beside the ESTA or the DV entry ("ESTA $21 · F1 $185 +
 * SEVIS $350 · J1 $185 + SEVIS $220"): their fees are not a price of the ESTA.
 */
const OTHER_PROGRAM = /\b(?:sevis|i-?901|mrv|ds-?160|ds-?260|b-?1\/b-?2|f-?1|j-?1|m-?1|h-?1b|k-?1|i-?20|ds-?2019)\b/g;

/**
 * The part of the window [s, e) that belongs to the anchor at [a, b): from the last other program
 * named before the anchor to the first one named after it (the whole window when none is named).
 */
function ownEntry(text: string, s: number, e: number, a: number, b: number): string {
  let from = s;
  let to = e;
  for (const m of text.slice(s, e).matchAll(OTHER_PROGRAM)) {
    const at = s + m.index;
    if (at + m[0].length <= a) from = at + m[0].length;
    else if (at >= b) {
      to = at;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * Every sentence of the window with a price above the official fee tells another business's price (othersPrice in
 * middleman/cues.ts) or the agency's fee totalled for a family (familyTotal in middleman/agency-fee.ts: "For a family of
 * four, that translates to an extra $76 in permit fees alone"): "○○구는 … ESTA 신청을 무료로 대행해 준다. 여행사에 맡기면 건당 2만~3만원의 대행 수수료를 내야 한다". A seller comparing
 * itself ("Nuestra tarifa es de 59 euros … Las agencias de viajes cobran más") still has a priced sentence of its own.
 */
function pricedByOthersOnly(text: string, s: number, e: number, official: number): boolean {
  let priced = 0;
  for (let at = s; at < e; ) {
    const [a, b] = sentenceAround(text, at, at);
    const sentence = text.slice(a, Math.min(b, e));
    if (chargesAbove(sentence, official)) {
      if (!othersPrice(sentence) && !familyTotal(sentence)) return false;
      priced += 1;
    }
    at = Math.max(b + 1, at + 1);
  }
  return priced > 0;
}

export default function freeServiceForSale(page: PreparedPage): SignalHit | undefined {
  for (const offer of OFFERS) {
    const official = offer.fee ? officialFee(offer.fee) : 0;
    if (official === undefined) continue; // no dated fee fact: cannot say "above the official fee"
    for (const m of matches(page, offer.anchor)) {
      if (offer.rawCheck && !offer.rawCheck(page.raw, m.index, m.index + m[0].length)) continue;
      const [s, e] = windowAround(page.text, m.index, m.index + m[0].length);
      const sent = page.text.slice(s, e);
      // the anchor's own sentence (its start does not depend on where the match ends)
      const [ownStart, ownEnd] = sentenceAround(page.text, m.index, m.index + m[0].length);
      if (warnsAround(page.text, s, ownStart, e)) continue;
      // An "ESTA $40" official fee or a "$0" never counts; "39 Euro" does (money.ts: chargesAbove).
      const own = offer.fee ? ownEntry(page.text, s, e, m.index, m.index + m[0].length) : sent;
      const above = chargesAbove(own, official) || (offer.feeWords === true && SERVICE_FEE.test(sent));
      if (!above) continue;
      if (offer.needsCommerce && !hasCommerce(sent)) continue;
      if (offer.laterStage?.test(sent) === true && !OWN.test(sent)) continue;
      // news on other businesses' offers ("Web sites that say they will submit … for fees ranging from $40 to $250"), or on
      // a public office doing the step for free beside what the agencies charge ("여행사에 맡기면 … 수수료를 내야 한다")
      if (!OWN.test(sent) && OTHERS_OFFER.test(page.text.slice(ownStart, ownEnd))) continue;
      if (pricedByOthersOnly(page.text, s, e, official)) continue;
      // asked last (a whole-page read), only of a priced offer
      if (offer.professional?.(page) === true) break;
      return { evidence: quote(page.raw, s, e), strength: 'strong', service: offer.service };
    }
  }
  return undefined;
}

/*
Examples:
  fires:      usaestaassist-fees, synthetic-forms-download-seller, synthetic-dv-entry-service-es, synthetic-esta-seller-es
  must not:   sg-usembassy-third-party-esta, eturbonews-esta-fraud-alert, usimmigrationguide-is-esta-free, law-firm-i130-flat-fee, rl-shallowbutwide-visa-2025, rl-jtbc-esta-agency
*/
