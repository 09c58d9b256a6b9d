/**
 * sensitive-data-request: a form on this (non-government) page asks for immigration or identity
 * secrets — A-Number, USCIS receipt number, online access code, SSN, passport number — or card
 * data. Read from the form fields' name/id/label/placeholder/autocomplete (lib/fields.ts), never
 * from values.
 *
 * Strength (decided, with the reason):
 *  - weak on its own: a law firm's or nonprofit's intake form asking for an A-Number or receipt
 *    number is normal, and ESTA/visa helpers legitimately ask for passport numbers;
 *  - strong when one form asks for a USCIS online access code or receipt/A-Number TOGETHER with
 *    card data: that is how copycat "case status" and "access code" sellers harvest credentials
 *    and money at once; law-firm intake forms do not take a card number with case identifiers.
 * The verdict never runs this on government hosts (uscis.gov asks for these legitimately).
 */
import { classifyField, type FieldKind } from '../fields';
import type { PreparedPage, SignalHit } from './types';

const CASE: ReadonlySet<FieldKind> = new Set(['a_number', 'receipt_number', 'access_code']);
const LABEL: Record<FieldKind, string> = {
  card_number: 'card number',
  a_number: 'A-Number',
  receipt_number: 'receipt number',
  access_code: 'online access code',
  ssn: 'Social Security number',
  passport_number: 'passport number',
};

export default function sensitiveDataRequest(page: PreparedPage): SignalHit | undefined {
  let best: { kinds: Set<FieldKind>; strong: boolean } | undefined;
  for (const form of page.forms.slice(0, 50)) {
    const kinds = new Set<FieldKind>();
    for (const field of form.fields.slice(0, 200)) {
      const kind = classifyField(field);
      if (kind) kinds.add(kind);
    }
    if (kinds.size === 0) continue;
    const strong = kinds.has('card_number') && [...kinds].some((k) => CASE.has(k));
    if (!best || (strong && !best.strong) || kinds.size > best.kinds.size) best = { kinds, strong };
    if (strong) break;
  }
  if (!best) return undefined;
  const evidence = `form asks for: ${[...best.kinds].map((k) => LABEL[k]).join(', ')}`;
  const service = best.kinds.has('access_code') ? 'access-code' : best.kinds.has('receipt_number') ? 'case-status' : undefined;
  return { evidence, strength: best.strong ? 'strong' : 'weak', ...(service ? { service } : {}) };
}

/*
Examples:
  fires:      synthetic-case-status-card-harvest, synthetic-uscis-copy-banner, law-firm-intake-form (weak)
  must not:   (text-only corpus pages have no forms)
*/
