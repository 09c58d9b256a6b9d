/**
 * "ESTA" in capitals is the U.S. travel authorization only on a page that speaks of the trip or of the
 * United States somewhere. The same four letters name other things whose pages say "ESTA" in capitals
 * beside a fee or a service: a trade association (esta.org, the Entertainment Services and Technology
 * Association: "Join ESTA today: membership dues start at $400"), an extraction-equipment maker (ESTA
 * Absaugtechnik: "Unser Service: Wartung und Reparatur"). Both were read as ESTA sellers (caution) and as
 * pages about the ESTA (notice). Every ESTA seller and guide in the corpus names the country, the trip, a
 * visa, a passport, a flight or the CBP; a page that spells ESTA out as another name ("ESTA –
 * Entertainment Services and Technology Association", "… Association (ESTA)") is about that name.
 * "ESTA" in Latin capitals on a page in another script (Hebrew, Thai, Georgian, Chinese) is the borrowed name of the
 * travel authorization. Pure; folded text (lower case, no accents), as every signal reads it.
 */
import type { CaseAcronym } from './case-words';
import { hasPattern, hasWideScript, pattern } from './context';

const TRIP = pattern(
  String.raw`usa|u\.s|united states|americ\w*|amerik\w*|amerique|estados unidos|eeuu|ee ?\. ?uu|stati uniti|vereinigten? staaten|verenigde staten|forenta staterna|yhdysval\w*|zda|sad|jav|asv|abd|egyesult allamok|spojene staty|spojenych statu|stany zjednoczone|statele unite|forente stater|forenede stater|uhendriigid|travel\w*|einreise\w*|potovanj\w*|cestovn\w*|podroz\w*|utazas\w*|matka\w*|rejse\w*|resa|resor|trip|reis\w*|voyag\w*|viaj\w*|viagg\w*|viagem|visa|visas|visum|visto|vize|wiz[aey]|waiver|cbp|homeland|border|flights?|flug|vuelos?|volo|voos?|statunitens\w*|us ?\$|usd|us (?:government|gov|dollars?|citizens?|embassy|consulate|border|customs)|consula\w*|matkustaj\w*|aplikacij\w*|formular\w*|applicants?|applications?|apply|approv\w*|denied|authori[sz]ation|antrag\w*|beantrag\w*|aanvra\w*|demandes?|solicit\w*|aprob\w*|aprov\w*|tramit\w*|pedidos?|richiest\w*|domand\w*|wniosk?\w*|zadost\w*|ansok\w*|hakemu\w*|ansog\w*|soknad\w*|passports?|passeport|pasaporte|passaporto|passaporte|paszport|reisepass|airports?|flughafen|aeropuerto|hoa ky`,
  ['申請', '申请', '신청', '美国', '美國', '米国', 'アメリカ', '渡航', '旅行', '미국', '여행', 'ארה"ב', 'ארצות הברית', 'אמריקה', 'טיסה', 'أمريكا', 'امريكا', 'الولايات المتحدة', 'سفر', 'америк', 'сша', 'ηπα', 'ταξιδ', 'ταξίδ'],
);

/** A spelled-out name whose initials are E, S, T, A, right beside "ESTA", other than the travel authorization's own. */
const LINK = String.raw`(?:(?:and|&|of|for|the|und|de|et|y) )?`;
const SPELLED = String.raw`(?!electronic system)e\w+ ${LINK}s\w+ ${LINK}t\w+ ${LINK}a\w+`;
// up to two words between: "ESTA Foundation (Entertainment Services and Technology Association)"
const ANOTHER_ESTA = new RegExp(String.raw`\besta(?: \w+){0,2} ?[-–—:(,] ?${SPELLED}|\b${SPELLED} ?\( ?esta ?\)`);

/**
 * What only the travel authorization has on a page, whatever name a seller copies beside ESTA: the travel authorization
 * named, the Visa Waiver Program, the CBP, the traveller's passport. The trade association's pages speak of America and
 * of travel (TRIP: "American National Standards", "travel to the trade show"), never of these.
 */
const TRAVEL_AUTHORIZATION = pattern(
  String.raw`travel authori[sz]ations?|visa waiver|waiver program|cbp|customs and border|passports?|i-94|reisegenehmigung|einreisegenehmigung|reisepass\w*|visumfrei\w*|autorisation de voyage|passeports?|autorizacion de viaje|pasaportes?|autorizacao de viagem|passaportes?|autorizzazione (?:al|di) viaggio|passaport[oi]`,
  ['旅行授权', '旅行授權', '여행허가', '여권', '护照', '護照', 'パスポート', '渡航認証'],
);

/**
 * Does "ESTA" on this page name the U.S. travel authorization? `siteSaysTrip`: the site's own name
 * already does (the caller decides from the host: middleman/services.ts).
 */
