/**
 * Read-only views of the dated facts (lib/data/facts.json) that the signals compare pages with:
 * official fees, USCIS filing fees and official phone numbers. No value lives in code.
 */
import { FACT_IDS, factEntry, type FactId } from '../facts';
import { keypadDigits } from '../guide/phone';

/** The official fee (U.S. dollars) of a `fee.*` fact, or undefined when it is not a number. */
export function officialFee(id: string): number | undefined {
  const value = factEntry(id)?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The last ten digits of a phone number written with digits or keypad letters ('' if fewer): how numbers are compared. */
export function tenDigits(phone: string): string {
  const digits = keypadDigits(phone);
  return digits.length >= 10 ? digits.slice(-10) : '';
}

let phones: ReadonlyMap<string, FactId> | undefined;
/**
 * Every `phone.*` fact by its ten digits (the first fact of a number): the numbers that really are USCIS's (or the FTC's),
 * read by impersonation-phone on pages and by lib/message/phones.ts in messages.
 */
export function officialPhones(): ReadonlyMap<string, FactId> {
  if (!phones) {
    const map = new Map<string, FactId>();
    for (const id of FACT_IDS) {
      if (!id.startsWith('phone.')) continue;
      const d = tenDigits(String(factEntry(id)?.value ?? ''));
      if (d && !map.has(d)) map.set(d, id);
    }
    phones = map;
  }
  return phones;
}

/** A USCIS filing fee from facts.json: ids `fee.uscis-<form>-<variant>`, e.g. fee.uscis-i-130-paper. */
interface FilingFee {
  id: string;
  /** Form number in folded text form, e.g. 'i-130'. */
  form: string;
  amount: number;
}

let filing: readonly FilingFee[] | undefined;
export function filingFees(): readonly FilingFee[] {
  if (!filing) {
    const out: FilingFee[] = [];
    for (const id of FACT_IDS) {
      const m = /^fee\.uscis-([a-z]{1,2}-\d{1,4}[a-z]?)-/.exec(id);
      const amount = officialFee(id);
      if (m?.[1] && amount !== undefined && amount > 0) out.push({ id, form: m[1], amount });
    }
    filing = out;
  }
  return filing;
}
