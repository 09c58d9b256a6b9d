/**
 * Text normalisation shared by every signal. The page text is prepared ONCE per verdict.
 *
 * `fold()` maps the text character by character to a lower-case, accent-free form of the SAME
 * length, so an index found in the folded text is also an index into the original: signals
 * search the folded text and quote the original (`quote()`), so evidence reads as the page wrote it.
 * Folding: lower case, Spanish/Latin accents removed (á→a, ñ→n), curly quotes and apostrophes made
 * straight, dashes made '-', any whitespace or control character made a space. Hebrew gershayim and geresh
 * ("ש״ח", "ארה״ב", "ע׳") read as the straight quotes most pages type ("ש"ח"), its maqaf (־) as '-'; the digits of Arabic, Persian,
 * Devanagari, Bengali and Thai as ASCII digits ("۳۵۰" is "350"). The invisible
 * format characters (zero-width space and joiners, the Persian half-space in "می‌دهیم", the bidi marks and
 * isolates that right-to-left pages put around numbers and Latin words) are made a space, so "₪ 350" with a mark
 * between reads as a price and "می‌دهیم" as "می دهیم". The Arabic script's letters that keyboards type two ways are
 * one letter (ARABIC_LETTERS: ي/ی, ك/ک, ة/ه, أ/ا…), so Persian typed on an Arabic keyboard meets the Persian lists.
 * Characters whose lower-case form is longer than one code unit are kept as they are. Linear time, no regex.
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
  // Hebrew punctuation: gershayim, geresh, maqaf
  '\u05f4': '"', '\u05f3': "'", '\u05be': '-',
};

/**
 * The letters of the Arabic script that keyboards spell two ways, each read as one letter, so a Persian or Urdu seller
 * typing on an Arabic keyboard (or the reverse) still meets the fa/ar/ur word lists: Arabic yeh ي and alef maksura ى as
 * Persian ی, Urdu yeh barree ے too; Arabic kaf ك as Persian ک; teh marbuta ة (ۃ), heh with yeh ۀ, Kurdish ە and Urdu ہ,
 * ھ as heh ه ("الخدمة" and "الخدمه" are one word); alef with hamza or madda أ إ آ ٱ as alef ا ("الآن", "الان").
 * The same map as search engines' Arabic and Persian normalisers (Lucene's ArabicNormalizer, PersianNormalizer). The
 * marks that are not letters (tatweel, vowel signs) are dropped by readLetters, which may change the length.
 */
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  '\u064a': '\u06cc', '\u0649': '\u06cc', '\u06d2': '\u06cc',
  '\u0643': '\u06a9',
  '\u0629': '\u0647', '\u06c3': '\u0647', '\u06c0': '\u0647', '\u06d5': '\u0647', '\u06c1': '\u0647', '\u06be': '\u0647',
  '\u0623': '\u0627', '\u0625': '\u0627', '\u0622': '\u0627', '\u0671': '\u0627',
};
Object.assign(FOLD, ARABIC_LETTERS);
const ARABIC_VARIANT = new RegExp(`[${Object.keys(ARABIC_LETTERS).join('')}]`, 'g');

/**
 * `s` with only the Arabic-script letters unified (ARABIC_LETTERS), nothing else changed: for a regex source written
 * with Arabic letters (fold() would lower-case its \W and \S) and for text read without folding (relevance.ts).
 */
export function foldArabic(s: string): string {
  return s.replace(ARABIC_VARIANT, (c) => ARABIC_LETTERS[c] ?? c);
}

// Digits of other scripts read as ASCII digits, so "۲۵۰ تومان" and "৫০০০ টাকা" are prices: Arabic-Indic, Persian,
// Devanagari, Bengali, Thai; and the Arabic decimal and thousands separators.
for (const zero of [0x660, 0x6f0, 0x966, 0x9e6, 0xe50]) for (let d = 0; d < 10; d++) FOLD[String.fromCharCode(zero + d)] = String(d);
FOLD['\u066b'] = '.';
FOLD['\u066c'] = ',';

/**
 * Non-ASCII whitespace and the zero-width and bidi format characters (see the module comment): folded to a space. With the
 * narrow no-break space French typing puts in "1\u202f299\u202f€" and before the sign ("49\u202f€").
 */
