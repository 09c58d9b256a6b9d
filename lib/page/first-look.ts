/**
 * The content script's first look at a page: does it have anything to do with immigration?
 * Pure functions (the document is passed in) so the content script and bench:page run the same
 * decision, not two copies of it.
 *
 * pageLooksRelevant's `text` is the page's `body.textContent`, already read by the caller (it also
 * uses its length to decide whether to look again after DOM changes). The title and the text are
 * tested separately: concatenating them would copy the whole, possibly megabytes-long, text.
 */
import { collectText } from './snapshot';
import { MAX_TEXT } from '../types';
import { isAboutImmigration } from '../text/relevance';
import { collapse } from '../text/normalize';

/** Share of JSON/CSS/JS punctuation above which a text window is mostly code, not prose (prose: < 1%). */
const CODE_SHARE = 0.04;

/**
 * True when the first MAX_TEXT characters are mostly code (inline JSON state, CSS). Looks at eight
 * 1,000-character samples with one native regex each (a JS loop over 200,000 characters ran cold in
 * the interpreter: ~10 ms in bench:page).
 */
export function looksLikeCode(text: string): boolean {
  let sample = '';
  for (let at = 0; at < MAX_TEXT && at < text.length; at += MAX_TEXT / 8) sample += text.slice(at, at + 1_000);
  if (sample.length === 0) return false;
  return sample.replace(/[^{};":=<>]+/g, '').length > sample.length * CODE_SHARE;
}

export function pageLooksRelevant(doc: Document, text: string): boolean {
  return isAboutImmigration(doc.title) || textLooksRelevant(doc, text);
}

/** The text half of pageLooksRelevant (the caller has already tested the title). */
function textLooksRelevant(doc: Document, text: string): boolean {
  if (isAboutImmigration(text)) return true;
  // The pre-filter reads only the first MAX_TEXT characters, and on hydrated apps those can be all
  // inline JSON/CSS (tests/fixtures/pages/adv-script-first.html): look at the bounded visible text
  // the verdict would read instead. One capped walk (5–20 ms on 1–5 MB pages, bench:page), so only
  // when the window is mostly code, not on every big page.
  return text.length > MAX_TEXT && looksLikeCode(text) && isAboutImmigration(collapse(collectText(doc).text));
}

/**
 * The reader's first look at a page (the first check of each address). A title about immigration
 * settles it without reading the text: pages about immigration — scams above all — say so in their
 * title, and reading the text of a 1–5 MB page costs 2–20 ms (bench:page). Otherwise the text is
 * read and judged as by pageLooksRelevant(). `textLength` is the length of the text read, or -1
 * when none was (the caller tracks changes by it).
 */
export function firstLook(doc: Document): { relevant: boolean; textLength: number } {
  if (isAboutImmigration(doc.title)) return { relevant: true, textLength: -1 };
  const body = doc.body;
  const text = body ? (body.textContent ?? '') : '';
  return { relevant: textLooksRelevant(doc, text), textLength: text.length };
}
