/**
 * Small DOM helpers the page reader's parts share (snapshot.ts, drawn.ts): bounded attribute
 * reads, whether an element's text is read at all, and running a part that may throw.
 */

export const SHOW_TEXT = 4;
/** Elements that hold a document of their own: frames, and an <object> or <embed> showing a web page. */
export const FRAME_TAGS: ReadonlySet<string> = new Set(['iframe', 'frame', 'object', 'embed']);
export const MAX_ATTR = 200;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);

export function attr(el: Element, name: string): string {
  const v = el.getAttribute(name);
  return v ? v.slice(0, MAX_ATTR) : '';
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
/** SVG elements whose text is drawn on the page (not <title>, <desc>, <style>). */
const SVG_TEXT = new Set(['text', 'tspan', 'textPath', 'foreignObject', 'a']);
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
/** MathML elements whose text is not drawn (a formula's other notations). Chromium draws the rest: `<math><mtext>`. */
const MATHML_UNDRAWN = new Set(['annotation', 'annotation-xml']);

type VisibilityCheck = (options: Record<string, boolean>) => boolean;

/** Whether the text of `el` is worth reading: not code, not an SVG icon's metadata, and (when asked) rendered. */
export function readable(el: Element, skipHidden: boolean): boolean {
  const ns = el.namespaceURI;
  if (ns === SVG_NS) {
    if (!SVG_TEXT.has(el.localName)) return false;
  } else if (ns === MATHML_NS) {
    // Session 27: an offer in `<math><mtext>` was drawn and never read.
    if (MATHML_UNDRAWN.has(el.localName)) return false;
  } else if (SKIP.has(el.tagName.toUpperCase()) || (ns && ns !== HTML_NS)) {
    return false;
  }
  if (!skipHidden) return true;
  const check = (el as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true, opacityProperty: true, checkVisibilityCSS: true, checkOpacity: true });
  // A DOM without styles (linkedom in the CLI): the `hidden` attribute and inline styles only.
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.hasAttribute('hidden') || /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(at.getAttribute('style') ?? '')) return false;
  }
  return true;
}

/** Runs one part of the collection; a part that throws gives its empty value, not an empty snapshot. */
export function part<T>(read: () => T, empty: T): T {
  try {
    return read();
  } catch {
    return empty;
  }
}
