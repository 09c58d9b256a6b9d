/**
 * Words a page shows that are not in its text nodes, for the text walk (snapshot.ts) to read in
 * their places: attribute text, CSS generated content, reversed and reordered text. See drawnText.
 */
import { MAX_ATTR, SHOW_TEXT, attr, part, readable } from './dom';

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
const FLEX_OR_GRID = /flex|grid/i;

/** What makes generated content words (drawnText): a letter, a digit or a currency sign; not an icon font's private-use character. */
const DRAWN_CHARACTER = /[\p{L}\p{N}\p{Sc}]/u;

/** A CSS value that is a string (a list style drawn as words, not a counter's name). */
const QUOTED = /^["']/;

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
/** At most this many such elements, CSS rules with generated text, and elements per rule. */
const MAX_DRAWN = 2_000;
const MAX_RULES = 60;
/** Generated-content rules whose words come from a custom property set outside the rule (withVars), besides MAX_RULES. */
const MAX_VAR_RULES = 20;
/** Most CSS rules looked at per document (a page can carry tens of thousands). */
const MAX_CSS_RULES = 20_000;
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

const CSS_STRING = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g;
/** The parts of a `content` value that draw words: strings, attr(), open-quote and close-quote. */
const CONTENT_PART = new RegExp(`${CSS_STRING.source}|attr\\(\\s*([\\w-]+)\\s*\\)|\\b(open|close)-quote\\b`, 'g');
/** A CSS string's text, its escapes read ("\24" is "$"). */
const unescape = (literal: string): string => literal.replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gi, (_e, hex: string | undefined, c: string) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : c));

/**
 * A CSS `content` value's text: its strings, attr() values, and the quotes open-quote and close-quote draw (the first
 * pair of `quotes` of `el`'s `pseudo` element: a page can set its offer as the "quote mark"); counters left out.
 */
function contentText(value: string, el: Element | null, pseudo = ''): string {
  // Custom properties: the element's own computed content has them put in (withVars).
  if (el && value.includes('var(')) value = computedContent(el, pseudo);
  let out = '';
  for (const m of value.matchAll(CONTENT_PART)) {
    const literal = m[1] ?? m[2];
    if (literal !== undefined) out += unescape(literal);
    else if (m[4] !== undefined) out += el ? quoteOf(el, pseudo, m[4] === 'open' ? 0 : 1) : '';
    else out += el ? attr(el, m[3] ?? '') : '';
  }
  return out.trim();
}

/** The `content` of `el`'s `pseudo` element, as the browser computed it ('' when it cannot tell). */
function computedContent(el: Element, pseudo: string): string {
  const view = el.ownerDocument.defaultView;
  return (view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle(el, pseudo || null).content : '') ?? '';
}

/** A custom property in a CSS value: `var(--name)` or `var(--name, fallback)`. */
const VAR = /var\(\s*(--[\w-]+)\s*(?:,([^()]*))?\)/g;

/**
 * A `content` value with its custom properties put in from the rule itself (frameworks draw `var(--tw-content)` and set
 * it to '' in the same rule), or null when one is set elsewhere: on the root, on the element (an inline style). A
 * theme's `.price::before { content: var(--sign) }`, or an offer kept in `:root { --offer: "…" }` and drawn by
 * `content: var(--offer)`, showed words the reader never read (session 26). A rule with such a value is kept apart
 * (MAX_VAR_RULES, so that a framework's many cannot push other rules out) and read from each element's computed
 * content (contentText).
 */
function withVars(value: string, style: CSSStyleDeclaration): string | null {
  let unknown = false;
  const out = value.replace(VAR, (_whole, name: string) => {
    const own = style.getPropertyValue(name).trim();
    if (!own) unknown = true;
    return own;
  });
  return unknown ? null : out;
}

/** The quote mark `el`'s `pseudo` element draws for open-quote (0) or close-quote (1), from its computed `quotes`. */
function quoteOf(el: Element, pseudo: string, which: 0 | 1): string {
  const view = el.ownerDocument.defaultView;
  const quotes = view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle(el, pseudo || null).quotes : '';
  const literal = [...(quotes ?? '').matchAll(CSS_STRING)][which];
  return literal ? unescape(literal[1] ?? literal[2] ?? '') : '';
}

/**
 * States a person puts an element in (pointing at it, focusing it or a field inside, following a link to it, ticking a
 * box): a rule that draws words only then (`.price:hover::after { content: "…" }`) shows them to anyone who points, so
 * its words are read as if the state held. Not inside a parenthesis (`:not(:hover)` keeps its meaning).
 */
