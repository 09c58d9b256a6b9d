/**
 * fee-mirroring: a non-government page asks the reader to pay IT exactly a USCIS filing fee
 * ("Form I-130 … $675 … Pay now"). USCIS warned about businesses that take the filing fee
 * themselves; the applications were then rejected for non-payment (FACTS.md, "Price mirroring").
 *
 * Needs the sourced filing fees in lib/data/facts.json (ids fee.uscis-<form>-<variant>); only the
 * forms listed there can be checked. Fires when the form number is followed (within 300 characters: a product box)
 * by exactly one of its fees and a request to pay now (checkout / pay now / total due, or any
 * payment word when the page has a card-number field).
 * Traps, suppressed: a lawyer's "our fee is $1,500 plus the $675 USCIS filing fee paid separately"
 * (plus/separately/payable to), fee tables in guides and news (no payment request), warnings,
 * and guides telling how USCIS itself is paid ("pay by check or money order … electronically through
 * the USCIS website"): a checkout takes cards, not money orders, and does not send you to uscis.gov.
 */
import { hasWarning, matches, sentenceAround } from '../text/context';
import { prices } from '../text/money';
import { filingFees } from '../text/facts';
import { quote } from '../text/normalize';
import { classifyField } from '../page/fields';
import type { PreparedPage, SignalHit } from './types';

const FORM = /\b(?:form |formulario )?([in])-?(\d{2,4}[a-z]?)\b/g;
// Asking for the money here and now (not describing a fee): checkout, pay now, total due.
const PAY_NOW =
  /\b(?:pay now|pay (?:by|with|online|today|here)|checkout|check out|add to cart|order now|place (?:your )?order|total due|amount due|due today|submit payment|complete (?:your )?payment|pague ahora|pagar ahora|pague en linea|total a pagar)\b/;
const PAY_HERE = /\b(?:pay|payment|total|amount due|pague|pago|pagar)\b/;
/** How far past the form number the price and payment request may be (a product box). */
const SPAN = 300;
const SEPARATE = /\b(?:plus|separately|separate|paid directly|payable to|made out to|in addition|additional|not included|does not include|aparte|ademas|por separado|no incluye)\b/;

/** The ways the government itself is paid: a guide describing them is not asking for the money. */
const OFFICIAL_PAYMENT =
  /\b(?:check or money order|checks? or money orders?|money orders?|cheque|(?:through|via|on|at|in) (?:the |your )?(?:uscis|my ?uscis)(?: website| online| account|\.gov)|uscis\.gov|pay\.gov)\b/;

function hasPaymentForm(page: PreparedPage): boolean {
  return page.forms.some((f) => f.fields.some((field) => classifyField(field) === 'card_number'));
}

export default function feeMirroring(page: PreparedPage): SignalHit | undefined {
  const fees = filingFees();
  if (fees.length === 0) return undefined;
  let paymentForm: boolean | undefined;
  for (const m of matches(page, FORM)) {
    const form = `${m[1] ?? ''}-${m[2] ?? ''}`;
    const amounts = fees.filter((f) => f.form === form).map((f) => f.amount);
    if (amounts.length === 0) continue;
    const [s] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const e = Math.min(page.text.length, m.index + m[0].length + SPAN);
    const sent = page.text.slice(s, e);
    if (!prices(sent).some((p) => amounts.includes(p))) continue;
    if (hasWarning(sent) || SEPARATE.test(sent) || OFFICIAL_PAYMENT.test(sent)) continue;
    paymentForm ??= hasPaymentForm(page);
    if (PAY_NOW.test(sent) || (paymentForm && PAY_HERE.test(sent))) {
      return { evidence: quote(page.raw, s, e), strength: 'strong', service: 'forms' };
    }
  }
  return undefined;
}

/*
Examples:
  fires:      synthetic-fee-mirroring-i130, synthetic-fee-mirroring-n400
  must not:   lawandvisas-fee-increase, boldlegal-fees, irishcentral-filing-scam, law-firm-i130-flat-fee
*/
