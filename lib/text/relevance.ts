/**
 * isAboutImmigration: the always-on content script's early exit. A few case-insensitive regexes
 * over the page text; true when the page could be about U.S. immigration services. It must never
 * say false for a page any signal would fire on, so it lists every signal's anchor words (USCIS,
 * access code, forms I-/N-, ESTA, I-94, green card/DV lottery, visa, E-Verify, EIN, notario,
 * immigration, A-Number, receipt number, DHS, ciudadanía…). It may say true for pages that are not
 * — the signals decide — but everyday words must not open the gate (tests/unit/text/relevance.test.ts):
 * "president"/"residential" (residen), "advisable" and "We accept Visa" (visa), "database
 * migrations" (migra), "Club Deportivo" (deport), N-95 masks and the I-95 highway (form numbers),
 * Passport.js. Every word is bounded (\b) and every look-around has a fixed small width: linear time.
 * Small on purpose: it is bundled into the content script (15 kB gzip budget).
 */

// Accents are matched with [aá]-style classes so the text need not be folded first.
const RELEVANT = new RegExp(
  [
    String.raw`uscis|\b(?:im|in|e)migra|\bmigra(?:nts?|ntes?|tori[oa]s?)\b|\bmigraci[oó]n\b(?! de (?:datos|bases?|la base|servidor))`,
    // a visa, not the card brand ("We accept Visa", "Visa and Mastercard", "Visa debit")
    String.raw`(?<!(?:accept|accepts|accepted|with|mastercard|master card|amex|discover|debit|credit|prepaid|aceptamos|con)[ ,/&]{1,3}(?:and |or |y |o )?)\bvis(?:as?|ados?)\b(?![ ,/&]{1,3}(?:and |or |y |o )?(?:mastercard|master card|cards?|debit|credit|gift|prepaid|amex|american express|discover|electron|signature|platinum|infinite|rewards|checkout|tarjetas?)\b)`,
    String.raw`\.gov\b|official (?:web ?)?site of (?:the )?(?:u\.s\.|us|united states|department)|official (?:u\.s\. |us )?government (?:web ?)?site|sitio (?:web )?oficial del gobierno|\bgreen.?cards?\b|tarjeta verde|\bdv[- ]?(?:lotter|20\d\d)|loter[ií]a de (?:visas?|la green)`,
    String.raw`\bnaturali[sz](?:ation|aci[oó]n|ed|e)\b|citizenship|ciudadan[ií]a|\bciudadanos? (?:americanos?|estadounidenses?)`,
    // USCIS/CBP form numbers: named as forms, or numbers that are not also highways or masks
    String.raw`\b(?:forms?|formularios?|formas?) (?:uscis |de uscis )?(?:i|n|g|ar|ds)-\d|\b(?:i-(?:9|94|129f?|13[014]|140|19[12]|212|290b|360|407|485|526|539|589|60[01]|693|751|765|821d?|864a?|90|912|914|918)|n-(?:336|400|426|565|600|648)|g-(?:28|639|1145|1450)|ar-11|ds-(?:160|260))\b`,
    String.raw`(?:online|uscis) access code|access codes? (?:for|to) (?:your |my |the )?(?:uscis|online account)|c[oó]digos? de acceso|e-verify|employer identification|\bnotari[oa]s?\b|\bnotar[ií]as?\b`,
    String.raw`homeland security|seguridad nacional|\bdhs\b|\bcbp\b|\basylum\b|\basilo\b(?! de ancianos)|\bdeport(?:ation|ations|ed|ee|ees|ing|ar|ado|ados|ada|adas|aci[oó]n|aciones)\b`,
    String.raw`work permit|permiso de trabajo|receipt number|n[uú]mero de recibo|\ba-number\b|alien registration|\bpasaportes?\b|\bpassports?\b(?!\.\w|\s?\()`,
    // residency only as an immigration status
    String.raw`\b(?:permanent|legal|lawful|conditional) residen(?:t|ts|ce|cy)\b|\bresiden(?:cia|tes?) (?:permanentes?|legal|legales|condicional)\b|\bresidencia (?:americana|en (?:ee\.? ?uu|estados unidos))`,
    String.raw`travel authori|autorizaci[oó]n de viaje|\b(?:consulate|consulado|embassy|embajada)s?\b`,
  ].join('|'),
  'i',
);

// ESTA only in capitals: Spanish "esta" (= this) would let every Spanish page through. Same for
// EIN (German "ein").
const CAPS = /\b(?:ESTA|EIN)\b/;

// Cheap gate, same `i` flag so the case rules agree: every RELEVANT match contains one of these
// fragments, nearly all at the start of a word (after a non-letter) and grouped by first letter,
// which V8 scans several times faster than RELEVANT. It may say "maybe" more often than RELEVANT,
// never less (tests/unit/text/relevance.test.ts checks that on the corpus and random strings).
const GATE =
  /uscis|ficial |ci(?:tizenship|udadan)|(?:^|[^a-z])(?:a(?:r-\d|sylum|silo|uthori|ccess code|cceso)|c(?:bp|onsul|odes? (?:for|to) |onditional residen)|d(?:v|hs|s-\d|eport|e trabajo)|e(?:migra|mba(?:ss|jad))|g(?:ov\b|reen|-\d)|i(?:dentification|mmigra|nmigra|-\d)|l(?:egal|awful) residen|migra|n(?:aturali|acional|otar|umber|-\d)|p(?:ermanent residen|ermit|a(?:sa|ss)port)|re(?:cibo|gistration|siden(?:cia|tes?) )|security|v(?:isa|erde|erify|iaje))/i;

/** True when the text could be about U.S. immigration services. Any string is safe. */
export function isAboutImmigration(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  const t = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return (GATE.test(t) && RELEVANT.test(t)) || CAPS.test(t);
}

/** @internal the gate alone, for the property test. */
export const relevanceGate = (t: string): boolean => GATE.test(t);
/** @internal the precise regex alone, for the property test. */
export const relevanceFull = (t: string): boolean => RELEVANT.test(t);
/** @internal the precise regex's source, for the property test's anchor words. */
export const relevanceSource = RELEVANT.source;
