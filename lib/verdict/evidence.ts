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
 * Page text is chosen by the page. Before any surface shows it, `showableEvidence()` removes bidi
 * controls and other invisible characters (U+202E could turn "…efas dna deifirev…" into
 * "…verified and safe…" and run on into our own words), collapses whitespace and caps the length
 * without losing the price, which is often the point. The surfaces then show it quoted (`<q>`)
 * and isolated (`<bdi>`), so right-to-left text stays inside its quotes.
 */
import { stripInvisible } from '../domain/invisible';
import type { Translate } from '../i18n/core';
import type { Reason } from '../types';

/** Longest evidence shown. */
export const MAX_SHOWN_EVIDENCE = 160;

/** A price in the quote: "$49", "US$ 40", "39 Euro", "50 €", "21 USD", "Rs 1999"… */
const PRICE = /(?:US\$|[$€£¥₹]|\bRs\.?)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|\b(?:USD|EUR|dollars?|d[oó]lares|euros?)\b)/gi;

/** `s` cut to at most `n` code units, never inside a surrogate pair. */
function cutAt(s: string, n: number): string {
  return /[\ud800-\udbff]/.test(s.charAt(n - 1)) ? s.slice(0, n - 1) : s.slice(0, n);
}

/**
 * Page text ready to show: no invisible or bidi characters, one line, at most `max` characters.
 * When the cut would drop the last price, it keeps the beginning and the words around that price,
 * joined by "…".
 */
export function showableEvidence(evidence: string, max = MAX_SHOWN_EVIDENCE): string {
  const one = stripInvisible(String(evidence ?? '')).replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  let last: RegExpExecArray | undefined;
  for (const m of one.matchAll(PRICE)) last = m as RegExpExecArray;
  const end = last ? last.index + last[0].length : 0;
  if (!last || end <= max - 1) return `${cutAt(one, max - 1).trimEnd()}…`;
  // Room for the price and its lead-in: about half the space, ending just after the price.
  const tailLength = Math.min(Math.max(last[0].length + 40, Math.floor(max / 2)), max - 12);
  const tail = one.slice(Math.max(0, end - tailLength), end).replace(/^\S*\s/, '');
  const head = cutAt(one, max - tail.length - 4).trimEnd();
  return `${head} … ${tail}${one.length > end ? '…' : ''}`;
}

/** What to show for a reason: a page quote, the kinds of fields a form asks for, or nothing. */
type ShownEvidence = { kind: 'quote'; text: string } | { kind: 'fields'; fields: readonly string[] } | undefined;

/** A reason as the surfaces get it: from a verdict, or stored with a trusted site (ids as strings). */
export type ShownReason = Pick<Reason, 'evidence' | 'quote' | 'fields' | 'service'> & { id: string };

export function shownEvidence(reason: ShownReason): ShownEvidence {
  const fields = Array.isArray(reason.fields) ? reason.fields.filter((f) => typeof f === 'string' && /^[a-z_]{1,32}$/.test(f)) : [];
  if (fields.length > 0) return { kind: 'fields', fields };
  const quote = typeof reason.quote === 'string' ? showableEvidence(reason.quote) : '';
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
