/**
 * Builds a bounded PageSnapshot from a DOM Document. The document is passed in (no globals), so
 * the same code runs in the content script and, with linkedom, in Node for the CLI and tests.
 *
 * Bounded and cheap: one text-node walk that stops at MAX_RAW_TEXT characters (on a longer page, those and the page's
 * last MAX_RAW_TAIL characters, where a seller that pads its page puts its offer: readEnd), skipping text inside
 * script/style/noscript/template and SVG metadata, then open shadow roots and same-origin frames
 * (see collectText), with the words a page draws outside its text nodes in their places
 * (drawnText: attributes, CSS generated content, reversed and reordered text); forms by their
 * attributes only (never field values); never asks for layout (no innerText, no layout box;
 * computed style only for the few elements whose text a style reverses or moves, and for every
 * element only on pages whose text passes the cap), so it cannot force a reflow. Link targets are not read: no signal needs them. Each part fails on its own (see collectSnapshot). Timings: bench:profile.
 */
import { hostOfUrl } from '../domain/url';
import { shownText } from '../text/shown';
import { FRAME_TAGS, MAX_ATTR, SHOW_TEXT, attr, part } from './dom';
import { NO_DRAWN, drawnText } from './drawn';
import { cssBudget } from './style-rules';
import { shownCase } from './shown-case';
import { add, endText, sink, sinkText, type Sink } from './text-sink';
import { readEnd, walkText } from './text-walk';
import { SEAM } from '../text/ends';
import { MAX_FIELDS, MAX_RAW_TAIL, MAX_RAW_TEXT, type FieldSnapshot, type FormSnapshot, type PageSnapshot } from '../types';

const MAX_FORMS = 50;
/**
 * Most extra documents and shadow roots read per snapshot (same-origin frames, open shadow roots). The text cap bounds
 * what is read from them; this bounds the documents looked into. It was 50: a shop built of web components has
 * hundreds, and an offer in the 60th root or in a frame after 60 empty ones was never read.
 */
const MAX_EXTRA_ROOTS = 1_000;
/** Deepest frame nesting read. */
const MAX_FRAME_DEPTH = 3;

function hostOf(href: string, base: string): string {
  return hostOfUrl(href, { base, webOnly: true });
}

/** Elements asked for a closed shadow root per snapshot (an extension call each). */
const MAX_CLOSED_CHECKS = 1_000;
/**
 * More elements asked per snapshot of a page worth judging (wide: any element that can hold a root, not only the likely
 * hosts): a closed root can show its offer beside its host's own children (it slots them, so they are drawn too) or
 * over a host whose light DOM is bare text, and nothing cheap tells such a host from any other box from outside. Only
 * the snapshot asks (the reader takes one of pages its first look found about immigration, and of pages with a frame
 * over them), never the first look of every page; ~2–6 µs each (2,000 cost 11 ms in Chromium on a loaded 2-core
 * machine, where checkVisibility cost ~2 µs).
 */
