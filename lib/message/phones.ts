/**
 * Phone numbers in a pasted message, each said to be an official number or not. Official means
 * one of the `phone.*` facts in lib/data/facts.json (the USCIS Contact Center, its TTY, the line
 * from abroad…), compared on the last ten digits (lib/text/facts.ts: officialPhones). Anything else
 * — also a number that looks like a government line — is "not an official USCIS number": USCIS
 * says to call only the numbers on uscis.gov, and caller ID can be faked.
 *
 * Found: North American numbers (`800-375-5283`, `(800) 375-5283`, `+1 800.375.5283`,
 * `1-800-375-5283`) and international ones with a `+` (`+234 803 123 4567`).
 * Traps: receipt numbers (`IOE0912345678`), A-Numbers (`A-123-456-789`), verification codes
 * (`123456`), prices and dates are not phone numbers: a number needs its separators in the
 * usual places and may not touch letters or other digits. At most MAX_PHONES are returned.
 */
import type { FactId } from '../facts';
import { officialPhones, tenDigits } from '../text/facts';

export const MAX_PHONES = 20;

export interface FoundPhone {
  /** As written. */
  written: string;
  /** Digits to compare and dial (last ten for North American numbers, all with + for others). */
  digits: string;
  /** The facts.json id of the official number it is, or null when it is not one. */
  official: FactId | null;
  index: number;
}

const PHONE =
  /(?<![\w+-])(?:(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]\d{4}|\+(?!1\b)\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){1,4})(?![\w-])/g;

/** Every phone number in the text (at most MAX_PHONES), in order. Never throws. */
export function findPhones(raw: string): FoundPhone[] {
  const out: FoundPhone[] = [];
  const seen = new Set<string>();
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(raw); m !== null && out.length < MAX_PHONES; m = PHONE.exec(raw)) {
    const written = m[0];
    const international = written.startsWith('+') && !/^\+1(?:\b|[ .(-])/.test(written);
    const digits = international ? `+${written.replace(/\D/g, '')}` : tenDigits(written);
    if (digits === '' || digits.length < 8) continue;
    if (seen.has(digits)) continue;
    seen.add(digits);
    out.push({ written, digits, official: international ? null : (officialPhones().get(digits) ?? null), index: m.index });
  }
  return out;
}