const STATES = /(?<!\()::?(?:hover|focus|focus-within|focus-visible|active|target|checked)\b(?!-)/gi;

/** `selector` with the states a person puts an element in left out (STATES). */
const stateless = (selector: string): string => selector.replace(STATES, '');

interface StyledRule {
  selector: string;
  /** Generated text: before or after the element's own; its text reversed (bidi-override); a flex item or box moved (`order`, `flex-direction: *-reverse`). */
  place: 'before' | 'after' | 'reversed' | 'item' | 'box';
  /** The pseudo element that draws generated text (its computed `quotes` give open-quote's words). */
  pseudo?: string;
  content: string;
  /** Words a counter style of the page's draws for it (counterWords): a list's markers, `counter(n, style)` in `content`. */
  counted?: string;
}

/** The page's counter styles (`@counter-style name`), by name: the words their symbols draw (counterWords). */
type Counters = ReadonlyMap<string, string>;
const NO_COUNTERS: Counters = new Map();

/** What the rules of one style sheet draw (sheetRules); `uses` name counter styles, read once all sheets are (styledRules). */
interface SheetRules {
  found: StyledRule[];
  viaVars: StyledRule[];
  counters: Map<string, string>;
  uses: Array<StyledRule & { names: string[] }>;
}

/**
 * The CSS rules a reading may still look at, and the sheets it has read (a web component library gives every instance
 * the same adopted sheet: read once). A document's sheets get their own; the shadow roots and frames of one snapshot
 * share one (snapshot.ts).
 */
export interface CssBudget {
  left: number;
  read: Map<CSSStyleSheet, SheetRules>;
}
export const cssBudget = (): CssBudget => ({ left: MAX_CSS_RULES, read: new Map() });

/** What holds style sheets: a document, or a shadow root (its own `<style>` and `<link>`, and those a script adopted). */
interface SheetHolder {
  styleSheets?: StyleSheetList;
  adoptedStyleSheets?: readonly CSSStyleSheet[];
}

/**
 * A nested rule's selector made whole: CSS nesting's `&` (`.o { &::before {…} }`, `.w { .o::before {…} }`, which
 * Chromium writes `& .o::before`) and `@scope (.o) { :scope::before {…} }` name their parent's elements, which
 * querySelectorAll cannot know (`&` alone matches nothing there). Session 27: such rules drew an offer the reader never read.
 */
function within(selector: string, parent: string | undefined): string {
  if (parent === undefined) return selector;
  const own = selector.replace(/:scope\b/g, '&');
  return own.includes('&') ? own.replace(/&/g, `:is(${parent})`) : `:is(${parent}) ${own}`;
}

/** `counter(n, style)` and `counters(n, "sep", style)` in a `content` value: the style's name. */
const COUNTER_STYLE_USE = /counters?\(\s*[\w-]+\s*,\s*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*,\s*)?([\w-]+)\s*\)/g;
/** A counter style's words: its strings and names, not the numbers of additive weights. */
const COUNTER_WORD = new RegExp(`${CSS_STRING.source}|[A-Za-z_\\u0080-\\uffff][\\w\\u0080-\\uffff-]*`, 'g');

/**
 * The words a `@counter-style` draws: its prefix, symbols, additive symbols and suffix (`symbols: "USCIS access code
 * — only $129"` drawn as a list's marker or by `counter(n, offer)`; session 26 left it open, session 27 reads it).
 */
function counterWords(rule: Record<string, unknown>): string {
  const words: string[] = [];
  for (const name of ['prefix', 'symbols', 'additiveSymbols', 'suffix']) {
    const value = rule[name];
    if (typeof value !== 'string') continue;
    for (const m of value.slice(0, MAX_ATTR * 10).matchAll(COUNTER_WORD)) words.push(m[1] !== undefined || m[2] !== undefined ? unescape(m[1] ?? m[2] ?? '') : m[0]);
  }
  return words.join(' ').trim();
}

/** CSSRule.type of the rules read apart: an @import, a @keyframes (its frames are no element's), a @counter-style. */
const IMPORT_RULE = 3;
const KEYFRAMES_RULE = 7;
const COUNTER_STYLE_RULE = 11;

/**
 * What one readable style sheet draws: rules with text (::before/::after/::marker content, a list style), rules that
 * reverse or move text, and its counter styles. Read inside @media, @supports, @layer, @container, @import, nested
 * rules (`&`) and @scope; once per sheet per budget (CssBudget).
 */
