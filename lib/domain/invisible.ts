/**
 * Characters that do not show (or that hide inside) a host name: zero-width space/joiners,
 * soft hyphen, bidi controls, BOM, variation selectors, Hangul fillers. IDNA maps most of them to
 * nothing, so `usc\u200bis.gov` opens uscis.gov; in punycode (`xn--`) labels the joiners can
 * survive and make a different name that still reads the same.
 */
const RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];

export function isInvisible(codePoint: number): boolean {
  if (codePoint < 0xad) return false;
  for (const [lo, hi] of RANGES) if (codePoint >= lo && codePoint <= hi) return true;
  return false;
}

/** The string without invisible characters. */
export function stripInvisible(s: string): string {
  let out = '';
  let changed = false;
  for (const ch of s) {
    if (isInvisible(ch.codePointAt(0) ?? 0)) changed = true;
    else out += ch;
  }
  return changed ? out : s;
}

/** True when any character of `s` is invisible. */
export function hasInvisible(s: string): boolean {
  for (const ch of s) if (isInvisible(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

/** Every invisible character of RANGES, for one native replace over long text (the page reader's). */
export const INVISIBLE_CHARS = new RegExp(
  `[${RANGES.map(([lo, hi]) => (lo === hi ? `\\u{${lo.toString(16)}}` : `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`)).join('')}]`,
  'gu',
);
