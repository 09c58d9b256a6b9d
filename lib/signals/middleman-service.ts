/**
 * middleman-service: a non-government page offers to carry out, for the visitor, a government step that is free or cheap at
 * the source (an ESTA, the DV-lottery entry, the USCIS access code, blank or filled forms, a case-status check, E-Verify, an
 * EIN or ITIN, an I-94, a FOIA request, the DS-160 or a visa appointment: middleman/services.ts) and runs it as a business,
 * even with no price in view (it sits on the order form, in the FAQ or the refund policy). The verdict then shows the
 * official route and fee (lib/guide, by `service`: the step the page sells, soldService).
 *
 * It fires when the page names such a step and shows two kinds of business cue (middleman/cues.ts), at least one of money or
 * service (its own fee, a refund policy, rush processing, "we submit it for you", form-filling software, a price, a card
 * form), the other maybe a step ("apply now", "Step 2: Payment"). A site named after the step (usa-esta.net,
 * applyusagreencardlottery.com) is enough alone; on a step anyone completes alone in minutes (Service.selfCueAlone: ESTA, DV,
 * EIN, clerical visa steps) one cue in which the page speaks of itself as the business is enough (middleman/self.ts). Cues
 * are read on the whole page, one sentence at a time: a sentence that warns ("never pay for…"), reports another's fee or
 * points to the official site is no cue, and a seller printing "never pay anyone…" in one sentence does not hide its offer
 * in the others.
 *
 * The line between doing the free step for someone and legal help:
 *  - Middleman (fires): its product IS the government step, which needs no lawyer: estaportal.us ("Processing fee … urgent
 *    processing"), an "online Green Card preparation" site with "Signup Fee = $19.00" and "we are not a law firm", a DV
 *    "registration service" with a refund policy, an ITIN site with a money-back guarantee and payment first; a business
 *    paying a U.S. fee (SEVIS, visa) for the reader for a charge ('pays-fee': middleman/fees.ts, where its line is); a page
 *    offering the EIN or the ITIN as its own service ('tax-offer', middleman/taxid.ts: "We handle your ITIN application"); a
 *    passport expediter doing the State Department's passport step for the reader for its own fee ('courier',
 *    middleman/passport.ts, where its line is: "authorize VisaRite to act as your agent", "send them to us"); an advertorial that
 *    sells nothing but sends the reader to a private service to apply ('steers', middleman/advert.ts, where its line is); a visa
 *    agency offering the U.S. visitor visa as its own help, in its first person ('offer', middleman/self.ts offerAt: "our
 *    company is specialized in … U.S. visa applications", "we are happy to assist you" on a visa-appointment page).
 *  - Legal help (quiet, `notice`): a law firm or a DOJ-accredited representative that advises and represents the person,
 *    naming itself so (LAWYER_SELF): "Law Office of …, attorneys at law: we prepare and file your I-130, our fee is $1,500",
 *    "Catholic Charities' accredited representatives help you apply"; a licensed tax office filing the W-7 with its
 *    client's return (TAX_OFFICE_SELF: a CPA, "Jane Doe, EA", an acceptance agent citing its IRS listing or naming the IRS's
 *    authorisation to certify the passport: the tax-ID line is in middleman/taxid.ts); a formation company
 *    whose EIN is a step of the company it forms. A page saying both ("we are not a law firm … consult an attorney") is a middleman.
 *  - Also quiet: guides whose steps point to the official site, a page sending the traveller to the step's own official
 *    site to pay the agency's fee there (a bridge's page on CBP's I-94 fee: middleman/clauses.ts paysOnOwnRoute), news
 *    quoting sellers' fees, an official fee stated as such, a video or guide that helps one submit alone, a guide to a State
 *    Department step that speaks of no business of its own (speaksOfItself), Spanish "esta" and German "ein" (ESTA and EIN
 *    only in capitals), software "access codes".
 * What each tune batch added, with its examples: docs/accuracy.md, "middleman-service: what each batch added".
 */
