/**
 * Bounded look-arounds used by the signals: the sentence around a match, warning/negation
 * context, prices and commerce wording. Every function looks at a window of at most a few
 * hundred characters around one index, so a signal that calls them for each of at most
 * MAX_CANDIDATES matches stays linear in the page length.
 *
 * Why this exists (the main false-alarm trap): lawyers, nonprofits, news and USCIS itself
 * QUOTE scams ("never pay for an access code", "scammers ask for gift cards", "the site
 * charged $75 for a blank form"). A quoted warning is not a scam. A candidate match whose
 * sentence carries warning, negation or reporting words is therefore ignored. Chinese and Japanese
 * sentences end at 。！？；．(not inside a quote that goes on: 「…。」との苦情); where they warn and who
 * speaks in them is read in the sentences around them (contextAround), where English has one long sentence.
 * All inputs are folded text (see normalize.ts): lower case, no accents.
 */
import { splitWords } from './normalize';
import { inNegatedList, reportsAsk } from './warning-voice';
import { indexedMatches } from './word-index';

/** Warning and reporting words in the other languages sellers and news write in (fr, de, pt, it, zh, vi, ko, tl). */
const WARN_ELSEWHERE: readonly string[] = [
  // fr
  'arnaque', 'arnaques', 'piège', 'pièges', 'facturent', 'exorbitant', 'exorbitants', 'prohibitif', 'prohibitifs', 'escroquerie', 'escroqueries', 'escroc', 'escrocs', 'méfiez-vous', 'frauduleux', 'frauduleuse', 'frauduleuses', 'faux sites', 'sites frauduleux', 'ne payez jamais', 'ne payez pas',
  // fr "misleading" (it 'ingannevole' below), "stay alert"
  'trompeur', 'trompeurs', 'trompeuse', 'trompeuses', 'soyez vigilants', 'restez vigilants',
  // de
  'betrug', 'betrüger', 'betrügerisch', 'betrügerische', 'abzocke', 'abzocker', 'vorsicht', 'warnung', 'warnt', 'gefälscht', 'gefälschte', 'unseriös', 'unseriöse', 'zahlen sie nie', 'zahlen sie keine',
  // de reporting what others charge (like English "charging"): "Agenturen, die … eine Servicegebühr verlangen"
  'verlangen', 'kassieren',
  // pt
  'golpe', 'golpes', 'golpistas', 'fraudulento', 'fraudulentos', 'cuidado com', 'nunca pague',
  // it
  'truffa', 'truffe', 'truffatori', 'fraudolento', 'fraudolenti', 'attenzione a', 'non pagate', 'non pagare mai',
  // nl, da, sv, pl (languages the ESTA sellers also write in)
  'oplichting', 'oplichters', 'pas op voor', 'nepsites', 'svindel', 'pas på', 'bedrägeri', 'bedragare', 'varning', 'oszust', 'oszustwo', 'oszuści', 'uważaj', 'nieoficjalne', 'nieoficjalnych',
  // unofficial, overpriced (every language above)
  'unofficial', 'overpriced', 'non officiel', 'non officiels', 'inoffiziell', 'inoffizielle', 'überteuert', 'no oficial', 'no oficiales', 'não oficial', 'não oficiais', 'non ufficiale', 'non ufficiali', 'ingannevole', 'ingannevoli', 'raggiro', 'onofficiële', 'uoficielle', 'inofficiella', '非官方', '悪質', '高額な', '비공식', 'không chính thức', 'hindi opisyal',
  // tl
  'panloloko', 'manloloko', 'mag-ingat', 'huwag magbayad',
  // vi
  'lừa đảo', 'cảnh báo', 'giả mạo', 'không bao giờ trả',
  // ja, then ja reporting what others charged (like English "charged"): 「代行サービス料」が取られてしまう, 高額の申請料
  '詐欺', '苦情', 'トラブル', '注意してください',
  '取られて', '取られる', '取られた', '請求されて', '請求された', '高額の',
  // ja consumer-agency reports: 公式サイトと勘違い "mistook it for the official site", 相談が寄せられ "complaints received"
  '勘違い', '相談が寄せられ',
  // zh (with news words for a rip-off: 魚目混珠 "passing fakes as real", 冤大頭 "the sucker", 投訴 "complaint", 超收 "overcharge")
  '诈骗', '詐騙', '骗局', '騙局', '欺诈', '欺詐', '警惕', '小心', '假冒', '冒充', '魚目混珠', '鱼目混珠', '冤大頭', '冤大头', '投訴', '投诉', '超收',
  // ko (주의 "caution", 피해 "damage / victims", 피싱, 위장 "disguised", 과도한/과다한 "excessive", 덤터기 "rip-off", 소비자원 "consumer agency", 청구될 수 "may be charged": reporting)
  '사기', '주의하세요', '경고', '사칭', '폭리', '바가지', '조심', '주의', '피해', '피싱', '위장', '과도한', '과다한', '덤터기', '소비자원', '청구될 수',
  // ko news telling what happened to a victim: 착각/오인 "mistaken for the official site", "N times" the fee
  // (배 이상, 배를 지불, 배에 달하는), look-alike (유사) agency sites, money not returned, contact cut off
  '착각', '오인', '배 이상', '배를 지불', '배에 달하는', '유사 대행', '유사한 대행', '유사 사이트', '돌려받지 못', '연락이 끊', '연락 두절',
  // ja: a victim telling of it: 引っかかった "fell for it", 取られました "it was taken" (of a fee), and dismissing
  // the trade: 「代行サービスなんて、必要ない!」 ("who needs an agency service!"; a seller never says so of its own)
  '引っかか', 'ひっかか', '取られま', 'なんて、必要ない', 'なんて必要ない', 'なんていらない',
  // ja advice not to pay (a seller never tells the reader so): 無駄にお金を払わないほうが "better not waste money on it"
  '払わないほうが', '払わない方が',
  // he, fa, ar (no word edges in these scripts: none of these is a part of an everyday word; not Persian-ambiguous نصب "install")
  'הונאה', 'הונאות', 'מתחזים', 'מתחזה', 'היזהרו', 'מזויפים', 'נוכלים', 'کلاهبرداری', 'کلاهبردار', 'هشدار', 'جعلی', 'احتيال', 'محتال', 'النصب', 'نصابين', 'تحذير', 'وهمية', 'احذر', 'مزيفة',
  // th, ka, bn, hi, ur, sv
  'หลอกลวง', 'มิจฉาชีพ', 'เว็บไซต์ปลอม', 'ระวัง', 'თაღლით', 'প্রতারণা', 'প্রতারক', 'धोखाधड़ी', 'ठगी', 'فراڈ', 'دھوکہ', 'bluff', 'bluffsajt', 'bluffsajter', 'lurar', 'lurade',
];

