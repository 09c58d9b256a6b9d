/**
 * pressure-ask: the shape most scam texts share whatever their family or language, read from small pieces rather than a
 * family's words. In one text-message-length message that speaks to the reader ("you", "Ihre", "votre", "您", "Anda"…):
 *  - an ASK: the reader is told to act — click, pay, confirm, update, log in, claim, download (shape-words.ts: the corpus
 *    languages' imperatives);
 *  - a LEVER: something of the reader's lost, locked, expiring, held or gone wrong (a fine, a failed delivery, a login
 *    the reader did not make), or a windfall (a prize, a refund, money credited);
 *  - a LINK the reader cannot check: no government's, no carrier's, and on a site the message's own words do not name (a
 *    bank's text that links to its named site can be checked by its name); or a link the source cut ("(link)", "*Link*",
 *    "[링크]", "https://____"), or "click"/"tap" with no link left.
 * Strong when all meet: that is what the parcel, bank, SIM, toll, tax and prize texts of every batch have in common, and
 * what the families' word lists keep missing when a new batch brings a new family or wording.
 * Or, in a text message (at most TEXT_LENGTH characters), a LEVER and the place the message CLOSES ON (closesOnSend): its last
 * words are a link the reader cannot check, a link masked or blanked by whoever quotes it, or the spot where its link or number
 * was cut ("… verifique inmediatamente:", "… al link seguente"). A scam text must send the reader somewhere
 * and it ends there; that closing send is its ask and its "you" in any language, so neither is read from words then (msg25,
 * tune-2026-12-06ar: Japanese power-cut texts with no "you" and no verb of the lists, "[URL fraudulenta]", "unter ... .").
 *
 * The line with the legitimate neighbours (tests on both sides):
 *  - warnings that describe such a message: check.ts judges them by their links, and a short text with a sentence that
 *    warns or reports ("scammers ask you to click", sentences.ts warns()) is not read;
 *  - a message in an agency's or an office's voice: claims-agency judges its channel (check.ts shapeAfterVoice);
 *  - appointment reminders and confirmations ask to click or reply but pull no lever; one-time-code texts ask nothing;
 *  - a sum, a debt or a deadline alone is no lever: bills, overdue reminders, receipts, school fees and password-reset e-mails
 *    ("this link expires in 24 hours") name them with a link of their own;
 *  - a phone number is no link: a lawyer's, a clinic's or a nonprofit's notice gives its number with a fee or an expiry date,
 *    and a real bank's card alert closes on its own number ("… locked. Please call 1-800-…"): a message that closes on a number
 *    is not a closing send (only a number cut by the source is, as any cut send);
 *  - a text that closes on a link it names ("… via https://www.ing.nl/pas"), a carrier's, a government's or a short link
 *    (shortened-link names it) closes on no send it hides; one that closes on a link with no lever (a shop's "Track at URL
 *    link.", a reminder's "Directions:") has no reason to go now;
 *  - family chat about money names a sum and sends nowhere; long texts (letters, articles; longer than SHORT) are not read:
 *    there the parts meet by chance.
 * Bounded: the message is read only when it is at most SHORT characters; links at most MAX_LINKS (prepare.ts).
 */
import { parseHost } from '../../domain';
import { ownLabel } from '../../domain/match';
import { LINK_WORDS, isGovernmentLink, wordsOutsideLinks } from '../cues';
import { CARRIER_DOMAINS, LINK_NOUN_WIDE, LOCK_WIDE, PENALTY_WIDE } from '../family-words';
import type { FoundLink } from '../links';
import type { PreparedMessage } from '../prepare';
import { firstUnwarned, warns } from '../sentences';
import { ASK_WIDE, CLICK_WIDE, GAIN_WIDE, LOSS_WIDE, YOU_WIDE } from '../shape-words';
import type { SignalHit } from './types';

/** A text message or a short e-mail; a longer text is a letter or an article. */
const SHORT = 1_000;

const ASK = new RegExp(ASK_WIDE, 'g');

