/**
 * The content script's first look at a page: does it have anything to do with immigration?
 * One pure function (the document is passed in) so the content script and bench:page run the
 * same decision, not two copies of it.
 *
 * `text` is the page's `body.textContent`, already read by the caller (it also uses its length to
 * decide whether to look again after DOM changes). The title and the text are tested separately:
 * concatenating them would copy the whole, possibly megabytes-long, text.
 */
import { collectText } from '../snapshot';
import { MAX_TEXT } from '../types';
import { isAboutImmigration } from './relevance';
import { collapse } from './normalize';

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
  if (isAboutImmigration(doc.title) || isAboutImmigration(text)) return true;
  // The pre-filter reads only the first MAX_TEXT characters, and on hydrated apps those can be all
  // inline JSON/CSS (tests/fixtures/pages/adv-script-first.html): look at the bounded visible text
  // the verdict would read instead. One capped walk (5–20 ms on 1–5 MB pages, bench:page), so only
  // when the window is mostly code, not on every big page.
  return text.length > MAX_TEXT && looksLikeCode(text) && isAboutImmigration(collapse(collectText(doc).text));
}
