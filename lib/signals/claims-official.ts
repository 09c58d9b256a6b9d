/**
 * claims-official: the page presents itself as USCIS, DHS or an official U.S. government site
 * ("An official website of the United States government", "The .gov means it's official",
 * "Official website of the Department of Homeland Security", "Un sitio oficial del Gobierno de
 * Estados Unidos", "Welcome to USCIS", "This is the official USCIS website") while it is not on a
 * government host (the verdict never runs signals on official hosts). Copies of uscis.gov pages
 * on look-alike domains carry exactly this banner text.
 * Whole agency pages republished on other hosts (USAGov, USCIS, State Department, CBP's ESTA site)
 * are caught by two pieces of the agency page: its sentences in the agency's own wording (COPY) or
 * its site's own menus, headers, footers and form labels (./claims-official/agency-pages.ts), or
 * by the agency's first person (VOICE, and its family in ./claims-official/agency-voice.ts: links to the agency's
 * own pages by their titles, the reader's case decided as "we", the agency's site called "ours"). Quoting one
 * sentence is not a copy; carrying the site's structure is. The line for the first person (real examples, tune
 * batch real-2026-12al): a page PRESENTS ITSELF as the agency when it speaks the agency's "we" and names no other
 * owner (USCIS's change-of-address page on a random Pages host: "notify us that you have moved", "allows us to
 * process your change of address"); it QUOTES the agency under its own name when its owner says who it is (a law
 * firm whose address names it keeping USCIS's brochure, "our Web site at www.uscis.gov… If we approve it"; a law
 * office, a business offering its own help, a blog speaking as itself): there the voice is not counted. The same "we"
 * is read in the languages the agency's pages are translated into (agency-voice.ts, AGENCY_VOICE_ELSEWHERE: "si nous
 * approuvons votre demande", "se aprovarmos o seu pedido", "nếu chúng tôi chấp thuận đơn", "如果我们批准您的"), with their
 * credit lines ("Source : USCIS", "Nguồn: USCIS") and owners ("nos clients"); a phrase inside quotation marks opened in its
 * sentence or the one before is a reporter quoting the agency («…», a indiqué l'ambassade), not the page. Pages of web archives (a capture time and the archived address in their own
 * address) hold such copies on purpose and are never judged here; a web proxy serving a .gov page
 * under its own host (the .gov address in its path) is a copy whatever the page says, and so is a
 * page whose address keeps the visa-appointment service's own file layout on another host, and so is a
 * page whose title ends with an agency site's own name ("Contact Us | USCIS", "Visas - U.S. Embassy &
 * Consulates in Nigeria"): the page names itself as that site, where every other site names itself.
 * U.S. embassy and consulate pages copied elsewhere (mirrors, copy tools, shops, content farms, in the
 * mission's languages) are caught the same way: two pieces of the mission site's template in its own
 * voice ("our Directory of Visa Categories", "our visa navigator", the Customer Service Statement and
 * the contact line under it). Level, decided here for the whole family: such a copy is `strong`
 * (danger), because it speaks as the mission where the mission's channels ("contact us", "register so
 * we can return your passport") lead to the copier's host. News, forums and lawyers that quote an
 * embassy keep one such piece at most (a quoted statement), so they are never judged a copy; a page
 * with one piece gets nothing here (it stays at notice through the topic signal), not caution: a
 * repost of an embassy announcement with its "we" is common and honest.
 *
 * The Social Security Administration's and the IRS's pages are copied the same way (SSA booklets and FAQ answers, its
 * operations manual mirrored, IRS tax topics and notice pages on random hosts), and immigrants deal with both agencies (the
 * SSN, the ITIN, taxes as a resident or nonresident alien). The line (tune batch real-2026-12bd): a copy REPRODUCES THE
 * PAGE'S STRUCTURE, two different pieces of ssa.gov's or irs.gov's own chrome (./claims-official/agency-pages.ts: the FAQ's
 * answer lines, the card pages' question tool, a publication's header or back cover, the manual's transmittal line, the
 * IRS's footer line, menu and notice-page layout); a neighbour QUOTES a sentence or two and speaks as itself — a newspaper
 * printing the agency's column, a tax preparer retelling an IRS page for its clients, a lawyer citing a publication number
 * and manual sections, a university's international-student page. Their first person is not counted for these agencies:
 * the agencies write columns in their own "we" for newspapers to print, so the "we" alone cannot tell a copy from a column.
 * Such a copy names that agency and its own site in the warning (the hit's service, lib/verdict/decide.ts), not USCIS.
 * Most copies keep the body but not the site chrome (tune batch real-2026-12bj, copy27): what still says "this is the agency's own
 * page" is the document speaking of itself in the agency's voice and its own layout — an SSA booklet's first lines and table of
 * contents ("This booklet explains some of your rights…", "What's inside Introduction 1 … Contacting Us"), the card page's
 * free-services box, a manual section's first-edition line. A page that says whose it is ("Authored By: Social
 * Security Administration", "Source: IRS", a tax office's own clients) reprints them under its own name, so a copy made only of
 * SSA or IRS pieces is asked who owns the page (anotherOwner), as the first person is.
 *
 * Traps, suppressed: guides that QUOTE the banner to teach readers ("most government websites
 * include a statement … such as 'Official website of the Department of Homeland Security'"):
 * a phrase inside quotation marks, or after "statement", "look for", "says", "you'll find", or in
 * a warning sentence, does not count. "the official ESTA website" or "on the official USCIS website"
 * (pointing readers to it) is not a self-claim; only first-person or banner wording is (a held-out
 * batch of real guides caught an "official USCIS website" pattern that fired on such pointers).
 * The same for Spanish and for the bare banner wording: "visite el sitio oficial de USCIS", "en el
 * sitio web oficial de USCIS", "visit the official website of the Department of State" (POINTER).
 * A title naming an agency site counts only as the title's last part (a news site, a law firm, a guide
 * put their own name there), never on a social network (an account's chosen name), and a mission's
 * name there ("… - U.S. Embassy in Ghana") not when the body reports on the mission ("said", "según").
 * "We are USCIS" / "Welcome to USCIS" count only as a name, not as an adjective compound: "we are
 * USCIS-experienced attorneys", "we are USCIS approved civil surgeons" are lawyers and doctors.
 */
