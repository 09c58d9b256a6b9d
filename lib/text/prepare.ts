/**
 * Turns a PageSnapshot into the PreparedPage every signal shares: title + text (read up to
 * MAX_RAW_TEXT characters from the top and MAX_RAW_TAIL from the end, lib/text/ends.ts) with disguised letters, overridden text and the invisible characters inside
 * words read as shown (readLetters, shownText: the reader does it too, a scanner's or a test's text may
 * not: "acc\u00adess co\u00adde" is "access code"), collapsed and capped at MAX_TEXT from the top and MAX_TAIL from the end, then folded once (lower case, no accents, same
 * length). Pure; never throws.
 */
import type { FormSnapshot, HostInfo, PageSnapshot } from '../types';
import { MAX_RAW_TAIL, MAX_RAW_TEXT, MAX_TAIL, MAX_TEXT } from '../types';
import { keepEnds } from './ends';
import { collapse, fold, readLetters } from './normalize';
import { shownText } from './shown';

/** A page made ready once per verdict and shared by all signals. */
export interface PreparedPage {
  url: string;
  host: HostInfo;
  /** Title and visible text, whitespace-collapsed, capped at MAX_TEXT from the top and MAX_TAIL from the end. Quote evidence from here. */
  raw: string;
  /** `raw` folded (lower case, no accents, same length: indices line up with `raw`). Search here. */
  text: string;
  /** How many characters at the start of `raw`/`text` are the page's title (0: none). */
  titleLength: number;
  forms: readonly FormSnapshot[];
  lang: string;
  truncated: boolean;
}

function str(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export function preparePage(page: PageSnapshot, host: HostInfo): PreparedPage {
  const title = collapse(readLetters(shownText(str(page.title, 500))));
  const given = typeof page.text === 'string' ? page.text : '';
  // The reader's text is already cut this way and passes unchanged; a scanner's or a test's longer text keeps its end too.
  const text = keepEnds(given, MAX_RAW_TEXT, MAX_RAW_TAIL);
  let truncated = page.truncated === true || text !== given;
  const body = collapse(readLetters(shownText(text)));
  // Both parts are collapsed and trimmed, so joining them with ". " needs no second pass over the
  // whole text (that pass cost ~0.6 ms per 200,000 characters).
  const joined = title ? (body ? `${title}. ${body}` : `${title}.`) : body;
  // cut when keepEnds cuts (its bound, head + SEAM + tail, written once: lib/text/ends.ts)
  const raw = keepEnds(joined, MAX_TEXT, MAX_TAIL);
  if (raw !== joined) truncated = true;
  return {
    url: str(page.url, 4096),
    host,
    raw,
    text: fold(raw),
    titleLength: Math.min(title.length, raw.length),
    forms: Array.isArray(page.forms) ? page.forms : [],
    lang: str(page.lang, 20).toLowerCase(),
    truncated,
  };
}