/** At most this many matches of one anchor are examined per signal (keeps the cost bounded). */
const MAX_CANDIDATES = 200;
const BACK = 240;
const AHEAD = 200;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Chinese and Japanese sentence ends: 。！？； and the half-width ｡ (the full-width ． is isCjkDot). */
function isCjkStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff61;
}

/** A full-width ． that ends a sentence (not the decimal point of "１．５"). */
function isCjkDot(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0xff0e) return false;
  const next = text.charCodeAt(i + 1);
  return !((next >= 48 && next <= 57) || (next >= 0xff10 && next <= 0xff19));
}

/** Closing quotes and brackets (folded: ” is '"'): a quoted sentence 「…。」 goes on after them (「…。」との苦情). */
function isClosing(c: number): boolean {
  return c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x3011 || c === 0x3015 || c === 0x3009 || c === 0x300b || c === 34 || c === 41;
}

/** Hangul, kana and CJK ideographs: a '.' between two of them ends a sentence even with no space ("합니다.또한"). */
function isWide(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3040 && c <= 0x9fff);
}

/** Is text[i] a Chinese or Japanese sentence end (see isStop)? */
function isCjkEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isCjkStop(c) || isCjkDot(text, i)) return !isClosing(text.charCodeAt(i + 1));
  // the closing quote of 「…。」 ends the sentence only before a space, the end or another quote: 「…。」「…。」
  if (!isClosing(c) || i === 0) return false;
  const prev = text.charCodeAt(i - 1);
  if (!(isCjkStop(prev) || isCjkDot(text, i - 1))) return false;
  const next = text.charCodeAt(i + 1);
  return i + 1 >= text.length || next === 32 || next === 0x300c || next === 0x300e;
}

/**
 * Is text[i] a sentence end? '.', '!', '?', ';', '|', '•'; not "u.s.", "e.g.", "ca.", "$1.00" or "uscis.gov".
 * Chinese and Japanese: 。！？；．, but not inside a quote that goes on (「…高額だった。」との苦情).
 */
function isStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 33 || c === 63 || c === 59 || c === 124 || c === 8226) return true;
  if (c >= 0x3000) return isCjkEnd(text, i);
  if (c === 34 || c === 41) return isCjkEnd(text, i);
  if (c !== 46) return false;
  const next = text.charCodeAt(i + 1);
  if (isWide(next) && isWide(text.charCodeAt(i - 1))) return true;
  if (!(i + 1 >= text.length || next === 32)) return false;
  // a one-letter token before the dot ("u.s.", "e.g.", "a.m.") is an abbreviation
  const prev = text.charCodeAt(i - 1);
  const prev2 = i >= 2 ? text.charCodeAt(i - 2) : 32;
  if (isLetter(prev) && (prev2 === 46 || prev2 === 32)) return false;
  // "ca. 50 €", "approx. $40": an abbreviation before an amount
  return !/(?:^|[^a-z])(?:ca|approx|env|aprox)$/.test(text.slice(Math.max(0, i - 7), i));
}

/** Start and end of the sentence around [start, end), bounded to BACK/AHEAD characters. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  const minS = Math.max(0, start - BACK);
  while (s > minS && !isStop(text, s - 1)) s--;
  let e = end;
  const maxE = Math.min(text.length, end + AHEAD);
  while (e < maxE && !isStop(text, e)) e++;
  return [s, e];
}

/**
 * The sentence around a match, the one before it and two following ones (more while they are short) (offers often put the price after:
 * "Get your access code today. Fast service. Only $49."), at most AHEAD characters past the match.
 */
export function windowAround(text: string, start: number, end: number): [number, number] {
  const [s0, e0] = sentenceAround(text, start, end);
  // and the sentence before ("What is included in the service fee: … The official ESTA fee")
  const s = s0 > 1 ? Math.max(sentenceAround(text, s0 - 2, s0 - 2)[0], start - BACK) : s0;
  let e = e0;
  const limit = Math.min(text.length, end + AHEAD);
  // two more sentences, or more while they are short (price tables: "Valid for 2 years. $21 per applicant.")
  for (let i = 0; i < 6 && e < limit - 1 && (i < 2 || e < end + 160); i++) {
    const [, next] = sentenceAround(text, e + 1, e + 1);
    if (next <= e) break;
    e = Math.min(next, limit);
  }
  return [s, e];
}

/**
 * Warning, negation and reporting words (English and Spanish). A sentence with one of these is
 * about a scam, not a scam: "never pay", "do not", "scammers", "fraud", "beware", "charged"
 * (reporting), "unauthorized", "no pague", "estafa", "cuidado"...
 */
const WARN_WORDS = new RegExp(
  [
    // warning nouns and verbs
    String.raw`\b(?:scam\w*|fraud\w*|beware|warn\w*|avoid(?:ing|ed)? (?:scams?|fraud\w*|being|becoming|falling|these|such|them|it|this|paying|pay|sending|giving|sites?|websites?|companies|unauthori\w*|notarios?|third)|fake|bogus|impost[eo]r\w*|pretend\w*|rip-?offs?|victims?|unauthori[sz]ed|illegal\w*|criminals?|swindl\w*|be careful|suspicious|phishing|ftc|federal trade commission|lawsuit|unscrupulous|dishonest|bad idea)\b`,
    String.raw`\b(?:estafa\w*|fraude\w*|enga[nñ]\w*|cuidado|advert\w*|evit(?:e|ar|en) (?:las |los |ser |caer |pagar |estafas|fraudes|sitios|a )|victimas?|ilegal\w*|denunci\w*|fals[oa]s?|ningun[oa]?|supuest[oa]s?|inescrupulos\w*|deshonest\w*|(?:se hacen|hacerse|haciendose) pasar|mala idea)\b`,
    // reporting what others charged ("fees charged by the U.S. government" is not reporting)
    String.raw`(?<!be )\bcharged\b(?! by (?:the )?(?:u\.s\.|us |united states|government|uscis|cbp|dhs|state))|\bcharging\b|\bovercharg\w*|\bcobraron\b|\bcobraban\b|\bthird[- ]party (?:sites|websites|companies|businesses|services)\b|\breport(?:ed|ing)? (?:it|this|them|scams?|fraud|to)\b`,
  ].join('|'),
);
// negated paying / charging / asking: "never pay", "does not charge", "no need to pay", "no pague"
const NEGATED_PAY = new RegExp(
  String.raw`\b(?:never|don'?t|do not|does not|doesn'?t|did not|didn'?t|no need to|not need to|not have to|shouldn'?t|should not|will not|won'?t|nunca|no)\s(?:\w+\s){0,2}?(?:pay|paying|charge|charges|send|give|share|buy|purchase|wire|transfer|accept|accepts|ask|asks|request|requests|need|email|call|pague|paga|pagar|cobra|cobran|envie|comparta|acepta|aceptan|pide|piden|solicita|necesita|demand|demands|collect|collected|use|uses|solicitara|pedira)\b`,
);

