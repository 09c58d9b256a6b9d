/**
 * Spelling helpers shared by the look-alike checks (typo.ts, words.ts) and the address guard's
 * pre-check (might-be-danger.ts). No data, no imports: the guard loads this in every page.
 */

/** Damerau–Levenshtein distance exactly 1 (one insert, delete, substitution or adjacent swap). */
export function oneEdit(a: string, b: string): boolean {
  return oneEditAt(a, 0, a.length, b);
}

/** `s[from, to)` equals `b[bFrom, b.length)`. */
export function sameTail(s: string, from: number, to: number, b: string, bFrom: number): boolean {
  if (to - from !== b.length - bFrom) return false;
  for (let i = from, j = bFrom; i < to; i++, j++) if (s.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** oneEdit(s.slice(start, end), b), without the slice. */
export function oneEditAt(s: string, start: number, end: number, b: string): boolean {
  const la = end - start;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && s.charCodeAt(start + i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (i === la) return false; // equal
    if (sameTail(s, start + i + 1, end, b, i + 1)) return true; // substitution
    return (
      s.charCodeAt(start + i) === b.charCodeAt(i + 1) &&
      s.charCodeAt(start + i + 1) === b.charCodeAt(i) &&
      sameTail(s, start + i + 2, end, b, i + 2)
    ); // swap
  }
  return la > lb ? sameTail(s, start + i + 1, end, b, i) : sameTail(s, start + i, end, b, i + 1);
}

/** `apply` → `aply`: doubled letters folded, so `usciss`, `offficial` and `aplly` find their words. */
export const fold = (s: string): string => s.replace(/(.)\1+/g, '$1');
const DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
/** Digits read as the letters they stand for (`usc1s` → `uscis`). */
export const readDigits = (s: string): string => s.replace(/[013457]/g, (d) => DIGITS[d] ?? d);
