/**
 * The Diversity Visa entry sold as a service (session 22, tune batch real-2026-12ap, dv22): what a DV-entry business
 * says of itself that nobody else around the lottery says. Data for middleman-service (MIDDLEMAN_CUES: cues.ts's
 * CUE_WORDS and these) and for free-service-for-sale; kept apart like services.ts.
 *
 * Who sells what: agencies, "consultants", cyber cafés and online "registration" sites take the entrant's data and
 * photo, submit the entry (one entry a person, at dvprogram.state.gov during the entry period the State Department
 * announces: facts.json url.dv-lottery, fee.dv-lottery) and keep the confirmation number; some sell "checking the
 * results" or help with the DS-260 after selection. Their own pages - terms, FAQ, help-centre articles - often say
 * little of the lottery itself and nothing of a price. Two things in them belong to the business alone:
 *  - a promise about the entry's validity: "USA Diversity Lottery garanterer at du ikke bliver diskvalificeret",
 *    "guaranteed qualified entry" ('guarantee'). The State Department, an embassy, a news report or a guide never
 *    promises an entry will not be disqualified; they say nobody can (a negated promise is not the cue); nor does
 *    anyone but the business promise better odds: "our service increases your chances of winning" (RAISES_CHANCES);
 *  - the entrant's confirmation number kept on the business's own site: "The confirmation number received from the
 *    US Government will be visible in your personal pages that you can access anytime using our website" (a 'we-do'
 *    cue: the page speaks of itself). The official route gives the number to the entrant, and only the official
 *    Entrant Status Check shows the result; a guide says "keep your confirmation number", never "in our site".
 *
 * Quiet neighbours (tune batch real-2026-12ap): news announcing the entry period and warning of fees, embassy relays,
 * guides that send the reader to dvprogram.state.gov, forums, a DV-named guide quoting the embassy's visa fee, photo
 * how-tos. A photo studio or photo app that sells only a photo to the DV specification sells a real product, not the
 * entry (photos.ts): it stays quiet unless it also submits the entry. Immigration lawyers helping winners after
 * selection name themselves (LAWYER_SELF). The visa fee a winner pays the embassy after selection (or a scam e-mail's
 * invented "processing fee" for winners, quoted to warn) is not a price of the entry (VISA_STAGE_FEE).
 */
import { sentenceAround, type Pattern } from '../../text/context';
import { foldArabic } from '../../text/normalize';
import { CUE_WORDS, OWN, type Cue } from './cues';
import type { Service } from './services';

/**
 * The guarantee word ("guarantees", "garanterer", "garantizamos", "gwarantujemy"). Folded text. Its ending is bounded:
 * the look-behinds below read the word again at each place a match is tried, so an unbounded `\w*` made one long word
 * ("guaranteeee…", 16,000 letters: 1.5 s) quadratic (review22).
 */
const PROMISE = String.raw`\b(?:guarante|garant|gwarant)\w{0,16}`;

/**
 * Read just after the guarantee word, so the pattern begins with that word (word-index.ts serves it; a pattern that
 * begins with a look-behind is scanned at every character): no negation before it ("no one can guarantee", "nous ne
 * pouvons garantir": a warning, not an offer), and no photo ("DV photos guaranteed not to be disqualified" is a photo
 * shop's promise, not the entry's: photos.ts).
 */
const NEGATION = String.raw`\b(?:no|not|cannot|can't|never|nobody|no one|none|ne|pas|nadie|ningun\w*|nao|nessuno|nikt|kein\w*|ikke|inte)\b`;
const PHOTO = String.raw`\b(?:photo|picture|foto|image|snimk|zdjec)`;
const NOT_AFTER = String.raw`(?<!${NEGATION}[^.!?]{0,30}${PROMISE})(?<!${PHOTO}\w{0,16}\b[^.!?]{0,60}${PROMISE})`;