const MAX_WIDE_CHECKS = 2_000;
/** Elements that can hold a shadow root and draw a block of text (HTML's list for attachShadow, less the headings and inline ones). */
const BOXES = new Set(['div', 'p', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'blockquote', 'body']);
/** Every other element HTML lets hold a shadow root (attachShadow, and a declarative <template shadowrootmode>). */
const OTHER_HOSTS = new Set(['span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

type VisibilityCheck = () => boolean;

/** Whether an element of this name can hold a shadow root at all (a custom element, or one of HTML's list). */
const canHoldShadowRoot = (name: string): boolean => name.includes('-') || BOXES.has(name) || OTHER_HOSTS.has(name);

/**
 * Whether `el` may draw a closed shadow root the reader would not otherwise see, cheaply, with no call to the opener:
 * a custom element; a box with no light DOM (what it shows is all in its root; not the empty <i>/<span> of icon
 * fonts); or an element that can hold a root whose first child element is not drawn. A root with no slot for its
 * light DOM leaves that DOM out of the drawing: a page can show an offer from a closed (declarative) root over a decoy
 * the walk would read instead. Asking the opener about every box cost ~1.5 µs each (2–3 ms per 1,000 boxes at the
 * first look of every small page); whether an element is drawn costs ~0.2 µs (the layout tree, not layout).
 */
function mayHoldClosedRoot(el: Element): boolean {
  const name = el.localName;
  if (name.includes('-')) return true;
  const box = BOXES.has(name);
  if (!box && !OTHER_HOSTS.has(name)) return false;
  if (el.firstChild === null) return box;
  const first = el.firstElementChild as (Element & { checkVisibility?: VisibilityCheck }) | null;
  return first !== null && typeof first.checkVisibility === 'function' && !first.checkVisibility();
}
let closedRootOf: ((el: Element) => ShadowRoot | null) | undefined;

/**
 * Lets extraRoots read closed shadow roots too, through `open` (a content script's
 * chrome.dom.openOrClosedShadowRoot, which returns null for the extension's own banner): a seller can
 * draw its offer in a closed root, which a page's own scripts cannot read either.
 */
export function readClosedShadowRoots(open: ((el: Element) => ShadowRoot | null) | undefined): void {
  closedRootOf = open;
}

/**
 * `el`'s shadow root: an open one, or a closed one the reader can open (readClosedShadowRoots) on an
 * element with no light DOM (what such a host shows is all in its root) or one where a root may hide
 * (mayHoldClosedRoot).
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (open) return open;
  const opener = closedRootOf;
  if (opener === undefined || !(el.firstChild === null || mayHoldClosedRoot(el))) return null;
  return part(() => opener(el), null);
}

/**
 * Text a page shows that textContent and a walk of the document miss: open shadow roots (a
 * custom element's text lives there), closed ones the reader can open (`wide`, for the snapshot: on every element that
 * can hold one, MAX_WIDE_CHECKS; else only where one may hide, mayHoldClosedRoot) and same-origin frames, including
 * about:blank, srcdoc and blob: documents a script wrote, and documents embedded with <object> or <embed>. Bounded:
 * MAX_EXTRA_ROOTS roots, frames MAX_FRAME_DEPTH deep.
 * Cross-origin frames are not readable (contentDocument is null) and are the background's to judge.
 */
function extraRoots(doc: Document, wide = false, depth = 0, found: Node[] = []): Node[] {
  let closedChecks = 0;
  let wideChecks = 0;
  const opener = closedRootOf;
  const scan = (root: Document | ShadowRoot) => {
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length && found.length < MAX_EXTRA_ROOTS; i++) {
      const el = all[i] as Element;
      let shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      // A closed root, where the reader can open it: where one may hide (mayHoldClosedRoot), at most MAX_CLOSED_CHECKS
      // per snapshot; when `wide`, on any other element that can hold one, at most MAX_WIDE_CHECKS more.
      if (!shadow && opener !== undefined) {
        const likely = closedChecks < MAX_CLOSED_CHECKS && mayHoldClosedRoot(el);
        const other = !likely && wide && wideChecks < MAX_WIDE_CHECKS && canHoldShadowRoot(el.localName);
        if (likely) closedChecks++;
        if (other) wideChecks++;
        if (likely || other) shadow = part(() => opener(el), null);
      }
      if (shadow) {
        found.push(shadow);
        scan(shadow);
      }
      if (FRAME_TAGS.has(el.localName) && depth < MAX_FRAME_DEPTH) {
        const inner = part(() => (el as HTMLIFrameElement).contentDocument, null);
        const body = inner?.body ?? inner?.documentElement;
        if (inner && body) {
          found.push(body);
          extraRoots(inner, wide, depth + 1, found);
        }
      }
    }
  };
  scan(doc);
  // Documents in browsing contexts with no frame element the scan reads (<embed>, whose HTML document no property
  // gives; an <object> or a frame in a closed root the scan did not open): through the window's own frame list.
  const view = doc.defaultView;
  const count = depth < MAX_FRAME_DEPTH && view ? part(() => view.length, 0) : 0;
  for (let i = 0; i < count && found.length < MAX_EXTRA_ROOTS; i++) {
    const inner = part(() => (view?.frames[i] as Window | undefined)?.document ?? null, null);
    const body = inner?.body ?? inner?.documentElement;
    if (!inner || !body || found.includes(body)) continue;
    found.push(body);
    extraRoots(inner, wide, depth + 1, found);
  }
  return found;
}

/**
 * Text of `doc` that its body's textContent lacks: the words it draws from attributes and CSS
 * (drawnText), and the text of its open shadow roots and same-origin frames (see extraRoots), at
 * most `max` characters.
 */
export function extraText(doc: Document, max = MAX_RAW_TEXT): string {
  const into = sink(max, false);
  const body = doc.body;
  if (body) for (const list of part(() => drawnText(doc, body), NO_DRAWN).values()) for (const w of list) add(into, shownCase(w.el, w.text), false);
  const css = cssBudget(true);
  for (const root of extraRoots(doc)) {
    if (into.truncated) break;
    const owner = root.ownerDocument ?? doc;
    walkText(owner, root, into, part(() => drawnText(owner, root, css), NO_DRAWN));
  }
  return shownText(sinkText(into));
}


/**
 * Visible-ish text of the document: its text nodes, each trimmed, joined by single spaces, then the text of its open
 * shadow roots and same-origin frames; at most `max` characters from the top and, past them, the last `tailMax`
 * characters, after SEAM where a middle was left out (`truncated` when anything was; lib/text/ends.ts). Invisible characters (soft hyphens, zero-width spaces and joiners, bidi
 * controls) are removed: a page puts them inside words to break them for a reader, not for a
 * person. Whitespace runs inside one text node are kept, and count towards the cap: preparePage()
 * (lib/text/prepare.ts) collapses them and caps the result at MAX_TEXT.
 *
 * Skipped: script/style/noscript/template, SVG other than drawn text (<text>, <foreignObject>…),
 * MathML annotations (a formula's `<mtext>` is drawn and read). When the cap is reached, the walk is done again without text that is not rendered
 * (display: none, visibility: hidden, opacity: 0: checkVisibility; in a DOM without styles, the
 * `hidden` attribute and inline styles), so
 * hidden padding cannot push the page's real words past the cap; only such pages pay for the
 * style checks. Text hidden in other ways (off-screen, tiny, same colour) still counts.
 */
export function collectText(doc: Document, max = MAX_RAW_TEXT, tailMax = MAX_RAW_TAIL): { text: string; truncated: boolean } {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '', truncated: false };
  let into = sink(max, false);
  const drawn = part(() => drawnText(doc, root), NO_DRAWN);
  walkText(doc, root, into, drawn);
  /** The page's end, on a page whose drawn text passes the cap (readEnd). */
  let end: Sink | undefined;
  if (into.truncated) {
    into = sink(max, true);
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    walkText(doc, root, into, drawn, walker);
    if (into.truncated && tailMax > 0) {
      end = sink(0, true, tailMax);
      readEnd(doc, root, end, drawn, walker);
    }
  }
  // Then the text of its roots (shadow roots, same-origin frames), after its own, keeping the end of what passes the cap.
  // A document whose own text filled the cap is not searched for roots: on a 5 MB page that search (every element, and
  // the closed-root checks) cost ~0.3 s in bench:load.
  into.tailMax = tailMax;
  // The roots' style sheets share one budget, and a sheet adopted by many roots is read once (style-rules.ts CssBudget).
  const css = cssBudget(true);
  for (const extra of into.truncated ? [] : part(() => extraRoots(doc, true), [])) {
    const owner = extra.ownerDocument ?? doc;
    walkText(owner, extra, into, part(() => drawnText(owner, extra, css), NO_DRAWN));
  }
  const text = end ? `${sinkText(into)}${SEAM}${endText(end)}` : sinkText(into);
  return { text: shownText(text), truncated: into.truncated };
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

/**
 * The whole snapshot. Never throws. Each part is collected on its own, so a document that breaks
 * one of them (a DOM implementation that overflows its stack on a 5,000-level tree in
 * querySelectorAll, a hostile getter) still yields the other parts — above all the text.
 */
export function collectSnapshot(doc: Document, url: string): PageSnapshot {
  const { text, truncated } = part(() => collectText(doc), { text: '', truncated: false });
  return {
    url,
    // Read as shown, like the text: the title names the page's site (claims-official), and an override reversed it.
    title: part(() => shownText(String(doc.title ?? '').slice(0, 500)), ''),
    text,
    truncated,
    forms: part(() => collectForms(doc, url), []),
    lang: part(() => (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 20), ''),
  };
}
