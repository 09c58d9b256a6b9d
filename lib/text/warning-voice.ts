/**
 * The voice of a warning: how councils, police, banks, lawyers and the press tell of a scam without naming it in the
 * sentence — the scammers' request told in their voice ("They may ask you to send a payment by Western Union", "These
 * calls, texts or emails … ask you to pay a fine", "They may also threaten to arrest you unless you pay", "Recipients are
 * asked to pay…": reportsAsk)
 * and the items of a list a negation heads ("Government employees will never: - Ask you to pay with gift cards":
 * inNegatedList). A seller or a scammer gives its own order and speaks as itself; the line is drawn in each function.
 * Read by lib/text/context.ts (hasWarning, warnsAt: every page signal) and lib/message/sentences.ts (warns: every message
 * signal). Folded text (lib/text/normalize.ts); each call reads one sentence, or a bounded window before it.
 */
import { splitWords } from './normalize';

/** Characters beyond Latin (Greek and up): only then is the other scripts' regex tried. */
const WIDE_SCRIPT = /[\u0370-\uffff]/;

/**
 * Who asks, in a warning: "they", the scammers, the caller, "someone claiming to be from USCIS", or the scam's own calls,
 * texts and e-mails ("These calls, texts or emails … ask you to pay a fine": tune batch real-2026-12bd, a credit union)
 * (folded text). Not an agency, an officer or an agent: a scam speaks of its own "officer" and "agent", and a guide of
 * what USCIS will ask.
 */
const ASKER =
  String.raw`(?:they|scammers?|fraudsters?|criminals?|crooks|con (?:artists?|men)|impost[eo]rs?|thieves|callers|the (?:caller|scammer|fraudster|impost[eo]r|criminal|crook|thief|sender|person)s?|any (?:caller|one|person)|someone|somebody|anyone|anybody` +
  // the scam's messages as the subject: "These calls, texts or emails", "the fake e-mail", "the request"
  String.raw`|(?:these|such|the|fake|scam|fraudulent|bogus|suspicious|(?:the|these) (?:fake|scam|fraudulent|bogus|suspicious)) (?:(?:phone )?calls?|texts?|(?:text )?messages?|e-?mails?|letters?|requests?)(?:,? (?:or|and)? ?(?:(?:phone )?calls?|texts?|(?:text )?messages?|e-?mails?|letters?))*)` +
  // "someone claiming to be from USCIS", "anyone who says they are from the IRS"
  String.raw`(?: (?:claiming|pretending|posing|purporting|who (?:claims?|says?|pretends?))\b[^.!?;]{0,60}?)?`;
/** "may", "will often", "'ll": how a warning tells what usually happens. */
const HOW = String.raw`(?:'ll|'d)?(?: (?:may|might|will|would|could|can|often|usually|typically|commonly|sometimes|also|then|even|frequently|generally|normally|probably|likely to|tend to|try to))*`;
/**
 * Asking, telling, demanding … you (or the victims), asking for payment ("demand electronic payments", "ask for money"),
 * or threatening them ("They may also threaten to arrest you unless you pay a fine or fee using gift cards": a newspaper
 * printing the Social Security Administration's column, tune batch real-2026-12bd).
 */
const ASKS =
  String.raw` (?:(?:ask|asks|asked|asking|tell|tells|told|telling|demand|demands|demanded|demanding|instruct|instructs|instructed|instructing|direct|directs|request|requests|want|wants|pressure|pressures|pressuring|urge|urges|urging|insist|insists|require|requires|order|orders|push|pushes|convince|convinces|persuade|persuades|get|gets|have|has|make|makes)` +
  String.raw` (?:you|victims|(?:an?|the) (?:victim|applicant|consumer)|people|them|him|her|consumers|residents|targets|applicants|students|immigrants|families)\b` +
  String.raw`|(?:ask|asks|asked|asking|demand|demands|demanded|demanding|request|requests|requested|requesting) (?:for\b|(?:\w+ ){0,2}?(?:payments?|money)\b)` +
  String.raw`|threat(?:en|ens|ened|ening) (?:to \w+ )?(?:you|victims|the victim|people|them|him|her|consumers|residents|targets)\b)`;
/**
 * What the asker does before it asks, in the same sentence: "These calls, texts or emails typically present a problem with
 * your Social Security Number (SSN) or account and ask you to pay…", "They call you and demand payment". Bounded, and
 * joined by "and" or "then", so the request is still the asker's.
 */
const FIRST = String.raw`(?: [^.!?;]{1,120}?,?(?: and| then| and then))?`;
/**
 * Victims as the subject, asked by someone the sentence does not name: "recipients are asked to pay a visa processing
 * fee… and told the fee must be paid using a Western Union money transfer" (tune batch real-2026-12am, a newspaper), "the
 * consumer is asked to give the gift card numbers to the caller". Not "you will be asked": a scam page tells its reader
 * what comes next that way.
 */
const ASKED_VICTIMS = String.raw`\b(?:recipients|victims|the (?:victim|consumer|recipient|target)s?|consumers|targets|residents|people) (?:(?:are|were|is|was|get|got|have been|has been|(?:may|will|could|might) be)(?: often| usually| then| also| typically)? )(?:asked|told|instructed|directed|pressured|ordered|urged) to\b`;
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
      latin: new RegExp([String.raw`\b${ASKER}${HOW}${FIRST}${HOW}${ASKS}`, ASKED_VICTIMS, ...ASKS_ROMANCE, latin].filter(Boolean).join('|')),
      ...(wide ? { wide: new RegExp(wide) } : {}),
    };
  })();
  if (!(reportedAsk.latin.test(folded) || (reportedAsk.wide !== undefined && WIDE_SCRIPT.test(folded) && reportedAsk.wide.test(folded)))) return false;
  return !OWN_VOICE.test(folded);
}

/** How far back (characters) the head of a list may be from one of its items. */
const LIST_BACK = 600;
/** "Never" in the languages a list of what an agency never does is headed in ("USCIS will never:", "USCIS NUNCA:"): lib/message/check.ts reads it too. */
export const NEVER_WORDS = 'never|nunca|jamais|jamas';
/** A list's head that negates every item: "Genuine government employees will never:", "USCIS NUNCA:", "Do not:". */
const NEGATED_HEAD = new RegExp(String.raw`\b(?:${NEVER_WORDS}|will not|won't|do not|don't|does not|doesn't)\s*:$`);
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