/**
 * A promise that the entry will be valid: a guarantee word, then (within the sentence, no photo between) a
 * disqualification or qualification word - "guarantees that you will not be disqualified", "garanterer at du ikke
 * bliver diskvalificeret", "garantizamos que su solicitud no será descalificada", "guaranteed qualified entry".
 */
const GUARANTEE: Pattern = {
  latin: new RegExp(
    String.raw`${PROMISE}${NOT_AFTER}\b(?:(?!${PHOTO})[^.!?]){0,80}?\b(?:(?:dis|des|s|zdys|dys)?(?:qualif|kwalif|kvalif)\w*|(?:entry|entries|application|registration)s? (?:is |are |will be )?accepted)`,
    'g',
  ),
  wide: new RegExp(foldArabic(/(?:гарантир|гарантує|гарантуємо|تضمین|نضمن|ضمان|保证|保證|保証)[^.!?。]{0,60}?(?:дисквалиф|дискваліф|رد صلاحیت|استبعاد|取消资格|取消資格|失格)/.source), 'g'),
};

/** The confirmation number of the entry, in the languages of the DV's largest entrant countries. Folded text. */
const CONFIRMATION = String.raw`(?:confirmation (?:number|code|page)|numero de confirma(?:tion|cion|cao)|numer potwierdzenia|bekraeftelsesnummer|bestatigungsnummer)`;
/** The business's own client area or site ("your personal pages", "votre espace client", "using our website"). Folded text. */
const OWN_AREA = String.raw`(?:(?:your|the client'?s?) (?:personal|private|client|customer|member) (?:pages?|area|account|cabinet|dashboard|profile)|votre espace (?:client|personnel)|su (?:area|cuenta) (?:personal|de cliente)|sua (?:area|conta) (?:pessoal|do cliente)|ihr\w* kunden(?:bereich|konto)|(?:using|through|on|via|in) our (?:web ?site|site|system|platform|portal|app)|sur notre (?:site|plateforme)|en nuestr[oa] (?:sitio|sistema|plataforma)|n[oa] noss[oa] (?:site|sistema|plataforma)|auf unserer (?:website|seite|plattform))`;

/**
 * The number held, shown or reached there ("will be visible in", "is stored in", "you can access it"): a page telling the
 * reader to keep the number and naming its own site for something else in the same sentence ("Print your confirmation
 * number and keep it; answers to common questions are on our website": a university's DV page, audit22) holds nothing.
 * Folded text.
 */
const HOLDS = String.raw`(?:visible|available|accessible|stored|saved|kept|shown|displayed|posted|uploaded|find|see|view|access|retriev\w*|disponible|accesible|consultable|guardad[oa]|almacenad[oa]|disponivel|acessivel|verfugbar|sichtbar|einsehbar|gespeichert|sauvegarde|enregistre)`;

/** The entry's confirmation number kept on the business's site: "visible in your personal pages ... using our website". */
const KEEPS_CONFIRMATION: Pattern = {
  latin: new RegExp(String.raw`\b${CONFIRMATION}\b[^.!?;]{0,80}?\b${HOLDS}\b[^.!?;]{0,60}?\b${OWN_AREA}\b|\b${OWN_AREA}\b[^.!?;]{0,80}?\b${CONFIRMATION}\b`, 'g'),
  wide: new RegExp(foldArabic(/(?:номер подтверждения|код подтверждения|номер підтвердження|confirmation number)[^.!?]{0,100}?(?:личном кабинете|особистому кабінеті|нашем сайте|нашому сайті)|(?:کد تایید|کد پیگیری|رقم التأكيد)[^.!?]{0,80}?(?:پنل کاربری|حساب کاربری شما|سایت ما|حسابك|موقعنا)/.source), 'g'),
};

/**
 * A promise to raise the entrant's odds in the draw, made by the business itself: "our service increases your chances
 * of winning", "nous augmentons vos chances de gagner", "aumentamos sus posibilidades de ganar". The draw is random and
 * nobody sells better odds; news and guides say nobody can (a negation between the business and the promise is not the
 * cue), and "married couples can double their chances by each entering" speaks of the entrants, not of a business. Only
 * odds in the lottery count: a law office's "our team improves your chances of approval" is about a case.
 */
