/**
 * The case a person sees, where a style changes it: the one place the page reader decides how it reports text a
 * page transforms. A seller wrote "esta" in lower case (Spanish "this", which the ESTA anchors leave alone) and
 * showed it as "ESTA" with `text-transform: uppercase`, or in small capitals; the reader read the stored letters.
 *
 *  - `text-transform: uppercase`, `font-variant-caps: small-caps | all-small-caps | petite-caps | all-petite-caps`
 *    and the OpenType small-capital features (`font-feature-settings: "smcp"`, `"pcap"`): read in capitals;
 *  - `capitalize`: each word's first letter in capitals;
 *  - `lowercase` and everything else: the stored letters. Never fewer capitals than stored: a page that shows its
 *    capitals in lower case still wrote them, and reading less would be a way to hide.
 *
 * Only text with a word whose case carries meaning (lib/text/case-words.ts CASE_WORD: an ESTA, EIN or ITIN not
 * written in capitals) is asked for its computed style, so a page pays for this only where it could matter (a
 * computed style per text element cost ~1.3 ms per 4,400 elements on a 5 MB page; a word test costs a fraction).
 * The computed style, not the page's style sheets: a framework class from another origin's sheet (a CDN) cannot be
 * read, but its effect can. What a font draws is not read (an all-capitals display font, a font that remaps letters:
 * docs/tamper-resistance.md).
 */
import { CASE_WORD } from '../text/case-words';
import { SHOW_TEXT, part, readable } from './dom';

/** The computed style properties that change the case a text is drawn in. */
interface CaseStyle {
  textTransform: string;
  fontVariantCaps: string;
  fontFeatureSettings: string;
}

/** `text` as drawn with `style` (see the header). Pure. */
export function inShownCase(text: string, style: CaseStyle): string {
  if (style.textTransform === 'uppercase' || /(?:small|petite)-caps/.test(style.fontVariantCaps) || /["'](?:smcp|pcap)["'](?! *(?:0|off)\b)/.test(style.fontFeatureSettings)) {
    return text.toUpperCase();
  }
  if (style.textTransform === 'capitalize') return text.replace(/(^|[^\p{L}\p{M}\p{N}'’])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
  return text;
}

/** `text`, drawn by element `el`, in the case a person sees it (the stored text when its case cannot matter). */
export function shownCase(el: Element | null, text: string): string {
  if (el === null || !CASE_WORD.test(text)) return text;
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return text;
  return part(() => inShownCase(text, view.getComputedStyle(el)), text);
}

/**
 * For the first look: the text of `root`'s text nodes a style shows in another case than stored, where that can
 * matter (shownCase), at most `max` characters of text read; '' on most pages.
 */
export function restyledText(doc: Document, root: Node, max: number): string {
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const out: string[] = [];
  let read = 0;
  for (let node = walker.nextNode(); node && read < max; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    read += value.length;
    const parent = node.parentNode;
    if (!parent || parent.nodeType !== 1 || !CASE_WORD.test(value) || !readable(parent as Element, false)) continue;
    const shown = shownCase(parent as Element, value);
    if (shown !== value) out.push(shown.trim());
  }
  return out.join(' ');
}
