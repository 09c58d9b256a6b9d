/**
 * job-offer: the message recruits anyone who answers — jobs, visas or a move abroad handed out in
 * bulk ("Australian Public services are giving out thousands of jobs", "VISA CANADA GRATUIT",
 * "eligible for Permanent America E-Visa") or easy money for little work ("trabalhar meio período
 * no seu telefone … Salário diário: 500-1500 reais", "Sólo hay 6 vacantes"). Fake job and visa
 * offers are how advance-fee and task scams start: a fee for the visa or the "training", or
 * deposits for "tasks" (FTC job-scam alerts; fact-checks by Africa Check, DUBAWA, Lupa quoted in
 * tests/corpus/messages).
 *
 * Strength: each cue is one family below; 'strong' when two different cues are in the message,
 * 'weak' for one (a real recruiter may say "part-time position"; a news story may say "labour
 * shortage"). Weak counts only with another red flag (check.ts).
 * Traps, suppressed: sentences that warn ("scammers offer part-time jobs with a daily salary").
 */
import { matches, sentenceAround } from '../../text/context';
import { quote, wordsPattern } from '../../text/normalize';
import type { PreparedMessage } from '../prepare';
import { warns } from '../sentences';
import type { SignalHit } from './types';

const CUES: readonly RegExp[] = [
  // jobs or visas handed out in bulk, or to anyone
  /\b(?:giving out|offering|issuing|granting|handing out|recruiting for|hiring for) (?:\w+ ){0,2}?(?:thousands|hundreds|\d[\d,]*) (?:of )?(?:\w+ )?(?:jobs|visas|work permits|vacancies|positions)\b/g,
  /\bshortage of (?:jobs|workers|labou?r|skilled workers|staff)\b|\bpenurie de main|\bescasez de (?:mano de obra|trabajadores)\b|\bescassez de mao/g,
  /\bfree (?:\w+ )?visas?\b|\bvisas? (?:\w+ ){0,2}?(?:gratuit|gratis)\w*|\bvisto gratis\b/g,
  /\b(?:get|obtain) (?:a |your )?visa (?:easily|fast|quickly|without)\b|\bobtenez (?:facilement )?(?:un |votre )?visa\b|\bobtenga (?:facilmente )?(?:una |su )?visa\b/g,
  /\b(?:eligible|qualified) for (?:a |an )?(?:permanent )?(?:\w+ ){0,2}?(?:e-?visa|work visa|work permit|green card|residency)\b/g,
  // easy money for little work
  /\bpart[- ]time (?:jobs?|work|team|positions?)\b|\btrabajo (?:de )?medio tiempo\b|\bmeio periodo\b|\btemps partiel\b|兼职|兼職|재택 알바/g,
  new RegExp(
    String.raw`\b(?:daily|per day) (?:salary|pay|income|wage)\b|\bearn (?:up to )?(?:\$|us\$)?\d[\d,]* (?:\w+ )?(?:per|a|every) day\b|\bsalario diario\b|\bsalaire journalier\b|日结|日結|日薪|일당|` +
      wordsPattern(['lương theo ngày', 'việc nhẹ lương cao']),
    'g',
  ),
  /\bwork (?:from|on|with) (?:your )?(?:phone|mobile|cell ?phone)\b|\b(?:trabajar|trabajo) desde (?:casa|su celular|tu celular|el celular)\b|\btrabalh\w* (?:no seu|pelo|pelo seu) (?:telefone|celular)\b/g,
  /\bonly \d+ (?:vacancies|slots|positions|places)\b|\bsolo (?:hay|quedan) \d+ vacantes\b|\bestamos (?:buscando|reclutando) personas\b|\bestou recrutando\b|\bganham? imediatamente\b/g,
  new RegExp(String.raw`(?:高薪招聘|고수익)|` + wordsPattern(['làm việc tại nhà']), 'g'),
  // no experience needed, and a work visa for a rich country: "Visa laboral, trabajo en Canadá o
  // Estados Unidos. No necesitas conocimientos previos" (a bare "trabajo en Estados Unidos" is how a
  // visa guide talks: not a cue)
  /\bno (?:previous |prior )?experience (?:needed|required|necessary)\b|\bsin experiencia(?: previa)?\b|\bno (?:necesitas|necesita|se necesita|se necesitan|se requiere|requiere|requieres) (?:conocimientos|experiencia)\b|\bsem experiencia\b|\bsans experience\b/g,
  /\b(?:visas? laboral(?:es)?|visas? de trabajo|work visas?|visto de trabalho|permis de travail)\b[^.!?]{0,40}?\b(?:canada|estados unidos|usa|eeuu|ee uu|europa|europe|australia|the us|the united states)\b/g,
];

export default function jobOffer(msg: PreparedMessage): SignalHit | undefined {
  const { page } = msg;
  let first: [number, number] | undefined;
  let cues = 0;
  for (const cue of CUES) {
    for (const m of matches(page, cue, 10)) {
      const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
      if (warns(page.text.slice(s, e))) continue;
      first ??= [s, e];
      cues += 1;
      break;
    }
  }
  if (!first) return undefined;
  return { evidence: quote(page.raw, first[0], first[1], 160), strength: cues >= 2 ? 'strong' : 'weak' };
}

/*
Examples:
  fires:      "Australian Public services are giving out thousands of jobs to fill the shortage of workers" (strong);
              "Visa laboral, trabajo en Canadá o Estados Unidos. No necesitas conocimientos previos" (strong);
              "Salário diário: 500-1500 reais. Trabalhe meio período no seu telefone" (strong)
  must not:   "Scammers offer part-time jobs with a daily salary: do not answer"
*/
