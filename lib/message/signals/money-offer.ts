/**
 * money-offer: a stranger offers the reader easy money — a loan anyone can get ("we give out
 * Guarantee Business Loans, Personal Loans … interest rate is %2 … email zodialfinances@gmail.com",
 * "Have you been rejected by the bank?", "Ne aktualisht po ofrojmë skemë kredie … 2%") or sure
 * investment returns ("INVEST $500 GET $6000", "earn $1000 daily … while trading bitcoins",
 * "doubled in 7 days trade … inbox me on WhatsApp"). Advance-fee loans ask for an "insurance" or
 * "processing" fee before a loan that never comes; investment "managers" take deposits and then
 * "withdrawal fees" (FTC and consumer agencies; messages in tests/corpus/messages). People without
 * a credit history, immigrants among them, are the ones these lenders look for.
 *
 * Strength, per family (loan, returns):
 *  - a loan offer is 'strong' from a stranger's channel (a free mailbox, WhatsApp, Telegram) or
 *    with the lender's tells (between individuals, any kind of loan, rejected by your bank, no
 *    credit check, guaranteed); 'weak' with an interest rate alone (a bank advertises loans too);
 *  - promised returns are 'strong' with two different tells (a sum in and a bigger sum out, money
 *    per day or week, doubled, guaranteed profit, no risk) or one with crypto/forex trading or a
 *    stranger's channel; 'weak' with one.
 * Traps, suppressed: warnings ("Scammers promise to double your bitcoin"; "a lender that asks for a
 * fee before the loan is a scam"); a lender's tell counts only in a sentence that does not warn and
 * does not state what no lender may do ("no financial institution is permitted to offer any type of
 * loan with a zero percent EMI scheme": a guide to fake loan letters, batch tune-2026-12-06f).
 */
import { matches, sentenceAround } from '../../text/context';
import { quote, wordsPattern } from '../../text/normalize';
import { strangerChannel } from '../cues';
import type { PreparedMessage } from '../prepare';
import { unwarnedFamilies, warns } from '../sentences';
import type { Strength } from '../../signals/types';
import type { SignalHit } from './types';

// Someone offering loans (folded text).
const LOAN = new RegExp(
  [
    String.raw`\b(?:we|i) (?:\w+ ){0,2}?(?:give out|offer|grant|provide|lend|issue|give)s? (?:\w+ ){0,4}?loans?\b|\b(?:individual|international|private|personal|urgent|quick|fast|guarantee\w*) loan offers?\b|\bloan offers?\b|\b(?:do you need|are you in need of|in need of) (?:an? )?(?:urgent |quick |personal |business )?(?:loan|financing|funds)\b|\bany (?:form|kind|type) of loans?\b|\bloans? of any kind\b`,
    String.raw`\b(?:ofrecemos|otorgamos|ofrezco|otorgo) (?:\w+ ){0,3}?prestamos?\b|\b(?:oferta|ofertas) de prestamos?\b|\bprestamos? entre particulares\b|\b(?:necesita|necesitas) (?:un )?prestamo\b`,
    String.raw`\boffres? de pret\b|\bpret entre particuliers?\b|\b(?:nous offrons|j'offre|je propose|nous proposons) (?:\w+ ){0,3}?prets?\b|\b(?:oferecemos|ofereco) (?:\w+ ){0,3}?emprestimos?\b|\bemprestimos? entre (?:particulares|pessoas)\b`,
    String.raw`\b(?:ofrojme|ofrojmë|japim) (?:\w+ ){0,3}?kredi\w*|\bkredi (?:te lehte|të lehtë|urgjente)\b`,
    String.raw`(?:无抵押贷款|無抵押貸款|快速放款|低息贷款|低息貸款|당일 대출|무담보 대출|저금리 대출)|` + wordsPattern(['cho vay tiền', 'hỗ trợ vay', 'vay tiền nhanh', 'pautang agad'], true),
  ].join('|'),
  'g',
);
// The private lender's tells.
const LENDER = /\b(?:between individuals|entre particuliers?|entre particulares|any (?:form|kind|type) of loans?|loans? of any kind|rejected by (?:the |your )?banks?|turned down (?:constantly )?by (?:your )?banks?|no credit check|bad credit|without collateral|sin aval|sans frais|guarantee\w* (?:\w+ )?loans?|within 48 hours|en 72 ?h(?:eures)?|(?:de|from) \d[\d.,]* ?(?:€|\$|usd|eur)? (?:a|to) \d[\d.,]*)\b/g;

