/**
 * recovery-offer: the message offers, or praises, a service that gets back money lost to a scam —
 * "I began searching for ways to recover my lost funds. That's when I found Salvage Asset
 * Recovery, a team of experts…", "we can help you recover your lost money", "recuperamos su
 * dinero". People who already lost money are targeted a second time this way: the "recovery"
 * firm, hacker or fake agency asks for a fee first (FTC: refund and recovery scams; state
 * consumer agencies: law enforcement does not charge victims to investigate). Immigrants who lost
 * money to a notario or a fake lawyer get these adverts too.
 *
 * Strength: 'strong' when getting lost or stolen money back comes with someone offering to do it
 * (we can, experts, a team, a company, a hacker, contact…, helped me, I found); 'weak' for the
 * wish alone ("how can I recover my lost funds?"): a victim's own question or a lawyer's note.
 * The money must be the reader's or the writer's ("your/my lost funds"): a news story that the
 * Justice Department "recovered stolen funds" for victims is not an offer.
 * Traps, suppressed: warnings ("recovery scammers promise to recover your lost money for a fee").
 */
import type { PreparedMessage } from '../prepare';
import { strongestInWindow, warns } from '../sentences';
import type { SignalHit } from './types';

const RECOVER = new RegExp(
  [
    String.raw`\b(?:recover|recovering|retrieve|retrieving|get back|getting back|reclaim|trace|tracing)\b[^.!?]{0,20}?\b(?:my|your|our|their|his|her) (?:lost |stolen |scammed |missing )?(?:funds|money|crypto|bitcoin|investments?|savings|deposits?|btc|usdt)\b`,
    String.raw`\bget (?:your|my) money back\b|\b(?:asset|fund|funds|crypto|bitcoin|scam|money) recovery\b`,
    String.raw`\brecuper\w* (?:su|tu|mi|sus|tus|mis) (?:dinero|fondos|inversion\w*|ahorros)\b|\brecuperamos (?:su|tu|el) dinero\b|\brecuperacion de (?:fondos|dinero|activos)\b`,
    String.raw`\brecuper\w* (?:seu|o seu|meu|o meu) dinheiro\b|\brecuper\w* (?:vos|votre|mes|mon) (?:fonds|argent)\b`,
    String.raw`(?:追回|挽回)(?:被骗|损失|損失|被騙)`,
  ].join('|'),
  'g',
);
// Someone offering to do it, or a testimonial for them.
const OFFER =
  /\b(?:we can|we will|we help|i can|i will|let us|helped me|help you|helps victims|assist(?:ing|s)? (?:you|victims)|contact|reach out|write to|whatsapp|telegram|experts?|specialists?|team|company|firm|agency|services?|hackers?|professionals?|i found|i came across|recommend|podemos|le ayudamos|te ayudamos|ayudamos|contacte|contactanos|escribanos|expertos|especialistas|empresa|agencia|podemos ajudar|nous pouvons)\b/;

export default function recoveryOffer(msg: PreparedMessage): SignalHit | undefined {
  return strongestInWindow(msg.page, RECOVER, 10, (_m, near) => (warns(near) ? undefined : OFFER.test(near) ? 'strong' : 'weak'));
}

/*
Examples:
  fires:      "I began searching for ways to recover my lost funds. That's when I found Salvage Asset Recovery, a team of experts" (strong);
              "How can I recover my lost money?" (weak)
  must not:   "Recovery scammers promise to recover your lost money for a fee", "The Justice Department recovered stolen funds for 300 victims"
*/
