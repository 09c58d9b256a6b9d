/**
 * checkMessage(text): the verdict for a pasted text message, chat message, e-mail or link, with
 * the same levels, reasons and evidence as a page (lib/verdict/decide.ts), plus every link with
 * its address verdict and every phone number said to be official or not.
 *
 * What is read: the first MAX_MESSAGE characters (a longer paste says `truncated`). Links are
 * found also when written to dodge filters (links.ts) and each is judged by decide(url), the
 * address engine pages get at navigation time; phone numbers are compared with the facts file
 * (phones.ts). Every signal runs on every message — the message signals (./signals) and the page
 * signals that read text (lib/signals) — since a pasted message was chosen to be checked and
 * impostors also speak as Social Security, the IRS or a consulate; "about immigration" (the pages'
 * gate) only decides between `notice` and `none`.
 * A warning about scams (two scam words, or one and a "never": sentences.ts, a list under
 * "never:", or a question it answers "no"; or safety tips: "don't click the link" with "verify directly / the official
 * website", no payment demand, no link or phone of its own but an agency's) is judged by its links only and says at most `notice`: warnings quote
 * the scammers' words and addresses.
 *
 * Levels (first that applies wins). "core" = red flags other than weak amplifiers; amplifiers
 * (being "selected", a threat) count only with something else, because real State Department and
 * DHS messages say "selected" and can be stern; "voice" = the message speaks as an agency;
 * "impersonating" = that voice through a non-government link, sender or phone (claims-agency strong);
 * "channel" = any such link, sender or phone:
 *  1. empty or only spaces ............................................. none (empty)
 *  2. a link or sender on a strong look-alike address ................... danger
 *  3. voice + a strong core flag; voice + a weak core flag (not a link's shape: shortened, free-host or
 *     disguised) when impersonating or with an amplifier; impersonating + an amplifier;
 *     weak look-alike + a strong flag ..................................... danger
 *  4. a strong core flag, two different weak core flags, impersonating alone, voice with a weak
 *     flag or an amplifier, a weak flag with an amplifier, a weak look-alike with any flag, an
 *     amplifier with a channel ("a warrant is out: call 1-888-…"), a weak look-alike link pasted
 *     alone (little more than the link) ........................................ caution
 *  5. about immigration (or speaking as an agency), nothing wrong ......... notice
 *  6. otherwise ......................................................... none
 * A message is never `official`: anyone can copy an agency's words or forge its sender. Only a
 * link can be official (its address is).
 * Official messages stay quiet: a USCIS case-status text or e-mail linking to uscis.gov, a myUSCIS
 * one-time code, a CBP ESTA confirmation, the State Department's Entrant Status Check words — an
 * agency voice with official links and no payment demand or request for details is `notice`.
 * Measured on tests/corpus/messages: npm run eval:messages (docs/accuracy.md).
 * Pure, never throws: every part fails on its own (a throwing signal counts as no hit).
 */
import { decide } from '../verdict';
import { SIGNALS } from '../signals';
import type { SignalHit } from '../signals/types';
import { isAboutImmigration } from '../text/relevance';
import { NEVER_WORDS } from '../text/warning-voice';
import { wideWords } from '../text/normalize';
import type { FactId } from '../facts';
import type { Level, Reason, ServiceId } from '../types';
import { classifyInput } from '../domain';
import { prepareMessage, type PreparedMessage } from './prepare';
import { SCAM_WORD, withoutLinkPlaceholders } from './sentences';
import { unofficialChannel } from './signals/claims-agency';
import paymentDemand from './signals/payment-demand';
import paymentRedFlags from '../signals/payment-red-flags';
import { isGovernmentLink } from './cues';
import { AMPLIFIER_IDS, LINK_SIGNAL_IDS, MESSAGE_SIGNALS, PAGE_SIGNALS_IN_MESSAGES, type MessageReasonId } from './signals';

/** Why a message verdict was reached: the same shape as a page's reason, with a message reason id. */
interface MessageReason {
  id: MessageReasonId;
  evidence: string;
  /** The message's own words, for the UI to show (lib/verdict/evidence.ts); absent for an address rule. */
  quote?: string;
}

