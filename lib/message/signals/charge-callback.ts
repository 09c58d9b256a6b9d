/**
 * charge-callback: a renewal, a subscription, an invoice or an order the reader never made, and a way to "cancel" it that goes to
 * the sender — a phone number in a message with no link at all, or "if you did not authorize this, call / click the link below":
 * "Your Personal Subscription With NORTON Will Expire Today. The Subscription Will Be Auto Renewed … Customer Support – +1 (866)
 * 726-0114 … Order ID – #786-553-5082332", "This email confirms that you have paid PHONEDEPOTUSA $239.95 USD using PayPal … If you
 * haven't authorized this charge, click the link below to cancel the payment and get a full refund" (tune-2026-12-06ag, WRITE half).
 * Callback phishing: the caller asks for remote access to the computer or bank details to "refund" the charge, then for the
 * "overpaid" difference in gift cards (FTC, refund scams). Real receipts link to the company's own account page; a charge the
 * reader does not recognise is checked in their own account or bank app, never through the message.
 *
 * Strength: 'strong' only — a subscription renewed or renewing with a phone number to call and no link at all; or any such charge
 * (also an invoice or order number, "you have paid … using") with "if you did not authorize / make / recognise it" or "to cancel"
 * and a phone number to call or words that send to a link.
 * Quiet: an invoice or order from someone the reader deals with, with their number for questions (a lawyer's invoice), a bank's card alert about a purchase (card transactions are not this family's words: "Chase: a $500 purchase at Walmart.
 * Reply YES or NO"), a receipt or renewal notice with the company's link and no disowning ("Your subscription was renewed. Manage
 * it at netflix.com/account"), and warnings and stories of the scam ("scammers send fake Norton invoices with a number to call").
 */
import { wideWords } from '../../text/normalize';
import { sendsToLink } from '../cues';
import type { PreparedMessage } from '../prepare';
import { strongestInWindow, warns } from '../sentences';
import type { SignalHit } from './types';

// A subscription renewed or about to renew, for money the reader never agreed to: the tech-support family's hook (folded text).
const RENEWAL = new RegExp(
  [
    String.raw`\bauto[- ]?renew\w*|\bsubscription\b[^.!?]{0,40}?\b(?:renew\w*|expir\w*|charged|billed|activated)\b|\b(?:renewal|subscription) (?:fee|charge|amount|invoice|order)\b|\brenewal of (?:us ?)?(?:\$|usd|eur|€)`,
    wideWords(['abonnement wurde verlängert', 'abonnement verlängert', 'automatisch verlängert', 'rinnovo automatico', 'abbonamento rinnovato', 'renouvellement automatique', 'renovación automática'], true),
  ].join('|'),
);
// The charge: a renewal, an invoice or order number, a payment the message "confirms" (folded text).
const CHARGE = new RegExp(
  [
    RENEWAL.source,
    String.raw`\b(?:invoice|order|transaction|receipt) (?:id|no\.?|number|#)\s?(?:[:–-]\s?)?#?[\w-]*\d|\b(?:confirms? that )?you (?:have )?(?:paid|been (?:charged|billed))\b[^.!?]{0,60}?(?:\$|usd|eur|€)`,
    wideWords(['abonnement', 'rechnungsnummer', 'bestellnummer', 'abbonamento', 'numero ordine', 'suscripción', 'número de pedido'], true),
  ].join('|'),
  'g',
);
// The reader disowning it, or told how to cancel it: "if you did not authorize", "if you haven't made this purchase", "to cancel".
const DISOWN = new RegExp(
  [
    String.raw`\bif (?:you )?(?:did not|didn't|did nt|have not|haven't|do not|don't) (?:\w+ ){0,2}?(?:authori[sz]\w*|make|made|place|placed|order|ordered|recogni[sz]e|request|requested)\b|\bif this (?:was not|wasn't) you\b`,
    String.raw`\b(?:to|and) (?:cancel|stop|dispute|reverse)\b|\b(?:cancel|dispute|reverse) (?:the|this|your) (?:payment|charge|order|subscription|renewal|transaction)\b|\b(?:full )?refund\b`,
    wideWords(['nicht autorisiert', 'nicht von ihnen', 'zu stornieren', 'stornierung', 'non autorizzat', 'per annullare', 'non avete autorizzato', 'pour annuler', 'non autorisé', 'para cancelar', 'no autorizó'], true),
  ].join('|'),
);
// Words that ask for a call ("Customer Support –", "call", "billing department").
const CALL = /\b(?:call|phone|dial|contact|customer (?:support|service|care)|support (?:team|center|centre)|billing (?:department|team)|help ?line|toll[- ]free)\b|\b(?:rufen sie|anrufen|kundenservice|chiami|chiamare|appelez|llame)\b/;

export default function chargeCallback(msg: PreparedMessage): SignalHit | undefined {
  const phone = msg.phones.some((p) => p.official === null);
  const noLink = msg.links.length === 0;
  return strongestInWindow(msg.page, CHARGE, 10, (_m, near) => {
    if (warns(near)) return undefined;
    // a renewal with a number to call and nowhere else to go: the company's own notice links to the account
    if (phone && noLink && RENEWAL.test(near) && CALL.test(near)) return 'strong';
    return DISOWN.test(near) && ((phone && CALL.test(near)) || sendsToLink(msg, near)) ? 'strong' : undefined;
  });
}

/*
Examples:
  fires:      "Your Personal Subscription With NORTON Will Expire Today. The Subscription Will Be Auto Renewed. Customer Support – +1 (866) 726-0114 Order ID – #786-553-5082332" (strong)
  must not:   "Chase: A $500 purchase at Walmart on card ending 1234. Reply YES if it was you or NO if not.",
              "Your Netflix subscription was renewed. Manage it at netflix.com/account"
*/
