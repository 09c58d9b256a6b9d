/**
 * The voice of a warning: how councils, police, banks, lawyers and the press tell of a scam without naming it in the
 * sentence — the scammers' request told in their voice ("They may ask you to send a payment by Western Union": reportsAsk)
 * and the items of a list a negation heads ("Government employees will never: - Ask you to pay with gift cards":
 * inNegatedList). A seller or a scammer gives its own order and speaks as itself; the line is drawn in each function.
 * Read by lib/text/context.ts (hasWarning, warnsAt: every page signal) and lib/message/sentences.ts (warns: every message
 * signal). Folded text (lib/text/normalize.ts); each call reads one sentence, or a bounded window before it.
 */
import { splitWords } from './normalize';

/** Characters beyond Latin (Greek and up): only then is the other scripts' regex tried. */
const WIDE_SCRIPT = /[\u0370-\uffff]/;

/**
 * Who asks, in a warning: "they", the scammers, the caller, "someone claiming to be from USCIS" (folded text). Not an
 * agency, an officer or an agent: a scam speaks of its own "officer" and "agent", and a guide of what USCIS will ask.
 */
const ASKER =
  String.raw`(?:they|scammers?|fraudsters?|criminals?|crooks|con (?:artists?|men)|impost[eo]rs?|thieves|callers|the (?:caller|scammer|fraudster|impost[eo]r|criminal|crook|thief|sender)s?|someone|somebody|anyone|anybody)` +
  // "someone claiming to be from USCIS", "anyone who says they are from the IRS"
  String.raw`(?: (?:claiming|pretending|posing|purporting|who (?:claims?|says?|pretends?))\b[^.!?;]{0,60}?)?`;
/** "may", "will often", "'ll": how a warning tells what usually happens. */
const HOW = String.raw`(?:'ll|'d)?(?: (?:may|might|will|would|could|can|often|usually|typically|commonly|sometimes|also|then|even|frequently|generally|normally|probably|likely to|tend to|try to))*`;
/** Asking, telling, demanding … you (or the victims), or asking for payment. */
const ASKS =
  String.raw` (?:(?:ask|asks|asked|tell|tells|told|demand|demands|demanded|instruct|instructs|instructed|direct|directs|request|requests|want|wants|pressure|pressures|urge|urges|insist|insists|require|requires|order|orders|push|pushes|convince|convinces|persuade|persuades|get|gets|have|has|make|makes)` +
  String.raw` (?:you|victims|the victim|people|them|him|her|consumers|residents|targets|applicants|students|immigrants|families)\b|(?:ask|asks|asked|demand|demands|demanded|request|requests|requested) (?:for\b|payment))`;
/**
 * The same in the other languages warnings are written in, where the asker is the verb's plural ending or a pronoun:
 * "le pedirán que pague", "te van a pedir que", "pueden pedirle que" (es), "pedem que você", "podem pedir para você" (pt),
 * "ils peuvent vous demander de payer" (fr).
 */
const ASKS_ROMANCE = [
  String.raw`\b(?:(?:le|te|les) (?:piden|pediran|pedirian|van a pedir|pueden pedir|podrian pedir|exigen|exigiran|van a exigir|dicen|diran|van a decir|indican|indicaran|solicitan|solicitaran|ordenan|ordenaran|presionan|obligan)|(?:van a|pueden|podrian|suelen|intentan|intentaran) (?:pedir|exigir|decir|solicitar|ordenar|presionar|obligar)(?:le|te|les))(?: a)? (?:que|pagar|enviar|comprar|depositar|transferir)\b`,
  String.raw`\b(?:pedem|pedirao|vao pedir|podem pedir|poderao pedir|solicitam|podem solicitar|exigem|exigirao|podem exigir|mandam|vao mandar)(?:-lhe)? (?:que|para) (?:voce|o senhor|a senhora|a vitima|pague|pagar|envie|enviar|compre|comprar|deposite|depositar|transfira|transferir)\b`,
  String.raw`\bils (?:(?:peuvent|vont|pourraient|pourront|risquent de|essaient de|tentent de) )?vous (?:demand|exig|dir|ordonn|pouss|incit|invit|somm)\w* (?:de|d'|a)`,
];
/** ...and in Russian, Ukrainian, Arabic, Chinese, Vietnamese, Tagalog, Haitian Creole and Hindi warnings ("вас попросят перевести деньги"). */
const ASKS_ELSEWHERE: readonly string[] = [
  'вас попросят', 'вас могут попросить', 'могут попросить вас', 'попросят вас', 'от вас потребуют', 'потребуют от вас', 'вас заставят',
  'вас попросять', 'вас можуть попросити', 'можуть попросити вас', 'від вас вимагатимуть', 'вас змусять',
  'قد يطلبون منك', 'سيطلبون منك', 'يطلبون منك', 'سوف يطلبون منك',
  '他们会要求你', '他们可能会要求你', '他们会让你', '对方会要求你', '对方可能会要求你', '对方会让你',
  'họ sẽ yêu cầu bạn', 'họ có thể yêu cầu bạn', 'họ yêu cầu bạn', 'chúng sẽ yêu cầu', 'chúng có thể yêu cầu', 'yêu cầu nạn nhân',
  'hihilingin nila', 'hihingan ka nila', 'uutusan ka nila', 'pagbabayarin ka nila',
  'yo ka mande w', 'yo pral mande w', 'y ap mande w',
  'आपसे कहेंगे', 'आपसे कह सकते हैं', 'आपसे मांग सकते हैं', 'आपसे कहा जाएगा',
];
/**
 * The asker's own voice, which a warning does not use: the first person ("we", "our", "pay us", "nuestro") or its own
 * channel (an MTCN, an account number, the receiver's name, "the details below").
 */