/**
 * Warning, negation and reporting words (English and Spanish; warning words in eight more
 * languages), and requests told in someone else's voice (reportsAsk). A sentence with one of these is about a scam,
 * not a scam: "never pay", "do not", "scammers", "fraud", "beware", "charged" (reporting), "unauthorized", "no pague",
 * "estafa", "cuidado", "Betrug", "arnaque", "诈骗", "They may ask you to send a payment by Western Union"...
 */
export function hasWarning(folded: string): boolean {
  return warns(folded) || NEGATED_PAY.test(folded) || reportsAsk(folded);
}


/**
 * The context of the sentence [s, e) (sentenceAround): where to read whether it warns and who speaks in it.
 * A sentence in Latin script is its own context. A Chinese or Japanese one reaches as far as a sentence end of
 * the Latin kind ('.', '!', '?'), BACK characters before and AHEAD after at most. A report there runs over
 * several short sentences (「…手数料が高額だった。」との苦情が寄せられました。旅行会社や代行業者に依頼すると、代行手数料が
 * 必要となり…), where English writes one long one; and the subject is named once and dropped after it
 * (当社はESTAの申請を代行しております。 お客様の情報を入力し、申請いたします。). A warning or a "we" that far
 * away is not near: a seller that prints one warning elsewhere on its page does not cover its offer with it.
 * The offer itself (its price, its service, the official site it names) is read in the sentence.
 */
export function contextAround(text: string, s: number, e: number): [number, number] {
  let a = s;
  if (s > 0 && isWideEnd(text, s - 1)) {
    const minA = Math.max(0, s - BACK);
    while (a > minA && !isLatinStop(text, a - 1)) a--;
  }
  let b = e;
  if (isWideEnd(text, e)) {
    const maxB = Math.min(text.length, e + AHEAD);
    while (b < maxB && !isLatinStop(text, b)) b++;
  }
  return [a, b];
}

/** A sentence end of Chinese or Japanese (isCjkEnd), or a '.' between two Hangul or CJK characters. */
function isWideEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 46) return isWide(text.charCodeAt(i + 1)) && isWide(text.charCodeAt(i - 1));
  return (c >= 0x3000 || c === 34 || c === 41) && isCjkEnd(text, i);
}

function isLatinStop(text: string, i: number): boolean {
  return isStop(text, i) && !isWideEnd(text, i);
}

/** Does the sentence [s, e) warn, in its context (contextAround), or is it an item of a list a "never:" heads? */
export function warnsAt(text: string, s: number, e: number): boolean {
  const [a, b] = contextAround(text, s, e);
  return hasWarning(text.slice(a, b)) || inNegatedList(text, s);
}


// WARN_ELSEWHERE: the words that begin with a Latin letter in one regex, the others (Chinese,
// Korean, Japanese, Vietnamese "lừa đảo") in another, tried only on text with such characters.
const { latin: warnLatin, wide: warnWide } = splitWords(WARN_ELSEWHERE);
const WARN_LATIN = new RegExp(warnLatin);
const WARN_WIDE = warnWide ? new RegExp(warnWide) : undefined;
const WIDE_CHAR = /[\u0370-\uffff]/;

/** Warning words (not negations) in a folded string, in any of the languages. */
function warns(folded: string): boolean {
  return WARN_WORDS.test(folded) || WARN_LATIN.test(folded) || (WARN_WIDE !== undefined && WIDE_CHAR.test(folded) && WARN_WIDE.test(folded));
}

/**
 * The warning words alone (no negations, no reporting verbs), as a Pattern the word index serves:
 * for counting warning sentences over a whole page.
 */
let warnPattern: Pattern | undefined;

/**
 * How many different sentences of a page carry warning words, counting up to `max`: an article
 * about scams has many, a seller that copied one warning has one or two. Indexed, stopped at `max`.
 */
