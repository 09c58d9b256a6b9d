/**
 * payment-red-flags: the page tells the reader to pay (immigration fees or services) by a method
 * USCIS never uses and the FTC says government impostors ask for: gift cards, Western Union,
 * MoneyGram, cryptocurrency / Bitcoin ATM (strong), or payment apps and wire transfers — Zelle,
 * Cash App, Venmo, wire (weak: small legitimate law offices also take Zelle for their own fees).
 *
 * A payment instruction is required in the sentence (pay, send, wire, deposit, accept, pague, envíe, payez, envoyez…).
 * Traps, suppressed: USCIS's own "we do not accept Western Union, MoneyGram, PayPal or gift cards"
 * and every scam warning quoting these methods (negation and warning words). Articles about a scam
 * also retell the scammer's demand in plain words, mocking or reporting it ("Of course, the visa is
 * NOT free. One just need to make a deposit of $880 to a guy in London through … Western Union",
 * under the heading "Diversity Visa Email Scam"): a payment sentence on a page with many warning
 * sentences (an article about scams, SCAM_ARTICLE) and one of them close by (NEAR_WARNING
 * characters), that does not speak to the reader (ADDRESSES_READER), is that retelling. A scam page
 * that copied a warning or two has neither, and its own demand speaks to the reader.
 * Councils, police, banks and lawyers also describe the scam in the scammers' voice, with "you" in the sentence: "They
 * may ask you to send a payment by Western Union", "The caller will tell you to buy gift cards", "Someone claiming to be
 * from USCIS might ask you to pay with Bitcoin", "Le pedirán que pague con tarjetas de regalo", or as an item of a list
 * headed "Government employees will never:". Those are warnings (lib/text/warning-voice.ts reportsAsk and inNegatedList, which
 * every signal's warning check and the message checker share). The line: a seller or a scammer does not tell of what
 * "they" ask; it gives its own order ("Pay the fee by Western Union to our agent", "Send it via MoneyGram within 24
 * hours") and speaks as itself, so a sentence in the first person ("We may ask you to pay by Western Union") or naming
 * its own channel (the receiver, the MTCN, an account number) still counts, and so does an order given after a quoted
 * "USCIS never accepts gift cards" (tune batch real-2026-12bb; the message checker's side: lib/message/check.ts).
 * The same reading covers the warnings that name the scam's calls and texts as the asker, tell what the impostors
 * threaten, or tell of victims asked by no one named ("They may also threaten to arrest you unless you pay a fine or fee
 * using gift cards, pre-paid debit cards, a wire transfer, or cash", "These calls, texts or emails … ask you to pay a
 * fine … such as gift cards, wire transfers or internet currency": the Social Security Administration's column printed by
 * newspapers and relayed by a credit union, tune batch real-2026-12bd). The line stays: a warning describes what someone
 * else asks; a payment demand asks the reader, in the page's own voice, to pay by that method ("All payments … can be made
 * via … western union", "You will be asked to pay the bond by Western Union", "Our calls will ask you to…").
 * Only runs where the relevance pre-filter says the page is about immigration (decide() checks).
 *
 * One government fee is paid through Western Union: the SEVIS I-901 fee of F, J and M students,
 * which DHS's Student and Exchange Visitor Program collects by card, by check or money order, or at
 * Western Union (Quick Pay, earlier Quick Collect, with a payment coupon printed from the I-901 form). University
 * international-student offices and student guides explain those steps; on a page that names the
 * I-901 / SEVIS fee, Western Union named beside the program's own channel (Quick Pay, the coupon,
 * SEVP, fmjfee.com: facts.json url.sevis-fee and channel.sevis-fee-western-union) is that channel, not a red flag.
 * Guides and schools also name it without the channel's name ("In some countries it is also possible to pay in local
 * currency at a Western Union", "The Western Union enables you to pay the SEVIS fee easily": session 23, the one legit
 * family at `caution` on the tenth hold-out). The line: the fee paid there is the program's, named just before or in the
 * sentence (the SEVIS or I-901 fee, SEVP, DHS), and the sentence sends the money to no one — DHS's channel has no
 * person at the other end. An impostor's demand does: a recipient ("to Officer Brown", "to our agent", "the receiver
 * below", the MTCN), a penalty, fine or bond, a threat of arrest or deportation, or a business's own fee ("our $75 SEVIS
 * assistance fee"). Those keep firing whatever the page says about the SEVIS fee elsewhere.
 */
