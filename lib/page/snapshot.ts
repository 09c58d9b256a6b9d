/**
 * Builds a bounded PageSnapshot from a DOM Document. The document is passed in (no globals), so
 * the same code runs in the content script and, with linkedom, in Node for the CLI and tests.
 *
 * Bounded and cheap: one text-node walk that stops at MAX_RAW_TEXT characters, skipping text inside
 * script/style/noscript/template/svg; forms by their attributes only (never field values); never
 * asks for layout (no innerText, no getComputedStyle), so it cannot force a reflow. Link targets
 * are not read: no signal needs them. Each part fails on its own (see collectSnapshot). Timings: bench:profile.
 */
import { hostOfUrl } from '../domain/url';
import { MAX_FIELDS, MAX_RAW_TEXT, type FieldSnapshot, type FormSnapshot, type PageSnapshot } from '../types';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);
const SHOW_TEXT = 4;
const MAX_ATTR = 200;
const MAX_FORMS = 50;

function attr(el: Element, name: string): string {
  const v = el.getAttribute(name);
  return v ? v.slice(0, MAX_ATTR) : '';
}

function hostOf(href: string, base: string): string {
  return hostOfUrl(href, { base, webOnly: true });
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Visible-ish text of the document: its text nodes, each trimmed, joined by single spaces, at most
 * `max` characters (`truncated` when anything was left out). Whitespace runs inside one text node
 * are kept, and count towards the cap: preparePage() (lib/text/prepare.ts), which every verdict
 * goes through, collapses them and caps the result at MAX_TEXT (collapsing here as well cost the
 * page 0.7–0.9 ms per 200,000 characters in bench:profile, for nothing).
 *
 * Speed: a text-only TreeWalker with no JS filter (a filter callback per node cost 15–80 ms on
 * 1–5 MB pages in bench:profile); a text node is skipped when its parent is a SKIP element or is
 * not an HTML element (SVG <text>, MathML), decided once per parent (text nodes of one element
 * come in a row). Template contents live in their own fragment and are never walked. Fallback
 * text nested deeper inside <object>/<canvas> is read (rare, harmless).
 */
export function collectText(doc: Document, max = MAX_RAW_TEXT): { text: string; truncated: boolean } {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '', truncated: false };
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  let lastParent: Node | null = null;
  let readParent = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      readParent = true;
      if (parent && parent.nodeType === 1) {
        const el = parent as Element;
        const ns = el.namespaceURI;
        readParent = !SKIP.has(el.tagName.toUpperCase()) && !(ns && ns !== HTML_NS);
      }
    }
    if (!readParent) continue;
    const value = node.nodeValue?.trim();
    if (!value) continue;
    const separator = parts.length > 0 ? 1 : 0;
    if (length + separator + value.length > max) {
      const room = max - length - separator;
      if (room > 0) parts.push(value.slice(0, room));
      truncated = true;
      break;
    }
    parts.push(value);
    length += separator + value.length;
  }
  return { text: parts.join(' '), truncated };
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
    title: part(() => String(doc.title ?? '').slice(0, 500), ''),
    text,
    truncated,
    forms: part(() => collectForms(doc, url), []),
    lang: part(() => (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 20), ''),
  };
}
