/**
 * Who does the step, read in a cue's own clause (middleman-service): the reader alone on the official site, or a
 * business saying it does not do it. Japanese, Chinese and Korean pages often have no sentence break the splitter
 * sees, so the clause from the cue to the next full stop is what tells. And, on a site named after the step, a page
 * that sends the reader to the official site, speaks as a guide, says the step is free at the source or studies for the
 * naturalization test, or reads as an information page that names the step's official route or says it is free and speaks
 * as no business (guideOnNamedSite, informsOnly). And the list a package sentence opens, read for a clerical visa step
 * (namesClericalStep). And an FAQ's fee question answered "free" (answeredFree). And a page that sends the reader to the
 * step's own official site to pay the agency's fee there (paysOnOwnRoute).
 */
import { contextAround, hasPattern, pattern, saysFree, sentenceAround, sentencesWith, type Pattern } from '../../text/context';
import { pricesIn } from '../../text/money';
import { escapeRegex, wideWords, wordsPattern } from '../../text/normalize';
import { routeFor } from '../../guide/routes';
import type { ServiceId } from '../../types';
import { CLERICAL_STEP, GOVERNMENT, OWN } from './cues';
import { BUSINESS_VOICE } from './self';

/** The reader alone, in Latin-script languages: "yourself", "on your own", "selbst", "vous-même", "por su cuenta". */
const ALONE = String.raw`(?:yourself|yourselves|themselves|on (?:your|their) own|usted mismo|ustedes mismos|por su cuenta|vous-meme|par vous-meme|por conta propria|voce mesmo|da solo|autonomamente|selbst)`;

/**
 * The reader doing the step alone on the official site: "we ask our customers to apply for their ESTA
 * themselves on the official site", "当社のお客様には、ご自身で公式サイトから申請していただいております" (a
 * travel company, batch real-2026-12k). With an official pointer in the same sentence, a we-do cue whose own
 * clause says so is not the business doing the step; a seller's "we submit it to the official site" does not say
 * this, nor its "※弊社が代行するサービスです。 お客様ご自身で申込む場合、公式サイトより" (another clause).
 */
const DOES_IT_ALONE = new RegExp(
  String.raw`\b${ALONE}\b|` +
    wordsPattern(['ご自身で', 'ご自分で', '自分で', '직접', '自行', '亲自', '親自', 'tự mình', 'самостоятельно', 'بنفسك'], true),
);

/**
 * The text from a cue to the next full stop, at most 80 characters: Japanese and Chinese pages often
 * have no sentence break the sentence splitter sees, so "代行するサービスです。 お客様ご自身で…" is one
 * "sentence" there; the cue's own clause is what says who does the step.
 */