function isBlank(code: number): boolean {
  return (
    code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200f) || code === 0x202f || code === 0x205f || code === 0x3000 ||
    (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2069) || code === 0xfeff
  );
}

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
  if (isBlank(code)) return ' ';
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
    } else if (isBlank(code)) {
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

/** A word of a list, read as page text is read: Arabic marks dropped (readLetters), then folded. */
function foldWord(word: string): string {
  return fold(word.replace(ARABIC_MARKS, ''));
}

/** `s` with every regex syntax character escaped. */
export function escapeRegex(s: string): string {
  return s.replace(/[$.*+?^()[\]{}|\\/-]/g, '\\$&');
}

/**
 * Which characters a word must not run on from, for wordsPattern:
 *  - 'latin': Latin letters and digits; a Chinese, Japanese or Korean word (first and last character in those scripts) has no
 *    edges: it begins and ends anywhere, Latin letters included ("AIT官方網站", "ESTA申請代行"), as in splitWords;
 *  - 'wide': the letters of every alphabetic script (Latin with its accented and Vietnamese letters, Greek, Cyrillic,
 *    Devanagari, Bengali: "суд" must not match inside "посуда", "বন্ধ" (closed) inside "বন্ধু" (friend), "পাঠান" (send)
 *    inside "পাঠানো" (sent)); an Arabic-script, Chinese, Japanese or Korean word has no edges
 *    (Arabic-script words take clitics and suffixes, "بالغرامة", "جریمه‌ها"; the others have no spaces).
 */
type WordEdges = 'latin' | 'wide';

const EDGES: Readonly<Record<WordEdges, { letters: string; bare: RegExp }>> = {
  latin: { letters: 'a-z0-9', bare: /^[\u3040-\u9fff\uac00-\ud7a3\uf900-\ufaff](?:.*[\u3040-\u9fff\uac00-\ud7a3\uf900-\ufaff])?$/ },
  wide: { letters: String.raw`a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0900-\u097f\u0980-\u09ff\u1e00-\u1eff`, bare: /^[\u0600-\u06ff\u0750-\u077f\u3040-\u9fff\uac00-\ud7a3]/ },
};

/**
 * A regex source for any of `words`, written in their natural spelling ("bearbeitungsgebühr", "phí dịch vụ", "服务费",
 * "штраф") and folded here once, so it matches folded text, longest first. Each word starts after anything but a letter
 * of `edges` (\b would not work next to "đ", Cyrillic or Hangul) and ends the same way, unless `stems` is set: then a word
 * may go on ("zahlungsart" matches "zahlungsarten", "reembolso" matches "reembolsos"), for languages that inflect and
 * compound. The words of the scripts `edges` leaves bare have no edges (see WordEdges).
 */
export function wordsPattern(words: readonly string[], stems = false, edges: WordEdges = 'latin'): string {
  const { letters, bare } = EDGES[edges];
  const folded = [...new Set(words.map(foldWord))].sort((a, b) => b.length - a.length);
  const edged = folded.filter((w) => !bare.test(w));
  const free = folded.filter((w) => bare.test(w));
  const parts = [
    edged.length ? `(?<![${letters}])(?:${edged.map(escapeRegex).join('|')})${stems ? '' : `(?![${letters}])`}` : '',
    free.length ? `(?:${free.map(escapeRegex).join('|')})` : '',
  ].filter(Boolean);
  return parts.length === 1 ? (parts[0] ?? '') : `(?:${parts.join('|')})`;
}

/** wordsPattern with the edges of every alphabet (Turkish, Polish, Russian, Ukrainian, Hindi…): see WordEdges. */
export const wideWords = (words: readonly string[], stems = false): string => wordsPattern(words, stems, 'wide');

/**
 * `words` (natural spelling, folded here) split for speed: those that begin with a Latin letter or
 * digit as one `\b`-anchored source the word index can serve (word-index.ts), and the others
 * (Chinese, Japanese, Korean, a Vietnamese "đ…") as a plain source with no boundary, '' when none.
 * `stems` as in wordsPattern.
 */
export function splitWords(words: readonly string[], stems = false): { latin: string; wide: string } {
  const folded = [...new Set(words.map(foldWord))].sort((a, b) => b.length - a.length);
  const latin = folded.filter((w) => /^[a-z0-9]/.test(w));
  const wide = folded.filter((w) => !/^[a-z0-9]/.test(w));
  return {
    latin: latin.length ? `\\b(?:${latin.map(escapeRegex).join('|')})${stems ? '' : '(?![a-z0-9])'}` : '',
    wide: wide.length ? `(?:${wide.map(escapeRegex).join('|')})` : '',
  };
}

/**
 * Letters a page draws to look like Latin ones, read as those Latin letters (case kept), so
 * "UЅСІЅ ассеѕѕ соdе" (Cyrillic), "USCΙS" (Greek), "ＵＳＣＩＳ" (full-width) and "𝐔𝐒𝐂𝐈𝐒"
 * (mathematical bold) are read as "USCIS access code". Applied once to the text every signal
 * reads (preparePage) and by the relevance gate, so both see the same words; evidence then
 * quotes the letters as read. Full-width forms, mathematical alphanumerics and enclosed letters
 * take their compatibility form (NFKC: one or two code units become one character). Cyrillic
 * and Greek letters become their Latin look-alikes (LOOKALIKES, checked against
 * lib/data/confusables.json by tests/unit/text/normalize.test.ts) only in a word whose every
 * such letter looks Latin (capitals; in lower case STRONG_LOWER, not "к", "т", "н" that look
 * like small capitals) and that has a Latin letter, or three letters or more one of which no
 * Russian word has ("UЅСІЅ", "ассеѕѕ"), so Russian or Greek text keeps its words ("служба",
 * "США", "КАРТА", "виза").
 * The Arabic script's tatweel and vowel signs are dropped (ARABIC_MARKS): "رسـوم" is the word "رسوم". Capitals
 * spelled out one by one ("U.S.C.I.S.", "E-S-T-A", "E•S•T•A") are read as the word (SPELLED_OUT). Fancy-text letters
 * (session 25): negative squared and circled letters ("🅴🆂🆃🅰") as the capitals they draw (NEGATIVE), and the marks a
 * text generator puts on each letter to underline, overline or strike a word ("E̲S̲T̲A̲") dropped (DECORATION);
 * superscript and subscript letters ("ᵁˢᶜᴵˢ", "ₑₛₜₐ") as the letters they raise or lower (RAISED, session 26).
 * Not covered: a font that draws other letters (docs/tamper-resistance.md).
 */
export function readLetters(s: string): string {
  const read = readSpelledOut(s);
  if (!DISGUISE.test(read)) return read;
  const out = read
    .replace(DECORATION, '')
    .replace(RAISED, raisedRun)
    .replace(COMPAT, (c) => c.normalize('NFKC'))
    .replace(NEGATIVE, (c) => String.fromCharCode(65 + ((c.codePointAt(0) ?? 0) - 0x1f150) % 32))
    .replace(NUMBER_MARK, (c) => (c === '．' ? '.' : ','))
    .replace(ARABIC_MARKS, '');
  return OTHER_LETTERS.test(out) ? out.replace(WORD, lookalikeWord) : out;
}

/**
 * Capitals spelled one by one with the same dot, hyphen or space between them, three or more: "U.S.C.I.S.", "E-S-T-A",
 * "U S C I S" are read as the word ("USCIS", "ESTA", the dot after the last letter kept: it may end the sentence), so
 * a page cannot hide an agency's or a service's name from every word list that way. Two letters ("U.S.") stay as
 * written: every list spells them so.
 */
const SPELLED_OUT = /(?<![A-Za-z0-9.\u00b7\u2022\u2024-])[A-Z]([.\u00b7\u2022\u2024-]|\.? )(?:[A-Z]\1){1,12}[A-Z](?![A-Za-z0-9])/g;
const SEPARATORS = /[. \u00b7\u2022\u2024-]/g;
/**
 * Combining marks no language writes as an accent, which text generators put after each letter to draw a word
 * underlined, overlined, struck through or boxed ("E̲S̲T̲A̲", "E̶S̶T̶A̶"): overline, low lines, overlays (tilde, strokes,
 * solidi), double overline, and the marks for symbols (enclosing circle, keycap...). Accents (U+0300–U+0304, dot
 * below...) stay: "ESTÁ" written with a combining acute is the Spanish verb, not the ESTA.
 */
const DECORATION = /[\u0305\u0332-\u0338\u033f\u20d0-\u20f0]/g;
/**
 * Superscript and subscript letters, runs of them (session 26): a text generator draws "ᵁˢᶜᴵˢ" or "ₑₛₜₐ" with modifier
 * letters (U+02B0–U+02B8, U+02E0–U+02E4, U+1D2C–U+1D6A, U+1D9B–U+1DBF, U+2071, U+207F, U+2090–U+209C, U+2C7C–U+2C7D,
 * U+A7F8–U+A7F9), which take their compatibility form (NFKC: one letter each). Not superscript digits and signs ("m²",
 * "x⁺"). Unicode has no raised capital S or C, so a run with a raised capital in it is read in capitals: "ᵁˢᶜᴵˢ" is
 * "USCIS", as the person reads it; "ᵉˢᵗᵃ", all small, is "esta".
 */
const RAISED = /[ʰ-ʸˠ-ˤᴬ-ᵪᶛ-ᶿⁱⁿₐ-ₜⱼⱽꟸꟹ]+/g;
/** Raised capitals (U+1D2C–U+1D42 ᴬ…ᵂ, U+2C7D ⱽ). */
const RAISED_CAPITAL = /[ᴬ-ᵂⱽ]/;

function raisedRun(run: string): string {
  const letters = run.normalize('NFKC');
  return RAISED_CAPITAL.test(run) ? letters.toUpperCase() : letters;
}

/** Negative circled (U+1F150–U+1F169) and negative squared (U+1F170–U+1F189) capitals, which have no compatibility form. */
const NEGATIVE = /\ud83c[\udd50-\udd69\udd70-\udd89]/g;

function readSpelledOut(s: string): string {
  return s.replace(SPELLED_OUT, (m) => m.replace(SEPARATORS, ''));
}

/** Anything readLetters() may change; most text has none, and pays this one scan. */
const DISGUISE = /\u0640|[\u064b-\u065f]|\u0670|[\u0305\u0332-\u0338\u033f\u20d0-\u20f0\u0250-\u02b8\u02e0-\u02e4\u1d2c-\u1d6a\u1d9b-\u1dbf\u2071\u207f\u2090-\u209c\u2c7c\u2c7d\ua7f8\ua7f9\u0370-\u058f\u13a0-\u13ff\u1d00-\u1d2f\ua720-\ua7ff\uff04\uff0c\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u24b6-\u24e9]|\ud835[\udc00-\udfff]|\ud83c[\udd30-\udd49\udd50-\udd69\udd70-\udd89]/;
/**
 * Full-width letters, digits and ＄, mathematical alphanumerics, circled and squared letters. Not
 * full-width punctuation: ！？；．，（） are how Chinese and Japanese write, and the sentence reading
 * (lib/text/context.ts) and prices (money.ts: '99，3天' is not 99.30) read them as such.
 */
const COMPAT = /[\uff04\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u24b6-\u24e9]|\ud835[\udc00-\udfff]|\ud83c[\udd30-\udd49]/g;
/**
 * A full-width point or comma inside a number, read as the ASCII one money.ts reads: '１．５万円' is 1.5,
 * '５，５００円' is 5,500 (a comma only before exactly three digits: '99，3天' is a list, not 99.30).
 */
const NUMBER_MARK = /(?<=[0-9])(?:．(?=[0-9])|，(?=[0-9]{3}(?![0-9])))/g;
/**
 * Arabic-script marks that are not letters, dropped so the word is read: the tatweel that stretches a word
 * ("رسـوم الخدمـة" is "رسوم الخدمة") and the vowel signs and shadda few pages write and no word list has.
 */
const ARABIC_MARKS = /\u0640|[\u064b-\u065f]|\u0670/g;
/** Letters of the scripts LOOKALIKES reads: IPA and small capitals, Greek, Cyrillic, Armenian, Cherokee, Latin Extended-D. */
const OTHER_LETTERS = /[\u0250-\u02af\u0370-\u058f\u13a0-\u13ff\u1d00-\u1d2f\ua720-\ua7ff]/;
/** A word of Latin (with IPA and small capitals), Greek, Cyrillic, Armenian and Cherokee letters (one class, so no backtracking). */
const WORD = /[A-Za-z\u00c0-\u02af\u0370-\u058f\u13a0-\u13ff\u1d00-\u1d2f\ua720-\ua7ff]+/g;

/** Cyrillic and Greek letters → the Latin letter they look like (lower case; upper case derived). */
const LOOKALIKE_FROM = 'аеорсухѕіјԁһԛԝӏвкмнтαοινρτυκεηχβζ';
const LOOKALIKE_TO = 'aeopcyxsijdhqwibkmhtaoivptukehxbz';
/**
 * Armenian and Cherokee letters that imitate a Latin one, case as drawn ("ՍSCIS", "ᎬSTA"): Armenian Ս Տ Օ and
 * ս օ հ ո, Cherokee capitals. Checked against lib/data/confusables.json like the Cyrillic and Greek ones.
 */
const EXACT_FROM = 'ՍՏՕսօհոᎠᎡᎢᎪᎫᎬᎳᎷᎻᏀᏃᏒᏔᏕᏚᏞᏟᏢᏦᏴᏙᎽ';
const EXACT_TO = 'USOuohnDRTAJEWMHGZRWSSLCPKBVY';
/**
 * Latin small capitals ("ᴜꜱᴄɪꜱ", "ᴇꜱᴛᴀ"): phonetic letters a page uses to draw a name in capitals no word list knows,
 * read as the capitals they are drawn as. Not all are in confusables.json (UTS #39 keeps them apart from the full-size
 * letters); each is the LATIN LETTER SMALL CAPITAL of its capital.
 */
export const SMALL_CAPITALS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ';
const SMALL_CAPITALS_TO = 'ABCDEFGHIJKLMNOPRSTUVWYZ';
/** Letters that look Latin in lower case too (not "в", "н", "т": they look like small capitals). */
const STRONG_LOWER = new Set(`аеорсухѕіјԁһԛԝӏαοινսօհո${SMALL_CAPITALS}`);
/**
 * Look-alikes no Russian word has: a word of such look-alikes only ("ассеѕѕ", "ᴜꜱᴄɪꜱ") is read as Latin when it has one
 * ("КАРТА" is Russian).
 */
const NOT_RUSSIAN = new Set(`ѕіјԁһԛԝӏЅІЈԀҺԚԜӀ${EXACT_FROM}${SMALL_CAPITALS}`);
function lookalikes(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < LOOKALIKE_FROM.length; i++) {
    const from = LOOKALIKE_FROM.charAt(i);
    const to = LOOKALIKE_TO.charAt(i);
    map.set(from, to);
    const upper = from.toUpperCase();
    if (upper.length === 1 && upper !== from) map.set(upper, to.toUpperCase());
  }
  // Greek capitals that imitate another letter than their small letter does (ν looks like v, Ν like N).
  map.set('Ν', 'N').set('Υ', 'Y');
  for (let i = 0; i < EXACT_FROM.length; i++) map.set(EXACT_FROM.charAt(i), EXACT_TO.charAt(i));
  for (let i = 0; i < SMALL_CAPITALS.length; i++) map.set(SMALL_CAPITALS.charAt(i), SMALL_CAPITALS_TO.charAt(i));
  return map;
}
// Pure: bundles that use no text reading (the banner) leave it out.
export const LOOKALIKES: ReadonlyMap<string, string> = /* @__PURE__ */ lookalikes();

