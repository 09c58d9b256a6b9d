/**
 * The agency's own first person in a copied page, beyond the few fixed phrases claims-official knew (VOICE).
 * A copy of a uscis.gov or travel.state.gov page keeps two habits of the agency's writing that no one else has:
 *  - it sends the reader to its own pages by their titles ("Go to our Green Card Eligibility Categories page",
 *    "see our How to Create a USCIS Online Account page", "visit our Adjustment of Status page"), and
 *  - it speaks of the reader's case as the one who decides it ("If we approve it…", "notify us that you have
 *    moved", "allows us to process your change of address", "we will schedule your biometric services
 *    appointment"), or calls the agency's site its own ("our internet site at http://travel.state.gov",
 *    "available on our Web site at www.uscis.gov"), or describes its office's duties ("We serve as liaisons
 *    with the Department of Homeland Security").
 * claims-official counts each of these as one piece of VOICE: two different ones are a copy that speaks as the agency.
 *
 * The line (real examples, tune batch real-2026-12al): a page PRESENTS ITSELF as the agency when it speaks the
 * agency's first person and names no other owner: USCIS's change-of-address page on a random Pages host
 * (burncircuitslloyd.pages.dev), the Office of Visa Services' "Who We Are" on a blogspot blog (uslegalvisa), the
 * green-card page on an opportunities site (oyaop.com). A page QUOTES the agency under its own name when the
 * owner says who it is: a law office (LAWYER_SELF: "our attorneys", "schedule a consultation", "law office"), a
 * site whose own address names a law practice (xielaw.com keeps USCIS's brochure, "our Web site at www.uscis.gov",
 * "If we approve it"; robinettlaw.com keeps "Individual accounts allow us to best serve you"), or a blog that
 * speaks as itself ("this blog about How to Apply for a Green Card", minawari.com). Those pages keep the agency's
 * words, but the reader sees whose page it is; the voice is not counted there (anotherOwner).
 * A bare topic names no agency page: "our Green Card page", "our DACA page" are a firm's or a nonprofit's menu.
 *
 * The same first person in the languages agency pages are most often translated into (AGENCY_VOICE_ELSEWHERE: fr, pt,
 * vi, zh). A copy translated by a content farm or a seller keeps the agency as the one who decides the reader's case
 * ("si nous approuvons votre demande", "se aprovarmos o seu pedido", "nếu chúng tôi chấp thuận đơn", "如果我们批准您的"),
 * sends the reader the agency's own notices ("nous vous enverrons un avis de réception", "enviaremos um aviso de
 * recebimento") or calls the agency's online tools its own ("outils sur notre site Web", "ferramentas em nosso site"). Only
 * the agency says these of a case: a law firm, a visa agency or a guide says that USCIS decides ("l'USCIS rejettera votre
 * formulaire", "USCIS sẽ gửi thông báo"), and sends its clients its own receipts and e-mails, not receipt notices.
 * The line (real examples, tune batch real-2026-12av): the neighbours in these languages keep a first person of their own —
 * a family telling its naturalization ("nous avons complété en ligne le formulaire", perluettes.com), a translated
 * guide's "we" of its own (wscom.com.br, juliehilden.com), a study-abroad agency's pitch (mtaasia.org) — or keep the
 * agency's "we" under a credit ("Source : USCIS", "Fonte:", "Nguồn: USCIS", "来源：USCIS") or inside quotation marks
 * («…», a indiqué l'ambassade): those are not counted (anotherOwner, and
 * claims-official's quotation check). Not counted either: the agency's advice without its case in it ("nous vous
 * recommandons", "我们建议你", "aconsejamos"), which guides and relayed releases repeat. The translated copies the engine
 * misses on tune (fr, pt, cs, vi: the State Department's immigrant-visa page, CBP's ESTA notice, a FAQ index) have no
 * first person at all; this reads the ones that keep it.
 * Folded text (lower case, no accents).
 */
import { hasPattern, pattern, patternMatches, type Pattern } from '../../text/context';
import { ownLabel } from '../../domain/match';
import { LAWYER_SELF } from '../middleman/cues';
import { LAW_PRACTICE_NAME } from '../../text/site-names';
import type { PreparedPage } from '../types';
import type { FragmentAgency } from './agency-pages';

/**
 * Titles of the agency sites' own pages (their distinctive words): "our Adjustment of Status page" is a link of
 * uscis.gov's. A bare topic ("our Green Card page", "our DACA page", "our Citizenship page") is any firm's or
 * nonprofit's menu, so it is not one.
 */
