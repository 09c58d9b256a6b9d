/**
 * The advertorial (advert26): a page that is not the business — a sponsored article ("Anzeige"), a paid press release, a
 * directory listing, an SEO post on an unrelated site — that sends the reader to a private agency, service or named
 * non-government site as the place to apply for a government step. It sells nothing itself, so the seller's cues (its fee,
 * its refund policy, "we submit it for you") are absent; what it does is recommend the middleman, in its own voice, one click
 * before the reader pays. middleman-service reads the sentence as the cue 'steers' (enough alone, like 'courier'), and the
 * verdict shows the step's free official route as for a seller (lib/guide, facts.json url.esta, fee.esta, url.dv-lottery).
 * When it is the page's only business cue, the page is not the business: its reason is its own, 'steers-to-seller' ("Sends
 * you to a paid service"), with the site it names as the evidence (Steer.site), else its sentence.
 *
 * The line, in one sentence of the page:
 *  - Steers (fires): a private helper named — an agency, a service provider, an expediter, a "service on the net", a
 *    platform, or a site by its address — together with the page recommending it or sending the reader there to apply:
 *    "macht es auf jeden Fall Sinn eine Agentur mit dieser Aufgabe zu beauftragen" (an 'Anzeige' on a German magazine
 *    site), "Entscheidest Du dich für einen Service im Netz, ist das die sehr viel unkomplizierte Lösung" (a sponsored
 *    family blog), "there are travel agencies that offer ESTA application services … where you can approach them for
 *    help" (a spun SEO post), "esistono molti siti che ti aiutano a compilare il modulo ESTA", "Sur la plateforme numérique :
 *    http://www.usa-voyageur.com, vous pourrez soumettre votre demande" (tune batch real-2026-12bg, WRITE half). The
 *    recommendation is the page's even when it also names the official route: an advertorial mentions the $14 the
 *    government charges and then argues for the agency.
 *  - Quiet: a sentence that warns ("steer clear of third party websites", warnsAt), that sends to the official site
 *    (OFFICIAL_POINTER, or an address that is an agency's own or a foreign government's: officialMatch,
 *    foreignGovernment), that reports another's offer or price (othersPrice), or says the helper is not needed ("it is not
 *    necessary to pay a third party", "Those sites are no easier to use than the Department of State web site"); a page that
 *    says anywhere that the official route is enough or cheaper (OFFICIAL_ENOUGH: "the official site is free!", "éviter
 *    les frais excessifs", "自分でやれば14ドル"); a lawyer recommending a lawyer (no helper word names one: legal help is
 *    middleman-service's own line); a traveller's note that a relative or travel agent may submit it (no recommendation).
 *  - Read only on a step anyone completes alone in minutes (Service.selfCueAlone: the ESTA, the DV entry, the EIN, clerical
 *    visa steps). A passport page calling a private expediter "the fastest one" stays quiet: passport guides say as much
 *    of a legal trade beside the State Department's own $60 expedite, and the first cut that read them raised a legit
 *    page of a sealed hold-out (its caution ceiling failed, pass/fail seen, no page).
 * Examples both sides: tests/unit/signals/middleman-service-advert26.test.ts.
 */
import { pattern, patternMatches, sentenceAround, warningSentences, warnsAt, type Pattern } from '../../text/context';
import { foreignGovernment } from '../../domain/foreign';
import { officialMatch } from '../../domain/official';
import { OFFICIAL_POINTER, SITE_ENDING, othersPrice } from './cues';
import type { PreparedPage } from '../types';

/** A private helper named: the one a page could send the reader to. Folded text; words in other languages may go on. */
const HELPER: Pattern = pattern(
  String.raw`(?<!(?:passport|government|federal|state|consular|u\.s\.|us|public|official) )agenc(?:y|ies)|travel agents?|(?:\w+ )?service providers?|expedit(?:er|ers|or|ors)|expediting (?:services?|compan(?:y|ies))|(?:private|professional|specialized|specialised|dedicated|reputed|reputable|trusted|third[- ]party) (?:[a-z-]+ ){0,2}?(?:services?|compan(?:y|ies)|platforms?|sites?|websites?|providers?|firms?)`,
  ['agentur', 'dienstleister', 'service im netz', 'service im internet', 'agence', 'plateforme', 'prestataire', 'agencia', 'gestoria', 'empresa privada', 'empresas privadas', 'empresa especializada', 'agenzia', 'agenzie', 'siti che', 'siti italiani', 'servizi dedicati', 'servizio dedicato', 'despachante', 'dienstverlener', '代行業者', '代行会社', '代行サービス', '代行サイト', '대행업체', '대행 업체', '대행사', '대행 서비스', '代办机构', '代辦機構'],
  true,
);

