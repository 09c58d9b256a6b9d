/**
 * notario-offer: a notario público (or an "immigration consultant") offers immigration legal help.
 * Only a lawyer or a DOJ-accredited representative may give immigration legal services in the
 * U.S.; a notario público may not (USCIS, reproduced in FACTS.md "Legal help").
 *
 * Fires when "notario/a público/a", "notary … immigration", "immigration consultant",
 * "consultor/asesor de inmigración" appears in a sentence (or the ones around it) that OFFERS help in the first person
 * (we help, we prepare, call us, le ayudamos, tramitamos, llámenos). Strong for notario wording, weak for
 * "immigration consultant" (a regulated trade in some states).
 * Also "Notario Public" (a common misspelling on these ads), "our notario fills out your forms", and an
 * English "notary public" that offers to prepare or fill out immigration forms (strong too).
 * Traps, suppressed: a notary public that only notarizes ("we notarize affidavits"); the many warnings about notario fraud ("notarios are not authorized",
 * "cuidado con los notarios"), and lawyers contrasting themselves ("no somos notarios").
 */
import { hasWarning, matches, windowAround } from '../text/context';
import { quote } from '../text/normalize';
import type { PreparedPage, SignalHit } from './types';

const NOTARIO = /\b(?:notari[oa]s? public(?:[oa]s?)?|(?:our|nuestr[oa]s?) notari[oa]s?|notari[oa] (?:de inmigracion|migratori[oa])|immigration notary|notary (?:public )?(?:for|and|-) immigration)\b/g;
// A US notary public is legitimate ("we notarize affidavits"); it counts only when the same window
// offers to prepare / fill out immigration forms, which a notary may not do.
const NOTARY = /\bnotary public\b/g;
const IMMIGRATION_FORMS =
  /\b(?:we (?:prepare|fill out|fill in|complete|file|help (?:you )?(?:fill|complete|file|prepare))|fills? out your|prepare your|complete your)\s(?:\w+\s){0,3}?(?:immigration|uscis|green card|citizenship|naturalization|daca|asylum|work permit|visa|[in]-\d{2,4})/;
const CONSULTANT = /\b(?:immigration consultants?|immigration specialists?|consultor(?:a|es)? (?:de |en )?(?:inmigracion|migratori[oa]s?)|asesor(?:a|es|ia)? (?:de |en )?(?:inmigracion|migratori[oa]s?)|gestor(?:a|es|ia)? migratori[oa]s?)\b/g;
// First-person offers only: warnings also say "servicios", "trámites", "consulta".
const OFFER =
  /\b(?:we (?:help|prepare|file|process|offer|handle|can help|do)|let us help|call (?:us|now|today)|our (?:services|office)|book (?:an|your) appointment|schedule (?:a|your) (?:consultation|appointment)|le ayudamos|ayudamos|tramitamos|preparamos|llenamos|ofrecemos|hacemos|llame(?:nos)? (?:hoy|ya|ahora|al)|llamenos|visitenos|nuestros servicios|haga su cita|(?:our|nuestr[oa]s?) notari[oa]s? (?:fills?|prepares?|completes?|files?|llena|prepara|tramita)|fills? out your|llenamos)\b/;
const NOT_US = /\b(?:not (?:a |an )?(?:notari|consultant)|unlike|no (?:somos|soy) notari|a diferencia de|not authori[sz]ed|no (?:esta|estan) autorizad|no es (?:un )?abogado|no son abogados|not (?:a |an )?(?:lawyer|attorney)s?)/;

function scan(page: PreparedPage, re: RegExp, offer: RegExp = OFFER): [number, number] | undefined {
  for (const m of matches(page, re)) {
    const [s, e] = windowAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (hasWarning(sent) || NOT_US.test(sent) || !offer.test(sent)) continue;
    return [s, e];
  }
  return undefined;
}

export default function notarioOffer(page: PreparedPage): SignalHit | undefined {
  const notario = scan(page, NOTARIO) ?? scan(page, NOTARY, IMMIGRATION_FORMS);
  if (notario) return { evidence: quote(page.raw, notario[0], notario[1]), strength: 'strong', service: 'legal-help' };
  const consultant = scan(page, CONSULTANT);
  if (consultant) return { evidence: quote(page.raw, consultant[0], consultant[1]), strength: 'weak', service: 'legal-help' };
  return undefined;
}

/*
Examples:
  fires:      synthetic-notario-zelle-es, synthetic-notario-offer-en
  must not:   publiccounsel-notario, legalclarity-notario-fraud, martinezimmigration-notario, abogado-consulta-es
*/
