/**
 * isAboutImmigration: the always-on content script's early exit. One case-insensitive regex over
 * the page text; true when the page could be about U.S. immigration services. It must never say
 * false for a page any signal would fire on, so it lists every signal's anchor words (USCIS, access
 * code, forms I-/N-, ESTA, I-94, green card/DV lottery, visa, E-Verify, EIN, notario, immigration,
 * A-Number, receipt number, DHS, ciudadanía…). It may say true for pages that are not — the
 * signals decide. Small on purpose: it is bundled into the content script (15 kB gzip budget).
 */

// Accents are matched with [aá]-style classes so the text need not be folded first.
const RELEVANT =
  /uscis|migra|visa|\.gov\b|official website|sitio oficial|i-94|green.?card|tarjeta verde|lotter|loter[ií]a|naturali[sz]|citizenship|ciudadan[ií]a|\b[in]-\d{2,4}\b|access code|c[oó]digo de acceso|e-verify|self check|\bein\b|employer identification|notari|homeland security|seguridad nacional|\bdhs\b|asylum|asilo|deport|work permit|permiso de trabajo|receipt number|n[uú]mero de recibo|a-number|alien registration|passport|pasaporte|residen|travel authori|autorizaci[oó]n de viaje|consulate|consulado|embassy|embajada/i;

// ESTA only in capitals: Spanish "esta" (= this) would let every Spanish page through.
const ESTA = /\bESTA\b/;

/** True when the text could be about U.S. immigration services. Any string is safe. */
export function isAboutImmigration(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  const t = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return RELEVANT.test(t) || ESTA.test(t);
}
