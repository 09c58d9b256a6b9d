/**
 * Read-only views of the dated facts (lib/data/facts.json) that the signals compare pages with:
 * official fees, USCIS filing fees and official phone numbers. No value lives in code.
 */
import { FACT_IDS, factEntry } from '../facts';

/** The official fee (U.S. dollars) of a `fee.*` fact, or undefined when it is not a number. */
export function officialFee(id: string): number | undefined {
  const value = factEntry(id)?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const KEYPAD: Record<string, string> = {
  a: '2', b: '2', c: '2', d: '3', e: '3', f: '3', g: '4', h: '4', i: '4', j: '5', k: '5', l: '5',
  m: '6', n: '6', o: '6', p: '7', q: '7', r: '7', s: '7', t: '8', u: '8', v: '8', w: '9', x: '9', y: '9', z: '9',
};

/** Last ten digits of a phone number written with digits or keypad letters ('' if fewer). */
export function phoneDigits(phone: string): string {
  let digits = '';
  for (const c of phone.toLowerCase()) {
    if (c >= '0' && c <= '9') digits += c;
    else if (KEYPAD[c]) digits += KEYPAD[c];
  }
  return digits.length >= 10 ? digits.slice(-10) : '';
}

let phones: ReadonlySet<string> | undefined;
/** Every `phone.*` fact as ten digits: the numbers that really are USCIS's (or the FTC's). */
export function officialPhones(): ReadonlySet<string> {
  if (!phones) {
    const set = new Set<string>();
    for (const id of FACT_IDS) {
      if (!id.startsWith('phone.')) continue;
      const d = phoneDigits(String(factEntry(id)?.value ?? ''));
      if (d) set.add(d);
    }
    phones = set;
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