function lookalikeWord(word: string): string {
  if (!OTHER_LETTERS.test(word)) return word;
  let latin = false;
  let foreign = false;
  for (const c of word) {
    if (!LOOKALIKES.has(c)) {
      if (c >= '\u0370') return word;
      latin = true;
    } else if (c === c.toLowerCase() && !STRONG_LOWER.has(c)) return word;
    else if (NOT_RUSSIAN.has(c)) foreign = true;
  }
  if (!latin && !(foreign && word.length >= 3)) return word;
  let out = '';
  for (const c of word) out += LOOKALIKES.get(c) ?? c;
  return out;
}

/** A right-to-left override (U+202E) and the text it reverses: up to the next bidi control or line end. */
const OVERRIDE_RUN = /\u202e([^\u202a-\u202e\u2066-\u2069\n]*)/g;

/**
 * Text after a right-to-left override character (U+202E) read in the order it is shown: a page
 * that stores "won redro ,921$ ylno" after one shows "only $129, order now". Returns `s` itself
 * when it has none. The bidi controls are left for the caller to remove (INVISIBLE_CHARS).
 */
export function readBidi(s: string): string {
  if (!s.includes('\u202e')) return s;
  return s.replace(OVERRIDE_RUN, (_m, run: string) => `\u202e${[...run].reverse().join('')}`);
}