export function estaIsTrip(page: { readonly text: string }, siteSaysTrip = false): boolean {
  // another name spelled out, unless the spelling itself is about the trip: a seller's made-up "ESTA - Easy Service
  // Travel Assistance" still names the travel authorization; so does a page that names what only it has (a seller copying
  // "ESTA – Entertainment Services and Technology Association" beside its own ESTA form)
  const spelled = ANOTHER_ESTA.exec(page.text);
  if (spelled !== null && !hasPattern({ text: spelled[0] }, TRIP) && !hasPattern(page, TRAVEL_AUTHORIZATION)) return false;
  // "ESTA" in Latin capitals on a page written in another script is a borrowed name: the travel authorization's
  return siteSaysTrip || hasWideScript(page) || hasPattern(page, TRIP);
}

/**
 * Is this match of an acronym whose lower-case letters are an ordinary word written as the acronym? "ESTA" (Spanish
 * and Portuguese "esta" is "this"), "EIN" (German "ein" is "a"): the bare word counts only in capitals, a longer match
 * (the name spelled out, "electronic system for travel authorization") as written. `raw` is the page's own text at the
 * match (page.raw), before folding. The signals ask it through acronymAt; the reader's gate asks the same of the whole
 * text (relevance.ts CAPS).
 */
export function writtenAsAcronym(raw: string, acronym: CaseAcronym): boolean {
  return raw.length !== acronym.length || raw === acronym;
}

/** Words of Spanish and Portuguese, and of English, that almost every sentence has (a sentence's language, roughly). */
const IBERIAN_WORDS = /(?<![\p{L}])(?:de|del|la|las|los|el|en|que|y|para|con|por|una|su|sus|es|da|do|das|dos|em|os|um|uma|seu|sua|mais|más|muy|desde|hasta|este|esta|estos|estas)(?![\p{L}])/giu;
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|and|of|to|your|you|for|with|we|our|is|are|on|in|it|this|that|from|by|or)(?![\p{L}])/giu;
/** What comes between the ESTA and the words after it in these languages: a preposition, a place, an action ("ESTA PARA VIAJAR", "ESTA ONLINE"). */
const AFTER_ACRONYM = /^(?:PARA|POR|DE|DEL|DA|DO|EN|EM|CON|COM|Y|E|O|OU|A|AL|AO|ES|É|ONLINE|USA|EEUU|EE|EUA|ESTADOS|AHORA|AGORA|HOY|HOJE|YA|JÁ|APROBADO|APROVADO|NEGADO|DENEGADO|VISA|VISTO)$/;
/** What a noun takes before it in these languages and in English: the ESTA is a noun, "el ESTA", "su ESTA", "your ESTA". */
const BEFORE_ACRONYM = /^(?:EL|SU|TU|DEL|AL|UN|MI|NUESTRO|VUESTRO|O|DO|NO|SEU|TEU|MEU|UM|NOSSO|THE|YOUR|AN|MY|OUR|FOR|SOLICITUD|SOLICITAÇÃO|FORMULARIO|FORMULÁRIO|PERMISO|AUTORIZACIÓN|AUTORIZACION|TRÁMITE|TRAMITE|PEDIDO)$/i;

/**
 * Spanish and Portuguese "ESTA" (this) before its noun, in capitals a heading typed or a style showed ("ESTA SEMANA EN
 * VIAJES", "ESTA OFERTA"): the capitals say nothing there. The travel authorization is a noun: it follows an article, a
 * possessive or the name of the paper ("el ESTA", "su ESTA", "solicitud ESTA") and comes before a preposition, a place,
 * an action or the end ("ESTA PARA VIAJAR", "ESTA ONLINE", "ESTA."). So "ESTA" followed by another word in capitals
 * that is none of those, with no article or possessive before it, in a sentence with more Spanish or Portuguese words
 * than English ones, is the demonstrative. An English heading in capitals ("ESTA APPLICATION SERVICE") is not Spanish.
 * `raw`: the page's own text; [at, end): the match.
 */
function demonstrativeAt(raw: string, at: number, end: number): boolean {
  const next = /^ ([A-ZÁÉÍÓÚÑÜÇÃÕÂÊÔ]{2,})(?![\p{L}])/u.exec(raw.slice(end, end + 40));
  if (next === null || AFTER_ACRONYM.test(next[1] ?? '')) return false;
  const before = /(\p{L}+)\W*$/u.exec(raw.slice(Math.max(0, at - 30), at));
  if (before !== null && BEFORE_ACRONYM.test(before[1] ?? '')) return false;
  const around = raw.slice(Math.max(0, at - 200), end + 200);
  return (around.match(IBERIAN_WORDS)?.length ?? 0) > (around.match(ENGLISH_WORDS)?.length ?? 0);
}

/**
 * Is the match [at, end) of the page's own text `raw` the acronym? Written as one (writtenAsAcronym), and, for the
 * ESTA, not the Spanish or Portuguese demonstrative in a heading in capitals (demonstrativeAt). The one place the
 * signals ask it (middleman services, free-service-for-sale, about-uscis-services).
 */
export function acronymAt(raw: string, at: number, end: number, acronym: CaseAcronym): boolean {
  const word = raw.slice(at, end);
  if (!writtenAsAcronym(word, acronym)) return false;
  return !(acronym === 'ESTA' && word === 'ESTA' && demonstrativeAt(raw, at, end));
}