const NOT_NEGATED = String.raw`(?:(?!\b(?:not|cannot|can't|never|no|ne|pas|nao|nunca|jamais)\b)[^.!?]){0,40}?`;
const RAISES_CHANCES: Pattern = {
  latin: new RegExp(
    String.raw`(?:\b(?:we|our (?:service|services|experts?|specialists?|team|agency|company|platform)|nous|notre (?:service|equipe|agence)|nosotros|nuestro (?:servicio|equipo)|nuestra agencia|nosso (?:servico|time)|nossa equipe)\b${NOT_NEGATED}\b(?:increase|improve|boost|double|maximi[sz]e|raise|augment|aument)\w*|\b(?:aumentamos|augmentons|mejoramos|maximizamos)\b)${NOT_NEGATED}\b(?:your|vos|sus|tus|suas) (?:chances?|odds|possibilit\w*|posibilidades|probabilidades)\b[^.!?]{0,30}?\b(?:win\w*|lotter\w*|draw|selected|selection|gagn\w*|loteri\w*|tirage|sorteo|ganar|ganhar)`,
    'g',
  ),
  wide: /(?:мы|наш[аие]? (?:сервис|специалисты|команда))(?:(?!не )[^.!?]){0,40}?(?:увелич|повыс|збільш|підвищ)\S*(?:(?!не )[^.!?]){0,20}?(?:ваши шансы|ваші шанси)[^.!?]{0,30}?(?:выигр|виграш|лотере)/g,
};

/** Every cue middleman-service reads: CUE_WORDS (cues.ts), then the DV-entry business's own. */
export const MIDDLEMAN_CUES: ReadonlyArray<readonly [Cue, Pattern]> = [
  ...CUE_WORDS,
  ['guarantee', GUARANTEE],
  ['guarantee', RAISES_CHANCES],
  ['we-do', KEEPS_CONFIRMATION],
];

/**
 * The fee of the visa stage, after selection: the diversity visa fee a winner pays the embassy ("the rate of the
 * diversity visa processing fee is US$ 330 per person", "pay your fees to the US Embassy"), or the fee a scam e-mail
 * demands of a "winner" ("The per person fee for each Diversity Visa is $879"), quoted to warn, or a fee lost "after the
 * visa interview". No facts.json line
 * states the $330 DV visa fee; FACTS.md would need "Diversity visa application fee, per applicant, paid at the embassy
 * after selection (travel.state.gov DV fees)" for the product to name it.
 */
export const VISA_STAGE_FEE =
  /\b(?:(?:diversity )?visa (?:processing |application |issuance )?fees?|fees? (?:for|of) (?:each|every|the|a) (?:diversity )?visa|winners? (?:[a-z]+ ){0,6}?(?:pays?|paid)|(?:at|after|before) the (?:visa |consular )?interview|(?:embassy|consulate|consular) (?:fees?|cashier)|(?:to|at) the (?:u\.?s\.? )?(?:embassy|consulate))\b/;

/**
 * On a DV page, a fee or price sentence about the visa stage (it, or the sentence before it, names VISA_STAGE_FEE)
 * that does not speak as the business (OWN): told, not charged by the page (middleman-service's fee cue and price;
 * free-service-for-sale's DV offer reads VISA_STAGE_FEE in its own window). Other services' pages keep their rules: a
 * visa agency's "price $120, visa fee paid at the embassy" is its own price.
 */
export function laterStageFee(text: string, s: number, e: number, service: Service | undefined): boolean {
  if (service?.service !== 'dv-lottery') return false;
  const from = s > 0 ? sentenceAround(text, s - 1, s - 1)[0] : s;
  const span = text.slice(from, e);
  return VISA_STAGE_FEE.test(span) && !OWN.test(span);
}