// Promised returns: tells, each a family; two different ones (or one with trading or a stranger's channel) is the offer.
const RETURNS: readonly RegExp[] = [
  // a sum in, a bigger sum out: "INVEST $500 GET $6000", "$300 to earn $3,000"
  /\binvest(?:ing|ment of)? (?:\w+ ){0,2}?(?:\$|usd ?|us\$|€|£)\s?\d[\d,]*(?:\.\d+)? (?:(?:and|to|&) )?(?:get|earn|receive|make|gain)\b|(?:\$|usd ?)\s?\d[\d,]* to earn (?:\$|usd ?)\s?\d/g,
  // money per day or week: "earn $1000 daily", "huge profits weekly"
  /\b(?:earn|make|get|receive|profits? of)\b (?:up to |over |about )?(?:\$|usd ?|us\$|€|£)\s?\d[\d,]*(?:\.\d+)?\+? (?:\w+ ){0,2}?(?:daily|weekly|monthly|per day|per week|a day|a week|every day|every week|perday)\b|\b(?:profits?|returns?|income|earnings) (?:\w+ ){0,2}?(?:daily|weekly|every week|every day|per week)\b/g,
  // doubled money
  /\b(?:doubled|tripled|double your (?:money|investment|bitcoin|btc|crypto|funds)|multiply your (?:money|investment))\b/g,
  // guaranteed and risk-free
  /\b(?:guaranteed|sure|assured|risk[- ]free) (?:profits?|returns?|income|earnings)\b|\bno risk(?: involved)?\b|\b100% (?:safe|legit|guaranteed|secure)\b|\bganancias? (?:diarias|semanales|garantizadas)\b|\bsin riesgo\b|\blucro garantido\b|\bsem risco\b|\bsans risque\b|(?:稳赚|穩賺|保本|日赚|日賺|高回报|高回報|躺赚|고수익 보장|원금 보장)/g,
];
const TRADING = /\b(?:bitcoins?|btc|crypto\w*|forex|binary options?|trading|trader|usdt|mining)\b/;

// "no financial institution is permitted to offer any type of loan": the rule a guide states, not an offer.
const NOT_ALLOWED = /\bno (?:\w+ ){0,2}?(?:bank|lender|institution|company|one)s? (?:is|are) (?:permitted|allowed|authori[sz]ed)\b/;

/** The private lender's tell, in a sentence that neither warns nor states what no lender may do (a loan-scam guide's). */
function lenderTell(msg: PreparedMessage): boolean {
  const { page } = msg;
  return matches(page, LENDER, 10).some((m) => {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const sentence = page.text.slice(s, e);
    return !warns(sentence) && !NOT_ALLOWED.test(sentence);
  });
}

function loanHit(msg: PreparedMessage, stranger: boolean): SignalHit | undefined {
  const { page } = msg;
  let weak: SignalHit | undefined;
  let tell: boolean | undefined;
  for (const m of matches(page, LOAN, 10)) {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    if (warns(page.text.slice(s, e))) continue;
    const hit: SignalHit = { evidence: quote(page.raw, s, e, 160), strength: stranger || (tell ??= lenderTell(msg)) ? 'strong' : 'weak' };
    if (hit.strength === 'strong') return hit;
    weak ??= hit;
  }
  return weak;
}

function returnsHit(msg: PreparedMessage, stranger: boolean): SignalHit | undefined {
  const found = unwarnedFamilies(msg.page, RETURNS);
  if (!found) return undefined;
  const strength: Strength = found.count >= 2 || TRADING.test(msg.page.text) || stranger ? 'strong' : 'weak';
  return { evidence: found.evidence, strength };
}

export default function moneyOffer(msg: PreparedMessage): SignalHit | undefined {
  const stranger = strangerChannel(msg);
  const loan = loanHit(msg, stranger);
  if (loan?.strength === 'strong') return loan;
  return returnsHit(msg, stranger) ?? loan;
}

/*
Examples:
  fires:      "we give out Guarantee Business Loans, Personal Loans … interest rate is %2 monthly … email zodialfinances@gmail.com" (strong);
              "Do you know you can earn $1000 daily, $12000 weekly and $25000 monthly or more while trading bitcoins or forex? WhatsApp us" (strong);
              "We offer personal loans at low rates." (weak)
  must not:   "Scammers offer loans to anyone and ask for a fee first. Do not pay.",
              "Your loan payment of $250 is due on the 5th."
*/
