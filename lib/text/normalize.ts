/**
 * Text normalisation shared by every signal. The page text is prepared ONCE per verdict.
 *
 * `fold()` maps the text character by character to a lower-case, accent-free form of the SAME
 * length, so an index found in the folded text is also an index into the original: signals
 * search the folded text and quote the original (`quote()`), so evidence reads as the page wrote it.
 * Folding: lower case, Spanish/Latin accents removed (á→a, ñ→n), curly quotes and apostrophes made
 * straight, dashes made '-', any whitespace or control character made a space. Characters whose
 * lower-case form is longer than one code unit are kept as they are. Linear time, no regex.
 */

const FOLD: Record<string, string> = {
  á: 'a', à: 'a', â: 'a', ä: 'a', ã: 'a', å: 'a',
  é: 'e', è: 'e', ê: 'e', ë: 'e',
  í: 'i', ì: 'i', î: 'i', ï: 'i',
  ó: 'o', ò: 'o', ô: 'o', ö: 'o', õ: 'o',
  ú: 'u', ù: 'u', û: 'u', ü: 'u',
  ñ: 'n', ç: 'c',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\uff04': '$',
};

/** Same-length lower-case fold of `raw` (see the module comment). */
export function fold(raw: string): string {
  // Fast path: one native toLowerCase(), then a per-character fix-up only for the characters that
  // need one (controls, non-ASCII). Valid when lower-casing kept every character one code unit
  // long, which is true of almost every page; otherwise the exact slow path below.
  const lower = raw.toLowerCase();
  if (lower.length === raw.length) return lower.replace(SPECIAL, foldSpecial);
  return foldSlow(raw);
}

// Control characters are exactly what this class is for (they fold to a space).
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\u0000-\u001f\u007f-\uffff]/g;

function foldSpecial(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 32 || code === 127) return ' ';
  if (code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000) return ' ';
  return FOLD[c] ?? c;
}

/** The reference fold, one character at a time (used when lower-casing changes the length). */
export function foldSlow(raw: string): string {
  let out = '';
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    const code = c.charCodeAt(0);
    let m: string;
    if (code < 128) {
      m = code < 32 || code === 127 ? ' ' : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
    } else if (code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000) {
      m = ' ';
    } else {
      const lower = c.toLowerCase();
      const base = lower.length === 1 ? lower : c;
      m = FOLD[base] ?? base;
    }
    out += m;
    // Flush in chunks so very long pages do not build one huge rope.
    if (out.length >= 4096) {
      parts.push(out);
      out = '';
    }
  }
  parts.push(out);
  return parts.join('');
}

/** A run of two or more whitespace characters, or one that is not a plain space. */
const RUNS = /\s{2,}|[^\S ]/g;

/**
 * Collapses runs of whitespace to one space and trims: the same as `raw.replace(/\s+/g, ' ').trim()`,
 * but a lone space (almost every run in text that is already collapsed) is not replaced by itself,
 * so collapsing collapsed text costs one scan (about 6x faster on 200,000 characters).
 */
export function collapse(raw: string): string {
  return raw.replace(RUNS, ' ').trim();
}

/** A short quote of the original text between two indices, whitespace-collapsed, at most `max` chars. */
export function quote(raw: string, start: number, end: number, max = 120): string {
  let s = Math.max(0, start);
  const e = Math.min(raw.length, Math.max(s, end));
  // do not start in the middle of a word ("…itamente en")
  if (s > 0 && /\w/.test(raw.charAt(s - 1))) {
    const space = raw.indexOf(' ', s);
    if (space >= 0 && space - s < 25 && space < e) s = space + 1;
  }
  const text = collapse(raw.slice(s, e));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `s` with every regex syntax character escaped. */
export function escapeRegex(s: string): string {
  return s.replace(/[$.*+?^()[\]{}|\\/-]/g, '\\$&');
}

/**
 * A regex source for any of `words`, written in their natural spelling ("bearbeitungsgebühr",
 * "phí dịch vụ", "服务费") and folded here once, so it matches folded text. Each word starts after
 * anything but a Latin letter or digit (\b would not work next to "đ" or Hangul), longest first.
 * It ends the same way, unless `stems` is set: then a word may go on ("zahlungsart" matches
 * "zahlungsarten", "reembolso" matches "reembolsos"), for languages that inflect and compound.
 * A Chinese, Japanese or Korean word (first and last character in those scripts) has no such edges:
 * it begins and ends anywhere, Latin letters included ("AIT官方網站", "ESTA申請代行"), as in splitWords.
 */
export function wordsPattern(words: readonly string[], stems = false): string {
  const folded = [...new Set(words.map(fold))].sort((a, b) => b.length - a.length);
  const cjk = folded.filter((w) => CJK_EDGES.test(w));
  const bounded = folded.filter((w) => !CJK_EDGES.test(w));
  const parts = [
    bounded.length ? `(?<![a-z0-9])(?:${bounded.map(escapeRegex).join('|')})${stems ? '' : '(?![a-z0-9])'}` : '',
    cjk.length ? `(?:${cjk.map(escapeRegex).join('|')})` : '',
  ].filter(Boolean);
  return parts.length === 1 ? (parts[0] ?? '') : `(?:${parts.join('|')})`;
}

/** A word that begins and ends with a Chinese, Japanese or Korean character (scripts whose words do not run on into Latin ones). */
const CJK_EDGES = /^[\u3040-\u9fff\uac00-\ud7a3\uf900-\ufaff](?:.*[\u3040-\u9fff\uac00-\ud7a3\uf900-\ufaff])?$/;

/**
 * `words` (natural spelling, folded here) split for speed: those that begin with a Latin letter or
 * digit as one `\b`-anchored source the word index can serve (word-index.ts), and the others
 * (Chinese, Japanese, Korean, a Vietnamese "đ…") as a plain source with no boundary, '' when none.
 * `stems` as in wordsPattern.
 */
export function splitWords(words: readonly string[], stems = false): { latin: string; wide: string } {
  const folded = [...new Set(words.map(fold))].sort((a, b) => b.length - a.length);
  const latin = folded.filter((w) => /^[a-z0-9]/.test(w));
  const wide = folded.filter((w) => !/^[a-z0-9]/.test(w));
  return {
    latin: latin.length ? `\\b(?:${latin.map(escapeRegex).join('|')})${stems ? '' : '(?![a-z0-9])'}` : '',
    wide: wide.length ? `(?:${wide.map(escapeRegex).join('|')})` : '',
  };
}