import { matches, pattern, patternMatches, sentenceAround, warnsAt, type Pattern } from '../text/context';
import { quote } from '../text/normalize';
import { AGENCY_VOICE, AGENCY_VOICE_ELSEWHERE, anotherOwner } from './claims-official/agency-voice';
import { FRAGMENT_PATTERN, MISSION_SITE, agencySiteInTitle, appointmentServicePath, copiedAgency, fragmentOf, isArchiveCapture, proxiedGovHost } from './claims-official/agency-pages';
import type { PreparedPage, SignalHit } from './types';
import { isNeutralHost } from '../domain/lookalike';

const CLAIM = new RegExp(
  [
    String.raw`\ban official (?:website|site|web site) of the (?:united states|u\.s\.|us) government\b`,
    String.raw`\bofficial (?:website|site|web site) of the (?:u\.s\. |us |united states )?department of (?:homeland security|state)\b`,
    String.raw`\bthe \.gov means it'?s official\b`,
    String.raw`\bofficial (?:website|site) of (?:the )?(?:u\.s\. |us |united states )?citizenship and immigration services\b`,
    String.raw`\bwelcome to (?:the |an )?official (?:uscis|u\.s\. government|us government|government|immigration) (?:website|site|portal)\b`,
    // the footer of every U.S. embassy, consulate and mission site and of the State Department's own
    // sites (its WordPress themes: "This is the official website of the U.S. Mission to the United
    // Nations", "This site is managed by the Bureau of … within the U.S. Department of State", "This
    // site is managed by the U.S. Department of State"): a copy keeps it, another country's embassy
    // names its own country
    String.raw`\bthis is the official (?:website|web site|site) of the (?:u\.s\.|us|united states) (?:embassy|consulate|consulate general|mission|diplomatic mission)\b`,
    String.raw`\bthis site is managed by the (?:bureau of (?:[a-z]+ ){1,5}within the )?u\.s\. department of state\b`,
    // …as a name, not an adjective compound ("we are USCIS-experienced attorneys", "USCIS approved")
    String.raw`\b(?:we are|welcome to) (?:the )?(?:uscis|u\.s\. citizenship and immigration services|department of homeland security)\b(?!-\w|\s(?:\w+ed|\w+ing|approved|experienced|registered|attorneys?|lawyers?|experts?|specialists?|consultants?|preparers?|practitioners?|forms?|filings?|cases?|applications?|immigration|related|savvy|compliant|ready)\b)`,
    String.raw`\bun sitio (?:web )?oficial del gobierno de (?:los )?estados unidos\b`,
    String.raw`\bel \.gov significa que es oficial\b`,
    String.raw`\b(?:este es el|bienvenid[oa]s? al) (?:sitio|portal)(?: web)? oficial (?:de uscis|del gobierno)\b`,
    String.raw`\bsitio (?:web )?oficial de(?:l)? (?:uscis|servicio de ciudadania e inmigracion|departamento de seguridad nacional)\b`,
  ].join('|'),
  'g',
);