/** Something of the reader's lost, locked or gone wrong: locked, suspended, expiring, a fine, a failed delivery. */
const LOSS = new RegExp(`${LOCK_WIDE}|${PENALTY_WIDE}|${LOSS_WIDE}`);
/** The link or the code itself expiring is no loss of the reader's: "your password reset link expires in 24 hours". */
const LINK_EXPIRES = /\b(?:link|code|codigo|enlace|lien|otp|token|pin)\b[^.!?]{0,30}?\b(?:expires?|expira|vence|expirera)\b/g;
const GAIN = new RegExp(GAIN_WIDE);
/** The lever's sentence, for the evidence: something of the reader's lost or gone wrong, or a windfall. */
const LEVER = new RegExp(`${LOCK_WIDE}|${PENALTY_WIDE}|${LOSS_WIDE}|${GAIN_WIDE}`, 'g');
const YOU = new RegExp(YOU_WIDE);
const CLICK = new RegExp(CLICK_WIDE);

/**
 * Where a source cut the link it quotes: "(link)", "*Link*", "[링크]", "[link lạ]", "https://____", "www.OOO.com", and the Taiwanese
 * press's "(釣魚網址)" ("phishing address") or "(網址)" in its place.
 */
const CUT_LINK =
  /[([<*]\s?[^()[\]<>*]{0,15}\blink\b[^()[\]<>*]{0,8}[\])>*]|\bhttps?:\/\/_{2,}|\bwww\.o{3}\.|\[링크\]|\*\*\s?link\s?\*\*|[(（]\s?(?:釣魚|钓鱼|詐騙|诈骗|假)?(?:網址|网址|連結|链接)\s?[)）]/;

/** A link the reader cannot check: no government's, no carrier's (CARRIER_DOMAINS), on a site the message's own words (`named`) do not name. */
function cannotCheck(link: FoundLink, named: string): boolean {
  if (isGovernmentLink(link.url)) return false;
  const host = parseHost(link.url);
  // a carrier's own site the message need not name ("Bezahlen Sie hier: https://www.dhl.de/…")
  if (host.domain !== null && CARRIER_DOMAINS.has(host.domain)) return false;
  const own = host.valid ? ownLabel(host).replace(/-/g, '') : '';
  return own.length < 3 || !named.includes(own);
}

/** The message's own words, folded and run together: a site they name ("ING … ing.nl", "Deutsche Bank … deutsche-bank.de") can be looked up. */
const namedIn = (msg: PreparedMessage): string => wordsOutsideLinks(msg).toLowerCase().replace(/[\s\-_.&]+/g, '');

/**
 * The link the reader is sent to, when the reader cannot check it, or undefined: a link that is no government's, no carrier's
 * (CARRIER_DOMAINS) and whose site the message's own words do not name; a link the source cut; or "click"/"tap" with no link.
 * A short link is shortened-link's to name (where it goes cannot be read here). A phone number is not read here: a lawyer's, a
 * clinic's or a nonprofit's notice gives its number with a fee or a date that expires, and a real bank's card alert gives its
 * own (charge-callback judges the callback texts).
 */
function uncheckableLink(msg: PreparedMessage): string | undefined {
  const named = namedIn(msg);
  for (const link of msg.links) if (!link.shortener && cannotCheck(link, named)) return link.written;
  const text = msg.page.text;
  // no link at all, but the reader is told to click or tap one: the source cut it ("click to claim it")
  const cut = CUT_LINK.exec(text) ?? (msg.links.length === 0 ? (LINK_WORDS.exec(text) ?? CLICK.exec(text)) : null);
  return cut?.[0];
}

/** A text message's length: the closing send (closesOnSend) stands for the ask only in a message this short. */
const TEXT_LENGTH = 300;
/**
 * Where the link was, masked or blanked by whoever quotes the message: "https://~", "http://~~~", "https://〜", "https://○○○○.com",
 * "www.OOO.com", "[URL fraudulenta]", "[Link]".
 */
const MASKED_LINK = /(?:https?:\/\/|\bwww\.)(?:[~〜～_*…•]|\.{2,})|[○●〇]{2,}|\bwww\.o{3}\.|[[(（<]\s?[^\])）>\n]{0,25}\b(?:url|link|enlace|lien)\b[^\])）>\n]{0,25}[\])）>]/i;
/**
 * The word "link" as the message's last word, or before one more ("… al link seguente", "… Revise aquí: enlace"): the link was cut
 * after it. Singular only: "links" is "left" in German and Dutch ("… oben links").
 */
