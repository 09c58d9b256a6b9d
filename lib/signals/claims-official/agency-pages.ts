/**
 * What a whole agency page carries besides its sentences: the site's own chrome. Copies of
 * uscis.gov, travel.state.gov, dvprogram.state.gov, ceac.state.gov, esta.cbp.dhs.gov, usa.gov,
 * e-verify.gov, ssa.gov, irs.gov and the State Department's visa-appointment service (ustraveldocs.com) re-hosted elsewhere (scraped "article" and "excursion" sites, mirrors, phishing kits) often drop
 * the .gov banner and never speak as the agency, but they keep its menus, headers, footers, help
 * headings and form labels: "Travel Advisories | Contact Us | MyTravelGov", "Topics Forms Newsroom
 * Citizenship Green Card Laws Tools", "Navigating in the ESC Web Site", "Los campos obligatorios se
 * indican con un asterisco rojo". A guide or a news story quotes a sentence; it does not reproduce
 * a site's navigation. claims-official counts these pieces (FRAGMENTS) with the agency sentences it
 * already knows; two different ones make the page a copy.
 *
 * Each fragment is named once here (an id), so one menu written with bars, bullets or commas counts
 * once. Every source starts at a rare word, sometimes inside the piece ("liaison, special issuance
 * agency" for "Congressional Liaison, Special Issuance Agency"): the word index tries a pattern only
 * where its first letters can begin it, and "con", "int" or "off" begin many words. Folded text:
 * lower case, no accents.
 *
 * Web archives (the Wayback Machine and the many archives that run its software: university and
 * national libraries) hold the same pages on purpose; their addresses say so, a 14-digit capture
 * time followed by the archived address (isArchiveCapture).
 *
 * Web proxies serve a government page under their own host, its address in their path
 * ("https://1.800.gay:443/https/blog.uscis.gov"): the page is the agency's, the host is not, and what the
 * visitor types there goes to the proxy (proxiedGovHost). Only the path counts: a redirect or share
 * link names the address in its query ("?url=https://www.uscis.gov"), and Google's translation
 * proxy rewrites the host instead ("www-uscis-gov.translate.goog").
 */

import manySellers from '../../data/many-sellers.json';

/** A menu's items in order, separated by spaces, bars, bullets, commas or slashes. */
function menu(...items: string[]): string {
  return items.join(String.raw`[\s|•·,/]+`);
}
/**
 * [id, folded regex source, agency]: one piece of an agency site's own page structure each. The agency is named only for
 * the pieces of a site whose official route is not USCIS's (ssa.gov, irs.gov): a copy made of them is that agency's page, and
 * the warning names that agency's own site (lib/verdict/decide.ts).
 */