import { contextAround, hasPattern, hasWarning, patternMatches, saysFree, sentenceAround, warningSentences, warnsAt } from '../text/context';
import { chargesAbove, priceIndices, prices } from '../text/money';
import { quote, wordsPattern } from '../text/normalize';
import { filingFees, officialFee } from '../text/facts';
import { isAboutImmigration } from '../text/relevance';
import { SERVICES, namedBy, namedSite, siteNamed, type Service } from './middleman/services';
import { BUSINESS_VOICE, GUIDE_HELPS, offerAt, quotedFromOthers, speaksAt } from './middleman/self';
import { BUYER_MONEY_BACK, LAWYER_SELF, MONEY, NOT_LAW_OFFICE, OFFICIAL_POINTER, OTHERS_HELP, OWN, PERMISSION_RULE, namesTaxOffice, othersPrice, type Cue } from './middleman/cues';
import { answeredFree, clauseFrom, doesItAlone, guideOnNamedSite, namedInPassing, namedOfficialNext, namesClericalStep, notDone, paysOnOwnRoute } from './middleman/clauses';
import { checksPhoto, pricesPhotos } from './middleman/photos';
import { FORM_CUE_TEXT, formCues } from './middleman/fields';
import { formsTheCompany, taxIdOffer } from './middleman/taxid';
import { feeCues } from './middleman/fees';
import { MIDDLEMAN_CUES, laterStageFee } from './middleman/dv';
import { agencyExpress, courierAt } from './middleman/passport';
import { steersAt } from './middleman/advert';
import { MAX_SHOWN_EVIDENCE } from '../verdict/evidence';
import { governmentsOwnFee, refundByRule } from './middleman/agency-fee';
import type { ServiceId } from '../types';
import type { PreparedPage, SignalHit } from './types';


const MAX_CUES = 40;
/** Price signs looked at (each costs a sentence check); the first priced sentences are enough. */
const MAX_PRICE_TRIES = 12;
/** Warning sentences that make a page an article about scams rather than an offer. */
const WARNING_ARTICLE = 3;
/** Money cues needed on a page that names none of the services. */
const NO_SERVICE_MONEY = 3;

/** How many times as many sentences another service needs than the one the signal fired on to be the one sold (soldService). */
const SOLD_MARGIN = 2;

/** Anchor matches read per service (a menu line names a service many times in one "sentence"). */
const MAX_ANCHORS = 40;

/**
 * The anchor matches that name `service` on the page, with the start of their sentence: not ESTA or EIN in lower case
 * (rawCheck), not in a warning sentence, and none when the page check fails (read once, at the first match).
 */
function* namings(page: PreparedPage, service: Service): Generator<{ match: RegExpExecArray; sentence: number }> {
  let checked: boolean | undefined;
  for (const m of patternMatches(page, service.anchor, MAX_ANCHORS)) {
    if (service.rawCheck && !service.rawCheck(page.raw, m.index, m.index + m[0].length)) continue;
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    if (warnsAt(page.text, s, e)) continue;
    if (service.pageCheck && !(checked ??= service.pageCheck(page, namedSite(page, service.site)))) return;
    yield { match: m, sentence: s };
  }
}

function serviceAt(page: PreparedPage): { service: Service; index: number; length: number } | undefined {
  for (const service of SERVICES) {
    const first = namings(page, service).next();
    if (!first.done) return { service, index: first.value.match.index, length: first.value.match[0].length };
  }
  return undefined;
}