export function clauseFrom(text: string, at: number): string {
  const rest = text.slice(at, at + 80);
  const end = rest.search(/[。.!?！？]/);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * A clause saying the step is not done for the reader, in Japanese, Chinese and Korean, whose negation ends the
 * clause: 「ビザ取得そのものを代行することはできません」 ("we cannot obtain the visa for you"), 不代办, 대행하지 않습니다.
 */
const NOT_DONE = /(?:できません|いたしません|しません|しておりません|行っておりません|ではありません|できない|しない)|(?:不|无法|無法|不能)(?:代办|代辦|代理|代为|代為)|하지 않|할 수 없/;

export const doesItAlone = (clause: string): boolean => DOES_IT_ALONE.test(clause);
export const notDone = (clause: string): boolean => NOT_DONE.test(clause);

/**
 * The page sending the reader to the official site to do the step: "use the official DV-2027 entry page", "the one and only
 * official web site"; and in the languages whose lottery names middleman-service reads since lang24 (a DV guide on a site
 * named after the green card says where the form is filled in: "wypełnienie formularza loteryjnego na stronie Departamentu
 * Stanu USA", "на официальном сайте Госдепартамента", "pe site-ul oficial", "באתר הרשמי"): the official site is the place of
 * the step, not the page's own form. A seller names its own form or office there, and shows its own cues beside its name.
 */
const SENDS_TO_OFFICIAL = new RegExp(
  String.raw`\b(?:use|go to|visit|log ?in(?:to)?|apply (?:on|at|through|via|directly (?:on|at|through))|register (?:on|at|through))\b[^.!?]{0,40}?\bofficial (?:[a-z0-9-]+ ){0,2}(?:web ?site|site|page|portal)s?\b|\b(?:one and only|only) official (?:web ?)?site\b|` +
    wideWords(['na stronie departamentu stanu', 'na oficjalnej stronie', 'na stronie internetowej departamentu stanu', 'на официальном сайте', 'на сайте госдепартамента', 'на офіційному сайті', 'на сайті держдепартаменту',
      'pe site-ul oficial', 'pe site-ul departamentului de stat', 'na oficiálních stránkách', 'na zvaničnom sajtu', 'resmi internet sitesi', 'resmi web sitesi',
      'באתר הרשמי', 'الموقع الرسمي', 'سایت رسمی', 'অফিসিয়াল ওয়েবসাইট', 'आधिकारिक वेबसाइट', 'situs resmi', 'ოფიციალურ ვებგვერდზე', 'պաշտոնական կայք']),
);

const FREE = String.raw`(?:free(?: of charge)?|at no cost|kostenlos|kostenfrei|gebuhrenfrei|gratis|gratuit\w*|ucretsiz)`;
/** The seller's turn after "you can do it yourself for free", in the same sentence: "…, but thousands of entries are disqualified" (review19; a guide's next sentence may begin "Allerdings…"). */
const CONTRAST = String.raw`(?:but|however|aber|jedoch|allerdings|pero|sin embargo|mais|cependant|mas|porem|tuttavia|ama|fakat)`;

/**
 * A guide's voice (mends19, from fp18's three tune guides on DV-named hosts: a German DV guide, dvlotteryinfo,
 * dv2009photo): it tells the reader the step can be done for free alone ("so kann man dies auch kostenlos selbst
 * erledigen"), restates what the agency says ("according to the U.S. State Department's instruction"), or walks
 * the reader through the official form's own buttons ("click Submit to preview the entire completed form", "Go
 * Back to Part 1", "your Internet browser's Back button"). No seller's page in the tune part says any of these (a
 * seller's order form has its own pay-step and fee cues).
 * Not the seller's own words (review19): "you can register yourself for free, but thousands of entries are
 * disqualified" (a turn after the free step is the pitch), "according to the U.S. Department of State, 55,000
 * visas…" (only the agency's instructions or requirements restated), "click Continue" (any order form's button).
 */
const GUIDE_VOICE = new RegExp(
  String.raw`(?:\b${FREE}\b[^.!?]{0,60}?\b${ALONE}\b|\b${ALONE}\b[^.!?]{0,60}?\b${FREE}\b)(?![^.!?]{0,160}\b${CONTRAST}\b)` +
    String.raw`|\baccording to (?:the )?(?:u\.?s\.? ?)?${GOVERNMENT}(?:'s)? (?:official )?(?:instructions?|requirements?|rules|guidelines)\b|\bclick submit\b|\bgo back to part\b|\bbrowser'?s back button\b`,
);

/**
 * Where an official host named in the text ends: not run on into a longer one, as a look-alike that begins with the
 * official name does ("i94.cbp.dhs.gov.i94-permit.com", "uscis.gov-forms.org"; a full stop after the name ends a sentence).
 */
const HOST_ENDS = String.raw`(?![a-z0-9-]|\.[a-z0-9])`;

/**
 * The step free at the source, said as the agency's, not the page's (session 20's opening: three guides on sites
 * named after the ITIN or the DV entry — "Applying for an ITIN has no direct IRS fee", "the DV Lottery is free to
 * enter, and you should be cautious of any websites or services that request payment", an Urdu guide ending "only at
 * https://dvprogram.state.gov"; dv22: "Actually applying for it is only free" on a DV-named page of the winners' fees):
 * the address of the agency's own online step named in the text (dvprogram.state.gov,
 * esta.cbp.dhs.gov, egov.uscis.gov; not irs.gov, where no ITIN is applied for online and sellers name it as where
 * they send the form), the entry "free to enter", no government fee. A seller saying so and turning ("…, but our
 * experts…") is not a guide (CONTRAST). The program may be named in full: "Applying to the Diversity Immigrant Visa
 * program is absolutely free of charge" (a DV guide's FAQ, tune batch real-2026-12ap).
 */
const FREE_AT_SOURCE = new RegExp(
  String.raw`(?:\b(?:is|are) free to (?:enter|apply|register)\b|\b(?:applying|entering|registering|registration|participation) (?:for it |(?:in|to|for) (?:it|the (?:[a-z-]+ ){0,4}(?:lottery|draw|program)) )?is (?:only |completely |totally |absolutely )?free\b|\bno (?:direct )?(?:irs|government|application|entry|registration) fees?\b|\b(?:irs|government|state department|uscis) does not charge\b)(?![^.!?]{0,160}\b${CONTRAST}\b)` +
    // the host read from the start of its label: "\b[a-z0-9-]+\." began at every "a" of a run like "a-a-a-…" and read to its
    // end from each (a minute on a 200,000-character page on a site named after the step; review24)
    String.raw`|(?<![a-z0-9-])[a-z0-9-]+\.(?:state|uscis|cbp\.dhs)\.gov${HOST_ENDS}`,
);

/**
 * The naturalization test studied (audit22, tune batch real-2026-12aq: practice tests, question lists, flashcards and
 * tips on sites named after U.S. citizenship or immigration: citizenship-test.com, studyimmigration.com; a quiz on such
 * a site was at caution by its name alone, the form named in a sentence about the test: "two opportunities to pass the
 * English and civics tests per naturalization application"). The test is taken at the USCIS interview and studied from
 * free USCIS material: nothing is done there in the reader's place. In en, es, vi, zh, ko (folded).
 */
const TEST_PREP: Pattern = pattern(
  String.raw`civics? (?:test|tests|exam|questions?|quiz(?:zes)?|flash ?cards?|portion)|naturali[sz]ation (?:test|exam)|citizenship (?:test|exam|quiz|interview questions)|(?:practice|mock) (?:tests?|interview)|test yourself|examen (?:de|del) (?:ciudadania|civica|educacion civica|naturalizacion)|preguntas (?:de|sobre) (?:civica|educacion civica)|prueba de (?:ciudadania|civica|educacion civica)`,
  ['thi quốc tịch', 'câu hỏi thi quốc tịch', '入籍考试', '入籍考試', '入籍试题', '入籍試題', '公民考试', '公民考試', '시민권 시험', '시빅 테스트'],
);
/** Sentences naming the test that make a page a study page, not a form seller's page mentioning what follows its product. */
const TEST_PREP_SENTENCES = 2;
/** Matches of TEST_PREP read for those sentences: a study site's menu names the test many times before its first full stop. */
const TEST_PREP_TRIES = 20;

/**
 * A page of a site named after the step (its name its only cue) that sends the reader to the official site to do
 * it (a DV guide named dvlotteryhelp: "Go to the official website of the dv lottery program"), speaks as a
 * guide (GUIDE_VOICE), says the step is free at the source (FREE_AT_SOURCE) or studies for the naturalization test
 * (TEST_PREP): the name alone does not make it a sale. A seller's page saying as much shows a cue of its own beside its
 * name (a fee, a disclaimer, "we prepare"), which this check is never asked about; a form seller's page naming the civics
 * test once (what follows the filing) is not a study page. The page's folded text (its word index is shared).
 */
export function guideOnNamedSite(page: { readonly text: string }, service: { readonly service: ServiceId; readonly taxId?: true }): boolean {
  const { text } = page;
  return SENDS_TO_OFFICIAL.test(text) || GUIDE_VOICE.test(text) || FREE_AT_SOURCE.test(text) || sentencesWith(page, TEST_PREP, TEST_PREP_SENTENCES, TEST_PREP_TRIES) >= TEST_PREP_SENTENCES || informsOnly(text, service);
}

/**
 * The agency's own site named in words, with no verb sending the reader there: "the official ESTA website", "the official
 * website of the U.S. Department of State", "the USCIS website", "your USCIS online account" (sitename24: an ESTA guide's "Upon
 * arriving to the ESTA website … 'OFFICIAL ESTA APPLICATION'", tune batch real-2026-12ax). Folded text.
 */
const AGENCY_SITE = new RegExp(
  String.raw`\bofficial (?:[a-z0-9-]+ ){0,3}?(?:web ?site|site|portal|application (?:web ?site|page))s?\b|\b${GOVERNMENT}(?:'s)? (?:own |official )?(?:web ?site|site|portal|online account)\b|\b(?:web ?site|site|portal) of (?:the )?(?:u\.?s\.? )?${GOVERNMENT}\b`,
);

/**
 * The step said to be free, in the words guides use beyond FREE_AT_SOURCE's: "Entry is free and is usually open for about a
 * month", "there is no fee to enter the lottery", "There is no filing fee for Form I-912", "it doesn't cost anything to apply"
 * (DV explainers and fee-waiver walk-throughs, session 23's opening: four information pages on sites named after the step). A
 * turn in the same sentence ("…, but our experts…") is a seller's pitch (CONTRAST). Folded text.
 */
const STEP_FREE = new RegExp(
  String.raw`(?:\b(?:entry|entries|entering|registration|registering|applying|participation|participating|submission|(?:the|this|your) (?:[a-z0-9-]+ ){0,3}?(?:lottery|program|form|entry|application|registration|request)) (?:itself )?(?:is|are|remains?) (?:completely |totally |absolutely |entirely |also |always |still )?free\b` +
    String.raw`|\bno (?:filing |application |entry |registration |government |uscis )?(?:fee|cost|charge)s? (?:is |are )?(?:required |charged |involved )?(?:to|for) (?:enter|entering|apply|applying|file|filing|register|registering|submit|submitting|participate|participating|(?:the |this )?(?:entry|application|lottery|form|request))\b` +
    String.raw`|\bfree (?:of charge )?to (?:enter|apply|register|file|participate|submit)\b|\b(?:does not|doesn't|won't|will not) cost (?:you )?(?:anything|a (?:penny|cent|dime))|\bcosts? (?:you )?nothing\b)(?![^.!?]{0,160}\b${CONTRAST}\b)`,
);

/** The step's own official address named on the page (`named`), and the page sending the reader there (`sends`). */
interface OwnRoute {
  readonly named: RegExp;
  readonly sends: RegExp;
}
const routeCache = new Map<ServiceId, OwnRoute>();
/**
 * The step's own official address named on the page: any host of the agency behind the route lib/guide shows for it
 * (esta.cbp.dhs.gov → cbp.dhs.gov, dvprogram.state.gov → state.gov, uscis.gov, i94.cbp.dhs.gov → cbp.dhs.gov). Not a tax ID's
 * irs.gov, which sellers name as where they send the form (FREE_AT_SOURCE), and not another step's site: an ESTA seller's
 * page sending a refused traveller to usembassy.gov for a visa names no official ESTA route (tune batch real-2026-12ax).
 * Built once per service, with the verb that sends the reader there ("go to", "visit", "download" …).
 */
function ownRoute(service: { readonly service: ServiceId; readonly taxId?: true }): OwnRoute | undefined {
  if (service.taxId === true) return undefined;
  let route = routeCache.get(service.service);
  if (!route) {
    const labels = routeFor(service.service).host.split('.');
    const agency = labels.slice(labels.at(-2) === 'dhs' ? -3 : -2).join('.');
    const named = new RegExp(String.raw`(?<![a-z0-9.-])(?:[a-z0-9-]+\.)*${escapeRegex(agency)}${HOST_ENDS}`);
    const sends = new RegExp(String.raw`\b(?:go to|visit|open|use|log ?in(?:to)?|apply (?:on|at|through|via)|register (?:on|at|through)|download)\b[^.!?]{0,40}?` + named.source);
    route = { named, sends };
    routeCache.set(service.service, route);
  }
  return route;
}

/**
 * An information page on a site named after the step (sitename24): it names the step's own official address or the
 * agency's site, or says the step is free (STEP_FREE), and speaks of no service, customer or order of its own
 * (BUSINESS_VOICE). The explainer of the DV lottery saying entry is free, the walk-through of a fee-waiver form, an
 * overview of the naturalization form: a name is all they share with the seller. The sellers' own FAQ, terms, refund
 * and "how it works" pages that carry the name alone (45 in the tune part) point to no official route and say nothing
 * is free: they want the reader on their own form.
 */
function informsOnly(text: string, service: { readonly service: ServiceId; readonly taxId?: true }): boolean {
  return ((ownRoute(service)?.named.test(text) ?? false) || AGENCY_SITE.test(text) || STEP_FREE.test(text)) && !BUSINESS_VOICE.test(text);
}

/**
 * The page sends the reader to the step's own official address to do it ("Go to https://i94.cbp.dhs.gov or download the
 * app", "visit esta.cbp.dhs.gov") and speaks as no business (BUSINESS_VOICE): the price and the payment step it then
 * describes are the official site's own (middleman-service). A business that takes the fee itself speaks of its service
 * or the reader's order, or names no official address.
 */
export function paysOnOwnRoute(page: { readonly text: string }, service: { readonly service: ServiceId; readonly taxId?: true }): boolean {
  return (ownRoute(service)?.sends.test(page.text) ?? false) && !BUSINESS_VOICE.test(page.text);
}

/** A sentence that names the service in a condition on the reader's own case: "If you filed your Form N-400 …", "Cuando usted presente…". */
const IN_PASSING = /^\W*(?:if|when|once|after|whether|unless|si|cuando|se|quando)\b/;

/** Is the service named (at index) only in a condition, on a site named after it (enoughCues: the site's name its one cue)? */
export function namedInPassing(text: string, index: number): boolean {
  if (index < 0) return false;
  const [s] = sentenceAround(text, index, index);
  return IN_PASSING.test(text.slice(s, index));
}

/** How far past a package sentence that opens a bulleted list its items are read. */
const LIST_AFTER_COLON = 300;
const BULLET = '\u2022';

/**
 * A package sentence (or its CJK context) that lists a clerical visa step: the form, the questionnaire, the appointment.
 * A sentence that opens a list with a colon is read on through the bulleted items that follow it (each bullet ends a
 * sentence for the splitter): "Platform üzerinden aşağıdaki hizmetler sunulmaktadır: 3.1 Vize Başvuru Danışmanlığı •
 * DS-160 formu doldurma desteği • Evrak kontrolü" (a visa platform's terms, tune batch real-2026-12w). A sentence after
 * the list is not in it.
 */
export function namesClericalStep(text: string, s: number, e: number): boolean {
  const [a, b] = contextAround(text, s, e);
  let end = b;
  if (text.slice(s, e).includes(':')) {
    const limit = Math.min(text.length, e + LIST_AFTER_COLON);
    while (end < limit && text[end] === BULLET) end = Math.min(limit, sentenceAround(text, end + 1, end + 1)[1]);
  }
  return hasPattern({ text: text.slice(a, end) }, CLERICAL_STEP);
}

/**
 * A question naming a fee, answered in the next sentence that the step is free: "What is the processing fee and how
 * can I pay it? Applying to the Diversity Immigrant Visa program is absolutely free of charge" (a DV guide's FAQ, tune
 * batch real-2026-12ap). The question is not the page's fee. A seller's FAQ answers with its price or in its own voice
 * ("Is there a service fee? Yes, our service fee is $59 and includes free support"): an answer with an amount or "we /
 * our" does not count. `e` is the question sentence's end (sentenceAround). Folded text.
 */
export function answeredFree(text: string, e: number): boolean {
  if (text[e] !== '?' && text[e] !== '？') return false;
  const answer = nextSentence(text, e);
  return answer !== undefined && saysFree(answer) && !OWN.test(answer) && pricesIn(answer).length === 0;
}

/** The sentence after the one ending at `e` (sentenceAround), or undefined at the end of the text. */
function nextSentence(text: string, e: number): string | undefined {
  let n = e + 1;
  while (n < text.length && /\s/.test(text[n] ?? '')) n++;
  if (n >= text.length) return undefined;
  const [s, end] = sentenceAround(text, n, n);
  return text.slice(s, end);
}

/** A sentence calling the fee just named the visa's, the consulate's or the government's: "Essa é a taxa MRV", "C'est le droit consulaire". */
const NAMED_OFFICIAL = new RegExp(
  String.raw`^\W{0,3}(?:this|that|it|essa|esta|esa|ce|c'est|cette)\s(?:is|e|es|est|sont)?\s?(?:the|a|la|le|o|el|une?)?\s?(?:taxa|tarifa|cuota|frais|fee|droit|tasa)s?\s(?:\w+\s){0,2}?(?:mrv|consular|consulaire|consulares|do visto|de visto|de visa|del visado|de solicitud de visa|visa application|government|governamental|del gobierno|oficial|officielle?)\b`,
);

/**
 * A fee the next sentence names as the government's own: "2. Pagar a taxa de Serviço de Agendamento de Visto para poder fazer o
 * agendamento. Essa é a taxa MRV (Machine Readable Visa), cobrada ao solicitar o visto" (a Brazilian newspaper's list of the
 * embassy's steps, tune batch real-2026-12au: the fee's official local name holds "taxa de serviço", a service fee's words).
 * A business's next sentence speaks of its own ("our", "we") or prices its own work beside it: not counted. `e` is the fee
 * sentence's end (sentenceAround). Folded text.
 */
export function namedOfficialNext(text: string, e: number): boolean {
  const next = nextSentence(text, e);
  return next !== undefined && NAMED_OFFICIAL.test(next) && !OWN.test(next);
}