const FRAGMENTS: ReadonlyArray<readonly [id: string, source: string, agency?: FragmentAgency]> = [
  // uscis.gov: the horizontal menu (English, Spanish), the seal's text, the footer, the feedback box
  // ("Topics" and "Forms" are drop-downs some copies render apart: the menu is read from "Newsroom")
  ['uscis-menu', menu('newsroom', 'citizenship', 'green card', 'laws', 'tools')],
  ['uscis-menu-es', menu('temas', 'formularios', 'noticias', 'ciudadania', String.raw`(?:tarjeta verde|residencia permanente)`, 'leyes', 'herramientas')],
  ['uscis-seal', String.raw`seal,? u\.s\. citizenship and immigration services`],
  ['uscis-footer', String.raw`looking for u\.s\. government information and services|sitio web oficial de(?:l)? u\.s\. department of homeland security`],
  ['uscis-feedback', String.raw`helpful because the content`],
  ['gov-last-reviewed', String.raw`reviewed/updated`],
  // the footer menu that USCIS, CBP, DHS and E-Verify pages share (English, Spanish)
  ['dhs-footer', menu('budget and performance', 'dhs components', 'freedom of information act')],
  ['dhs-footer-es', menu('presupuesto y rendimiento', 'componentes de dhs', 'ley de libertad de informacion')],
  // uscis.gov form pages ("Forms and Document Downloads"; "Edition Date" … "Where to File")
  ['uscis-form-downloads', String.raw`document downloads`],
  ['uscis-form-layout', String.raw`edition date\b.{0,800}?\bwhere to file`],
  // travel.state.gov: the utility bar ("Travel Advisories | Contact Us | MyTravelGov"), the embassy finder, the site menu
  ['state-utility-bar', menu('advisories', 'contact us', 'mytravelgov')],
  ['state-embassy-finder', String.raw`embassies & consulates`],
  ['state-menu', menu('liaison', 'special issuance agency')],
  ['state-menu-services', menu('child abduction', 'records and authentications')],
  // dvprogram.state.gov: the Entrant Status Check help
  ['esc-help-navigating', String.raw`navigating in the esc web ?site`],
  ['esc-help-home', String.raw`esc home page`],
  ['esc-help-entrant-page', String.raw`entrant information page`],
  // esta.cbp.dhs.gov: the site's name, its start page and form instructions (Spanish), the security notice
  ['esta-site-name', String.raw`esta application website`],
  ['esta-welcome-es', String.raw`bienvenido al (?:sitio web del )?sistema electronico (?:para la|de) autorizacion de viaje`],
  // …and its help on completing an application (Spanish), one block however much of it is copied
  ['esta-help-es', String.raw`casillero .?descargo de responsabilidad|pagar ahora y completar la solicitud|nueve preguntas de (?:seguridad|elegibilidad)`],
  ['esta-start-apply', String.raw`solicite una autorizacion de viaje a estados unidos`],
  ['esta-start-update', String.raw`actualice o revise el estado de una autorizacion previamente presentada`],
  ['esta-required-fields', String.raw`campos obligatorios se indican con un asterisco rojo`],
  ['esta-help-link', String.raw`vaya al enlace ayuda en la parte superior`],
  ['esta-security-notice', String.raw`homeland security computer system`],
  // ceac.state.gov: the DS-160 start page (the tool-tip language bar; retrieving an application; the
  // "Additional Information" tips, one block however many of them a guide repeats)
  ['ceac-tooltip', String.raw`tooltip language`],
  ['ceac-retrieve', String.raw`application id and answer a security question`],
  ['ceac-tips', String.raw`inactivity,? and you will lose all unsaved information|application id displayed on the top right`],
  // the State Department's visa-appointment service (ustraveldocs.com): its page headings and side menu
  ['appt-restrictions', String.raw`restrictions to changing appointments`],
  ['appt-notification', String.raw`notification message for all applicants`],
  ['appt-more-actions', menu('actions', 'schedule an appointment', 'change your appointment')],
  // usa.gov and e-verify.gov: USAGov's logo, its "Have a question? Ask a real person…" footer and the
  // dated stamp above it ("LAST UPDATED: January 4, 2024")
  ['usagov-logo', String.raw`usagov (?:logo|homepage)`],
  ['usagov-ask', String.raw`real person any government-related question`],
  ['usagov-updated', String.raw`updated: (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, \d{4},? have a question`],
  ['everify-trademark', String.raw`e-verify is a registered trademark`],
  // U.S. embassy and consulate sites (usembassy.gov, one template for every mission, in the mission's
  // languages): the visa pages' own lines in the mission's voice ("see our Directory of Visa Categories",
  // "contact the visa section through our visa navigator", the courier sign-up "gives us the information
  // we need to return your passport", the contact line under the Customer Service Statement) and that
  // statement itself, one block however much of it is copied. News and lawyers quote the statement
  // (attributed, often whole); it counts as one piece, so a quotation alone is never a copy.
  ['mission-visa-directory', String.raw`(?<=\bour )directory of visa categories|(?<=\bunserem )verzeichnis der visakategorien|(?<=\bnostr[oa] )elenco (?:di visa categorie|delle categorie di vist[oi])`],
  ['mission-visa-navigator', String.raw`(?<=\bour )visa navigator|(?<=\bnostro )navigatore visti`],
  ['mission-return-passport', String.raw`(?<=\bus (?:with )?the )information we need to return your passport`],
  ['mission-visa-contact', String.raw`question or comment about immigrant or non-?immigrant visas`],
  ['state-service-statement', String.raw`dignity and respect,? even if we (?:are unable to|cannot|can not) (?:grant|issue)|dignita e rispetto,? anche nel caso in cui non potremo`],
  // ssa.gov, read from the agency's own stored pages (checked 2026-12-07): the answer pages of its FAQ (faq.ssa.gov: "Other
  // Questions You May Find Helpful … Give us Feedback. Did this answer your question?", the older "Topic Information • Topic #:"),
  // the card pages' question tool and their free-services box (ssa.gov/ssnumber: "Click the Start below and we'll tell you
  // the best way to apply", "Social Security Number Services are Always Free"), the header and back cover of its publications
  // (ssa.gov/pubs, as archived: "SSA Publication No. 05-10096 … ICN 468630", "We treat all calls confidentially … a second
  // Social Security representative monitor some telephone calls"), and the page layout of its operations manual (POMS,
  // secure.ssa.gov/poms.nsf: "TN 54 (02-24) RM 10211.001 …", "To Link to this section - Use this URL").
  // (the FAQ's lines are the answer software's, one piece however many of them a page keeps)
  ['ssa-faq', String.raw`questions you may find helpful|give us feedback\.? did this answer your question|topic information • topic #`, 'ssa'],
  ['ssa-card-start', String.raw`(?:start below|answer a few questions) and we.?ll tell you the best way to apply`, 'ssa'],
  // (the box's older edition, ssa.gov/ssnumber as stored: "Some businesses advertise that they can provide name changes or Social
  // Security cards for a fee… Social Security is the best place to get information about Social Security")
  ['ssa-free-services', String.raw`social security number services are always free|(?<=\bsocial security is the )best place to get information about social security`, 'ssa'],
  // (a publication's header names its ICN stock number; a lawyer or a guide citing the publication never does)
  ['ssa-pub-header', String.raw`ssa publication no\.? ?05-\d{5}\b[^.]{0,60}?\bicn \d{6}`, 'ssa'],
  ['ssa-pub-contact', String.raw`(?<=\bwe )treat all calls confidentially|second social security representative monitor`, 'ssa'],
  // (a booklet speaking of itself in the agency's voice, and its table of contents: ssa.gov/pubs/11011.html as archived,
  // cybercemetery.unt.edu/archive/oilspill/20130216221400: "This booklet explains some of your rights and responsibilities…
  // We suggest you take time now to read this booklet… (This booklet may have been enclosed with such a letter.)"; its
  // current edition, "What's inside Introduction 1 About your payments 1 What you must report to us 4 … Contacting Us 26", "We
  // may have enclosed this booklet with the letter"; the disability booklet's older edition, "Who Should Read This Booklet?…
  // What's Inside Part 1: Your Disability Benefits". A legal-aid portal or a column names the booklet, "This booklet from the
  // Social Security Administration explains", "read our booklet, What You Need to Know…": it does not speak as it)
  ['ssa-booklet-self', String.raw`booklet explains some of your rights|(?<=\bwho )should read this booklet|(?<=\byou )should read this booklet now|(?<=\bnow to )read this booklet|(?<=\bthis )booklet is divided|(?<=\bwe may have enclosed this )booklet|booklet may have been enclosed`, 'ssa'],
  ['ssa-booklet-contents', String.raw`(?<=\bwhat's )inside:? (?:introduction|part) 1\b`, 'ssa'],
  // (a section's transmittal line heads every manual page; a section number alone is a citation, which lawyers and
  // nonprofits write too, so it is one piece however many sections a page names)
  // (a section first issued, and never changed since, prints "BASIC (10-09)" where the transmittal number goes:
  // pomsresource.org/poms/RM-10211.620)
  ['ssa-poms-transmittal', String.raw`(?<=(?:^|[^a-z0-9])tn )\d{1,3} \(\d\d-\d\d\)|basic \(\d\d-\d\d\)`, 'ssa'],
  ['ssa-poms-section', String.raw`(?<=\b(?:rm|gn|si|di|rs|hi|sm|nl|vb|pr) )\d{5}\.\d{3}\b`, 'ssa'],
  ['ssa-poms-link', String.raw`link to this section - use this url`, 'ssa'],
  // irs.gov, read from the agency's own stored pages (checked 2026-12-07): its footer line ("Page Last Reviewed or Updated:
  // 15-Aug-2016", irs.gov/uac/about-publication-519), its menu ("Popular For Tax Pros Amend/Fix Return Apply for Power of
  // Attorney Apply for an ITIN", irs.gov/businesses/departing-aliens-and-the-sailing-permit), its banner on archived pages
  // ("Notice: Historical Content This is an archival or historical document and may not reflect current law, policies or
  // procedures", irs.gov/advocate/taxpayer-rights), the layout of its notice pages ("What this notice is about … What you
  // need to do … Product Images The notice you have may have different information", irs.gov/individuals/understanding-your-
  // cp14-notice) and of its "About Form/Publication" pages ("Recent Developments … Other Items You May Find Useful", "Use the
  // Comment on Tax Forms and Publications web form", irs.gov/uac/about-publication-519).
  ['irs-last-reviewed', String.raw`page last reviewed or updated`, 'irs'],
  ['irs-menu-tax-pros', String.raw`popular for tax pros|${menu('amend/fix return', 'apply for power of attorney')}`, 'irs'],
  ['irs-historical-notice', String.raw`archival or historical document and may not reflect current law`, 'irs'],
  ['irs-notice-layout', String.raw`notice is about\b.{0,600}?\bwhat you need to do\b|notice you have may have different information`, 'irs'],
  ['irs-about-form-layout', String.raw`developments\b.{0,400}?\bother items you may find useful|comment on tax forms and publications web form`, 'irs'],
];

