/**
 * sells-documents: the message sells immigration or identity documents — "Buy Real and Fake
 * passport, drivers license, green card, Visa", "Buy Green Cards Online, Buy Fake Social Security
 * Numbers", "Apply for real register Passport, Visa … Guaranteed 24 hour passport, citizenship",
 * "Fake ID Cards With Social Security number", IELTS certificates "without exam". Green cards,
 * visas, citizenship and Social Security numbers are issued only by the government; a seller takes
 * the money up front and sends nothing, or a forgery that can get the buyer barred or prosecuted
 * (USCIS and State Department fraud warnings; spam quoted in tests/corpus/messages).
 *
 * Strength: 'strong' — a sale of these documents has no honest reading.
 * Traps, suppressed: warnings, and news of arrests and trials ("charged with selling fake green
 * cards"). "REAL ID" (a U.S. driver's license standard) is not a "real" document for sale.
 */
import { firstUnwarned } from '../sentences';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

const DOCUMENT = String.raw`(?:passports?|green ?cards?|visas?|social security (?:numbers?|cards?)|ssn|id cards?|identity cards?|driver'?s? licen[cs]es?|driving licen[cs]es?|residen(?:ce|t) permits?|work permits?|citizenship(?: documents?)?|birth certificates?|ielts|toefl)`;
// A seller's verb, a forged-or-"real" adjective, and a document (folded text).
const SELLS = new RegExp(
  [
    String.raw`\b(?:buy|buying|sell|selling|for sale|we (?:produce|make|provide|offer|sell)|producers? of)\b(?: \S+){0,5}? (?:real(?! ?id\b)|fake|registered|register|genuine|original|authentic|counterfeit|forged|novelty|camouflage|high quality)\b(?: (?:and|&|or) (?:real|fake|registered|genuine|original|authentic))?(?: \S+){0,4}? ${DOCUMENT}`,
    String.raw`\b(?:order|purchase|obtain|get|apply for)\b(?: \S+){0,3}? (?:fake|counterfeit|forged|novelty|camouflage|real and fake|real register\w*|registered)\b(?: \S+){0,3}? ${DOCUMENT}`,
    String.raw`\bbuy (?:\w+ ){0,2}?${DOCUMENT} online\b|\bfake (?:id cards?|social security (?:numbers?|cards?)) with\b|\b(?:ielts|toefl|pte|gmat|gre)(?: certificates?)? without (?:attending |taking |sitting (?:for )?)?(?:the |an )?(?:exams?|tests?)\b|\bguaranteed 24 hours? (?:passport|visa|citizenship)\b`,
    String.raw`\b(?:compra|vendemos|venta de|vendo) (?:\w+ ){0,3}?(?:pasaportes?|green cards?|tarjetas? de residencia|licencias? de conducir|visas?|numeros? de seguro social) (?:reales|falsos|falsas|autenticos|originales|registrados)\b`,
  ].join('|'),
  'g',
);
// News of police and courts, not an offer.
const NEWS = /\b(?:arrested|charged|sentenced|pleaded|pled|indicted|convicted|seized|police|prosecutors?|investigat\w+|court|detenid[oa]s?|acusad[oa]s?)\b/;

export default function sellsDocuments(msg: PreparedMessage): SignalHit | undefined {
  const hit = firstUnwarned(msg.page, SELLS, 10, (sentence) => NEWS.test(sentence));
  return hit ? { evidence: hit.evidence, strength: 'strong' } : undefined;
}

/*
Examples:
  fires:      "Buy Real and Fake passport,drivers license,green card, Visa (https:// www.quickydocs.com)" (strong);
              "Buy High Quality Real Passports ( whatsapp.......+393509282433 ) Green Card,Citizenship" (strong)
  must not:   "Two men were charged with selling fake green cards to immigrants.",
              "Get your REAL ID driver's license at the DMV before May 7."
*/
