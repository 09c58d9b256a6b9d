/**
 * unofficial-application: the message invites the reader to apply, register or enter for a visa,
 * a visa or green card lottery, a green card, ESTA, a work permit or another immigration program
 * through a link that is not a government address ("Check Eligibility and Apply here:
 * https://tinyurl.com/…", "Regístrese para la lotería en dv-registro.com"). The Diversity Visa is
 * entered only at dvprogram.state.gov and ESTA only at esta.cbp.dhs.gov (lib/data/facts.json);
 * a look-alike or shortened link there is how sellers and fake programs collect fees and data.
 *
 * Weak: a lawyer's or a school's "apply with us" link is ordinary. It counts with a second red flag
 * (a shortened link, a fee, an agency voice: check.ts).
 * Traps: a link to an official host (dvprogram.state.gov, esta.cbp.dhs.gov, uscis.gov) never counts, nor one
 * to another country's government (www.etakenya.go.ke, canada.ca): its own site is that country's official route,
 * and its notices name it beside its fee ("pay a non-refundable fee of $30 … apply on www.etakenya.go.ke").
 */
import { classifyInput } from '../../domain';
import type { PreparedMessage } from '../prepare';
import { firstUnwarned } from '../sentences';
import type { SignalHit } from './types';

const APPLY = /\b(?:apply|register|sign up|enroll|enter|registration|application form|aplique|solicite|registrese|inscribase|inscripcion|registro|postule)\b[^.!?]{0,80}?\b(?:visas?|lottery|loteria|green cards?|esta|work permits?|permisos? de trabajo|immigration|inmigracion|residency|residencia|parole|dv(?:-\d+)?|program(?:a|me)?)\b/g;
// "Apply here", "register now": the topic is then anywhere in the message ("CANADA Visa Lottery … Apply here:").
const APPLY_HERE = /\b(?:apply|register|sign up|enroll|aplique|registrese|inscribase|solicite|postule)(?: \w+){0,2} (?:here|now|today|online|aqui|ahora|hoy|en linea)\b/g;
const TOPIC = /\b(?:visas?|lottery|loteria|green cards?|esta|work permits?|permisos? de trabajo|immigration|inmigracion|residency|residencia|parole)\b/;

export default function unofficialApplication(msg: PreparedMessage): SignalHit | undefined {
  const link = msg.links.find((l) => {
    const kind = classifyInput(l.url).kind;
    return kind !== 'official' && kind !== 'foreign-government';
  });
  if (!link) return undefined;
  const hit = firstUnwarned(msg.page, APPLY, 10) ?? (TOPIC.test(msg.page.text) ? firstUnwarned(msg.page, APPLY_HERE, 10) : undefined);
  return hit ? { evidence: `${hit.evidence} … ${link.written}`, strength: 'weak' } : undefined;
}

/*
Examples:
  fires:      "CANADA Visa Lottery … Check Eligibility and Apply here: https://tinyurl.com/CANADA-immigration2022"
  must not:   "Enter the DV lottery only at https://dvprogram.state.gov/", "Apply for your visa here: www.etakenya.go.ke"
*/