const LINK_WORD_END = new RegExp(String.raw`(?:\blink|${LINK_NOUN_WIDE})(?:\s\S+)?[\s.:。!]*$`, 'i');
/**
 * The message stops where its link or number was cut: its last mark a colon ("… verifique inmediatamente:", "… contact us at:"),
 * which asks for what follows. Not an ellipsis: family chat trails off with one ("me bloquearon la tarjeta, luego te llamo..."), so a
 * source that cut the link after "contact us at…" is not read (4 tune scams, session 25). Not after a number written whole.
 */
const CUT_END = /(?<!\d[\s.]*)[:：][\s.。]*$/;
/** Trailing marks after a message's last link: "… https://x.top/pay." */
const TRAILING = /[\s.,;:!?。！）)\]」"'”]*$/;
/** The rest of the message's last word, then only trailing marks. */
const LAST_WORD = /^\S*[\s.,;:!?。！）)\]」"'”]*$/;

/**
 * The send a text message closes on, or undefined: its last words are a link the reader cannot check (a short link is
 * shortened-link's to name), a link masked or blanked by whoever quotes the message, or the place where the source cut the link or the
 * number (a colon or an ellipsis as its last mark). A scam text is a reason to act and a place to act at, and the place is its
 * last words ("… Pay now: https://…", "【東京電力】… 停止されます。 https://○○○○.com", "… verifique inmediatamente:"); that closing
 * send is its ask in every language, so no verb of a language is needed. A reminder, a receipt and a code text close on a link
 * too, or on nothing, with no lever: pressure-ask still needs the lever.
 */
function closesOnSend(msg: PreparedMessage): string | undefined {
  const raw = msg.page.raw;
  if (raw.length > TEXT_LENGTH) return undefined;
  const body = raw.replace(TRAILING, '');
  const last = msg.links.at(-1);
  if (last && body.endsWith(last.written.replace(TRAILING, ''))) return !last.shortener && cannotCheck(last, namedIn(msg)) ? last.written : undefined;
  const tail = raw.slice(-40);
  const masked = MASKED_LINK.exec(tail) ?? CUT_LINK.exec(tail);
  if (masked && LAST_WORD.test(tail.slice(masked.index + masked[0].length))) return masked[0];
  return CUT_END.test(raw) || LINK_WORD_END.test(raw) ? raw.slice(-12) : undefined;
}

export default function pressureAsk(msg: PreparedMessage): SignalHit | undefined {
  const text = msg.page.text;
  if (text.length > SHORT) return undefined;
  if (!LOSS.test(text.replace(LINK_EXPIRES, ' ')) && !GAIN.test(text)) return undefined;
  if (warns(text)) return undefined;
  // a text message that closes on a place the reader cannot check: that place is its ask, and it speaks to whoever reads it
  if (closesOnSend(msg) !== undefined) {
    const lever = firstUnwarned(msg.page, LEVER, 10);
    return lever ? { evidence: lever.evidence, strength: 'strong' } : undefined;
  }
  if (!YOU.test(text)) return undefined;
  const ask = firstUnwarned(msg.page, ASK, 10);
  if (!ask || uncheckableLink(msg) === undefined) return undefined;
  return { evidence: ask.evidence, strength: 'strong' };
}

/*
Examples:
  fires:      "Lieber Kunde, Ihre Rufnummer wird deaktiviert. Für weitere Nutzung klicken Sie hier: *Link*" (strong);
              "You’re owed a Medicare refund—click to claim it." (strong);
              "【東京電力】先月の料金が未決済のため、間もなく電気の供給が停止されます。 https://○○○○.com" (strong: the closing send)
  must not:   "Hi Ana. You have an appointment with us on May 3. Please click this link to confirm or reply C to confirm.",
              "Dear customer, your verification code is 45851. This code expires in 2 minutes. Don't share it with anyone.",
              "Für Ihre Sendung fallen Zollgebühren von 19,00 EUR an. Bezahlen Sie hier: https://www.dhl.de/de/privatkunden/zoll",
              "Your USPS package is due to be delivered on Mon, Dec. 04. Track at URL link."
*/