function sheetRules(sheet: CSSStyleSheet, css: CssBudget): SheetRules {
  const known = css.read.get(sheet);
  if (known) return known;
  const out: SheetRules = { found: [], viaVars: [], counters: new Map(), uses: [] };
  css.read.set(sheet, out);
  const { found, viaVars } = out;
  const visit = (rules: CSSRuleList | undefined, parent: string | undefined) => {
    if (!rules) return;
    for (let i = 0; i < rules.length && css.left > 0 && found.length < MAX_RULES; i++, css.left--) {
      const rule = rules[i] as CSSStyleRule & { cssRules?: CSSRuleList; styleSheet?: CSSStyleSheet | null; start?: string | null; name?: string };
      if (rule.type === KEYFRAMES_RULE) continue;
      if (rule.type === COUNTER_STYLE_RULE) {
        if (rule.name) out.counters.set(rule.name, counterWords(rule as unknown as Record<string, unknown>));
        continue;
      }
      if (rule.type === IMPORT_RULE) {
        // A style sheet from another origin cannot be read (docs/tamper-resistance.md).
        visit(part(() => rule.styleSheet?.cssRules, undefined), parent);
        continue;
      }
      const style = rule.style;
      // A nested rule's selector made whole; declarations after a nested rule (CSSNestedDeclarations) are its parent's.
      const own = typeof rule.selectorText === 'string' ? within(rule.selectorText, parent) : parent;
      if (style && own !== undefined) {
        const content = style.getPropertyValue('content');
        const resolved = content.includes('var(') ? withVars(content, style) : content;
        const pseudo = /::?(before|after|marker)\b/i.exec(own);
        const name = pseudo?.[1]?.toLowerCase();
        const generated = (): StyledRule => ({ selector: stateless(own.replace(/::?(?:before|after|marker)\b/gi, '')), place: name === 'after' ? 'after' : 'before', pseudo: `::${name ?? ''}`, content });
        const names = content.includes('counter') ? [...content.matchAll(COUNTER_STYLE_USE)].map((m) => m[1] ?? '') : [];
        // Not icon fonts' private-use characters, counters or quotes: words, a currency sign (a theme draws the "$" of
        // a price that is "39.99" in the text), or an attribute's. A counter in a style of the page's: its words (uses).
        if (name && names.length > 0 && out.uses.length < MAX_VAR_RULES) out.uses.push({ ...generated(), content: '', names });
        if (content && content !== 'none' && content !== 'normal' && (resolved === null || /attr\(|-quote\b/.test(resolved) || DRAWN_CHARACTER.test(contentText(resolved, null)))) {
          // A list item's ::marker draws its content too, before the item's text.
          const into = resolved === null ? viaVars : found;
          if (name && (into === found || viaVars.length < MAX_VAR_RULES)) into.push(generated());
        }
        const selector = stateless(own);
        // A string as the list style is drawn as each item's marker (inherited from a list); so is a counter style's name.
        const listed = style.getPropertyValue('list-style-type');
        if (QUOTED.test(listed)) found.push({ selector, place: 'before', content: listed });
        else if (/^[\w-]+$/.test(listed) && out.uses.length < MAX_VAR_RULES) out.uses.push({ selector, place: 'before', content: '', names: [listed] });
        if (/override/.test(style.getPropertyValue('unicode-bidi'))) found.push({ selector, place: 'reversed', content: '' });
        if (/reverse/.test(style.getPropertyValue('flex-direction')) || (style.getPropertyValue('direction') === 'rtl' && FLEX_OR_GRID.test(style.getPropertyValue('display')))) found.push({ selector, place: 'box', content: '' });
        const order = style.getPropertyValue('order');
        if (order && order !== '0') found.push({ selector, place: 'item', content: '' });
      }
      // @media, @supports, @layer, @container keep the parent; a style rule's nested rules and @scope's name their own.
      if (rule.cssRules) visit(rule.cssRules, style ? own : rule.start !== undefined ? (rule.start ?? '*') : parent);
    }
  };
  visit(part(() => sheet.cssRules, undefined), undefined);
  return out;
}

/**
 * Rules of the readable style sheets of a document or a shadow root (its own and those a script adopted) that draw
 * text or reverse or move it, with the page's counter styles (by name, for the markers of lists in inline styles).
 */
function styledRules(holder: SheetHolder, css: CssBudget): { rules: StyledRule[]; counters: Counters } {
  const found: StyledRule[] = [];
  const viaVars: StyledRule[] = [];
  const uses: SheetRules['uses'] = [];
  const counters = new Map<string, string>();
  const sheets: CSSStyleSheet[] = [];
  const listed = holder.styleSheets;
  for (let i = 0; listed && i < listed.length; i++) sheets.push(listed[i] as CSSStyleSheet);
  // Sheets a script made and adopted (`adoptedStyleSheets`) are in no StyleSheetList.
  sheets.push(...part(() => Array.from(holder.adoptedStyleSheets ?? []), []));
  for (const sheet of sheets) {
    const read = sheetRules(sheet, css);
    found.push(...read.found);
    viaVars.push(...read.viaVars);
    uses.push(...read.uses);
    for (const [name, words] of read.counters) counters.set(name, words);
  }
  for (const use of uses) {
    const counted = use.names.map((n) => counters.get(n) ?? '').join(' ').trim();
    if (DRAWN_CHARACTER.test(counted)) found.push({ ...use, counted });
  }
  return { rules: found.slice(0, MAX_RULES).concat(viaVars.slice(0, MAX_VAR_RULES)), counters };
}

/** The words a rule with text draws on `el`: its generated content, and a counter style's words. */
function wordsOf(rule: StyledRule, el: Element): string {
  const content = rule.content ? contentText(rule.content, el, rule.pseudo) : '';
  return rule.counted ? `${content} ${rule.counted}`.trim() : content;
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
