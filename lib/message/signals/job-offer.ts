/**
 * job-offer: the message recruits anyone who answers — jobs, visas or a move abroad handed out in
 * bulk ("Australian Public services are giving out thousands of jobs", "VISA CANADA GRATUIT",
 * "eligible for Permanent America E-Visa") or easy money for little work ("trabalhar meio período
 * no seu telefone … Salário diário: 500-1500 reais", "Sólo hay 6 vacantes"). Fake job and visa
 * offers are how advance-fee and task scams start: a fee for the visa or the "training", or
 * deposits for "tasks" (FTC job-scam alerts; fact-checks by Africa Check, DUBAWA, Lupa quoted in
 * tests/corpus/messages).
 *
 * Strength: each cue is one family below; 'strong' when two different cues are in the message
 * (a move to WhatsApp or Telegram counts as a second one, never as the first), 'weak' for one (a real recruiter may say "part-time position"; a news story may say "labour
 * shortage"). Weak counts only with another red flag (check.ts).
 * Traps, suppressed: sentences that warn ("scammers offer part-time jobs with a daily salary").
 */
import { foldArabic, wordsPattern } from '../../text/normalize';
import type { PreparedMessage } from '../prepare';
import { unwarnedFamilies } from '../sentences';
import type { SignalHit } from './types';

const CUES: readonly RegExp[] = [
  // jobs or visas handed out in bulk, or to anyone
  /\b(?:giving out|offering|issuing|granting|handing out|recruiting for|hiring for) (?:\w+ ){0,2}?(?:thousands|hundreds|\d[\d,]*) (?:of )?(?:\w+ )?(?:jobs|visas|work permits|vacancies|positions)\b/g,
  /\bshortage of (?:jobs|workers|labou?r|skilled workers|staff)\b|\bpenurie de main|\bescasez de (?:mano de obra|trabajadores)\b|\bescassez de mao/g,
  new RegExp(foldArabic(/\bfree (?:\w+ )?visas?\b|\bvisas? (?:\w+ ){0,2}?(?:gratuit|gratis)\w*|\bvisto gratis\b|(?:هجرة|الهجرة|تأشيرة|فيزا)[^.؟!]{0,30}?مجان/.source), 'g'),
  // jobs or scholarships "available" by the hundred: "Plus de 1850 bourses d'étude et plus de 600 offres d'emplois disponibles"
  /\b\d[\d,. ]{0,20} (?:\w+ )?(?:jobs|vacancies|scholarships|job offers|offres d.emplois?|emplois|bourses? d.etudes?|empleos|vacantes|becas|vagas) (?:\w+ ){0,2}?(?:available|disponibles?|open|abiertas|ouvertes)\b/g,
  // engagement bait: the "application" is sharing the post ("share this post to save your name in the embassy's records")
  new RegExp(foldArabic(/\bshare (?:this|the) (?:post|link|message) (?:with|to|in) (?:\d+|your|all)\b|\bpartag(?:ez|er) (?:ce|cette|le) (?:publication|lien|message|post)\b|\bcompart(?:e|a|ir) (?:este|esta|el) (?:mensaje|publicacion|enlace|post) (?:con|en)\b|مشاركة هذا المنشور|شارك هذا المنشور/.source), 'g'),
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
  /\bno (?:previous |prior )?experience (?:needed|required|necessary)\b|\b(?:academic|language|educational|education) (?:and language )?levels? (?:is|are) not important\b|\bsin experiencia(?: previa)?\b|\bno (?:necesitas|necesita|se necesita|se necesitan|se requiere|requiere|requieres) (?:conocimientos|experiencia)\b|\bsem experiencia\b|\bsans experience\b/g,
  /\b(?:visas? laboral(?:es)?|visas? de trabajo|work visas?|visto de trabalho|permis de travail)\b[^.!?]{0,40}?\b(?:canada|estados unidos|usa|eeuu|ee uu|europa|europe|australia|the us|the united states)\b/g,
  // a country "needs a million workers", anyone can apply: "Canada needs one million workers
  // starting from 2021 … the academic and language level is not important"
  /\b(?:needs?|recruit\w*|hiring|wants?) (?:over |more than |about )?(?:one |a |\d[\d,.]* ?)?(?:million|thousands? of|hundreds? of thousands of|\d{3},\d{3}) (?:\w+ ){0,2}?(?:workers|employees|immigrants|foreigners|people)\b/g,
  // a job you never applied for, already yours: "Su currículum ha sido aprobado, sueldo 300000 pesos"
  /\b(?:your|su|tu) (?:curriculum|cv|resume|hoja de vida|perfil) (?:has been|have been|was|ha sido|fue) (?:aprobad[oa]|approved|seleccionad[oa]|accepted|shortlisted|selected)\b/g,
  // the trip paid by "the company", and a job abroad by sending a CV to a stranger: "If you want to find
  // a job in Canada, give us a call or send your CV … Travel costs are paid by the company" (a flyer
  // handed to stranded migrants)
  /\b(?:travel|flight|air ?fare|plane|air) (?:costs?|expenses?|tickets?) (?:are |is |will be )?(?:paid|covered) by (?:the )?(?:company|employer)\b|\bfree (?:air|plane|flight) tickets?\b|\b(?:billete|pasaje)s? (?:de avion )?(?:pagados?|gratis) por (?:la )?(?:empresa|compania)\b|\bpassage(?:m|ns) (?:aerea )?paga por (?:a )?empresa\b/g,
  /\b(?:find|get) a job in (?:canada|the us|the usa|america|europe|australia)\b[^.!?]{0,40}?\b(?:call us|give us a call|send (?:us )?your (?:cv|resume)|whatsapp)\b/g,
  // pay for tasks: "We pay US$300-US$800 … we just need to rate or like the hotel"
  /\bwe pay (?:you )?(?:us)?\$\s?\d[\d,]*(?:\s?-\s?(?:us)?\$?\s?\d[\d,]*)?|\b(?:rate|like|review|rating|liking|reviewing) (?:\w+ ){0,2}?(?:hotels?|products?|videos?|apps?|restaurants?|bookings?)\b[^.!?]{0,60}?(?:\$|\bpay\b|\bpaid\b|\bearn|\bcommission|\bsalary)/g,
];
// A move to a chat app: a recruiter's tell, but only with another cue (alone it is how people talk).
const CHAT = /\b(?:whatsapp|whats app|telegram|wa\.me|t\.me)\b/;

export default function jobOffer(msg: PreparedMessage): SignalHit | undefined {
  const found = unwarnedFamilies(msg.page, CUES);
  if (!found) return undefined;
  const cues = found.count + (CHAT.test(msg.page.text) ? 1 : 0);
  return { evidence: found.evidence, strength: cues >= 2 ? 'strong' : 'weak' };
}

/*
Examples:
  fires:      "Australian Public services are giving out thousands of jobs to fill the shortage of workers" (strong);
              "Visa laboral, trabajo en Canadá o Estados Unidos. No necesitas conocimientos previos" (strong);
              "Salário diário: 500-1500 reais. Trabalhe meio período no seu telefone" (strong);
              "Su currículum ha sido aprobado, sueldo 300000 pesos. Por favor agregue mis datos de contacto: wa.me/573194625582." (strong);
              "If you want to find a job in Canada, give us a call or send your CV … Travel costs are paid by the company" (strong)
  must not:   "Scammers offer part-time jobs with a daily salary: do not answer"
*/