/**
 * The service the page sells, once the signal fires on `firing` (the first service in SERVICES order the page names): the
 * one named in the most sentences when that is at least SOLD_MARGIN times as many as `firing`'s, else `firing`. The order
 * decides which rules the page is read by; it does not say what the business sells: a passport courier's terms naming "your
 * U.S. passport or travel visa application" once beside two passport sentences, a passport form-filling help centre
 * offering "a 50% discount if you apply for EIN" (tune batch real-2026-12ba). The margin keeps a service whose words are
 * generic from taking over: a DV-entry seller's "green card application" (the forms anchor) in 7 sentences beside 5 naming
 * the lottery (tune page ra-usafis-process). A site named after `firing` keeps it (the caller): its name says what it sells,
 * and its pages name other steps in passing (a forms-named site's "I-94 date"). The verdict's route and the reason's wording follow this service
 * (lib/verdict/decide.ts routeService); whether the signal fires never does.
 */
function soldService(page: PreparedPage, firing: Service): ServiceId {
  const sentences = new Map<ServiceId, Set<number>>();
  for (const service of SERVICES) {
    const named = sentences.get(service.service) ?? new Set<number>();
    sentences.set(service.service, named);
    for (const { sentence } of namings(page, service)) named.add(sentence);
  }
  let sold = firing.service;
  let most = 0;
  for (const [id, named] of sentences) {
    if (named.size > most) [sold, most] = [id, named.size];
  }
  return most >= SOLD_MARGIN * (sentences.get(firing.service)?.size ?? 0) ? sold : firing.service;
}

/**
 * A page of a site named after a service (esta-america.de, usgreencardoffice.com) that names the
 * service nowhere in its text — the seller's refund, FAQ or status page: the site name stands for it,
 * even when the page has no immigration word of its own (the host's name opened the reader's gate,
 * relevance.ts), with one more money cue (checked by the caller). A site name that needs a
 * money cue even beside the service's name (passport photo shops) does not stand for it.
 */
function serviceBySite(page: PreparedPage): { service: Service; index: number; length: number } | undefined {
  const service = SERVICES.find((s) => !s.siteWithCue && namedBy(page, s));
  return service ? { service, index: -1, length: 0 } : undefined;
}

/** Cues in which the page speaks of itself as the business (see Service.selfCueAlone; 'guarantee': middleman/dv.ts). */
const SELF_CUES: readonly Cue[] = ['private', 'we-do', 'guarantee'];

/**
 * First sentence of each cue kind that neither warns, nor points to the official site, nor states the government's own fee.
 * On a visa page, a we-do sentence in which the page speaks of itself and names a clerical step is also an 'offer'.
 */
