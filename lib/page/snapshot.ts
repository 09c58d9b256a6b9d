/**
 * Builds a bounded PageSnapshot from a DOM Document. The document is passed in (no globals), so
 * the same code runs in the content script and, with linkedom, in Node for the CLI and tests.
 *
 * Bounded and cheap: one text-node walk that stops at MAX_RAW_TEXT characters, skipping text inside
 * script/style/noscript/template and SVG metadata, then open shadow roots and same-origin frames
 * (see collectText); forms by their attributes only (never field values); never asks for layout
 * (no innerText, no getComputedStyle; style only on pages whose text passes the cap), so it cannot
 * force a reflow. Link targets are not read: no signal needs them. Each part fails on its own (see collectSnapshot). Timings: bench:profile.
 */
import { hostOfUrl } from '../domain/url';
import { INVISIBLE_CHARS } from '../domain/invisible';
import { MAX_FIELDS, MAX_RAW_TEXT, type FieldSnapshot, type FormSnapshot, type PageSnapshot } from '../types';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);
const SHOW_TEXT = 4;
const MAX_ATTR = 200;
const MAX_FORMS = 50;
/** Most extra documents and shadow roots read per snapshot (same-origin frames, open shadow roots). */
const MAX_EXTRA_ROOTS = 50;
/** Deepest frame nesting read. */
const MAX_FRAME_DEPTH = 3;

function attr(el: Element, name: string): string {
  const v = el.getAttribute(name);
  return v ? v.slice(0, MAX_ATTR) : '';
}

function hostOf(href: string, base: string): string {
  return hostOfUrl(href, { base, webOnly: true });
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
/** SVG elements whose text is drawn on the page (not <title>, <desc>, <style>). */
const SVG_TEXT = new Set(['text', 'tspan', 'textPath', 'foreignObject', 'a']);

/** Where the text walk puts what it reads, up to `max` characters. */
interface Sink {
  parts: string[];
  length: number;
  max: number;
  truncated: boolean;
  /** Skip text whose element is not rendered (display: none, visibility: hidden, opacity: 0). */
  skipHidden: boolean;
}

type VisibilityCheck = (options: Record<string, boolean>) => boolean;

/** Whether the text of `el` is worth reading: not code, not an SVG icon's metadata, and (when asked) rendered. */
function readable(el: Element, skipHidden: boolean): boolean {
  const ns = el.namespaceURI;
  if (ns === SVG_NS) {
    if (!SVG_TEXT.has(el.localName)) return false;
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

/**
 * Adds the text nodes under `root` to `sink`. A text-only TreeWalker with no JS filter (a filter
 * callback per node cost 15–80 ms on 1–5 MB pages in bench:profile); whether an element's text is
 * read is decided once per parent (text nodes of one element come in a row).
 */
function walkText(doc: Document, root: Node, sink: Sink): void {
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let lastParent: Node | null = null;
  let readParent = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      readParent = !(parent && parent.nodeType === 1) || readable(parent as Element, sink.skipHidden);
    }
    if (!readParent) continue;
    const value = node.nodeValue?.trim();
    if (!value) continue;
    const separator = sink.parts.length > 0 ? 1 : 0;
    if (sink.length + separator + value.length > sink.max) {
      const room = sink.max - sink.length - separator;
      if (room > 0) sink.parts.push(value.slice(0, room));
      sink.truncated = true;
      return;
    }
    sink.parts.push(value);
    sink.length += separator + value.length;
  }
}

/**
 * Text a page shows that textContent and a walk of the document miss: open shadow roots (a
 * custom element's text lives there) and same-origin frames, including about:blank, srcdoc and
 * blob: documents a script wrote. Bounded: MAX_EXTRA_ROOTS roots, frames MAX_FRAME_DEPTH deep.
 * Cross-origin frames are not readable (contentDocument is null) and are the background's to judge.
 */
export function extraRoots(doc: Document, depth = 0, found: Node[] = []): Node[] {
  const scan = (root: Document | ShadowRoot) => {
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length && found.length < MAX_EXTRA_ROOTS; i++) {
      const el = all[i] as Element;
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) {
        found.push(shadow);
        scan(shadow);
      }
      if ((el.localName === 'iframe' || el.localName === 'frame') && depth < MAX_FRAME_DEPTH) {
        const inner = part(() => (el as HTMLIFrameElement).contentDocument, null);
        const body = inner?.body ?? inner?.documentElement;
        if (inner && body) {
          found.push(body);
          extraRoots(inner, depth + 1, found);
        }
      }
    }
  };
  scan(doc);
  return found;
}

/** Text of the open shadow roots and same-origin frames of `doc` (see extraRoots), at most `max` characters. */
export function extraText(doc: Document, max = MAX_RAW_TEXT): string {
  const sink: Sink = { parts: [], length: 0, max, truncated: false, skipHidden: false };
  for (const root of extraRoots(doc)) {
    if (sink.truncated) break;
    walkText(root.ownerDocument ?? doc, root, sink);
  }
  return sink.parts.join(' ').replace(INVISIBLE_CHARS, '');
}