/** The agencies whose site chrome FRAGMENTS name, whose own site the warning then names. */
export type FragmentAgency = 'ssa' | 'irs';

/** All fragments as one pattern (for one pass over the page). */
export const FRAGMENT_PATTERN = new RegExp(FRAGMENTS.map(([, source]) => String.raw`\b(?:${source})`).join('|'), 'g');

/** A lookbehind (the "our " before "visa navigator") is context, not part of the matched piece. */
const LOOKBEHIND = /\(\?<=[^()]*(?:\([^()]*\)[^()]*)*\)/g;
const BY_ID = FRAGMENTS.map(([id, source]) => [id, new RegExp(String.raw`^(?:${source.replace(LOOKBEHIND, '')})`)] as const);

/** Which fragment a match of FRAGMENT_PATTERN is (its id), so that one menu counts once however it is written. */
export function fragmentOf(matched: string): string {
  return BY_ID.find(([, re]) => re.test(matched))?.[0] ?? matched;
}

const AGENCY_OF = new Map(FRAGMENTS.flatMap(([id, , agency]) => (agency ? [[id, agency] as const] : [])));

/**
 * The agency a page's copied pieces (fragment ids, or any other key) come from, when they all come from one of the agencies
 * FRAGMENTS name (ssa.gov, irs.gov); otherwise undefined (USCIS and the sites it already routes to).
 */
