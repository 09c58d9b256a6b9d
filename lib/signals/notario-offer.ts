/**
 * notario-offer: a notario público (or an "immigration consultant") offers immigration legal help.
 * Only a lawyer or a DOJ-accredited representative may give immigration legal services in the
 * U.S.; a notario público may not (USCIS, reproduced in FACTS.md "Legal help").
 *
 * Fires when "notario/a público/a", "notary … immigration", "immigration consultant",
 * "consultor/asesor de inmigración" appears in a sentence (or the ones around it) that OFFERS help in the first person
 * (we help, we prepare, call us, le ayudamos, tramitamos, llámenos). Strong for notario wording, weak for
 * "immigration consultant" (a regulated trade in some states).
 * Traps, suppressed: the many warnings about notario fraud ("notarios are not authorized",
 * "cuidado con los notarios"), and lawyers contrasting themselves ("no somos notarios").
 */
import { hasWarning, matches, windowAround } from '../text/context';
import { quote } from '../text/normalize';
import type { PreparedPage, SignalHit } from './types';

const NOTARIO = /\b(?:notari[oa]s? public[oa]s?|notari[oa] (?:de inmigracion|migratori[oa])|immigration notary|notary (?:public )?(?:for|and|-) immigration)\b/g;
const CONSULTANT = /\b(?:immigration consultants?|immigration specialists?|consultor(?:a|es)? (?:de |en )?(?:inmigracion|migratori[oa]s?)|asesor(?:a|es|ia)? (?:de |en )?(?:inmigracion|migratori[oa]s?)|gestor(?:a|es|ia)? migratori[oa]s?)\b/g;
// First-person offers only: warnings also say "servicios", "trámites", "consulta".
const OFFER =
  /\b(?:we (?:help|prepare|file|process|offer|handle|can help|do)|let us help|call (?:us|now|today)|our (?:services|office)|book (?:an|your) appointment|schedule (?:a|your) (?:consultation|appointment)|le ayudamos|ayudamos|tramitamos|preparamos|llenamos|ofrecemos|hacemos|llame(?:nos)? (?:hoy|ya|ahora|al)|llamenos|visitenos|nuestros servicios|haga su cita)\b/;
const NOT_US = /\b(?:not (?:a |an )?(?:notari|consultant)|unlike|no (?:somos|soy) notari|a diferencia de|not authori[sz]ed|no (?:esta|estan) autorizad|no es (?:un )?abogado|no son abogados|not (?:a |an )?(?:lawyer|attorney)s?)/;

function scan(page: PreparedPage, re: RegExp): [number, number] | undefined {
  for (const m of matches(page.text, re)) {
    const [s, e] = windowAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (hasWarning(sent) || NOT_US.test(sent) || !OFFER.test(sent)) continue;
    return [s, e];
  }
  return undefined;
}

export default function notarioOffer(page: PreparedPage): SignalHit | undefined {
  const notario = scan(page, NOTARIO);
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
