/**
 * Phone numbers as stored in facts.json ("800-375-5283", "+1-212-620-3418", "1-877-FTC-HELP")
 * turned into tap-to-call `tel:` links. Letters map to phone-keypad digits (E.161), so the FTC's
 * published "1-877-FTC-HELP" dials 1-877-382-4357. North American numbers get +1. Anything that
 * does not look like a phone number gives '' so a caller can skip the link.
 */
const KEYPAD: Readonly<Record<string, string>> = {
  A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4', J: '5', K: '5', L: '5',
  M: '6', N: '6', O: '6', P: '7', Q: '7', R: '7', S: '7', T: '8', U: '8', V: '8', W: '9', X: '9',
  Y: '9', Z: '9',
};

/**
 * The digits of a number as dialled: digits kept, ASCII letters turned into their keypad digits, anything else dropped
 * ("1-877-FTC-HELP" → "18773824357"). The one keypad of the project: lib/text/facts.ts compares numbers with it too.
 */
export function keypadDigits(phone: string): string {
  let digits = '';
  for (const c of phone) {
    if (c >= '0' && c <= '9') digits += c;
    else if (/^[A-Za-z]$/.test(c)) digits += KEYPAD[c.toUpperCase()] ?? '';
  }
  return digits;
}

/** Digits of a phone number with letters converted; keeps a leading '+'. '' for non-phone input. */
export function phoneDigits(phone: string): string {
  const s = String(phone ?? '').trim();
  if (!/^\+?[0-9A-Za-z().\s-]{7,24}$/.test(s) || !/[0-9]/.test(s)) return '';
  return (s.startsWith('+') ? '+' : '') + keypadDigits(s);
}

/** `tel:` URI for a phone number, e.g. "800-375-5283" → "tel:+18003755283"; '' when unusable. */
export function telHref(phone: string): string {
  const d = phoneDigits(phone);
  if (!d) return '';
  if (d.startsWith('+')) return d.length >= 9 && d.length <= 16 ? `tel:${d}` : '';
  if (d.length === 10) return `tel:+1${d}`;
  if (d.length === 11 && d.startsWith('1')) return `tel:+${d}`;
  return '';
}