// Speaking as USCIS: text copied from uscis.gov keeps its first person ("chat with our virtual
// assistant Emma", "see our Fee Schedule page", "any action we take on your application",
// "nuestra página de Tarifas", "Podemos rechazar todo su paquete"). Reposts of USCIS advice do this
// too, so one such phrase is only a weak hit (it matters on a look-alike host: usciss.us copies the
// Avoid Scams page); two different ones are a copy of the agency's pages, strong. Spun copies
// ("visit our very own subscribe page", "we possibly may require that you file") are included:
// the page names and the agency's actions are what is copied. The Contact Us page's own lines
// ("our tools and resources are available to the public", "if you have tried our tools", "email
// us at …@uscis.dhs.gov") are the agency's; a firm's "our online tools" alone is not.
const VOICE = new RegExp(
  [
    String.raw`\b(?:(?:chat with )?our virtual assistant,? emma|nuestra asistente virtual,? emma)\b`,
    String.raw`\bour (?:very own )?(?:explore my options|filing guidance|find legal services|tools|contact center|case status|check case status|forms?|fees?|fee schedule|filing fees?|processing times?|policy manual|field office locator|online account|subscribe|sign ?up|change of address|forms? (?:offered|available) to file (?:using the internet|online))(?: web)? ?(?:page|webpage|web page|website)\b`,
    String.raw`\b(?:any action we take on your|we may reject your (?:entire )?(?:package|application|form|filing|request)|we (?:may|will) (?:forward|route) (?:a |your )?service request|(?:individual )?accounts allow us to (?:best )?serve you|we will send all email communications|send us a (?:secure )?message through your (?:uscis )?online account|(?<=\bwe (?:\w+ ){0,2})require (?:that )?you (?:to )?(?:file|submit) (?:the )?papers?|our tools and resources are available to the public|if you have tried our (?:online )?tools|e-?mail us at [a-z0-9._-]+@uscis\.dhs\.gov)\b`,
    String.raw`\b(?:nuestra pagina (?:web )?de (?:tarifas|formularios|estatus de caso|estado de caso|tiempos de procesamiento|contacto|cambio de direccion)|cualquier accion que tomemos|podemos rechazar (?:todo )?su (?:paquete|solicitud|formulario)|le enviaremos (?:un |una |el |la )?(?:aviso|notificacion|recibo|decision)|(?:consulte|visite) nuestra pagina (?:web )?de)\b`,
    // the fee schedule's "visit our website for filing guidance" (its French copies' own lines, "Nous rejetterons
    // votre formulaire si nous le recevons sans les frais", are read with the other languages in AGENCY_VOICE_ELSEWHERE)
    String.raw`\bour website for filing guidance\b`,
  ].join('|'),
  'g',
);
/** The agency's first person: the fixed phrases above and the family of ./claims-official/agency-voice.ts, in one scan. */
const FIRST_PERSON = new RegExp(`${VOICE.source}|${AGENCY_VOICE.source}`, 'g');
/** Different agency-voice phrases that make a page a copy of the agency's own pages. */
const VOICE_COPY = 2;