/**
 * Visible-ish text of the document: its text nodes, each trimmed, joined by single spaces, at most
 * `max` characters (`truncated` when anything was left out), then the text of its open shadow roots
 * and same-origin frames. Invisible characters (soft hyphens, zero-width spaces and joiners, bidi
 * controls) are removed: a page puts them inside words to break them for a reader, not for a
 * person. Whitespace runs inside one text node are kept, and count towards the cap: preparePage()
 * (lib/text/prepare.ts) collapses them and caps the result at MAX_TEXT.
 *
 * Skipped: script/style/noscript/template, SVG other than drawn text (<text>, <foreignObject>…),
 * MathML. When the cap is reached, the walk is done again without text that is not rendered
 * (display: none, visibility: hidden, opacity: 0: checkVisibility; in a DOM without styles, the
 * `hidden` attribute and inline styles), so
 * hidden padding cannot push the page's real words past the cap; only such pages pay for the
 * style checks. Text hidden in other ways (off-screen, tiny, same colour) still counts.
 */
export function collectText(doc: Document, max = MAX_RAW_TEXT): { text: string; truncated: boolean } {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '', truncated: false };
  let sink: Sink = { parts: [], length: 0, max, truncated: false, skipHidden: false };
  walkText(doc, root, sink);
  if (sink.truncated) {
    sink = { parts: [], length: 0, max, truncated: false, skipHidden: true };
    walkText(doc, root, sink);
  }
  for (const extra of part(() => extraRoots(doc), [])) {
    if (sink.truncated) break;
    walkText(extra.ownerDocument ?? doc, extra, sink);
  }
  return { text: sink.parts.join(' ').replace(INVISIBLE_CHARS, ''), truncated: sink.truncated };
}

/** label[for] id → label text, built once per snapshot (not once per field: 200 fields × 5,000 labels). */
function labelsById(doc: Document): Map<string, string> {
  const byId = new Map<string, string>();
  for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
    const id = label.getAttribute('for');
    if (id && !byId.has(id)) byId.set(id, (label.textContent ?? '').trim().slice(0, MAX_ATTR));
  }
  return byId;
}

function labelFor(labels: () => Map<string, string>, el: Element): string {
  const aria = attr(el, 'aria-label');
  if (aria) return aria;
  const id = el.getAttribute('id');
  if (id) {
    const text = labels().get(id);
    if (text !== undefined) return text;
  }
  const wrapping = el.closest('label');
  return wrapping ? (wrapping.textContent ?? '').trim().slice(0, MAX_ATTR) : '';
}

/**
 * One field's attributes and label (never its value). Shared by the snapshot and the in-page
 * field guard; `labels` maps label[for] ids to their text (built lazily, once per snapshot).
 */
export function describeField(el: Element, labels: () => Map<string, string> = () => labelsById(el.ownerDocument)): FieldSnapshot {
  return {
    type: (attr(el, 'type') || el.tagName.toLowerCase()).toLowerCase(),
    name: attr(el, 'name'),
    id: attr(el, 'id'),
    placeholder: attr(el, 'placeholder'),
    autocomplete: attr(el, 'autocomplete'),
    label: labelFor(labels, el),
  };
}

/**
 * The page's input, select and textarea elements in document order. Most pages have fields of one
 * kind only, and a single-tag query costs Chromium a fraction of the selector list
 * 'input, select, textarea' (0.7 vs 2.4 ms on a 5 MB page: the list matches every element against
 * each selector); pages with several kinds use the list, which is in document order in every DOM
 * (merging the single-tag lists needs compareDocumentPosition, which linkedom, used by the CLI,
 * gets wrong across branches).
 */
function fieldsInOrder(doc: Document): ArrayLike<Element> {
  const inputs = doc.querySelectorAll('input');
  const hasSelect = doc.querySelector('select') !== null;
  const hasTextarea = doc.querySelector('textarea') !== null;
  if (!hasSelect && !hasTextarea) return inputs;
  if (inputs.length === 0 && !(hasSelect && hasTextarea)) return doc.querySelectorAll(hasSelect ? 'select' : 'textarea');
  return doc.querySelectorAll('input, select, textarea');
}

/** Forms and their fields (attributes and labels only). Fields outside any <form> count as one form. */
export function collectForms(doc: Document, pageUrl: string): FormSnapshot[] {
  const forms = new Map<Element | null, FormSnapshot>();
  let byId: Map<string, string> | undefined;
  const labels = () => (byId ??= labelsById(doc));
  let count = 0;
  // Indexed, not Array.from(): a page with thousands of fields is copied no further than needed.
  const all = fieldsInOrder(doc);
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as Element;
    if (count >= MAX_FIELDS) break;
    const form = el.closest('form');
    let entry = forms.get(form);
    if (!entry) {
      if (forms.size >= MAX_FORMS) continue;
      const action = form ? attr(form, 'action') : '';
      entry = { actionHost: action ? hostOf(action, pageUrl) : '', fields: [] };
      forms.set(form, entry);
    }
    entry.fields.push(describeField(el, labels));
    count++;
  }
  return [...forms.values()];
}

/** Runs one part of the collection; a part that throws gives its empty value, not an empty snapshot. */
function part<T>(read: () => T, empty: T): T {
  try {
    return read();
  } catch {
    return empty;
  }
}

/**
 * The whole snapshot. Never throws. Each part is collected on its own, so a document that breaks
 * one of them (a DOM implementation that overflows its stack on a 5,000-level tree in
 * querySelectorAll, a hostile getter) still yields the other parts — above all the text.
 */
export function collectSnapshot(doc: Document, url: string): PageSnapshot {
  const { text, truncated } = part(() => collectText(doc), { text: '', truncated: false });
  return {
    url,
    title: part(() => String(doc.title ?? '').slice(0, 500).replace(INVISIBLE_CHARS, ''), ''),
    text,
    truncated,
    forms: part(() => collectForms(doc, url), []),
    lang: part(() => (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 20), ''),
  };
}
