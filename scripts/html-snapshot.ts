/**
 * HTML → PageSnapshot in Node, for the scanner CLI, the eval and tests. Parses with linkedom and
 * reuses lib/page/snapshot.ts (the same collector the content script runs), so the CLI sees what the
 * extension sees: title, visible text without script/style/noscript, forms and fields with their
 * labels, <html lang>. Never throws: unparsable HTML gives an empty snapshot.
 */
import { parseHTML } from 'linkedom';
import { collectSnapshot } from '../lib/page/snapshot';
import { MAX_TEXT, type PageSnapshot } from '../lib/types';

/** Refuse to parse more than this many characters of HTML (a page's text is capped anyway). */
export const MAX_HTML = 5_000_000;

export function emptySnapshot(url: string): PageSnapshot {
  return { url, title: '', text: '', truncated: false, forms: [], lang: '' };
}

export function htmlToSnapshot(html: string, url: string): PageSnapshot {
  try {
    const source = html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html;
    const { document } = parseHTML(source);
    // linkedom's TreeWalker does not skip the children of a FILTER_REJECTed node the way browsers
    // do, so script/style text would leak into the snapshot: remove those elements first.
    for (const el of Array.from(document.querySelectorAll('script, style, noscript, template, svg, iframe, object'))) el.remove();
    return collectSnapshot(document as unknown as Document, url);
  } catch {
    return emptySnapshot(url);
  }
}

/** A snapshot from plain text (the corpus stores text excerpts). */
export function textToSnapshot(text: string, url: string, title = ''): PageSnapshot {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return {
    url,
    title,
    text: collapsed.slice(0, MAX_TEXT),
    truncated: collapsed.length > MAX_TEXT,
    forms: [],
    lang: '',
  };
}
