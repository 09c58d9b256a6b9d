/**
 * U.S. passport expediters (session 25, tune batch real-2026-12ba, passport25): businesses that get, renew or replace a
 * U.S. passport for the visitor for a service fee of their own — couriers that carry the application to a passport
 * agency, concierges that book the agency appointment, services that fill in the DS-11 or DS-82. Data and readings for
 * middleman-service, kept apart like fees.ts and taxid.ts.
 *
 * The line. The State Department takes the application itself: at an acceptance facility (a post office, a county
 * clerk, a library), by mail, or at its own passport agencies, with its own expedited service. Filling in the form and
 * booking an appointment cost nothing; courier companies "do not operate as a part of the U.S. Department of State",
 * get no passport faster than applying in person at a passport agency, and charge extra fees (facts.json url.passport,
 * free.passport-form-and-appointment, fee.passport-expedite: travel.state.gov's stored pages).
 *  - Middleman (fires, `caution`, with the free official route): the page is the business doing the government step for
 *    the reader — it asks to be named the reader's agent or courier in a letter of authorization, has the reader send
 *    the application or the passport to it ("send them to us", "dropped at our office", "use VisaRite address"),
 *    expedites, renews or hand-carries "your passport" as the subject of the sentence, or reserves the reader a slot
 *    at the agency ("call us … to reserve a next day slot").
 *  - Neighbour (quiet): news, guides, libraries, universities, acceptance facilities and travel agents' advice pages
 *    tell about the step and quote the agency's own fees ("the $60 expedite fee", "payable to U.S. Department of State",
 *    "application fee / execution fee": middleman-service's governmentsOwnFee and OFFICIAL_FEE_WORDS); they speak of
 *    expediters in the third person ("expediting companies charge …", "authorize passport expeditors or any other
 *    third party to hand carry"), and their "expedited service" is the State Department's own (agencyExpress).
 * What is read: a sentence with one of those courier acts in which the page speaks of itself — first person, "us" as the
 * page and not the country ("call us", "to us", never "to US Passport Agency"), or the site's own name written out with
 * spaces ("Express Passports and Visas can expedite…" on expresspassportsandvisas.com). Not when the sentence warns.
 */
import { patternMatches, pattern, sentenceAround, warnsAt, type Pattern } from '../../text/context';
import { ownLabel } from '../../domain/match';
import type { PreparedPage } from '../types';
import { US_NOT_COUNTRY, letters, speaksAt } from './self';


/**
 * The courier's acts (folded text): named the reader's agent or courier with the passport agency, the reader's papers sent
 * or brought to it, the passport expedited or renewed by it, a slot at the agency reserved for the reader, the page naming
 * itself as the trade ("an expediting service like ours", "VisaRite is a passport and visa expediting company") or
 * guaranteeing the passport by the reader's departure. Each counts
 * only where the page speaks of itself (speaksAt, "us" read as the country). "us" before a country word is the country ("to US Passport
 * Agency").
 */
const COURIER_ACTS: Pattern = pattern(
  String.raw`letters? of authori[sz]ation|authori[sz](?:e|es|ed|ing|ation) (?:[\w&'.-]+ ){0,8}?to (?:act|submit|expedite|hand[- ]?carry|deliver|represent)|(?:act|acts|acting) as (?:your|my|the applicant'?s|their) (?:limited )?(?:passport )?(?:agent|courier)` +
    String.raw`|(?:send|sent|mail|ship|fedex|deliver|drop|dropped|bring|overnight)\w* (?:[\w'()-]+ ){0,8}?(?:to|at|with) (?:us\b${US_NOT_COUNTRY}|our (?:office|address|processing cent(?:er|re)|location|team)s?)` +
    String.raw`|use (?:our|(?!(?:your|a|an|the|my|his|her|their|this|that|any|correct|current|same|valid|full|permanent|home|mailing)\b)[\w-]+) (?:office |mailing )?address` +
    String.raw`|(?:we|let us)(?: can| will|'ll| also| then)? (?:expedite|hand[- ]?carry|renew|replace|obtain|get|process|submit|deliver)\w* (?:[\w.-]+ ){0,3}?passports?|(?:can|will) (?:expedite|hand[- ]?carry|obtain|process) (?:[\w.-]+ ){0,3}?passports?` +
    String.raw`|(?:reserve|hold|secure)s? (?:a|an|your|the) (?:[\w-]+ ){0,3}?(?:slot|reservation)s?|our (?:[\w-]+ ){0,2}?order form` +
    // the page naming itself as the trade, or promising the passport itself by the reader's departure
    String.raw`|(?:expediting|courier|expeditor|expediter) (?:service|company|agency|firm) (?:like|such as) ours|(?:we are|we're|is) (?:an?|the) (?:[\w&-]+ ){0,4}?(?:expediting|courier|expeditor|expediter) (?:service|company|agency|firm)|guarantee\w* (?:that )?you (?:will|'ll) (?:receive|get|have) your (?:[\w.-]+ ){0,3}?passports?`,
);

/**
 * The State Department's own passport voice, which a copy of its pages keeps ("Mail delays are impacting when we receive
 * passport applications for processing", "before it enters our system", "our Online Passport Status System": a tour
 * operator's travel-information page pasting the Department's passport FAQ, tune batch real-2026-12e). On such a page "send
 * your application to us" is the agency speaking, not a courier: no courier act is read there.
 */
const AGENCY_PASSPORT_VOICE = /\bwe receive (?:passport |your )?applications? for processing\b|\benters our system\b|\bour online passport status\b|\bour passport agencies\b|\bour expedited service commitment\b/;

/** Courier sentences read before giving up (each a sentence check). */
const MAX_COURIER = 20;

/** "use … address": the address named, by "our" or by a name. */
const USE_ADDRESS = /^use ([\w-]+) /;

/**
 * A courier act "use … address" is the business's only when the address is its own: "use our address", or the site's own
 * name ("use VisaRite address" on visarite.com). Any other name is someone else's address or a tool: a library's "we recommend
 * you use USPS address verification before you mail Form DS-82" (review25: that page was at caution). Other acts pass.
 */
function ownAddress(page: PreparedPage, act: string): boolean {
  const named = USE_ADDRESS.exec(act)?.[1];
  if (named === undefined || named === 'our') return true;
  const word = letters(named);
  return word.length >= 3 && letters(ownLabel(page.host)).includes(word);
}

/** The first sentence in which the page, as the business, does the passport step for the reader (the 'courier' cue), or undefined. */
export function courierAt(page: PreparedPage): [number, number] | undefined {
  if (AGENCY_PASSPORT_VOICE.test(page.text)) return undefined;
  for (const m of patternMatches(page, COURIER_ACTS, MAX_COURIER)) {
    if (!ownAddress(page, m[0])) continue;
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    if (!warnsAt(page.text, s, e) && speaksAt(page, s, e, true)) return [s, e];
  }
  return undefined;
}

/** The express cue naming the trade, not a speed: "expediting company", "registered agency", "private … courier". */
const TRADE = /expediting|expediter|registered|courier|private/;

/**
 * An expedited service that is the State Department's own: on a passport page, "expedited service", "rush processing" is
 * what the department sells itself (its $60 expedite), so such an 'express' cue counts only in a sentence in which the
 * page speaks of itself ("our rush service", "Priority Passports … guarantees"). The trade named ("private expediting
 * company", "Registered Agency … for Expediting Passports") is no service of the department's: it keeps its cue.
 */
export const agencyExpress = (page: PreparedPage, s: number, e: number, cue: string): boolean => !TRADE.test(cue) && !speaksAt(page, s, e, true);