function cuesOf(page: PreparedPage, official: number, service: Service | undefined): Map<Cue, [number, number]> {
  const found = new Map<Cue, [number, number]>();
  for (const [cue, re] of MIDDLEMAN_CUES) {
    for (const m of patternMatches(page, re, MAX_CUES)) {
      const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
      const sent = page.text.slice(s, e);
      // "no need to hire a lawyer" is itself a negation: the warning check looks at the rest of the sentence
      if ((cue === 'not-lawyer' ? hasWarning(page.text.slice(...contextAround(page.text, s, e)).replace(m[0], ' ')) : warnsAt(page.text, s, e)) || (!MONEY.has(cue) && OFFICIAL_POINTER.test(sent))) continue;
      if ((cue === 'fee' || cue === 'pay-step') && (governmentsOwnFee(sent, official) || laterStageFee(page.text, s, e, service) || answeredFree(page.text, e) || namedOfficialNext(page.text, e))) continue;
      if ((cue === 'fee' || cue === 'self-help') && othersPrice(sent)) continue;
      if (cue === 'refund' && ((/money back|geld zuruck/.test(m[0]) && BUYER_MONEY_BACK.test(sent)) || refundByRule(sent))) continue; // the buyer's money back from someone else; the law's refund of the government's fee
      if (cue === 'fee' && pricesPhotos(page.text, s, e, 2)) continue;
      if (cue === 'express' && service?.service === 'passport' && agencyExpress(page, s, e, m[0])) continue; // the State Department's own expedited service
      if (cue === 'we-do' && (GUIDE_HELPS.test(sent) || checksPhoto(sent) || (!OWN.test(sent) && OTHERS_HELP.test(sent)))) continue;
      if (cue === 'not-lawyer' && PERMISSION_RULE.test(page.text.slice(Math.max(s, m.index - 8), m.index + 6)) && !speaksAt(page, s, e)) continue;
      if (SELF_CUES.includes(cue) && quotedFromOthers(page.text, s, m.index)) continue; // "agencies claim: 'we increase your chances'"
      // a private company beside "the US government" is the page's only when it says so in its own words (a blog retelling a seller's checkout line)
      if (cue === 'private' && !speaksAt(page, s, e, true)) continue;
      if (cue === 'package' && !namesClericalStep(page.text, s, e)) continue;
      if ((cue === 'we-do' || cue === 'form-shop') && saysFree(sent)) continue; // 'our services are completely free'
      if (cue === 'we-do' && OFFICIAL_POINTER.test(sent) && doesItAlone(clauseFrom(page.text, m.index))) continue;
      if (cue === 'we-do' && (notDone(clauseFrom(page.text, m.index)) || (service?.taxId === true && formsTheCompany(sent)))) continue; // the EIN as a step of the company a formation business forms (taxid.ts)
      // a self-describing cue keeps looking for a sentence in which the page speaks of itself
      // (the table of contents names "our booking service" before the paragraph saying "we")
      const self = SELF_CUES.includes(cue);
      const speaks = self && speaksAt(page, s, e);
      if (!found.has(cue) || speaks) found.set(cue, [s, e]);
      const offer = cue === 'we-do' && speaks && service?.service === 'visa';
      if (offer && !found.has('offer') && namesClericalStep(page.text, s, e)) found.set('offer', [s, e]);
      if (!self || (speaks && (!offer || found.has('offer')))) break;
    }
  }
  return found;
}

/** A price on the page that is not an official fee: the first sentence with one (bounded). */
const OFFICIAL_FEE_WORDS = new RegExp(
  // the passport's own fee names (passport25): its application fee, and the execution (acceptance) fee an acceptance facility
  // charges by the State Department's rule, as guides and fee charts print them ("Application Fee Execution Fee … $130 + $35")
  String.raw`\b(?:official|government|uscis|filing|visa|mrv|consular|embassy|cbp|state department|irs) (?:\w+ )?fees?\b|\bfees? (?:charged |set )?by (?:the )?(?:government|uscis|cbp|state department)\b|\bpassport (?:application |book |card )?fees?\b|\b(?:execution|acceptance) fees?\b|` +
    wordsPattern(['officiel', 'officiellement', 'offiziell', 'oficial', 'oficialmente', 'ufficiale', 'ufficialmente', 'officieel', 'officiële', 'oficjaln', 'officiel', 'officiella', '官方', '公式', '공식', 'chính thức', 'opisyal', 'консульский сбор', 'консульского сбора', 'консульские сборы', 'конс. сбор', 'визовый сбор', 'визового сбора', 'госпошлин', 'lệ phí', 'אגרת ויזה', 'אגרת הויזה', 'אגרת ה-mrv', 'אגרת mrv', 'אגרת השגרירות', 'هزینه سفارت', 'هزینه ویزا', 'رسوم التأشيرة', 'رسوم طلب التأشيرة', 'ค่าธรรมเนียมวีซ่า', 'ค่าธรรมเนียมในการยื่น', 'ভিসা ফি', 'वीजा शुल्क', 'ویزا فیس', 'visumavgift', 'ვიზის მოსაკრებელი'], true),
);

