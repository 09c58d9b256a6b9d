/**
 * The page's CSS rules that draw words or move them, for drawnText (drawn.ts): generated content (`::before`, `::after`,
 * `::marker`), list styles (a string, or a `@counter-style`'s symbols), bidi overrides and moved flex and grid items,
 * from the readable style sheets of a document or a shadow root, in every kind of group rule, nested rule and import.
 */
import { MAX_ATTR, attr, part } from './dom';

/** What makes generated content words (drawnText): a letter, a digit or a currency sign; not an icon font's private-use character. */
const DRAWN_CHARACTER = /[\p{L}\p{N}\p{Sc}]/u;

/** A CSS value that is a string (a list style drawn as words, not a counter's name). */
export const QUOTED = /^["']/;
export const FLEX_OR_GRID = /flex|grid/i;
/** At most this many CSS rules with generated text, and elements per rule. */
export const MAX_RULES = 60;
/** Generated-content rules whose words come from a custom property set outside the rule (withVars), besides MAX_RULES. */
const MAX_VAR_RULES = 20;
/** Most CSS rules looked at per document (a page can carry tens of thousands), and in all the roots of a snapshot. */
const MAX_CSS_RULES = 20_000;
const MAX_ROOT_CSS_RULES = 5_000;

const CSS_STRING = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g;
/** The parts of a `content` value that draw words: strings, attr(), open-quote and close-quote. */
const CONTENT_PART = new RegExp(`${CSS_STRING.source}|attr\\(\\s*([\\w-]+)\\s*\\)|\\b(open|close)-quote\\b`, 'g');
/** A CSS string's text, its escapes read ("\24" is "$"). */
const unescape = (literal: string): string => literal.replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gi, (_e, hex: string | undefined, c: string) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : c));

/**
 * A CSS `content` value's text: its strings, attr() values, and the quotes open-quote and close-quote draw (the first
 * pair of `quotes` of `el`'s `pseudo` element: a page can set its offer as the "quote mark"); counters left out.
 */
export function contentText(value: string, el: Element | null, pseudo = ''): string {
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

export interface StyledRule {
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
export type Counters = ReadonlyMap<string, string>;
export const NO_COUNTERS: Counters = new Map();

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
 * share one (snapshot.ts, cssBudget).
 */
export interface CssBudget {
  left: number;
  read: Map<CSSStyleSheet, SheetRules>;
}
/**
 * A fresh budget: a document's (MAX_CSS_RULES), or the one all the shadow roots and frames of a snapshot share
 * (`roots`: MAX_ROOT_CSS_RULES; 500 roots, each with its own sheet of 200 rules, cost ~40 ms more per snapshot when
 * their 20,000 rules were read, on a loaded 2-core machine; a sheet many roots adopt is read once).
 */
export const cssBudget = (roots = false): CssBudget => ({ left: roots ? MAX_ROOT_CSS_RULES : MAX_CSS_RULES, read: new Map() });

/** What holds style sheets: a document, or a shadow root (its own `<style>` and `<link>`, and those a script adopted). */
export interface SheetHolder {
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
  if (css.left <= 0) return { found: [], viaVars: [], counters: new Map(), uses: [] };
  const out: SheetRules = { found: [], viaVars: [], counters: new Map(), uses: [] };
  css.read.set(sheet, out);
  const { found, viaVars } = out;
  const visit = (rules: CSSRuleList | undefined, parent: string | undefined) => {
    if (!rules) return;
    for (let i = 0; i < rules.length && css.left > 0 && found.length < MAX_RULES; i++, css.left--) {
      const rule = rules[i] as CSSStyleRule & { cssRules?: CSSRuleList; styleSheet?: CSSStyleSheet | null; start?: string | null; name?: string };
      const type = rule.type;
      if (type === KEYFRAMES_RULE) continue;
      if (type === COUNTER_STYLE_RULE) {
        if (rule.name) out.counters.set(rule.name, counterWords(rule as unknown as Record<string, unknown>));
        continue;
      }
      if (type === IMPORT_RULE) {
        // A style sheet from another origin cannot be read (docs/tamper-resistance.md).
        visit(part(() => rule.styleSheet?.cssRules, undefined), parent);
        continue;
      }
      const style = rule.style;
      // A nested rule's selector made whole; declarations after a nested rule (CSSNestedDeclarations) are its parent's.
      const text = rule.selectorText;
      const own = typeof text === 'string' ? within(text, parent) : parent;
      if (style && own !== undefined) {
        const content = style.getPropertyValue('content');
        if (content && content !== 'none' && content !== 'normal') {
          const resolved = content.includes('var(') ? withVars(content, style) : content;
          const name = /::?(before|after|marker)\b/i.exec(own)?.[1]?.toLowerCase();
          const generated = (): StyledRule => ({ selector: stateless(own.replace(/::?(?:before|after|marker)\b/gi, '')), place: name === 'after' ? 'after' : 'before', pseudo: `::${name ?? ''}`, content });
          const names = content.includes('counter') ? [...content.matchAll(COUNTER_STYLE_USE)].map((m) => m[1] ?? '') : [];
          // A counter in a style of the page's: its words (uses). Not icon fonts' private-use characters, counters or
          // quotes: words, a currency sign (a theme draws the "$" of a price that is "39.99" in the text), or an attribute's.
          if (name && names.length > 0 && out.uses.length < MAX_VAR_RULES) out.uses.push({ ...generated(), content: '', names });
          if (resolved === null || /attr\(|-quote\b/.test(resolved) || DRAWN_CHARACTER.test(contentText(resolved, null))) {
            // A list item's ::marker draws its content too, before the item's text.
            const into = resolved === null ? viaVars : found;
            if (name && (into === found || viaVars.length < MAX_VAR_RULES)) into.push(generated());
          }
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
export function styledRules(holder: SheetHolder, css: CssBudget): { rules: StyledRule[]; counters: Counters } {
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
export function wordsOf(rule: StyledRule, el: Element): string {
  const content = rule.content ? contentText(rule.content, el, rule.pseudo) : '';
  return rule.counted ? `${content} ${rule.counted}`.trim() : content;
}