// Sentences of the agency pages most often republished whole on other hosts (USAGov's green card
// page, USCIS's citizenship pages, the State Department's DV-interview, DV-instructions FAQ and
// expedited-passport pages, its visa-appointment service and the DS-160 start page), in the agency's wording, which guides rephrase rather than copy. One
// may be a quotation; two different ones are a copy of the agency's page (strong, like two voice
// phrases), and so is one of them with a piece of the agency site's structure.
const COPY = new RegExp(
  // Each phrase starts at a rare word (not "if", "is", "we", "the"): the word index tries a pattern
  // only at word starts whose first letters can begin it, so common first words would cost time.
  [
    String.raw`\bquestions about applying for, renewing, or replacing a green card, contact (?:the )?u\.s\. citizenship and immigration services\b|\bgives you official immigration status in the united states\b|\bentitles you to certain rights and responsibilities\b|\bwish to naturali[sz]e as a u\.s\. citizen\b`,
    String.raw`\bcitizenship is the common thread that connects all americans\b|\bnation bound not by race or religion\b`,
    String.raw`\bscheduled for an interview when and if there is a visa number available for you\b|\binstruct you to log into the entrant status check\b|\bprint this information to take with you to your interview\b`,
    String.raw`\bsole means by which you will be notified if you are selected\b|\bhit the .submit. button as many times as is necessary\b|\btool is now available in entrant status check\b`,
    String.raw`\bencourage you to mail your passport application and any personal documents\b|\bprotect the contents of your mailing from the elements\b|\bpassport agencies accept applications by appointment only\b`,
    // the State Department's visa-appointment service ("Schedule My Appointment") and the DS-160 start page
    String.raw`\bonline using this website or through the call center\b|\baccordingly so that you are not required to pay another visa application fee\b|\bfilling out the application on our site is the first step\b`,
  ].join('|'),
  'g',
);

// The same for the agency pages most copied in Vietnamese: the U.S. Consulate's visa-fee page in its
// own voice ("pay at the National Visa Center or at our office", "pay this fee at the Consulate on
// the day of the interview", "we do not accept cheques") and the visa-appointment service's fee page
// ("Location and Payment of Visa Fees", "this fee is required whether or not a visa is issued",
// "online through this website or the call center"). Words, so the Vietnamese letters are folded
// like the page; scanned only on pages with such letters.
const COPY_VI: Pattern = pattern('', [
  'Trung tâm Thị thực Quốc gia hoặc tại văn phòng chúng tôi',
  'đóng lệ phí này tại Lãnh sự quán vào ngày phỏng vấn',
  'đóng lệ phí này tại Lãnh sụ quán vào ngày phỏng vấn',
  'Chúng tôi không chấp nhận ngân phiếu',
  'Địa điểm và Thanh toán Phí xin Thị Thực',
  'Đây là lệ phí bắt buộc dù thị thực có được cấp hay không',
  'sử dụng trực tuyến trang web này hoặc qua tổng đài',
]);

// The body of the .gov banner (USWDS) in English and Spanish, line by line. A page carrying two
// different lines carries the banner; a guide that explains one line quotes it (QUOTING below).
// Spam blogs run the banner through a word spinner ("Formal Sites use .gov A .gov Web site belongs to
// an Formal federal government organization… Safe .gov Web sites use HTTPS"): the spinner's
// synonyms of "official", "secure" and "website" are read as the banner's own words.
const BANNER = new RegExp(
  [
    String.raw`\bhere'?s how you know\b|\b(?:official|formal) (?:websites|web ?sites|sites) use \.gov\b|\ba \.gov (?:website|web ?site|site) belongs to an? (?:official|formal) (?:federal )?government organi[sz]ation\b|\b(?:secure|safe) \.gov (?:websites|web ?sites|sites) use https\b|\bmeans you'?ve safely connected to the \.gov website\b|\bshare sensitive information only on official,? secure websites\b`,
    String.raw`\basi es como usted puede verificarlo\b|\blos sitios web oficiales usan \.gov\b|\bun sitio web \.gov pertenece a una organizacion oficial del gobierno\b|\blos sitios web seguros \.gov usan https\b|\bcomparta informacion sensible solo en sitios web oficiales y seguros\b`,
  ].join('|'),
  'g',
);
const BANNER_LINES = 2;

