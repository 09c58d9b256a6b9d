/**
 * The content script's first look at a page: does it have anything to do with immigration?
 * Pure functions (the document is passed in) so the content script and bench:page run the same
 * decision, not two copies of it.
 *
 * pageLooksRelevant's `text` is the page's `body.textContent`, already read by the caller (it also
 * uses its changeKey() to decide whether to look again after DOM changes). The title and the text are
 * tested separately: concatenating them would copy the whole, possibly megabytes-long, text.
 */
import { extraText } from './snapshot';
import { restyledText } from './shown-case';
import { CASE_WORD } from '../text/case-words';
import { shownText } from '../text/shown';
import { MAX_RAW_TEXT, MAX_TEXT } from '../types';
import { isAboutImmigration, isAboutImmigrationAt } from '../text/relevance';

export function pageLooksRelevant(doc: Document, text: string): boolean {
  return isAboutImmigrationAt(doc.title, doc.location?.hostname ?? '') || textLooksRelevant(doc, text);
}

/** Pages with less light-DOM text than this also have their shadow roots and frames looked at. */
const EXTRA_TEXT_BELOW = 50_000;

/**
 * The text half of pageLooksRelevant (the caller has already tested the title). The gate reads
 * the first MAX_TEXT characters of textContent and, on longer text, the last MAX_TEXT (inline
 * JSON/CSS of hydrated apps, adv-script-first.html, or hidden padding can push the words past the
 * first window), with invisible characters (soft hyphens, zero-width spaces inside words) removed.
 * Pages with little light-DOM text (an app drawn in shadow roots or frames) also get the text of
 * their open shadow roots and same-origin frames, which textContent lacks. A full walk is left to
 * the snapshot: on every long unrelated page it cost many times the floor in bench:page. Only a page
 * with an ESTA, EIN or ITIN written in lower case (Spanish "esta", German "ein") has its text nodes
 * walked, for those a style shows in capitals (lib/page/shown-case.ts).
 */
function textLooksRelevant(doc: Document, text: string): boolean {
  const head = text.slice(0, MAX_TEXT);
  if (isAboutImmigration(shownText(head))) return true;
  if (text.length > MAX_TEXT && isAboutImmigration(shownText(text.slice(-MAX_TEXT)))) return true;
  if (text.length < EXTRA_TEXT_BELOW && isAboutImmigration(extraText(doc))) return true;
  // An ESTA or EIN in lower case that a style may show in capitals (lib/page/shown-case.ts): read as shown.
  const body = doc.body;
  const caseWord = CASE_WORD.test(head) || (text.length > MAX_TEXT && CASE_WORD.test(text.slice(-MAX_TEXT)));
  return body !== null && caseWord && isAboutImmigration(restyledText(doc, body, MAX_RAW_TEXT));
}

/**
 * After a change of attributes only (a class that switches CSS generated text on, a button's value, an
 * image's alt set late): the words drawn outside text nodes and in shadow roots and frames, as the text
 * half of the first look reads them on pages with little text — their changeKey() (-1 on longer pages,
 * where that look does not read them) and whether they are about immigration.
 */
export function drawnLook(doc: Document, text: string): { key: number; relevant: boolean } {
  if (text.length >= EXTRA_TEXT_BELOW) return { key: -1, relevant: false };
  const extra = extraText(doc);
  return { key: changeKey(extra), relevant: isAboutImmigration(extra) };
}

/** Length granularity of changeKey(): growth or shrinking past the hashed window, in steps this big. */
const LENGTH_STEP = 200;

/**
 * What the reader compares to tell whether a page's text changed: a hash of its first
 * MAX_RAW_TEXT characters without digits and white space, and of its length in LENGTH_STEP steps.
 * A clock or a counter (digits) is not new content; any other change, even one that keeps the
 * length (harmless words swapped for an offer of the same length), is. FNV-1a, 32 bits.
 */
export function changeKey(text: string): number {
  let hash = Math.imul(0x811c9dc5 ^ Math.floor(text.length / LENGTH_STEP), 0x01000193);
  const end = Math.min(text.length, MAX_RAW_TEXT);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 32 || c === 10 || c === 9 || c === 13) continue;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The reader's first look at a page (the first check of each address). A title about immigration
 * settles it without reading the text: pages about immigration — scams above all — say so in their
 * title, and reading the text of a 1–5 MB page costs 2–20 ms (bench:page). Otherwise the text is
 * read and judged as by pageLooksRelevant(). `textKey` is the changeKey() of the text read, or -1
 * when none was (the caller tracks changes by it).
 */
export function firstLook(doc: Document): { relevant: boolean; textKey: number } {
  if (isAboutImmigrationAt(doc.title, doc.location?.hostname ?? '')) return { relevant: true, textKey: -1 };
  const body = doc.body;
  const text = body ? (body.textContent ?? '') : '';
  return { relevant: textLooksRelevant(doc, text), textKey: changeKey(text) };
}
