/**
 * impersonation-phone: the page presents a phone number as USCIS's (or DHS's) that is not one of
 * the official numbers in lib/data/facts.json (every `phone.*` fact: Contact Center, TTY, abroad,
 * call-back caller ID, FTC). "Call USCIS at 1-888-…", "Línea de USCIS: (305) …".
 *
 * Presented as USCIS's = the agency's name (or "immigration services hotline") comes in the same
 * sentence within 60 characters BEFORE the number, or "USCIS" right after it ("… 888-555-0100 (USCIS)").
 * Traps, suppressed: warnings quoting the impostors' number ("scammers called from … pretending
 * to be USCIS"); a law firm's own number ("call our office at …") is not presented as USCIS's;
 * other federal lines (forms line, FTC) are only official if listed in facts.json — so a page
 * citing a real but unlisted USCIS line can fire: add the number to facts.json with its source.
 */
import { matches, sentenceAround, warnsAt } from '../text/context';
import { officialPhones, tenDigits } from '../text/facts';
import { quote } from '../text/normalize';
import type { PreparedPage, SignalHit } from './types';

const PHONE = /(?:\+?1[ .-]?)?(?:\(\d{3}\)|\b\d{3})[ .-]?\d{3}[ .-]\d{4}\b/g;
const AGENCY_BEFORE =
  /\b(?:uscis|citizenship and immigration services|department of homeland security|dhs|immigration (?:services )?(?:hotline|helpline|contact center|customer service)|servicio de ciudadania e inmigracion|departamento de seguridad nacional|linea de inmigracion)\b[^0-9]{0,60}$/;
const AGENCY_AFTER = /^[^a-z0-9]{0,4}\(?(?:uscis|dhs)\b/;
const NOT_AGENCY = /\b(?:our (?:office|firm|team|staff|attorneys?|lawyers?)|nuestra oficina|nuestro despacho|nuestr[oa]s abogad[oa]s)\b/;

export default function impersonationPhone(page: PreparedPage): SignalHit | undefined {
  const official = officialPhones();
  for (const m of matches(page, PHONE)) {
    const digits = tenDigits(m[0]);
    if (!digits || official.has(digits)) continue;
    const end = m.index + m[0].length;
    const [s, e] = sentenceAround(page.text, m.index, end);
    const before = page.text.slice(Math.max(s, m.index - 70), m.index);
    const after = page.text.slice(end, end + 12);
    if (!AGENCY_BEFORE.test(before) && !AGENCY_AFTER.test(after)) continue;
    if (warnsAt(page.text, s, e) || NOT_AGENCY.test(page.text.slice(Math.max(s, m.index - 60), m.index))) continue;
    return { evidence: quote(page.raw, Math.max(s, m.index - 60), end), strength: 'strong', service: 'uscis' };
  }
  return undefined;
}

/*
Examples:
  fires:      synthetic-impostor-giftcard-fee, synthetic-immigrationhelpline, synthetic-fake-uscis-hotline-es
  must not:   htuse-find-access-code, sela-evitar-estafas, dlgvisablog-immigration-scams
*/
