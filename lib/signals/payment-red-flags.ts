/**
 * payment-red-flags: the page tells the reader to pay (immigration fees or services) by a method
 * USCIS never uses and the FTC says government impostors ask for: gift cards, Western Union,
 * MoneyGram, cryptocurrency / Bitcoin ATM (strong), or payment apps and wire transfers — Zelle,
 * Cash App, Venmo, wire (weak: small legitimate law offices also take Zelle for their own fees).
 *
 * A payment instruction is required in the sentence (pay, send, deposit, accept, pague, envíe…).
 * Traps, suppressed: USCIS's own "we do not accept Western Union, MoneyGram, PayPal or gift cards"
 * and every scam warning quoting these methods (negation and warning words).
 * Only runs where the relevance pre-filter says the page is about immigration (decide() checks).
 */
import { hasWarning, matches, sentenceAround } from '../text/context';
import { quote } from '../text/normalize';
import type { PreparedPage, SignalHit } from './types';

const STRONG = /\b(?:gift ?cards?|itunes cards?|google play cards?|steam cards?|western union|moneygram|money gram|bitcoin|crypto(?:currency|currencies)?|usdt|tarjetas? de regalo|criptomonedas?)\b/g;
const WEAK = /\b(?:zelle|cash ?app|venmo|wire transfer|bank wire|transferencia bancaria|giro bancario)\b/g;
// Sentences that say a method is NOT used ("never collected through gift cards", "rather than
// official channels", "ninguna agencia…"): stricter than the shared warning check, because
// payment methods are almost only ever named on legitimate pages to warn about them.
const NEGATED = /\b(?:never|nunca|ningun[oa]?|rather than|instead of|en lugar de|not accept\w*|no acepta\w*|not in advance|not (?:by|through|via))\b/;
const INSTRUCTION = /\b(?:pay|paid|payment|payments|send|deposit|accept|accepts|accepted|purchase|buy|load|transfer|use|pague|pagar|pago|pagos|envie|enviar|deposite|aceptamos|acepta|compre|use)\b/;

function find(page: PreparedPage, re: RegExp): [number, number] | undefined {
  for (const m of matches(page, re)) {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (hasWarning(sent) || NEGATED.test(sent) || !INSTRUCTION.test(sent)) continue;
    return [s, e];
  }
  return undefined;
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
  must not:   gtc-libguide-scams, legalclarity-uscis-scams, scamencyclopedia-case-status-fee, directoriocubano-uscis-advierte
*/