/**
 * The page recommending, or sending the reader to, the helper its sentence names: "better", "the fastest one is using",
 * "approach them for help", "macht … Sinn", "unkomplizierte Lösung", "n'hésitez pas à faire appel", "es recomendable",
 * "ti aiutano", "おすすめ". Folded text.
 */
const RECOMMENDS =
  /\b(?:better|best|easiest|fastest|quickest|simplest|most (?:reliable|convenient|practical)|recommend\w*|advis(?:e|ed|able)|worth it|wise|a good idea|hassle[- ]free|approach (?:them|one|an?|the)|turn to|reach out to|hire (?:an?|one|the)|go (?:through|with) (?:an?|one|the)|sinn|sinnvoll|empfehl\w*|lohnt|besser|am besten|unkompliziert\w*|einfachste\w*|n'?hesitez|conseill\w*|recommand\w*|mieux|preferable|faire appel|adressez-vous|opter pour|recomendable|recomend\w*|mejor|conviene|aconsej\w*|recurrir|consigli\w*|meglio|rivolger\w*|affidar\w*|(?:ti |vi )?aiut(?:ano|ano a|arti|eranno)|aanrader|aan te raden)\b|おすすめ|オススメ|お勧め|すべき|추천|推荐|建议/;

/** Applying for the step, near the helper: the sentence or the text just before it (a list of ways to get it). */
const APPLY =
  /\b(?:apply\w*|applications?|submit\w*|fill\w*|complet\w*|obtain\w*|get(?:ting)? (?:your|an?|the|it)|renew\w*|register\w*|registration|entry|forms?|process\w*|antrag\w*|beantrag\w*|ausfull\w*|demande|formulaire|soumettre|remplir|solicitud|solicitar|tramit\w*|formulario|domanda|richiesta|modulo|compilare|pratica|pedido|aanvra\w*)\b|申請|手続|신청|申请|办理/;

/** The reader sent somewhere: "you can", "vous pourrez", "go to", "rendez-vous sur", "besuchen Sie". Folded text. */
const DIRECTS =
  /\b(?:you (?:can|could|may|will be able to)|go to|head (?:to|over to)|visit|vous pourr\w*|vous pouvez|rendez-vous|allez sur|rendez-vous sur|sie konnen|besuchen sie|puede[ns]?|podra[ns]?|visite|puoi|potete|potrai|visita)\b/;

/** How far before the helper's sentence the applying may be named (the paragraph that lists the ways to get the step). */
const APPLY_BACK = 300;

/** An address in the text: a site named as the place to go (the agency's own sites and foreign governments are not). */
// Linear: a match starts only where a token does (the lookbehind), with a bounded number of bounded labels, so a run of
// "a.a.a.…" or "1.000.000.…" is tried once, not from each of its characters (tests/unit/text/linear-time.test.ts).
const ADDRESS = new RegExp(String.raw`(?<![a-z0-9./-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]{1,40}\.){1,4}${SITE_ENDING})\b(?![.-]?[a-z0-9])`, 'g');

/** A photo service recommended beside the step ("a professional visa photo service"): photos are their own trade. */
const PHOTO = /\b(?:photo|foto|photograph)s? (?:services?|studios?|shops?|booths?)\b|写真館|사진관|照相馆/;

/** A negation just before the recommending word. */
const NEGATED = /\b(?:not|non|no|nicht|pas|kein\w*|never|nie|jamais|nunca|mai)\b[^.!?]{0,8}$/;

/** The helper said not to be needed, or no better than the official site. */
const NOT_NEEDED = /\b(?:not necessary|unnecessary|no need|needless|no easier|not (?:any )?(?:faster|easier|quicker)|nicht notig|pas (?:besoin|necessaire)|no (?:es )?necesari\w*|non (?:e )?necessari\w*)\b|不要|必要ありません|필요 없/;

/**
 * The page saying the official route is enough or cheaper (a guide, a consumer warning): "the official site is free!",
 * "pour éviter les frais excessifs", "自分でやれば14ドル(約1,500円)で済みますが", "si ce n'est une facture plus grosse". Such a
 * page may still name the helpers ("代行業者の相場は…"), never as the place to go.
 */
const OFFICIAL_ENOUGH =
  /\bofficial (?:web ?site|site) is (?:free|cheaper)|\b(?:cheaper|for less|lesser fee|lower fee)\b[^.!?]{0,40}\b(?:official|government)|\b(?:official|government)\b[^.!?]{0,60}\b(?:cheaper|for less|lesser fee|lower fee)\b|\b(?:eviter|avoid) (?:les |the )?(?:frais|fees) (?:excessifs|excessive|extra)|facture plus grosse|自分でやれば|自分で(?:簡単に)?(?:申請|でき)/;

/**
 * The first address in the sentence [s, e) of a site that is neither the page's own nor an agency's or a foreign
 * government's, as [start, end) in the page's text; undefined when it names none.
 */
function otherSite(page: PreparedPage, s: number, e: number): [number, number] | undefined {
  for (const m of page.text.slice(s, e).matchAll(ADDRESS)) {
    const host = m[1] ?? '';
    if (host.endsWith(page.host.domain ?? '\u0000') || officialMatch(host) !== null || foreignGovernment(host) !== null) continue;
    return [s + m.index, s + m.index + m[0].length];
  }
  return undefined;
}

/**
 * Does the sentence [s, e) send the reader to the helper it names to apply: it recommends it, or names another site and
 * applying, and applying is named in it or just before — and it neither warns, nor points to the official site, nor says
 * the helper is not needed, nor reports another's price without recommending it?
 */
function sendsAt(page: PreparedPage, s: number, e: number): boolean {
  const sent = page.text.slice(s, e);
  if (warnsAt(page.text, s, e) || OFFICIAL_POINTER.test(sent) || NOT_NEEDED.test(sent)) return false;
  if (PHOTO.test(sent)) return false; // a photo service (photos.ts's line): not the step itself
  const rec = RECOMMENDS.exec(sent);
  // "non conviene ricorrere ad agenzie" (not worth it), "it is not better to": a recommendation negated
  const recommends = rec !== null && !NEGATED.test(sent.slice(Math.max(0, rec.index - 16), rec.index));
  if (!recommends && othersPrice(sent)) return false;
  if (!recommends && !(otherSite(page, s, e) && APPLY.test(sent) && DIRECTS.test(sent))) return false;
  return APPLY.test(page.text.slice(Math.max(0, s - APPLY_BACK), e));
}

/** Bounded reads: helper matches looked at. */
const MAX_HELPERS = 30;

/** Where a page steers: the sentence, and the address of the site it names there, if it names one. */
export interface Steer {
  sentence: [number, number];
  site?: [number, number];
}

/** The steering sentence [s, e) with the site it names. */
function steer(page: PreparedPage, s: number, e: number): Steer {
  const site = otherSite(page, s, e);
  return site ? { sentence: [s, e], site } : { sentence: [s, e] };
}

/**
 * The first sentence in which the page sends the reader to a private helper to apply for the step (see the header), with
 * the site it names there; undefined when it sends nowhere. Linear: at most MAX_HELPERS sentences, each read a fixed
 * number of times.
 */
export function steersAt(page: PreparedPage): Steer | undefined {
  // a guide saying the official route is enough, or an article warning about these businesses (one warning sentence is
  // enough: an advertorial does not warn), is the neighbour however it names them
  if (OFFICIAL_ENOUGH.test(page.text) || warningSentences(page, 1) > 0) return undefined;
  let after = -1;
  for (const m of patternMatches(page, HELPER, MAX_HELPERS)) {
    if (m.index < after) continue;
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    after = e;
    if (sendsAt(page, s, e)) return steer(page, s, e);
  }
  // a site named by its address as the place to go, with no helper word ("Golden Bridge ESTA.it. può aiutare nella richiesta")
  let tries = 0;
  for (const m of page.text.matchAll(ADDRESS)) {
    if (++tries > MAX_HELPERS) break;
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    if (otherSite(page, s, e) && sendsAt(page, s, e)) return steer(page, s, e);
  }
  return undefined;
}
