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
 *
 * The line with the legitimate neighbours (tests on both sides):
 *  - warnings that describe such a message: check.ts judges them by their links, and a short text with a sentence that
 *    warns or reports ("scammers ask you to click", sentences.ts warns()) is not read;
 *  - a message in an agency's or an office's voice: claims-agency judges its channel (check.ts shapeAfterVoice);
 *  - appointment reminders and confirmations ask to click or reply but pull no lever; one-time-code texts ask nothing;
 *  - a sum, a debt or a deadline alone is no lever: bills, overdue reminders, receipts, school fees and password-reset e-mails
 *    ("this link expires in 24 hours") name them with a link of their own;
 *  - a phone number is no link: a lawyer's, a clinic's or a nonprofit's notice gives its number with a fee or an expiry date;
 *  - family chat about money names a sum and sends nowhere; long texts (letters, articles; longer than SHORT) are not read:
 *    there the parts meet by chance.
 * Bounded: the message is read only when it is at most SHORT characters; links at most MAX_LINKS (prepare.ts).
 */
import { parseHost } from '../../domain';
import { ownLabel } from '../../domain/match';
import { LINK_WORDS, isGovernmentLink, wordsOutsideLinks } from '../cues';
import { CARRIER_DOMAINS, LOCK_WIDE, PENALTY_WIDE } from '../family-words';
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
const YOU = new RegExp(YOU_WIDE);
const CLICK = new RegExp(CLICK_WIDE);

/**
 * Where a source cut the link it quotes: "(link)", "*Link*", "[링크]", "[link lạ]", "https://____", "www.OOO.com", and the Taiwanese
 * press's "(釣魚網址)" ("phishing address") or "(網址)" in its place.
 */
const CUT_LINK =
  /[([<*]\s?[^()[\]<>*]{0,15}\blink\b[^()[\]<>*]{0,8}[\])>*]|\bhttps?:\/\/_{2,}|\bwww\.o{3}\.|\[링크\]|\*\*\s?link\s?\*\*|[(（]\s?(?:釣魚|钓鱼|詐騙|诈骗|假)?(?:網址|网址|連結|链接)\s?[)）]/;

/**
 * The link the reader is sent to, when the reader cannot check it, or undefined: a link that is no government's, no carrier's
 * (CARRIER_DOMAINS) and whose site the message's own words do not name; a link the source cut; or "click"/"tap" with no link.
 * A short link is shortened-link's to name (where it goes cannot be read here). A phone number is not read here: a lawyer's, a
 * clinic's or a nonprofit's notice gives its number with a fee or a date that expires, and a real bank's card alert gives its
 * own (charge-callback judges the callback texts).
 */
function uncheckableLink(msg: PreparedMessage): string | undefined {
  // a site the message names in its own words is one the reader can look up ("ING … ing.nl", "Deutsche Bank … deutsche-bank.de")
  const named = wordsOutsideLinks(msg).toLowerCase().replace(/[\s\-_.&]+/g, '');
  for (const link of msg.links) {
    if (link.shortener || isGovernmentLink(link.url)) continue;
    const host = parseHost(link.url);
    // a carrier's own site the message need not name ("Bezahlen Sie hier: https://www.dhl.de/…")
    if (host.domain !== null && CARRIER_DOMAINS.has(host.domain)) continue;
    const own = host.valid ? ownLabel(host).replace(/-/g, '') : '';
    if (own.length < 3 || !named.includes(own)) return link.written;
  }
  const text = msg.page.text;
  // no link at all, but the reader is told to click or tap one: the source cut it ("click to claim it")
  const cut = CUT_LINK.exec(text) ?? (msg.links.length === 0 ? (LINK_WORDS.exec(text) ?? CLICK.exec(text)) : null);
  return cut?.[0];
}

export default function pressureAsk(msg: PreparedMessage): SignalHit | undefined {
  const text = msg.page.text;
  if (text.length > SHORT || !YOU.test(text)) return undefined;
  if (!LOSS.test(text.replace(LINK_EXPIRES, ' ')) && !GAIN.test(text)) return undefined;
  if (warns(text)) return undefined;
  const ask = firstUnwarned(msg.page, ASK, 10);
  if (!ask || uncheckableLink(msg) === undefined) return undefined;
  return { evidence: ask.evidence, strength: 'strong' };
}

/*
Examples:
  fires:      "Lieber Kunde, Ihre Rufnummer wird deaktiviert. Für weitere Nutzung klicken Sie hier: *Link*" (strong);
              "You’re owed a Medicare refund—click to claim it." (strong)
  must not:   "Hi Ana. You have an appointment with us on May 3. Please click this link to confirm or reply C to confirm.",
              "Dear customer, your verification code is 45851. This code expires in 2 minutes. Don't share it with anyone.",
              "Für Ihre Sendung fallen Zollgebühren von 19,00 EUR an. Bezahlen Sie hier: https://www.dhl.de/de/privatkunden/zoll"
*/