const AGENCY_PAGE_TITLE = String.raw`(?:eligibility categories|adjustment of status|consular processing|is pending with uscis|uscis online account|fee schedule|fee waiver guidance|filing guidance|processing times|check case status|case status online|change of address|expedite requests?|emergency travel|travel documents|explore my options|find legal services|citizenship through (?:naturali[sz]ation|parents)|visa wizard|temporary protected status|humanitarian parole|employment authorization document|entrant status check|form [a-z]{1,3}-?\d+[a-z]?)`;

/** One piece of the agency's first person each (see the header); the match is the piece's key. */
export const AGENCY_VOICE = new RegExp(
  [
    // "Go to our Green Card Eligibility Categories page": the agency's page titles, at most 14 words (the match starts at
    // "our", so one link is one piece however it is introduced)
    String.raw`\bour (?<=\b(?:see|visit|go to|read|refer to|check|consult|review) our )(?:[a-z0-9'()/-]+ ){0,7}?${AGENCY_PAGE_TITLE}(?: [a-z0-9'()/-]+){0,7}? (?:web ?)?page\b`,
    // the reader's case decided in the first person
    String.raw`\bif we (?:approve|deny|reject|grant)\b|\bwe (?:will|may|can) (?:approve|deny|reject|adjudicate|revoke) (?:your|the|it|this)\b|\bwe (?:will|may) schedule your (?:biometric|naturali[sz]ation|asylum|green card) (?:services )?(?:appointment|interview)\b`,
    String.raw`\bnotify us (?:that you have moved|of (?:your|any) (?:change of address|new address|address change))\b|\b(?:allows?|enables?) us to process your\b`,
    // the agency's site called "ours"
    String.raw`\bour (?:internet |web ?)?site,? (?:at |is )?(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)*(?:uscis|state|dhs|cbp|usa)\.gov\b`,
    // the State Department visa office describing its own duties
    String.raw`\bwe (?:serve|act) as (?:a |the )?liaisons? (?:with|between|for) (?:the )?(?:department|dhs|embassies|uscis)\b|\bwe interpret (?:visa|immigration) laws\b`,
  ].join('|'),
  'g',
);

/**
 * The agency's first person in French, Portuguese, Vietnamese and Chinese (see the header), one piece each: the case
 * decided, the agency's own notices mailed, its fee pages' bookkeeping, its online tools called its own (as
 * my.uscis.gov/fr and /pt write them: "d'autres outils sur notre site Web", "Si nos outils en ligne ne fournissent pas",
 * "ferramentas em nosso site"; English: "if you have tried our tools"). Kept to the pieces only the agency writes: the
 * service worker's size budget (tests/meta/bundle-size.test.ts) leaves no room for every language's variants.
 */
export const AGENCY_VOICE_ELSEWHERE: Pattern = pattern(
  [
    String.raw`si nous (?:approuvons|refusons|rejetons) votre (?:demande|requete|petition)|nous (?:pouvons|pourrons|allons) (?:refuser|rejeter) votre (?:demande|formulaire|requete|petition)|nous (?:rejetterons|refuserons) (?:l'ensemble de )?votre (?:formulaire|demande|dossier)`,
    String.raw`nous vous enverrons (?:un |l')?avis (?:de |d')(?:reception|rendez-vous|approbation)|outils (?:en ligne )?sur notre site web|si nos outils en ligne ne`,
    String.raw`nous (?:le )?convertirons en (?:un )?(?:virement|transfert) electronique de fonds|nous copierons votre cheque|vous nous autorisez a traiter la copie de votre cheque`,
    String.raw`se (?:aprovarmos|negarmos|rejeitarmos) o seu (?:pedido|formulario|requerimento)|(?:podemos|poderemos) (?:negar|rejeitar) o seu (?:pedido|formulario|requerimento)|(?:rejeitamos|aceitaremos) o seu formulario`,
    String.raw`enviaremos (?:um )?aviso de (?:recebimento|agendamento|aprovacao)|ferramentas em nosso site|se as nossas ferramentas (?:online )?nao`,
  ].join('|'),
  ['nếu chúng tôi chấp thuận đơn', 'chúng tôi có thể từ chối đơn', 'chúng tôi sẽ gửi cho quý vị thông báo biên nhận', '如果我们批准您的', '如果我們批准您的', '我们可能会拒绝您的', '我們可能會拒絕您的'],
);

/**
 * A page that says whose it is, or whose words it reproduces: a law office naming itself (LAWYER_SELF: "law office", "our attorneys", "schedule a
 * consultation"; not the words the agencies themselves use of others: "an accredited representative working for a
 * recognized organization", "civil surgeons"), a business or nonprofit offering its own help, a blog speaking as
 * itself, a repost crediting the agency ("Source: USCIS"), or a site whose own name is a law practice's (xielaw.com,
 * robinettlaw.com, carlosmaury.law: "law", "attorney", "abogado"…, LAW_PRACTICE_NAME in lib/text/site-names.ts; not
 * "legal": uslegalvisa is a visa blog). Its copy of agency text is quoted under that name. `copyOf`: the page is a copy of
 * that agency's pages (ssa.gov, irs.gov), which a credit to the SSA or the IRS then owns up to (CREDITS_SSA_IRS).
 */