function priceSentence(page: PreparedPage, official: number, service: Service | undefined): [number, number] | undefined {
  let tries = 0;
  const filing = new Set(filingFees().map((f) => f.amount));
  let after = -1;
  for (const at of priceIndices(page.text)) {
    if (at < after) continue;
    if (++tries > MAX_PRICE_TRIES) break;
    const [s, e] = sentenceAround(page.text, at, at + 1);
    after = e;
    const sent = page.text.slice(s, e);
    if (warnsAt(page.text, s, e) || OFFICIAL_FEE_WORDS.test(sent) || !chargesAbove(sent, official)) continue;
    if (governmentsOwnFee(sent, official) || laterStageFee(page.text, s, e, service)) continue; // the government's price, told to the reader
    if (othersPrice(sent)) continue; // another business's price, told to the reader
    if (prices(sent).some((p) => filing.has(p))) continue; // a USCIS filing fee (facts.json), quoted
    if (pricesPhotos(page.text, s, e, 0)) continue;
    return [s, e];
  }
  return undefined;
}

/**
 * Forms, State Department steps and pages naming no service are where legal representation lives:
 * lawyers, consultants and nonprofits name their fees, services and clients too. There a cue a law
 * office does not show is needed ("we are not a law firm", a refund policy, express processing, a
 * private-company disclaimer, card fields, the site's name) — or, for forms, three cue kinds of
 * which two are money (a form-preparation company's "package", price and "get started"): a law
 * firm that shows as much names itself (LAWYER_SELF) and is let go. Visas stay strict: a law
 * firm's "our typical fee for an E-2 case is $6,000" page shows the same three.
 */
function lacksNonLawCue(service: Service | undefined, found: ReadonlyMap<Cue, unknown>, money: number): boolean {
  if (service && service.service !== 'forms' && (service.service !== 'visa' || service.clerical)) return false;
  if (NOT_LAW_OFFICE.some((c) => found.has(c))) return false;
  return !(service?.service === 'forms' && found.size >= 3 && money >= 2);
}

/**
 * Two cue kinds; or the site's own name; or, on an ESTA or DV page, the page calling itself the
 * business: a private or we-do cue whose sentence speaks of the page itself (SELF) — "代办" or
 * "대행" alone names the trade, which a guide names too.
 */
function enoughCues(page: PreparedPage, service: Service, found: ReadonlyMap<Cue, [number, number]>, site: boolean, index: number): boolean {
  // passport.com, passporthealth.com: the name alone, plus a call to action, is not a business
  // selling the step; a money cue of the page's own is needed beside it.
  if (site && service.siteWithCue) return [...found.keys()].some((c) => c !== 'site' && MONEY.has(c));
  if (found.size >= 2) return true;
  // a site named after the step that sends the reader to the official site to do it (a DV guide named dvlotteryhelp:
  // "Go to the official website of the dv lottery program"), or that speaks as a guide, is not selling it (guideOnNamedSite)
  // nor is one whose page names the service only in a condition ("if you filed your Form N-400 … you may choose"): a
  // civics-test quiz on a site named after U.S. citizenship, no offer, no price (IN_PASSING)
  if (site) return !guideOnNamedSite(page, service) && !namedInPassing(page.text, index);
  if ((service.service === 'forms' && found.has('form-shop')) || found.has('pays-fee') || found.has('courier') || found.has('steers')) return true; // a paperwork shop selling the form filling (cues.ts); a business paying the fee for the reader (fees.ts); a courier carrying the passport application (passport.ts)
  if (service.taxId === true && found.has('tax-offer')) return true; // the page offering its own EIN or ITIN service (taxid.ts)
  if (service.selfCueAlone !== true) return false;
  // a list of what its own service includes, or its offer, naming a clerical visa step ('package', 'offer'), is the business describing itself
  if (found.has('package') || found.has('offer')) return true;
  return SELF_CUES.some((c) => {
    const at = found.get(c);
    return at !== undefined && at[0] >= 0 && speaksAt(page, at[0], at[1]);
  });
}

/** Cues that are the business's own doing wherever they stand (a typo in a name fails the type check, not the rule). */
const OWN_DOING: readonly Cue[] = ['card', 'passport', 'package', 'offer', 'pays-fee', 'courier', 'steers']; // 'steers': the page's own recommendation

