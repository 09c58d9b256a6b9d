/**
 * What a reason may show under "Found on the page:" — and what it may not.
 *
 * A reason's `evidence` is a log line for people who read the CLI, reports and tests (English,
 * sometimes written by the product: "form asks for: receipt number", '"uscis-gov.net" joins
 * "uscis" and "gov"…'). A person reading the popup, the banner or the warning page must only see,
 * in quotes, words the page itself wrote; everything the product says about a page is a message
 * in their language. So:
 *  - `quote` (set by the verdict for signal hits that quote the page) is the only page text shown;
 *  - `fields` (what a form asks for) becomes a translated sentence;
 *  - any other evidence (address rules, tamper events) is not shown: the explanation says it.
 *
 * Page quotes are clipped for space without cutting away the price, which is often the point.
 */
import type { Translate } from '../i18n/core';
import type { Reason } from '../types';

/** Longest page quote shown. */
export const MAX_QUOTE = 160;

/** A price in the quote: "$49", "US$ 40", "39 Euro", "50 €", "21 USD", "Rs 1999"… */
const PRICE = /(?:US\$|[$€£¥₹]|\bRs\.?)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|\b(?:USD|EUR|dollars?|d[oó]lares|euros?)\b)/gi;

/**
 * `text` on one line, at most `max` characters. When the cut would drop the last price, the
 * quote keeps its beginning and the words around that price, joined by "…".
 */
export function clipQuote(text: string, max = MAX_QUOTE): string {
  const one = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  let last: RegExpExecArray | undefined;
  for (const m of one.matchAll(PRICE)) last = m as RegExpExecArray;
  const end = last ? last.index + last[0].length : 0;
  if (!last || end <= max - 1) return `${one.slice(0, max - 1).trimEnd()}…`;
  // Room for the price and its lead-in: about half the space, ending just after the price.
  const tailLength = Math.min(Math.max(last[0].length + 40, Math.floor(max / 2)), max - 12);
  const tailStart = Math.max(0, end - tailLength);
  const tail = one.slice(tailStart, end).replace(/^\S*\s/, '');
  const head = one.slice(0, max - tail.length - 3).trimEnd();
  const rest = one.length > end ? '…' : '';
  return `${head} … ${tail}${rest}`.slice(0, max + 1);
}

/** What to show for a reason: a page quote, the kinds of fields a form asks for, or nothing. */
export type ShownEvidence = { kind: 'quote'; text: string } | { kind: 'fields'; fields: readonly string[] } | undefined;

export function shownEvidence(reason: Reason): ShownEvidence {
  const fields = Array.isArray(reason.fields) ? reason.fields.filter((f) => typeof f === 'string' && /^[a-z_]{1,32}$/.test(f)) : [];
  if (fields.length > 0) return { kind: 'fields', fields };
  const quote = typeof reason.quote === 'string' ? clipQuote(reason.quote) : '';
  return quote ? { kind: 'quote', text: quote } : undefined;
}

/** "The form on this page asks for: receipt number and card number", in the reader's language. */
export function fieldsText(t: Translate, lang: string, fields: readonly string[]): string {
  const names = fields.map((f) => t(`field_kind_${f}`));
  let list = names.join(', ');
  try {
    list = new Intl.ListFormat(String(lang).replace('_', '-'), { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    /* an engine without ListFormat keeps the commas */
  }
  return t('evidence_form_asks', { FIELDS: list });
}