export function anotherOwner(page: Pick<PreparedPage, 'text' | 'host'>, copyOf?: FragmentAgency): boolean {
  if (LAW_PRACTICE_NAME.test(ownLabel(page.host)) || /^(?:law|attorney|lawyer|abogado)$/.test(page.host.publicSuffix ?? '')) return true;
  if (hasPattern(page, OWNER_SELF) || hasPattern(page, CREDITS_AGENCY) || (copyOf !== undefined && hasPattern(page, CREDITS_SSA_IRS))) return true;
  for (const m of patternMatches(page, LAWYER_SELF)) if (!AGENCY_WORDS_FOR_OTHERS.test(m[0])) return true;
  return false;
}


/** LAWYER_SELF words that uscis.gov itself writes about others ("Only an attorney or an accredited representative…"). */
const AGENCY_WORDS_FOR_OTHERS = /accredited|recognized|civil surgeon/;

/** The agencies by name, as a page crediting them writes them. */
const AGENCY_NAME = String.raw`(?:the )?(?:u\.?s\.? )?(?:uscis|usagov|usa\.gov|uscis\.gov|citizenship and immigration services|department of (?:state|homeland security)|state department|travel\.state\.gov|dhs|cbp|customs and border protection)`;

/**
 * The Social Security Administration and the IRS by name. A credit to them is asked only of a copy of their own pages
 * (anotherOwner's `copyOf`): a page speaking as USCIS that says "according to the IRS" about a tax step credits the IRS
 * for that step, not for the USCIS text it presents as its own.
 */
const SSA_IRS_NAME = String.raw`(?:the )?(?:u\.?s\.? )?(?:social security administration|ssa|irs|internal revenue service)`;

/** A credit line naming `name` (a regex source) as the source of what the page reproduces (CREDITS_AGENCY), or `more`. */
const creditTo = (name: string, more = ''): RegExp =>
  new RegExp(
    String.raw`\b(?:(?:sources?|authored by|courtesy of|reprinted from|republished from|excerpted from|taken from|copied from|adapted from|according to|information from|text from|content from|via|fuente|segun|fonte|selon|d'apres|segundo|de acordo com|theo) ?:? (?:l'|le |la |o |el )?${name}|from ${name} (?:news|newsroom|website|press release)|${name} (?:says|said|states|stated|explains|explained|announced|writes|wrote|notes|noted)${more})\b`,
    'g',
  );

/**
 * A page crediting the agency as the source of what it reproduces ("Source: USCIS", "reprinted from uscis.gov",
 * "according to the State Department", "USCIS says"): a nonprofit's or a firm's repost with attribution quotes the
 * agency; a copy presenting itself as the agency never names the agency as someone else. (No copy in the tune
 * batches credits its source; reposts in the corpus do.)
 */
const CREDITS_AGENCY: Pattern = {
  latin: creditTo(AGENCY_NAME, String.raw`|(?:fuente|segun):? (?:el )?(?:servicio de ciudadania e inmigracion|departamento de (?:estado|seguridad nacional))`),
  // the credit line in the other scripts ("Nguồn: USCIS", "来源：USCIS", "據USCIS", "출처: USCIS", "Источник: USCIS", "المصدر: USCIS")
  wide: /(?:nguồn|来源|來源|据|據|출처) ?[:：]? ?(?:uscis|dhs|cbp)\b/g,
};

/** A page crediting the SSA or the IRS ("Authored By: Social Security Administration", "Source: IRS"): SSA_IRS_NAME. */
const CREDITS_SSA_IRS: Pattern = { latin: creditTo(SSA_IRS_NAME) };

/**
 * A business, nonprofit or blogger offering its own help ("our clients", "our team", "call us today", "we can help
 * you file", "this blog about How to Apply…"). The agencies' pages say none of these: they send people to "the
 * Contact Center", never to "us" by phone.
 */
const OWNER_SELF: Pattern = pattern(String.raw`(?:this|our|my) blog|our (?:clients|team|staff|services)|call us (?:today|now|at|for)|we can help you (?:with|file|prepare|apply|complete)`, [
  // fr, pt, vi, zh: the owner's clients and team
  'nos clients', 'notre équipe', 'nossos clientes', 'nossa equipe', 'khách hàng của chúng tôi', '我们的客户',
]);