/**
 * A State Department step (passports, visa appointments, the DS-160): the department sells
 * expedited service itself, and guides, lawyers and agencies describe all of it ("there are some
 * significant fees for any service over and above the standard processing fees"); a business doing
 * the step speaks of itself in its cues ("our expedite fee", "we hand-carry", "Registered Agency … call
 * now to speak to an agent") or asks for card or passport data.
 */
function speaksOfItself(page: PreparedPage, found: ReadonlyMap<Cue, [number, number]>): boolean {
  // card or passport fields, a list of what its own service includes or its offer ('package', 'offer'), or its paying the
  // fee for the reader ('pays-fee') are the business's own
  if (OWN_DOING.some((c) => found.has(c))) return true;
  // SELF without its "us": on these pages "US" is the country ("US passport", "US visa")
  return [...found.values()].some(([s, e]) => {
    if (s < 0) return false;
    const sent = page.text.slice(s, e);
    return speaksAt(page, s, e, true) || BUSINESS_VOICE.test(sent);
  });
}

/**
 * Professional representation, let go: a law firm or accredited representative naming itself, not saying it is not one; on a
 * tax-ID step (Service.taxId), a tax office naming itself (namesTaxOffice) that shows no cue such an office does not (NOT_LAW_OFFICE).
 */
function representsClient(page: PreparedPage, service: Service | undefined, found: ReadonlyMap<Cue, unknown>): boolean {
  if (!found.has('not-lawyer') && hasPattern(page, LAWYER_SELF)) return true;
  return service?.taxId === true && !NOT_LAW_OFFICE.some((c) => found.has(c)) && namesTaxOffice(page);
}

/**
 * Do the cues found make the page the business doing the step? Two cues, one of them money — or, on an immigration page
 * that names no service, a refund policy among three different money cues (saying it is not a law firm counts as one): the
 * seller's own refund or terms page (a law firm's fee page names its fees and services too, but not a refund policy).
 * (decide() runs signals only on immigration pages; the check here keeps that true of the signal alone.) The site name
 * standing for the service needs a money cue of the page's own beside it.
 */
function isBusiness(page: PreparedPage, at: ReturnType<typeof serviceAt>, found: ReadonlyMap<Cue, [number, number]>, site: boolean): boolean {
  const money = [...found.keys()].filter((c) => MONEY.has(c)).length;
  if (at?.index === -1 && money < 2) return false;
  if (at ? !enoughCues(page, at.service, found, site, at.index) || money === 0 : money + Number(found.has('not-lawyer')) < NO_SERVICE_MONEY || !found.has('refund') || !isAboutImmigration(page.raw)) return false;
  if (lacksNonLawCue(at?.service, found, money)) return false;
  if ((at?.service.service === 'visa' || at?.service.service === 'passport') && !site && !speaksOfItself(page, found)) return false;
  if (representsClient(page, at?.service, found)) return false;
  // An article about these businesses: more warning sentences than cues (and at least
  // WARNING_ARTICLE). A seller that copied a warning or two still has more cues than warnings.
  return warningSentences(page, found.size + 1) < Math.max(WARNING_ARTICLE, found.size + 1);
}