/** One link of the message with its address verdict. */
export interface MessageLink {
  /** As the message wrote it. */
  written: string;
  /** What was judged (defanging undone, scheme added). */
  url: string;
  /** Its host, ASCII ('' when none could be read). */
  host: string;
  /** decide(url): official, none, or danger for a strong look-alike. */
  level: Level;
  reasons: Reason[];
  /** On a link-shortening service: where it goes cannot be seen. */
  shortener: boolean;
  /** Written to dodge filters ([.], hxxp, spaces, hidden characters). */
  disguised: boolean;
}

export interface MessagePhone {
  written: string;
  digits: string;
  /** facts.json id of the official number it is, or null. */
  official: FactId | null;
}

export interface MessageVerdict {
  /** Never 'official' (see the module comment). */
  level: Exclude<Level, 'official'>;
  reasons: MessageReason[];
  links: MessageLink[];
  /** Links beyond the ones judged (a message with thousands of links). */
  moreLinks: number;
  phones: MessagePhone[];
  /** What the message is about: picks the free official route to show. */
  service: ServiceId;
  /** Nothing to check (empty or only spaces). */
  empty: boolean;
  /** Only the first MAX_MESSAGE characters were read. */
  truncated: boolean;
}

const AMPLIFIERS: ReadonlySet<MessageReasonId> = new Set(AMPLIFIER_IDS);
const LINK_SIGNALS: ReadonlySet<MessageReasonId> = new Set(LINK_SIGNAL_IDS);

