/**
 * Which sensitive thing a form field asks for, from its attributes alone (never its value).
 *
 * Used by the sensitive-data-request signal and by the in-page field guard. Reads the
 * field's autocomplete token, type, name, id, placeholder and label, in English and Spanish.
 * Label-style words are matched on word boundaries so that "planumber" or "seasonal" do not
 * match; a bare "number" or "code" never matches on its own.
 */
import type { FieldSnapshot } from '../types';

export type FieldKind = 'card_number' | 'a_number' | 'receipt_number' | 'access_code' | 'ssn' | 'passport_number';

// Each pattern runs on one short, normalised string (attributes joined by spaces), so the
// cost is bounded by MAX_ATTR per field. No nested quantifiers: linear time.
const MAX_ATTR = 400;

const PATTERNS: ReadonlyArray<readonly [FieldKind, RegExp]> = [
  ['card_number', /\bcc[ _-]?(?:number|num)\b|\b(?:credit|debit)[ _-]?card\b|\bcard[ _-]?(?:number|num|no)\b|\bn[uú]mero de (?:la )?tarjeta\b|\btarjeta de cr[eé]dito\b/],
  ['a_number', /\ba[ _-]?(?:number|num)\b|\ba[-_]no\b|\ba-?#|\balien[ _-]?(?:registration[ _-]?)?(?:number|num|no)\b|\bn[uú]mero a\b|\bn[uú]mero de registro de extranjero\b|\buscis[ _-]?(?:account[ _-]?)?number\b/],
  ['receipt_number', /\breceipt[ _-]?(?:number|num|no)\b|\breceipt ?#|\bn[uú]mero de recibo\b|\bcase[ _-]?(?:number|num)\b|\bn[uú]mero de caso\b/],
  ['access_code', /\baccess[ _-]?code\b|\bc[oó]digo de acceso\b/],
  ['ssn', /\bssn\b|\bsocial[ _-]?security[ _-]?(?:number|num|no)?\b|\bseguro social\b/],
  ['passport_number', /\bpassport(?:[ _-]?(?:number|num|no))?\b|\bn[uú]mero de pasaporte\b|\bpasaporte\b/],
];

function describe(field: FieldSnapshot): string {
  return [field.name, field.id, field.placeholder, field.label]
    .join(' ')
    .slice(0, MAX_ATTR)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** The sensitive kind a field asks for, or undefined. Never throws. */
export function classifyField(field: FieldSnapshot): FieldKind | undefined {
  const type = (field.type || '').toLowerCase();
  if (type === 'hidden' || type === 'submit' || type === 'button' || type === 'checkbox' || type === 'radio') {
    return undefined;
  }
  const autocomplete = (field.autocomplete || '').toLowerCase();
  if (/\bcc-(?:number|csc|exp)\b/.test(autocomplete)) return 'card_number';
  const text = describe(field);
  if (!text.trim()) return undefined;
  for (const [kind, pattern] of PATTERNS) {
    if (pattern.test(text)) return kind;
  }
  return undefined;
}