// Pointing readers to the official site is not a self-claim: "visite el sitio oficial de USCIS",
// "en el sitio oficial…", "visit the official website of the Department of Homeland Security".
// Spanish points with the same verbs in every person guides write in: "usted" (visite, consulte), the
// familiar "tú" of community guides (visita, consulta, revisa) and the infinitive after a recommendation
// ("te recomendamos consultar el sitio oficial de USCIS": tune batch real-2026-12aq).
// Banner lines stand alone ("Official website of the Department of Homeland Security"); the
// self-descriptions ("este es el", "bienvenido al", "welcome to", "somos el") are matched by their own patterns.
// A guide also points by saying where the site is: "The official website of USCIS is www.uscis.gov", "El sitio oficial de
// USCIS es www.uscis.gov", "Official website of the Department of Homeland Security: www.dhs.gov", "… termina en .gov"
// (ADDRESS_AFTER, audit22): the page names the agency's address; a copied banner names none after it.
const ADDRESS_AFTER = /^\s*(?:is|was|will be|es|era|sera|:|-|–)\s*(?:www\.|https?:\/\/)?(?:[a-z0-9-]+\.)+gov\b|^\s*(?:ends (?:in|with)|termina en|terminan en)\s*["'“]?\.gov\b/;
const POINTER =
  /\b(?:visit|(?:go|went|head|navigate|refer|log on|link) to|see|check|on|at|from|via|through|using|use|in|visit[ae]r?|vaya (?:a|al)|ve (?:a|al)|ir (?:a|al)|ingres[ae]r? (?:a|al|en)|entr[ae]r? (?:a|al|en)|acced[ae]r? (?:a|al)|consult[ae]r?|revis[ae]r?|usar|utilic?e|utilizar|busca|buscar|en|desde|a traves de|mediante|por|descarg(?:ue|a|ar)(?:los)?(?: de| del)?|al|del)\s(?:the |el |la |un |una )?(?:an? |su |tu |este )?$/;

// A report's words (en, es, fr, pt, folded): a story about a mission, not the mission's page.
const REPORTING =
  /\b(?:said|says|told|according to|reported|stated|noted|explained|warned|urged|cautioned|stressed|emphasi[sz]ed|in a statement|advirtio|insto|subrayo|destaco|a (?:averti|rappele)|alertou|destacou|dijo|declaro|informo|segun|indico|se[nñ]alo|explico|detallo|aseguro|preciso|afirmo|a (?:declare|indique|precise|annonce|souligne|explique)|selon|disse|afirmou|informou|declarou|explicou|segundo)\b/;

// Words that introduce a quotation: a guide teaching what the banner looks like.
const QUOTING = /\b(?:statement|look for|looks? like|says?|said|reads?|you'?ll (?:find|see)|such as|for example|e\.g|claim\w*|busque|dice|como por ejemplo)\b/;

export default function claimsOfficial(page: PreparedPage): SignalHit | undefined {
  // Web archives hold agency pages on purpose; the appointment contractors' own sites (neutral
  // hosts) carry the appointment service's pages and the embassies' template lines as their own.
  if (isArchiveCapture(page.url) || isNeutralHost(page.host.hostname)) return undefined;
  const proxied = proxiedGovHost(page.url);
  if (proxied !== undefined) return { evidence: proxied, strength: 'strong', service: 'uscis' };
  const clone = appointmentServicePath(page.url);
  if (clone !== undefined) return { evidence: clone, strength: 'strong', service: 'uscis' };
  const site = page.titleLength > 0 ? agencySiteInTitle(page.text.slice(0, page.titleLength), page.host.domain ?? '') : undefined;
  // A report on a mission may end its headline with the mission's name; its body then reports ("said").
  if (site !== undefined && !(MISSION_SITE.test(site) && REPORTING.test(page.text.slice(page.titleLength)))) {
    const at = page.text.lastIndexOf(site, page.titleLength);
    return { evidence: quote(page.raw, at, at + site.length), strength: 'strong', service: 'uscis' };
  }
  for (const m of matches(page, CLAIM)) {
    const before = page.text.charAt(m.index - 1) === ' ' ? page.text.charAt(m.index - 2) : page.text.charAt(m.index - 1);
    if (before === '"' || before === "'") continue;
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const lead = page.text.slice(Math.max(s, m.index - 80), m.index);
    if (QUOTING.test(lead) || warnsAt(page.text, s, e)) continue;
    if (/^(?:official|sitio|oficial)/.test(m[0]) && (POINTER.test(page.text.slice(Math.max(s, m.index - 40), m.index)) || ADDRESS_AFTER.test(page.text.slice(m.index + m[0].length, Math.min(e, m.index + m[0].length + 40))))) continue;
    return { evidence: quote(page.raw, m.index, m.index + m[0].length), strength: 'strong', service: 'uscis' };
  }
  const banner = distinct(page, BANNER);
  if (banner.size >= BANNER_LINES) return { evidence: [...banner.values()].slice(0, 2).join(' … '), strength: 'strong', service: 'uscis' };
  const copied = new Map([...distinct(page, COPY, true), ...distinct(page, COPY_VI, true), ...distinct(page, FRAGMENT_PATTERN, true, fragmentOf)]);
  // a copy made only of ssa.gov's or irs.gov's own pieces is that agency's page: its own site is the route (lib/verdict). Their
  // booklets and manual are reprinted whole under a credit ("Authored By: Social Security Administration", "Source: IRS") or by
  // a tax office for its clients: a page that says whose it is quotes them (anotherOwner, asked only of such a copy)
  const agency = copied.size >= VOICE_COPY ? copiedAgency(copied.keys()) : undefined;
  if (copied.size >= VOICE_COPY && (agency === undefined || !anotherOwner(page, agency))) return { evidence: [...copied.values()].slice(0, 2).join(' … '), strength: 'strong', service: agency ?? 'uscis' };
  // The agency's first person counts only where no other owner speaks (./claims-official/agency-voice.ts); who owns
  // the page is asked only of a page that speaks it.
  const voice = new Map([...distinct(page, FIRST_PERSON), ...distinct(page, AGENCY_VOICE_ELSEWHERE)]);
  if (voice.size > 0 && !anotherOwner(page)) return { evidence: [...voice.values()].slice(0, 2).join(' … '), strength: voice.size >= VOICE_COPY ? 'strong' : 'weak', service: 'uscis' };
  return undefined;
}

/**
 * Different phrases of `re` on the page (key → quote; the key is the folded phrase unless `keyOf`
 * names it), outside quotations and (unless `inWarnings`) warning sentences, at most 3. Copied
 * agency pages carry the agency's own scam warnings ("Beware of Scams") run together with their
 * headings, so COPY phrases and the site's structure count there too.
 */
function distinct(page: PreparedPage, re: RegExp | Pattern, inWarnings = false, keyOf = (phrase: string): string => phrase): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of re instanceof RegExp ? matches(page, re, 20) : patternMatches(page, re, 20)) {
    const key = keyOf(m[0]);
    if (found.has(key)) continue;
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const lead = page.text.slice(Math.max(s, m.index - 80), m.index);
    const before = page.text.charAt(m.index - 1) === ' ' ? page.text.charAt(m.index - 2) : page.text.charAt(m.index - 1);
    if (before === '"' || insideQuotes(page.text, s, m.index) || QUOTING.test(lead) || (!inWarnings && warnsAt(page.text, s, e))) continue;
    found.set(key, quote(page.raw, m.index, m.index + m[0].length));
    if (found.size >= 3) break;
  }
  return found;
}