import { hasWarning, matches, sentenceAround, warningSentences, warnsAt, windowAround } from '../text/context';
import { quote } from '../text/normalize';
import { factText } from '../facts';
import { SEVIS_FEE_ENGLISH } from './middleman/fees';
import type { PreparedPage, SignalHit } from './types';

const STRONG = /\b(?:gift ?cards?|itunes cards?|google play cards?|steam cards?|western union|moneygram|money gram|bitcoin|crypto(?:currency|currencies)?|usdt|tarjetas? de regalo|criptomonedas?)\b/g;
const WEAK = /\b(?:zelle|cash ?app|venmo|wire transfer|bank wire|transferencia bancaria|giro bancario)\b/g;
// Sentences that say a method is NOT used ("never collected through gift cards", "rather than
// official channels", "ninguna agencia…"): stricter than the shared warning check, because
// payment methods are almost only ever named on legitimate pages to warn about them.
const NEGATED = /\b(?:never|nunca|ningun[oa]?|jamais|rather than|instead of|en lugar de|not accept\w*|no acepta\w*|n'accept\w*|not in advance|not (?:by|through|via))\b/;
/** The SEVIS I-901 fee, and the government's own way of collecting it (see the header). */
const SEVIS_FEE = /\b(?:sevis|i-?901|sevp)\b/;
/** Letters of a fact's words, spaces optional: "Quick Pay" reads "quick ?pay" (schools print "QuickPay" too). */
const looseWords = (words: string): string => words.toLowerCase().replace(/[^a-z0-9 ]/g, '').trim().split(/ +/).join(' ?');
/** The I-901 site's own name (facts.json url.sevis-fee: "fmjfee"). */
const SEVIS_SITE = new URL(factText('url.sevis-fee')).hostname.replace(/^www\./, '').split('.')[0] ?? '';
// Western Union's names for it as schools print them: the channel's name in facts.json ("Quick Pay", "Quick PayTM" with
// the trademark sign flattened, "QuickPay"), the older "Quick Collect" / "QuickCollect" (with its "blue form"), the
// coupon printed from the I-901 form, the site's name, SEVP.
const SEVIS_CHANNEL = new RegExp(
  String.raw`\b(?:${looseWords(factText('channel.sevis-fee-western-union'))}(?:tm)?|quick ?collect(?:tm)?|payment coupon|coupon number|${SEVIS_SITE}(?:\.com)?|sevp)\b`,
);
/**
 * The SEVIS fee as the thing paid, named in or just before the Western Union sentence: "the SEVIS fee", "the I-901 SEVIS
 * fee", "Form I-901", "the fee can be paid to the DHS". A SEVIS record or status named beside a sum is not the fee.
 */
const SEVIS_PAID = new RegExp(String.raw`\b(?:${SEVIS_FEE_ENGLISH})\b|\bform i-?901\b|\bfees?\b[^.!?]{0,40}?\b(?:dhs|department of homeland security|sevp)\b`);
/**
 * A demand, not the program's channel: someone at the other end ("to Officer Brown", "to our agent", "the receiver
 * named below", the MTCN to send back), a business's own fee ("our $75 assistance fee"), a penalty, fine or bond, a
 * threat. ("We" is a school's voice too: "we recommend paying online", so only "our".)
 */
const DEMAND =
  /\b(?:our|penalt(?:y|ies)|fines?|bond|arrest\w*|deport\w*|warrant|officer|receiver|recipient|beneficiary|mtcn|control number|in the name of|(?:name|details) below|following (?:name|details|person)|terminat\w*|revoked|suspended|legal action|police|to (?:mr|mrs|ms|dr|officer|agent|me|him|her|a guy|a man|a woman)\b)/;
const INSTRUCTION = /\b(?:pay|paid|payment|payments|send|deposit|accept|accepts|accepted|purchase|buy|load|transfer|wire|wired|use|pague|pagar|pago|pagos|envie|enviar|deposite|aceptamos|acepta|compre|payez|payer|paiement|envoyez|envoyer|versez|verser|acceptons)\b/;

/** Warning sentences that make a page an article about scams (lib/text/context warningSentences). */
const SCAM_ARTICLE = 3;
/** How close (characters, either side) a warning sentence must be to a retold payment demand. */
const NEAR_WARNING = 800;
/**
 * A payment sentence that speaks to the reader ("you", "please", or an order: "Send the fee by…")
 * is an instruction whatever surrounds it, so a scam page cannot hide its own demand among borrowed
 * warnings; a retelling speaks of someone else ("One just need to make a deposit…", "they asked him to pay").
 */
const ADDRESSES_READER = /^\W*(?:pay|send|deposit|wire|transfer|buy|purchase|load|use|pague|envie|deposite|compre|payez|envoyez|versez)\b|\b(?:you|your|please|usted|su|por favor|vous|votre|vos|veuillez)\b/;

function find(page: PreparedPage, re: RegExp): [number, number] | undefined {
  let sevisPage: boolean | undefined; // read once, and only when Western Union is named as a way to pay
  let scamArticle: boolean | undefined; // read once, and only when a payment sentence is found
  for (const m of matches(page, re)) {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (warnsAt(page.text, s, e) || NEGATED.test(sent) || !INSTRUCTION.test(sent)) continue;
    if (m[0] === 'western union' && (sevisPage ??= SEVIS_FEE.test(page.text)) && paysSevisFee(page.text, m.index, m.index + m[0].length)) continue;
    if (!ADDRESSES_READER.test(sent) && (scamArticle ??= warningSentences(page, SCAM_ARTICLE) >= SCAM_ARTICLE) && hasWarning(page.text.slice(Math.max(0, s - NEAR_WARNING), e + NEAR_WARNING))) continue;
    return [s, e];
  }
  return undefined;
}

/**
 * How far back (characters) the program's channel may be named: the steps under a "To Pay By Western Union's
 * 'Quick Pay' Service" heading are numbered, and the sentence before "1. The Western Union office collects the SEVIS
 * I-901 fee…" is only "1." (tune batch real-2026-12t, a college's page).
 */
const SEVIS_BACK = 240;
/**
 * How far ahead: a "To Pay by Western Union" heading over steps that name the channel a few lines
 * down, past a link ("Go to http://www.ice.gov … an example of how to complete the 'Quick Collect'
 * form", tune batch real-2026-12u, a university's page).
 */
const SEVIS_AHEAD = 400;

/**
 * On a page about the SEVIS I-901 fee: Western Union named beside the program's own channel for it, or named as where the
 * SEVIS fee (named in the sentence or just before it) is paid, by a sentence that sends the money to no one (DEMAND).
 */
function paysSevisFee(text: string, start: number, end: number): boolean {
  const [s, e] = windowAround(text, start, end);
  const from = Math.max(0, Math.min(s, start - SEVIS_BACK));
  if (SEVIS_CHANNEL.test(text.slice(from, Math.max(e, end + SEVIS_AHEAD)))) return true;
  const [ss, se] = sentenceAround(text, start, end);
  return SEVIS_PAID.test(text.slice(from, se)) && !DEMAND.test(text.slice(ss, se));
}

export default function paymentRedFlags(page: PreparedPage): SignalHit | undefined {
  const strong = find(page, STRONG);
  if (strong) return { evidence: quote(page.raw, strong[0], strong[1]), strength: 'strong' };
  const weak = find(page, WEAK);
  if (weak) return { evidence: quote(page.raw, weak[0], weak[1]), strength: 'weak' };
  return undefined;
}

/*
Examples:
  fires:      usa-green-card-com-faq, americangreencard-howenter, synthetic-wire-case-fee, synthetic-notario-zelle-es
  must not:   gtc-libguide-scams, legalclarity-uscis-scams, scamencyclopedia-case-status-fee, directoriocubano-uscis-advierte, rl-emory-sevis-fee, rl-iu-ois-sevis-fee
*/
