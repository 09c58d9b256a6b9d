/**
 * Words a page shows that are not in its text nodes, for the text walk (snapshot.ts) to read in
 * their places: attribute text, CSS generated content, reversed and reordered text. See drawnText.
 */
import { MAX_ATTR, SHOW_TEXT, attr, part, readable } from './dom';
import { FLEX_OR_GRID, MAX_RULES, NO_COUNTERS, QUOTED, contentText, cssBudget, styledRules, wordsOf, type Counters, type CssBudget, type SheetHolder } from './style-rules';

/**
 * Elements whose words the browser draws from an attribute, not from text nodes (a submit
 * button's value, a placeholder, an image's alt: a picture of the price carries its words there,
 * aria-label, the value the page wrote into a field the person cannot type in, an option's label, which a list shows
 * in place of its text, an image map area's alt), or whose text it shows reversed or moved (<bdo dir=rtl>, inline
 * bidi-override, flex and grid `order`, flex `*-reverse`, a flex box drawn right to left). One query of eight simple
 * selectors: Chromium tests every element against each, so each costs ~0.5–2 ms on a 5 MB page (the first list of
 * fifteen cost ~35 ms); the two with a tag (`option[label]`, `area[alt]`) reject other elements by their tag.
 */
const DRAWN_QUERY = 'input,img,bdo,textarea,option[label],optgroup[label],area[alt],[aria-label],[style]';
/** The tags of DRAWN_QUERY (drawnBy reads their attributes). */
const DRAWS = new Set(['input', 'img', 'bdo', 'textarea', 'option', 'optgroup', 'area']);
/** Inline styles that reverse or move text (see drawnBy and inDrawnOrder). */
const MOVES = /bidi-override|reverse|(?:^|[;\s])order\s*:/i;
/**
 * A box drawn right to left whose inline style (or style sheet rule's display) also names flex or grid: inDrawnOrder reads
 * its computed display. Any
 * "flex" or "grid" will do: display\s*:[^;]*(flex|grid) rescanned the rest of a declaration from each "display:" in it, so
 * a style of 80,000 characters without ';' took 0.2 s, and 4x as long 16x that (review23).
 */
const RTL_BOX = /direction\s*:\s*rtl/i;

/**
 * The words an inline `list-style` draws as the marker of each item, by the computed style: a string
 * (`list-style-type: "…"`), or a counter style of the page's (`counters`: its symbols, see counterWords).
 */
function listStyleText(el: Element, counters: Counters): string {
  const view = el.ownerDocument.defaultView;
  const type = view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle(el).listStyleType : '';
  return QUOTED.test(type) ? contentText(type, null) : (counters.get(type) ?? '');
}

/** Field types whose value the browser draws as a line of text. */
const TEXT_FIELDS = /^(|text|search|url|email|tel)$/;
/** At most this many such elements (CSS rules with generated text, and elements per rule: MAX_RULES). */
const MAX_DRAWN = 2_000;
/** Drawn words by the text node they follow (drawnText), each with the element that draws them. */
export type Drawn = ReadonlyMap<Node | null, ReadonlyArray<{ el: Element; text: string }>>;
export const NO_DRAWN: Drawn = new Map();
/** The key of drawn words whose place could not be found (a DOM without TreeWalker.previousNode): read after the text. */
export const END = { nodeType: 0 } as unknown as Node;

const reversed = (s: string) => [...s].reverse().join('');

/**
 * The text under `el` as the walk reads it (snapshot.ts): not the code of scripts and style sheets
 * (textContent would give it: readable()), at most MAX_ATTR * 10 characters, read no further.
 */
function textOf(el: Element): string {
  const max = MAX_ATTR * 10;
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node && out.length < max; node = walker.nextNode()) {
    const parent = node.parentNode;
    if (parent && parent.nodeType === 1 && !readable(parent as Element, false)) continue;
    out += node.nodeValue ?? '';
  }
  return out.slice(0, max);
}