export function copiedAgency(keys: Iterable<string>): FragmentAgency | undefined {
  let found: FragmentAgency | undefined;
  for (const key of keys) {
    const agency = AGENCY_OF.get(key);
    if (agency === undefined || (found !== undefined && found !== agency)) return undefined;
    found = agency;
  }
  return found;
}

/**
 * A page of a web archive: its address holds a 14-digit capture time, then the archived address.
 * Shorter times are written too, then always with the archived address's scheme: a partial time
 * (web.archive.org/web/202204/https://…, archive.ph/2025/https://…: the capture closest to it),
 * archive.today's dotted one (archive.ph/2024.04.28-082958/https://…), or none at all on the
 * Wayback Machine (web.archive.org/web/https://…: the newest capture), or a time ending in "*", the
 * Wayback Machine's calendar and list of captures (web.archive.org/web/*\/https://…, /web/2023*\/…: a
 * .gov address in the path made them look like proxies, danger). archive.today (archive.ph,
 * archive.md, archive.is, archive.li, archive.vn, archive.fo: its mirrors, https://en.wikipedia.org/wiki/Archive.today)
 * also names a capture by a short id alone (archive.md/FNMT7): its own hosts, so any page of theirs is a capture.
 */
export function isArchiveCapture(url: string): boolean {
  return (
    /\/\d{14}(?:[a-z]{2}_)?\/+(?:https?:\/+)?[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]|$)/i.test(url) ||
    /\/(?:\d{4,13}|\d{0,14}\*|\d{4}\.\d\d\.\d\d-\d{6})\/+https?:\/+[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#*]|$)/i.test(url) ||
    /^https?:\/\/web\.archive\.org\/web\/+https?:\/+[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]|$)/i.test(url) ||
    /^https?:\/\/archive\.(?:ph|md|is|li|vn|fo|today)\.?\/[a-z0-9]{4,8}(?:[/?#]|$)/i.test(url)
  );
}

/** The path of an address (from its first slash to its query), if it has one. */
function pathOf(url: string): string | undefined {
  return /^[a-z][\w+.-]*:\/\/[^/?#]+(\/[^?#]*)/i.exec(url)?.[1];
}

/**
 * The .gov host a web proxy or site mirror serves under its own address, if any: a scheme then a .gov
 * host at the start of a path segment ("/https://blog.uscis.gov", "/http/www.travel.state.gov"), or the
 * scheme flattened into the folder name as site-copying tools write it ("/https-ch.usembassy.gov/it").
 */
export function proxiedGovHost(url: string): string | undefined {
  const path = pathOf(url);
  if (path === undefined) return undefined;
  return /\/https?(?:(?::|%3a)?\/+|[-_])((?:[\w-]+\.)+gov)(?::\d+)?(?:[/?#]|$)/i.exec(path)?.[1]?.toLowerCase();
}

/**
 * A page address laid out like the State Department's visa-appointment service (ustraveldocs.com,
 * allowlisted): a country folder, optionally with its language, then a page named after the same
 * country and the service's sections ("/vn_vn/vn-iv-visaapplyinfo.asp", "/at_de/at-niv-visaapply.asp",
 * "/tn_fr/tn-gen-faq.asp"). Clones of the service keep its file layout under another host; no other
 * site names its pages so. Returns the path, if it is one.
 */
export function appointmentServicePath(url: string): string | undefined {
  const path = pathOf(url);
  return path !== undefined && /^\/([a-z]{2})(?:_[a-z]{2})?\/\1-(?:niv|iv|gen)-[a-z0-9]+\.aspx?$/i.test(path) ? path : undefined;
}

/**
 * The agency sites' own names as they end every page title ("Contact Us | USCIS", "How to apply for a
 * green card | USAGov", "ESTA | U.S. Customs and Border Protection", "Step 3: Pay Fees - travel.state.gov",
 * "Visas - U.S. Embassy & Consulates in Nigeria", "Visas - Embajada y Consulados de Estados Unidos en
 * México", "Official ESTA Application Website, U.S. Customs and Border Protection"). A copy of an agency
 * page keeps its title, so the page names itself as the agency's site (content farms add a year:
 * "Contact Us | USCIS (2024)"). Every other site ends its titles with its own name ("… | Pulse Ghana",
 * "… - Smith Law"), and a headline that attributes a statement says "– US Embassy", not the mission's
 * site name with "in <country>". Folded text (lower case, no accents).
 */
const AGENCY_SITE_TITLE = new RegExp(
  '^(?:' +
    [
      String.raw`uscis|usagov|u\.s\. customs and border protection|travel\.state\.gov`,
      String.raw`official esta application website(?:,? u\.s\. customs and border protection)?`,
      String.raw`u\.s\. (?:embassy|consulate general|consulate|mission)(?: (?:&|and) consulates?(?: general)?)? (?:in|to) (?:the )?[a-z][a-z .'-]{1,40}`,
      String.raw`embajada (?:y consulados? )?de (?:los )?(?:estados unidos|ee\. ?uu\.) en [a-z][a-z .'-]{1,40}`,
      String.raw`ambassade (?:et consulats? )?des etats-unis (?:en|au|aux|a) [a-z][a-z .'-]{1,40}`,
      String.raw`embaixada (?:e consulados )?dos (?:eua|estados unidos) (?:no|na|em) [a-z][a-z .'-]{1,40}`,
      // the missions' site names in vi, zh, ja name the consulates too ("… and Consulates"), which no
      // headline does: "Đại sứ quán và Tổng Lãnh sự quán Hoa Kỳ tại Việt Nam" (folded as the page is: some
      // Vietnamese marks stay), "美国驻华大使馆和领事馆", "在日米国大使館と領事館"
      String.raw`đại sứ quan va tổng lanh sự quan hoa kỳ tại \S.{1,30}`,
      String.raw`美[国國][驻駐][\u4e00-\u9fff]{1,6}大使[馆館](?:和|及)[领領]事[馆館]`,
      String.raw`在日米国大使館(?:と|・|及び)領事館`,
    ].join('|') +
    String.raw`)(?: \(\d{4}\))?$`,
);
/** What separates a page's name from its site's name in a title. */
const TITLE_SEPARATOR = /\s[|\u2013\u2014-]\s|\s(?:::|»)\s|,\s(?=u\.s\. customs)/g;

/** A U.S. mission's site name (embassy, consulates): the one a headline could also end with. */
export const MISSION_SITE = /^(?:(?:u\.s\.|embajada|ambassade|embaixada|đại) |美|在日)/;
/** Site names that are a whole title only on the site's home page: a mission's, the ESTA site's. */
const HOME_PAGE_TITLE = new RegExp(`${MISSION_SITE.source}|^official `);

/**
 * Titles that put the site's own name first, so their last part names the page: forum and blog
 * software's fixed words (phpBB 2 and 3.0: "{SITENAME} • View forum - USCIS", "… • View topic - <the
 * thread's subject>"; WordPress's classic theme: "<blog> » Blog Archive » <post>", in phpBB's es, fr,
 * pt packs too). A category named "USCIS" on such a site, or a thread whose subject ends "- USCIS",
 * is the site's own page.
 */
const SITE_FIRST = /\b(?:view (?:topic|forum)|blog archive|ver (?:tema|topico|foro|forum)|voir (?:le sujet|le forum))\b/;

/** Social networks and publishing platforms (lib/data/many-sellers.json): their titles carry an account's chosen name. */
const PLATFORMS: ReadonlySet<string> = new Set(manySellers.hosts);

/**
 * The agency site a page's title names as the page's own site, if any: its last part after a
 * separator, or the whole title when it is a mission's or the ESTA site's full name (a copied home
 * page). A bare "USCIS" title is a topic, not a site name. On a social network or publishing platform
 * (`domain`, the page's registrable domain) the title is an account's name: the mission's own account
 * and an impostor's read the same, so the title says nothing there.
 */
export function agencySiteInTitle(foldedTitle: string, domain: string): string | undefined {
  if (PLATFORMS.has(domain)) return undefined;
  const title = foldedTitle.trim().replace(/[.\s]+$/, '');
  let first = -1;
  let last = 0;
  for (const m of title.matchAll(TITLE_SEPARATOR)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  const site = title.slice(last);
  if (last === 0 && !HOME_PAGE_TITLE.test(site)) return undefined;
  if (!AGENCY_SITE_TITLE.test(site)) return undefined;
  return SITE_FIRST.test(title) || (first > 0 && namesSite(title.slice(0, first), domain)) ? undefined : site;
}

/**
 * Does a title's first part name the page's own site ("Immigration Talk" on immigrationtalk.net, "VisaJourney
 * Forum" on visajourney.com)? Sites that write their name first (Joomla's "site name before", old blog
 * themes) then name the page last, and a page of theirs may be called "USCIS".
 */
function namesSite(part: string, domain: string): boolean {
  const label = (domain.split('.')[0] ?? '').replace(/-/g, '');
  return label.length >= 4 && part.replace(/[^a-z0-9]/g, '').startsWith(label);
}