/**
 * Is `index` inside quotation marks opened earlier in its sentence or the sentence before (an odd number of them since
 * then)? News quote the agency's first person mid-quotation, over two sentences: «Les candidats aux visas IV et K restent
 * une priorité. Nous nous efforçons…», a indiqué l'ambassade (folded text: « » “ ” are '"'). `start` is the start of the
 * match's sentence; both sentences are bounded (sentenceAround), so the count is too.
 */
function insideQuotes(text: string, start: number, index: number): boolean {
  const from = start > 1 ? sentenceAround(text, start - 2, start - 1)[0] : start;
  let open = false;
  for (let i = text.indexOf('"', from); i >= 0 && i < index; i = text.indexOf('"', i + 1)) open = !open;
  return open;
}

/*
Examples:
  fires:      rbd-pomsresource-rm-10211-510, rbd-rumble-crumble-ssa-ssi-booklet, rbd-freeadvice-ssa-disability-booklet, ral-burncircuitslloyd-uscis-address-copy, ral-oyaop-uscis-greencard-copy, kabachok-esta-banner, rp-howafrica-usagov-copy, synthetic-uscis-copy-banner, synthetic-uscis-copy-banner-es, usciss-us-avoid-scams (weak), rb-click2register-es-n400-copy, rr-allowcopy-ng-embassy-proxy, rr-nikwun-vi-ustraveldocs-clone
  must not:   rbd-palawhelp-ssi-booklet, rbd-miamitaxcpa-irs-pub1, rbd-wickedlocal-ssa-scams-column, rbd-smalltax-irs-notice, rbd-pthorneassociates-wheres-my-refund, ral-xielaw-help-relative-brochure, visaserve-uscis-reminder, uscisguide-esta-fraud, rr-fdocuments-haiti-embassy-doc, rr-jamaicaobserver-embassy-column, rav-perluettes-fr-naturalisation-blog
*/