/** Whether `el` shows its text right-to-left with the letters' own direction overridden. */
function overridden(el: Element): boolean {
  if (el.localName === 'bdo') return (el.getAttribute('dir') ?? '').toLowerCase() === 'rtl';
  const view = el.ownerDocument.defaultView;
  const style = view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle(el) : null;
  if (style && style.direction) return style.direction === 'rtl' && /override/.test(style.unicodeBidi);
  return /rtl/i.test(el.getAttribute('style') ?? '') || el.getAttribute('dir') === 'rtl';
}

/** The words `el` draws from its attributes (see DRAWN), or shown reversed. */
function drawnBy(el: Element): string {
  const words: string[] = [];
  const tag = el.localName;
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'submit' || type === 'button' || type === 'reset') words.push(attr(el, 'value'));
    if (type === 'image') words.push(attr(el, 'alt'));
    // The value the page wrote into a field the person cannot type in (read-only, disabled) is the page's words: an
    // offer shown as a borderless read-only field. The `value` attribute only: never what anyone typed.
    if (TEXT_FIELDS.test(type) && el.matches('[readonly],[disabled]')) words.push(attr(el, 'value'));
  }
  if (tag === 'img' || tag === 'area') words.push(attr(el, 'alt'));
  // A list shows an option's label in place of its text ("Choose" under a label that is the offer), and a group's label
  // as the heading of its options.
  if (tag === 'option' || tag === 'optgroup') words.push(attr(el, 'label'));
  if (tag === 'input' || tag === 'textarea') words.push(attr(el, 'placeholder'));
  words.push(attr(el, 'aria-label'));
  if (tag === 'bdo' && overridden(el)) words.push(reversed(textOf(el)));
  return words.filter(Boolean).join(' ').trim();
}

/**
 * Words a page shows that are not in its text nodes, keyed by the text node they follow (null:
 * before the first): attribute text (DRAWN), CSS generated content (`content: "…"` or
 * `attr(…)` on ::before/::after, in the document's readable style sheets) and text shown
 * reversed (<bdo dir=rtl>, `unicode-bidi: bidi-override` with `direction: rtl`), read as shown.
 * Bounded: MAX_DRAWN elements, MAX_RULES rules, MAX_CSS_RULES rules looked at.
 */