interface Hit extends SignalHit {
  id: MessageReasonId;
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

function judgeLinks(msg: PreparedMessage): MessageLink[] {
  return msg.links.map((link) => {
    const v = safely(() => decide(link.url), { level: 'none' as Level, reasons: [], host: '' });
    return {
      written: link.written,
      url: link.url,
      host: v.host,
      level: v.level,
      reasons: v.reasons.map((r) => ({ id: r.id, evidence: r.evidence })),
      shortener: link.shortener,
      disguised: link.disguised,
    };
  });
}

/** The look-alike address among the links and senders, strongest first, as a hit. */
function lookalikeHit(msg: PreparedMessage, links: readonly MessageLink[]): Hit | undefined {
  let weak: Hit | undefined;
  for (const link of links) {
    const reason = link.reasons.find((r) => r.id === 'lookalike-domain');
    if (!reason) continue;
    const hit: Hit = { id: 'lookalike-domain', evidence: `${link.written}: ${reason.evidence}`, strength: link.level === 'danger' ? 'strong' : 'weak' };
    if (hit.strength === 'strong') return hit;
    weak ??= hit;
  }
  for (const email of msg.emails) {
    const hv = safely(() => classifyInput(email.domain), { kind: 'unknown' } as const);
    if (hv.kind !== 'lookalike') continue;
    const hit: Hit = { id: 'lookalike-domain', evidence: `${email.written}: ${hv.evidence}`, strength: hv.strength, service: hv.target.service };
    if (hit.strength === 'strong') return hit;
    weak ??= hit;
  }
  return weak;
}

// Topics a message is about that the pages' gate leaves out on purpose (a page that only says
// "access code" is usually a shop): in a message they name what scammers sell.
const MESSAGE_TOPIC = /\b(?:access codes?|codigos? de acceso|(?:green card|dv|visa) lottery|loteria de visas)\b/;

function aboutImmigration(msg: PreparedMessage): boolean {
  return safely(() => isAboutImmigration(msg.page.raw) || MESSAGE_TOPIC.test(msg.page.text), false);
}

// A warning about scams (USCIS, the FTC, an embassy, a news story) uses the scammers' words —
// fees, Western Union, deportation, "you won" — and quotes their addresses. It names the scam in
// the third person: two scam words, or one and a "never" ("USCIS will never ask…").
const NEVER = new RegExp(
  String.raw`\b(?:never|nunca|jamais|niemals|will not|won't|does not|do not|don't|nao|no (?:le |te |les )?(?:llamar|pedir|solicit|envi)\w*|hindi kailanman)\b|khong bao giờ|绝不|從不|从不|절대|` +
    // and in the other languages: "tidak pernah", "asla", "никогда", "nigdy", "هرگز", "決して"…
    wideWords(['tidak pernah', 'tak pernah', 'asla', 'hiçbir zaman', 'никогда', 'ніколи', 'nigdy', 'أبدا', 'أبداً', 'هرگز', 'هیچگاه', 'به هیچ وجه', '決して', 'hech qachon', 'کبھی نہیں', 'कभी नहीं', 'non ti chiederà mai']),
);
// A "never" list: "USCIS will NEVER: • call you… • accept gift cards…", "NUNCA: 📱 … 💰 …".
const NEVER_LIST = new RegExp(String.raw`\b(?:${NEVER_WORDS})\s?:`);
// A question the warning answers "no": "Will someone from the government send you to a Bitcoin
// ATM? NEVER.", "¿USCIS acepta tarjetas de regalo? No."
const ANSWERED_NO = /\?\s(?:\w+\s){0,5}?(?:no|never|nunca|jamais)[.!]/;
const NOT_A_SCAM = /\b(?:not a scam|no es (?:una )?estafa|this is legit\w*)\b/;

/**
 * The two signals the warning tests read (ordersScamPayment, isSafetyTips) and runSignals runs again on a message that is no
 * warning: each is computed once per message and its answer kept. A signal that throws keeps nothing and throws again, so each
 * caller's `safely` decides as before.
 */
type Once = (id: OnceId) => SignalHit | undefined;
type OnceId = 'payment-red-flags' | 'payment-demand';
const ONCE_IDS: ReadonlySet<string> = new Set<OnceId>(['payment-red-flags', 'payment-demand']);
const isOnce = (id: string): id is OnceId => ONCE_IDS.has(id);

function onceFor(msg: PreparedMessage): Once {
  const kept = new Map<OnceId, SignalHit | undefined>();
  return (id) => {
    if (!kept.has(id)) kept.set(id, id === 'payment-demand' ? paymentDemand(msg) : paymentRedFlags(msg.page));
    return kept.get(id);
  };
}

function isScamWarning(msg: PreparedMessage, once: Once): boolean {
  const text = msg.page.text;
  if (NOT_A_SCAM.test(text)) return false;
  const head = withoutLinkPlaceholders(text.slice(0, 20_000));
  const words = head.match(SCAM_WORD)?.length ?? 0;
  return (words >= 2 || (words === 1 && NEVER.test(head)) || NEVER_LIST.test(head) || ANSWERED_NO.test(head)) && !ordersScamPayment(once);
}

/**
 * A scam that names the scam to look honest ("Beware of scams: USCIS will never ask for gift cards.") and then gives its own
 * order ("Pay the $450 fee now with Apple gift cards and text the codes to Officer Brown") is no warning. A warning tells of
 * the scammers' asks in their voice (lib/text/warning-voice.ts reportsAsk) or negates them; it never tells its reader to pay by
 * gift card, Western Union, MoneyGram or crypto itself (payment-red-flags, strong) nor demands the money (payment-demand).
 * Both are needed: a warning's question or story names a method in a sentence no warning word reaches ("Is there a legit
 * reason for someone to send you to a Bitcoin ATM?"), but asks its reader for nothing.
 */
function ordersScamPayment(once: Once): boolean {
  return once('payment-red-flags')?.strength === 'strong' && once('payment-demand') !== undefined;
}

// Safety tips: "don't click the link" together with "check with the sender yourself" (its official website, the number
// on your card, directly). A phish says the first half too ("do not click links from unknown senders, use our portal:
// http://…") but sends the reader to its own address or number, not to one found independently; so both halves are
// needed, and a message that asks to pay, or gives a link or a phone number of its own (other than an agency's), is no
// tips list.
const DONT_CLICK = new RegExp(
  String.raw`\b(?:do not|don'?t|never) click (?:on )?(?:the |any |a |these |those |such )?links?\b|` +
    String.raw`\bno (?:hagas|haga|hagan|de|des) (?:clic|click) (?:en )?(?:el|los|ningun|ese|esos|este|estos) (?:enlace|link|vinculo)s?\b|` +
    String.raw`\bne cliquez (?:pas|jamais) sur (?:le|les|un|aucun|ce|ces) liens?\b|\bnao clique (?:no|nos|em|neste|nesse) (?:link|links|enlace)\b`,
);
const VERIFY_YOURSELF = new RegExp(
  String.raw`\b(?:official web ?site|sitio (?:web )?oficial|pagina (?:web )?oficial|site officiel|site oficial|` +
    String.raw`number on (?:the back of )?your (?:card|statement|bill)|numero (?:que aparece )?(?:en|al reverso de) su tarjeta|` +
    String.raw`(?:verify|check|contact|call|verificar|verifique|verifica|llame|contacte|verifiez|contactez|ligue) (?:\w+ ){0,3}?(?:directly|directamente|directement|diretamente))\b`,
);

function isSafetyTips(msg: PreparedMessage, once: Once): boolean {
  const head = withoutLinkPlaceholders(msg.page.text.slice(0, 20_000));
  if (!DONT_CLICK.test(head) || !VERIFY_YOURSELF.test(head)) return false;
  return msg.links.every((l) => isGovernmentLink(l.url)) && msg.phones.every((p) => p.official) && once('payment-demand') === undefined;
}

/**
 * Runs the signals: all of them on every message (a pasted message was chosen to be checked; the
 * pages' relevance gate would hide Social Security and prize scams), and says whether the message
 * is about immigration (for `notice`).
 */
function runSignals(msg: PreparedMessage, once: Once): Hit[] {
  const hits: Hit[] = [];
  for (const [id, run] of MESSAGE_SIGNALS) {
    const hit = safely(() => (isOnce(id) ? once(id) : run(msg)), undefined);
    if (hit) hits.push({ id, ...hit });
  }
  for (const id of PAGE_SIGNALS_IN_MESSAGES) {
    const run = SIGNALS.find(([sid]) => sid === id)?.[1];
    const hit = run ? safely(() => (isOnce(id) ? once(id) : run(msg.page)), undefined) : undefined;
    if (hit) hits.push({ id, ...hit });
  }
  return hits;
}

/**
 * The hit an experiment adds (checkMessageWith): a learned text signal, measured by scripts/message-model.ts and not shipped
 * (docs/messages.md, "A learned text model for messages"). No registered signal has this id, and it never reaches a user.
 */
const LEARNED_ID = 'learned-text' as MessageReasonId;

/**
 * pressure-ask reads the shape of a message in no one's name that can be checked (an ask, a lever, a way to answer the reader cannot
 * check), a learned model its wording; a message in an agency's or an office's voice is claims-agency's to judge — its channel
 * (unofficialChannel) and its office notices — so both step aside there and never lift an agency's own notice to `danger`.
 */
const AFTER_VOICE: ReadonlySet<MessageReasonId> = new Set(['pressure-ask', LEARNED_ID]);

function shapeAfterVoice(hits: Hit[]): Hit[] {
  return hits.some((h) => h.id === 'claims-agency') ? hits.filter((h) => !AFTER_VOICE.has(h.id)) : hits;
}

/** Hits as reasons: a text signal quotes the message; the look-alike rule explains an address instead. */
const reasonsOf = (hits: readonly Hit[]): MessageReason[] =>
  hits.map((h) => (h.id === 'lookalike-domain' ? { id: h.id, evidence: h.evidence } : { id: h.id, evidence: h.evidence, quote: h.evidence }));

/** The level from the hits (rules 2–6 of the module comment). */
function levelOf(hits: readonly Hit[], relevant: boolean, channel: boolean, linkOnly: boolean): MessageVerdict['level'] {
  const look = hits.find((h) => h.id === 'lookalike-domain');
  if (look?.strength === 'strong') return 'danger';
  const voice = hits.find((h) => h.id === 'claims-agency');
  const impersonating = voice?.strength === 'strong';
  // A weak lottery win or threat only amplifies; a strong one (a prize, a blocked SSN) is a red flag.
  const amp = hits.some((h) => AMPLIFIERS.has(h.id) && h.strength === 'weak');
  const core = hits.filter((h) => h.id !== 'claims-agency' && h.id !== 'lookalike-domain' && h.strength !== 'context' && !(AMPLIFIERS.has(h.id) && h.strength === 'weak'));
  const strong = core.some((h) => h.strength === 'strong');
  const weak = new Set(core.filter((h) => h.strength === 'weak').map((h) => h.id)).size;
  // A shortened, free-host or disguised link is already what makes the voice "impersonating": not counted twice.
  const weakText = core.some((h) => h.strength === 'weak' && !LINK_SIGNALS.has(h.id));
  if (voice && (strong || (weakText && (impersonating || amp)))) return 'danger';
  if (impersonating && amp) return 'danger';
  if (look && strong) return 'danger';
  if (strong || weak >= 2 || impersonating || (voice && (weak > 0 || amp)) || (weak > 0 && amp) || (look && (weak > 0 || amp))) return 'caution';
  // A threat or a prize that sends the reader to an unknown number or address ("call 1-888-… to fix it").
  if (amp && channel) return 'caution';
  // A bare link that borrows an agency's name ("esta-renewal-center.com/renew" pasted alone): the
  // question is that address, and it is not the agency's.
  if (look && linkOnly) return 'caution';
  return relevant ? 'notice' : 'none';
}

/** The service the reasons are about (the strongest one that names one), else USCIS. */
function serviceOf(hits: readonly Hit[]): ServiceId {
  const order = ['strong', 'weak', 'context'] as const;
  for (const strength of order) {
    const s = hits.find((h) => h.strength === strength && h.service)?.service;
    if (s) return s;
  }
  return 'uscis';
}

const EMPTY: MessageVerdict = { level: 'none', reasons: [], links: [], moreLinks: 0, phones: [], service: 'uscis', empty: true, truncated: false };

export function checkMessage(text: unknown): MessageVerdict {
  if (typeof text !== 'string' || text.trim() === '') return { ...EMPTY };
  return safely(() => check(text), { ...EMPTY, empty: false });
}

/**
 * For experiments (scripts/message-model.ts): the verdict as if one more text signal, a learned one, had hit with `learned`
 * strength — counted by the same rules as every signal (a warning stays a warning, a weak hit needs another weak flag, a
 * voice or an amplifier, and it steps aside for an agency's voice). Without `learned`, the verdict of checkMessage.
 */
export function checkMessageWith(text: string, learned?: 'weak' | 'strong'): MessageVerdict {
  if (text.trim() === '') return { ...EMPTY };
  return safely(() => check(text, learned && { id: LEARNED_ID, evidence: '', strength: learned }), { ...EMPTY, empty: false });
}

function check(text: string, learned?: Hit): MessageVerdict {
  const msg = prepareMessage(text);
  const links = judgeLinks(msg);
  const relevant = aboutImmigration(msg);
  const look = lookalikeHit(msg, links);
  // A warning about scams is judged by its links only, and says at most `notice`.
  const once = onceFor(msg);
  const warning = safely(() => isScamWarning(msg, once) || isSafetyTips(msg, once), false);
  const hits = warning ? [] : shapeAfterVoice(learned ? [...runSignals(msg, once), learned] : runSignals(msg, once));
  const all = look ? [look, ...hits] : hits;
  const level = warning ? (relevant ? 'notice' : 'none') : levelOf(all, relevant || hits.some((h) => h.id === 'claims-agency'), unofficialChannel(msg) !== '', msg.linkOnly);
  // Reasons: the red flags (and the agency voice when it is part of one), or what the message is about.
  const flagged = level === 'caution' || level === 'danger';
  const shown = flagged ? all.filter((h) => h.strength !== 'context' || h.id === 'claims-agency') : all.filter((h) => h.id === 'about-uscis-services' || h.id === 'lookalike-domain');
  return {
    level,
    reasons: reasonsOf(shown),
    links,
    moreLinks: msg.moreLinks,
    phones: msg.phones.map((p) => ({ written: p.written, digits: p.digits, official: p.official })),
    service: serviceOf(all),
    empty: false,
    truncated: msg.truncated,
  };
}