export function warningSentences(page: { readonly text: string }, max: number): number {
  warnPattern ??= pattern(
    String.raw`scam\w*|fraud\w*|beware|warn\w*|fake|bogus|impost[eo]r\w*|rip-?offs?|victims?|unauthori[sz]ed|illegal\w*|criminals?|swindl\w*|phishing|ftc|federal trade commission|lawsuit|unscrupulous|dishonest|third[- ]party (?:sites|websites|companies)|overcharg\w*|estafa\w*|fraude\w*|enga[nñ]\w*|cuidado|advert\w*|ilegal\w*|denunci\w*|inescrupulos\w*`,
    WARN_ELSEWHERE,
  );
  return sentencesWith(page, warnPattern, max);
}

/**
 * How many different sentences of a page a Pattern occurs in, counting up to `max`. Each pass of patternMatches (the
 * Latin words, then the other scripts' from the top again) reads in text order and skips a match inside the context
 * of the sentence it counted last (contextAround: the run of short Chinese or Japanese sentences around it); a
 * sentence both passes find counts once. At most `tries` matches of each pass are read (a menu line without a full
 * stop names the pattern many times in one "sentence").
 */
export function sentencesWith(page: { readonly text: string }, p: Pattern, max: number, tries = 4 * max): number {
  const counted = new Set<number>();
  let end = -1;
  let last = -1;
  for (const m of patternMatches(page, p, tries)) {
    if (m.index < last) end = -1; // the other scripts' pass starts from the top
    last = m.index;
    if (m.index < end) continue;
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    end = contextAround(page.text, s, e)[1];
    counted.add(s);
    if (counted.size >= max) break;
  }
  return counted.size;
}

/**
 * Warning check for an offer window [s, e) whose anchor sentence starts at `anchorStart`: warning
 * words anywhere in the window, but negations ("there are no charges to enter") only from the
 * anchor sentence on — a seller states the official route is free, then sells help with it.
 */
export function warnsAround(text: string, s: number, anchorStart: number, e: number): boolean {
  return warns(text.slice(s, e)) || NEGATED_PAY.test(text.slice(Math.max(s, anchorStart), e));
}

/** "free", "no cost", "gratis": a sentence saying the thing is free. */
const FREE = /\b(?:free|no cost|no charge|no fee|without charge|at no cost|gratis|gratuit[oa]s?|sin costo|sin cargo|no tiene costo)\b/;
export function saysFree(folded: string): boolean {
  return FREE.test(folded);
}

/**
 * Iterates matches of a global regex in `page.text`, at most `max`: the matches re.exec() finds in a loop from
 * the start. Patterns that begin at a word start are tried only where the text's word index says
 * they can begin (see word-index.ts); results are the same.
 */
export function matches(page: { readonly text: string }, re: RegExp, max = MAX_CANDIDATES): Generator<RegExpExecArray> {
  return indexedMatches(page, re, max);
}

/**
 * A pattern over folded text as two regexes, so the common case stays fast: English wording and
 * words that begin with a Latin letter (served by the word index), and words in other scripts
 * (scanned only on pages that have characters of those scripts at all).
 */
export interface Pattern {
  latin: RegExp;
  wide?: RegExp;
}

/** A Pattern from an English regex source (may be '') and words in other languages. */
export function pattern(english: string, words: readonly string[] = [], stems = false): Pattern {
  const { latin, wide } = splitWords(words, stems);
  const parts = [english ? `\\b(?:${english})\\b` : '', latin].filter(Boolean);
  return { latin: new RegExp(parts.join('|') || '(?!)', 'g'), ...(wide ? { wide: new RegExp(wide, 'g') } : {}) };
}

const WIDE_SCRIPT = /[\u0370-\uffff]/;
const wideCache = new WeakMap<object, boolean>();

/** Does the page have any character beyond Latin (Greek and up: CJK, Hangul, Vietnamese tones)? Once per page. */
export function hasWideScript(page: { readonly text: string }): boolean {
  let v = wideCache.get(page);
  if (v === undefined) {
    v = WIDE_SCRIPT.test(page.text);
    wideCache.set(page, v);
  }
  return v;
}

/** Does the Pattern occur anywhere on the page? (Its first match only; no match list is built.) */
export function hasPattern(page: { readonly text: string }, p: Pattern): boolean {
  return patternMatches(page, p, 1).next().done !== true;
}

/** Matches of a Pattern: the Latin part in text order, then the other-script part (when the page has such text). */
export function* patternMatches(page: { readonly text: string }, p: Pattern, max = MAX_CANDIDATES): Generator<RegExpExecArray> {
  yield* matches(page, p.latin, max);
  if (p.wide && hasWideScript(page)) yield* matches(page, p.wide, max);
}