export default function middlemanService(page: PreparedPage): SignalHit | undefined {
  const at = serviceAt(page) ?? serviceBySite(page);
  const official = at?.service.fee ? officialFee(at.service.fee) : 0;
  if (official === undefined) return undefined;
  const found = cuesOf(page, official, at?.service);
  formCues(page, found);
  feeCues(page, found);
  const offer = found.has('offer') ? undefined : offerAt(page, at?.service.service === 'visa'); // the page offering, in its own voice, the help a visa agency sells (self.ts)
  if (offer) found.set('offer', offer);
  const courier = at?.service.service === 'passport' ? courierAt(page) : undefined;
  if (courier) found.set('courier', courier);
  const taxOffer = at?.service.taxId === true ? taxIdOffer(page) : undefined;
  if (taxOffer) found.set('tax-offer', taxOffer);
  const steers = at && at.index >= 0 && at.service.selfCueAlone === true ? steersAt(page) : undefined; // an advertorial sending the reader to a private service for a step done alone in minutes (advert.ts)
  if (steers) found.set('steers', steers.sentence);
  const site = at?.service.site && siteNamed(page, at.service.site);
  if (site) found.set('site', [-1, -1]);
  const price = priceSentence(page, official, at?.service);
  if (price) found.set('price', price);
  // the page sends the reader to the step's own official site and speaks as no business: the price and the payment step are
  // the agency's (a bridge's page on CBP's own I-94 fee, paid on i94.cbp.dhs.gov: session 23's opening)
  if (at && at.index >= 0 && paysOnOwnRoute(page, at.service)) {
    found.delete('price');
    found.delete('pay-step');
  }
  if (!isBusiness(page, at, found, Boolean(site))) return undefined;
  // a site named after the step stands for it: its pages name other steps in passing (a forms-named site's "I-94 date")
  const service = at && (site ? at.service.service : soldService(page, at.service));
  // An advertorial: the page's only business cue is its sending the reader to a private site (advert.ts). It is no business
  // itself, so it has its own reason, and its evidence is the site it names (else its sentence).
  if (steers && !isBusiness(page, at, new Map([...found].filter(([c]) => c !== 'steers')), Boolean(site))) {
    const [s, e] = steers.site ?? steers.sentence;
    return { evidence: quote(page.raw, s, e, MAX_SHOWN_EVIDENCE), strength: 'strong', reason: 'steers-to-seller', ...(service ? { service } : {}) };
  }

  // Evidence: the service and two cue sentences (money first), each sentence once.
  const quotes = new Set<string>();
  for (const [cue, [s, e]] of [...found].sort(([a], [b]) => Number(MONEY.has(b)) - Number(MONEY.has(a)))) {
    if (quotes.size < 2) quotes.add(cue === 'site' ? `site name: ${site ?? ''}` : (FORM_CUE_TEXT[cue] ?? quote(page.raw, s, e, 90)));
  }
  return {
    evidence: [...(at && at.index >= 0 ? [quote(page.raw, at.index, at.index + at.length, 40)] : []), ...quotes].join(' … '),
    strength: 'strong',
    ...(service ? { service } : {}),
    ...(found.size === 1 && site ? { byName: true as const } : {}),
  };
}

/*
Examples:
  fires:      rw-thaitrungkien-us-visa, rbg-icserver3-esta-agentur, estaportal-processing-times, n400form-terms, americangreencard-howenter, synthetic-dv-entry-service-es, rq-personaprofit-usa, raf-getyouritin-refund, rao-eastbayoriental-family, ras-pay4me-sevis-fee, raf-nonresidenttax-itin-guide, rba-visarite-passport-renew, rba-visaobtainers-passport-renewal, rbf-kamrit-itin, rbf-taxidnumber-refund
  must not:   rbg-riqceed-esta-yourself, raf-sdcglobalcpa-itin, sg-usembassy-third-party-esta, eturbonews-esta-fraud-alert, usimmigrationguide-is-esta-free, law-firm-i130-flat-fee, rl-leisuretimenews-expedited-passport, rdl-perlesdevoyages-vigilance-esta, rq-kirher-b1b2-procedure, rq-lallyimmigration-ds260, ram-usimmigrationcounsel-proceso-consular, rao-5y1-who-can-help, ras-sjny-student-visa, raf-aataxpros-caa, rba-passportofficelocations-fees, rba-uspassporthelpguide-urgent, re-mltours-passport-faq, rbf-taxhelpforusexpats-caa, rq-marigoldlaw-consular, rj-roreport-ds160
*/
