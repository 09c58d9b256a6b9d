/**
 * The page reader's text walk (lib/page/snapshot.ts): text nodes in document order, each read once, with the words a page
 * draws outside its text nodes in their places; pieces of one word glued (touching()); and, on a page whose text passes
 * the cap, its end (readEnd). Runs in the page; no layout.
 */
import { SHOW_TEXT, part, readable } from './dom';
import { END, NO_DRAWN, drawnText, type Drawn } from './drawn';
import { shownCase } from './shown-case';
import { add, type Sink } from './text-sink';

/** Elements that run on in a line: words cut across them are drawn as one word. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var']);
/** Pieces of at most this many characters are glued across any element but BREAKS ("U", "S", "C"… one per box). */
const LETTER_PIECE = 2;
/** Elements that always end a line or a cell. */
const BREAKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'dl', 'dt', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul']);

/**
 * Whether text node `next` follows `prev` in the same line with nothing drawn between: only the
 * edges of inline elements (any elements when `loose`) and <wbr>. Words a page cuts into pieces
 * ("U<wbr>S", "<span>U</span><span>S</span>", a drop cap) are then read whole.
 */
function touching(prev: Node, next: Node, root: Node, loose: boolean): boolean {
  const runsOn = (n: Node) => n.nodeType === 1 && (loose ? !BREAKS.has((n as Element).localName) : INLINE.has((n as Element).localName));
  let at: Node = prev;
  for (let hops = 0; !at.nextSibling; hops++) {
    const up = at.parentNode;
    if (!up || up === root || !runsOn(up) || hops > 8) return false;
    at = up;
  }
  let step: Node | null = at.nextSibling;
  for (let hops = 0; step && step !== next && hops < 16; hops++) {
    if (step.nodeType === 1 && (step as Element).localName === 'wbr') step = step.nextSibling;
    else if (runsOn(step)) step = step.firstChild;
    else return false;
  }
  return step === next;
}

const bare = (c: number) => c > 32 && c !== 160;

/**
 * Adds the text nodes under `root` to `sink`, with the words the page draws from attributes, CSS
 * and overridden text in their places (drawnText). A text-only TreeWalker with no JS filter (a
 * filter callback per node cost 15–80 ms on 1–5 MB pages in bench:profile); whether an element's
 * text is read is decided once per parent (text nodes of one element come in a row). Text nodes
 * are joined by a space, except pieces of one word (touching()).
 */
export function walkText(doc: Document, root: Node, sink: Sink, drawn: Drawn = part(() => drawnText(doc, root), NO_DRAWN), nodes: Nodes = doc.createTreeWalker(root, SHOW_TEXT)): void {
  const words = (at: Node | null): string[] => drawnWords(drawn, at, sink.skipHidden);
  let lastParent: Node | null = null;
  let readParent = true;
  /** The last text node added, when its text ends without white space. */
  let open: Node | null = null;
  let openShort = false;
  if (nodes.fromStart !== false) for (const text of words(null)) if (!add(sink, text, false)) return;
  for (let node = nodes.nextNode(); node; node = nodes.nextNode()) {
    const parent = node.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      readParent = !(parent && parent.nodeType === 1) || readable(parent as Element, sink.skipHidden);
    }
    const raw = readParent ? (node.nodeValue ?? '') : '';
    const value = shownCase(parent as Element | null, raw.trim());
    if (value) {
      const short = value.length <= LETTER_PIECE;
      const glue = open !== null && bare(raw.charCodeAt(0)) && touching(open, node, root, short && openShort);
      if (!add(sink, value, glue)) return;
      open = bare(raw.charCodeAt(raw.length - 1)) ? node : null;
      openShort = short;
    } else if (raw) {
      open = null;
    }
    if (drawn.size > 0 && drawn.has(node)) {
      open = null;
      for (const text of words(node)) if (!add(sink, text, false)) return;
    }
  }
  for (const text of words(END)) if (!add(sink, text, false)) return;
}

/** The text nodes a walk reads, in document order: a TreeWalker, or the end of one (readEnd), which is not the page's start. */
interface Nodes {
  nextNode(): Node | null;
  fromStart?: boolean;
}

/** Drawn words to add after `at` (when the walk skips hidden text, those of hidden elements are skipped too). */
function drawnWords(drawn: Drawn, at: Node | null, skipHidden: boolean): string[] {
  return (drawn.get(at) ?? []).filter((w) => !skipHidden || readable(w.el, true)).map((w) => shownCase(w.el, w.text));
}

/**
 * The end of a page whose text passed the cap (`walker` stopped on the text node that filled it), into `end`, a ring
 * that keeps the last characters it is given: the text nodes from there on are listed without being read, then looked
 * at from the last one back (whether each parent is drawn, once per parent) to where `end.tailMax` characters of drawn
 * text begin, and walked from there as any text is (walkText). What costs is read for the end only, not the page's
 * whole middle: a visibility check for every text node to the end cost 0.6 s on a 5 MB page (bench:load). Hidden text
 * after an offer does not push it out. The node that filled the head may be read again, in part, at the start of the end.
 */
export function readEnd(doc: Document, root: Node, end: Sink, drawn: Drawn, walker: TreeWalker): void {
  const rest: Node[] = walker.currentNode === root ? [] : [walker.currentNode];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) rest.push(node);
  let from = rest.length;
  let lastParent: Node | null = null;
  let readParent = true;
  for (let count = 0; from > 0 && count < end.tailMax; ) {
    const node = rest[--from]!;
    const parent = node.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      readParent = !(parent && parent.nodeType === 1) || readable(parent as Element, true);
    }
    if (readParent) count += (node.nodeValue ?? '').trim().length + 1;
    if (drawn.size > 0 && drawn.has(node)) for (const text of drawnWords(drawn, node, true)) count += text.length + 1;
  }
  let at = from;
  walkText(doc, root, end, drawn, { nextNode: () => rest[at++] ?? null, fromStart: false });
}