export function drawnText(doc: Document, root: Node, css: CssBudget = cssBudget()): Drawn {
  const scope = root as ParentNode;
  if (typeof scope.querySelectorAll !== 'function') return NO_DRAWN;
  // Style sheets belong to a document, read with its body, or to a shadow root (session 27: a root's own sheets drew
  // words the reader never read), read with it.
  const host = root.nodeType === 11 ? (root as ShadowRoot).host : undefined;
  const holder: SheetHolder | undefined = root.nodeType === 1 && root.parentNode === doc.documentElement ? doc : host ? (root as ShadowRoot) : undefined;
  const styled = holder ? part(() => styledRules(holder, css), undefined) : undefined;
  const out = new Map<Node | null, Array<{ el: Element; text: string }>>();
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let el: Element = root as Element;
  /** Adds `text`, drawn by `el`, after `anchor`. */
  const put = (anchor: Node | null, text: string) => {
    if (!text) return;
    const list = out.get(anchor);
    if (list) list.push({ el, text });
    else out.set(anchor, [{ el, text }]);
  };
  /** The text node before `el` (null: none), or its last one inside (`inside`). */
  const anchorOf = (el: Element, inside: boolean): Node | null => {
    walker.currentNode = el;
    if (inside) {
      const last = walker.lastChild();
      if (last) return last;
      walker.currentNode = el;
    }
    return walker.previousNode();
  };
  const shown = (at: Element) => readable(at, false);
  /** Flex boxes whose items are drawn in another order than the document's. */
  const boxes = new Set<Element>();
  let count = 0;
  const elements = scope.querySelectorAll(DRAWN_QUERY);
  for (let i = 0; i < elements.length && count < MAX_DRAWN; i++) {
    el = elements[i] as Element;
    const inline = el.getAttribute('style') ?? '';
    const rtlBox = RTL_BOX.test(inline) && FLEX_OR_GRID.test(inline);
    const moves = rtlBox || (inline !== '' && MOVES.test(inline));
    const tag = el.localName;
    const listed = inline.includes('list-style') ? listStyleText(el, styled?.counters ?? NO_COUNTERS) : '';
    if ((!moves && !listed && !DRAWS.has(tag) && !el.hasAttribute('aria-label')) || !shown(el)) continue;
    count++;
    put(part(() => anchorOf(el, false), END), listed);
    if (moves) {
      if (rtlBox || /reverse/i.test(inline)) boxes.add(el);
      if (/(?:^|[;\s])order\s*:/i.test(inline) && el.parentElement) boxes.add(el.parentElement);
      if (/override/i.test(inline) && overridden(el)) put(part(() => anchorOf(el, false), END), reversed(textOf(el)));
    }
    put(part(() => anchorOf(el, false), END), drawnBy(el));
  }
  for (const rule of styled?.rules ?? []) {
    // A shadow root's `:host` rules draw on its host, around the root's own text; `:host .o` is `.o` in the root. A
    // document's `x-card::part(label)::before` draws inside the host's root: read before the host.
    const selector = host ? rule.selector.replace(/:host(?:\([^()]*\))?\s*>?\s*/g, '') : rule.selector.replace(/::part\([^()]*\)/g, '');
    if (host && selector === '') {
      el = host;
      if (rule.place === 'before' || rule.place === 'after') put(rule.place === 'after' ? part(() => anchorOf(root as Element, true), END) : null, wordsOf(rule, el));
      continue;
    }
    const matched = part(() => scope.querySelectorAll(selector || '*'), null);
    for (let i = 0; matched && i < matched.length && i < MAX_RULES; i++) {
      el = matched[i] as Element;
      if (!shown(el)) continue;
      if (rule.place === 'box') boxes.add(el);
      else if (rule.place === 'item') {
        if (el.parentElement) boxes.add(el.parentElement);
      } else if (rule.place === 'reversed') {
        if (overridden(el)) put(part(() => anchorOf(el, false), END), reversed(textOf(el)));
      } else {
        put(part(() => anchorOf(el, rule.place === 'after'), END), wordsOf(rule, el));
      }
    }
  }
  let moved = 0;
  for (const box of boxes) {
    el = box;
    if (moved++ < MAX_RULES) put(part(() => anchorOf(box, false), END), part(() => inDrawnOrder(box), ''));
  }
  return out;
}

/** Letters of scripts written right to left: a person reads such items right to left, in the document's order. */
const RTL_LETTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/;

/**
 * The text of a flex or grid box's items in the order they are drawn, left to right and top to bottom (`order`, then
 * document order; the other way round for `flex-direction: *-reverse`, and again for a row drawn right to left, a
 * `direction: rtl` flex row or column-flowing grid, unless its items are in a script written right to left), when that
 * differs from the document's: "code access USCIS" in three items drawn reversed reads "USCIS access code". Grid items
 * placed by line numbers or areas are left out (docs/tamper-resistance.md).
 */
function inDrawnOrder(box: Element): string {
  const view = box.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return '';
  const style = view.getComputedStyle(box);
  const grid = /grid/.test(style.display);
  if (!grid && !/flex/.test(style.display)) return '';
  const items = Array.from(box.children)
    .slice(0, 200)
    .map((el, i): { el: Element; i: number; order: number; text?: string } => ({ el, i, order: parseInt(view.getComputedStyle(el).order, 10) || 0 }));
  items.sort((a, b) => a.order - b.order || a.i - b.i);
  const text = (item: (typeof items)[number]) => (item.text ??= textOf(item.el).trim());
  let flip = !grid && /reverse/.test(style.flexDirection);
  if (style.direction === 'rtl' && (grid ? /column/.test(style.gridAutoFlow) : !/column/.test(style.flexDirection)) && !items.some((item) => RTL_LETTERS.test(text(item)))) flip = !flip;
  if (flip) items.reverse();
  if (items.every((item, at) => item.i === at)) return '';
  return items.map(text).join(' ');
}