const OWN_VOICE =
  /\b(?:we|our|ours|me|my|nosotros|nuestr[oa]s?|nos|nosso|nossa|nous|notre)\b|\b(?:pay|send|give|wire|transfer|contact|call|email|text) us\b|\b(?:mtcn|control number|account (?:number|no)|iban|swift|beneficiary|receiver'?s? (?:name|details)|(?:name|details) below|following (?:name|details|account))\b/;
let reportedAsk: { latin: RegExp; wide?: RegExp } | undefined;

/**
 * Does this (folded) sentence tell what someone else asks of the reader or the victims — "They may ask you to send a
 * payment by Western Union", "The caller will tell you to buy gift cards", "If someone asks you to pay with Bitcoin",
 * "Le pedirán que pague con tarjetas de regalo"? Councils, police, banks, lawyers and the press describe a scam that
 * way; the seller or the scammer gives its own order ("Pay the fee by Western Union to…", "Send it via MoneyGram") and
 * speaks as itself, so a sentence in the first person or naming its own channel (OWN_VOICE) is no report. Shared by
 * the page signals (hasWarning) and the message signals (lib/message/sentences.ts warns).
 */
export function reportsAsk(folded: string): boolean {
  reportedAsk ??= (() => {
    const { latin, wide } = splitWords(ASKS_ELSEWHERE);
    return {
      latin: new RegExp([String.raw`\b${ASKER}${HOW}${ASKS}`, ...ASKS_ROMANCE, latin].filter(Boolean).join('|')),
      ...(wide ? { wide: new RegExp(wide) } : {}),
    };
  })();
  if (!(reportedAsk.latin.test(folded) || (reportedAsk.wide !== undefined && WIDE_SCRIPT.test(folded) && reportedAsk.wide.test(folded)))) return false;
  return !OWN_VOICE.test(folded);
}

/** How far back (characters) the head of a list may be from one of its items. */
const LIST_BACK = 600;
/** A list's head that negates every item: "Genuine government employees will never:", "USCIS NUNCA:", "Do not:". */
const NEGATED_HEAD = /\b(?:never|nunca|jamais|jamas|will not|won't|do not|don't|does not|doesn't)\s*:$/;
/** A list item's mark: "- ", "• ", "* " (numbered items are cut at their "1." by sentenceAround, so they are not read). */
const ITEM = /^[-–•*·]\s/;

/**
 * Is the sentence starting at `s` an item of a list headed by a negation — "Remember, genuine government employees will
 * never: - Instruct you to withdraw cash… - Ask you to pay with gift cards, wire transfers, payment apps, or
 * cryptocurrency." (tune batch real-2026-12bb, a seniors' association relaying the FTC)? Each item is its own sentence,
 * so the "never" is only in the head: every sentence between the head's colon and `s` must be an item of the same list.
 */
export function inNegatedList(text: string, s: number): boolean {
  const sentence = text.slice(s, s + 3).trimStart();
  if (!(ITEM.test(`${sentence} `) || text.charCodeAt(s - 1) === 8226)) return false;
  const from = Math.max(0, s - LIST_BACK);
  const inWindow = text.slice(from, s).lastIndexOf(':');
  if (inWindow < 0) return false;
  const colon = from + inWindow;
  if (!NEGATED_HEAD.test(text.slice(Math.max(0, colon - 40), colon + 1))) return false;
  const marked = (piece: string): boolean => ITEM.test(`${piece.trimStart()} `) || piece.trim() === '';
  return text.slice(colon + 1, s).split(/[.!?;]\s+/).every(marked);
}
