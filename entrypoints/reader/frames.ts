/**
 * The reader's watch on frames (entrypoints/reader/index.ts runs it IN THE PAGE): which frames of
 * its document may be the page and when to look at them again, and how a frame's own document is
 * read (lib/page/frames.ts has the rule and the measuring).
 */
import { FRAME_TAGS } from '@/lib/page/dom';
import { frameBoxes, MIN_FRAME_SIDE, type FrameBox } from '@/lib/page/frames';

/** In a frame, its own size (lib/page/frames.ts matches it to a box its parent reports); nothing in the top page. */
export function ownSize(): { width: number; height: number } | undefined {
  return window !== window.top ? { width: window.innerWidth, height: window.innerHeight } : undefined;
}

/**
 * The frames of this document that may be the page (lib/page/frames.ts frameBoxes), and whether the
 * worker has not heard of them yet: when one appeared, moved, grew or went, the worker gets this
 * document's snapshot even of a page about nothing, to read the frame with it; in a frame, its own
 * size counts too (the worker matches it to its box). Hit-testing forces a layout, so it runs at the
 * first check of an address (after load: the layout is usually clean), then only when something may
 * have moved a frame: the number of frames changed (window.length, polled by the reader's watch()),
 * an attribute changed (a class can show a hidden frame), the worker saw a frame load (`moved`: a
 * frame added to a shadow root, which neither the document's observer nor window.length sees), or —
 * watchFrames — one of the document's frame elements changed size (an inline style, an animation:
 * ResizeObserver) or came into view (IntersectionObserver), it or a box around it got a new inline
 * style or `hidden`, or ended a CSS animation or transition, or the window was resized. Text alone
 * changing does not move a frame. A document with no frame at all is not hit-tested (noFrame).
 */
export function frameTracker(schedule: () => void): { look(stale: boolean): boolean; sent(): FrameBox[]; forget(): void; moved(): void } {
  let frames: FrameBox[] = [];
  let count = -1;
  let sentKey = '';
  /** A frame's box may have changed since the last look (the watch below, or the worker's word). */
  let stirred = false;
  const moved = () => {
    stirred = true;
    schedule();
  };
  const key = () => [ownSize(), ...frames].map((f) => f && `${f.width}x${f.height}:${'share' in f ? f.share : ''}`).join(' ');
  let watching: ((elements: Element[]) => void) | undefined;
  return {
    look: (stale) => {
      if (stale || stirred || count === -1 || window.length !== count) {
        stirred = false;
        frames = noFrame() ? [] : frameBoxes(document);
        count = window.length;
        // From the first look on, the frame elements it measured are watched.
        watching ??= watchFrames(moved);
        watching(frameElements());
      }
      return key() !== sentKey;
    },
    /** The frames of the last look, now told to the worker. */
    sent: () => {
      sentKey = key();
      return frames;
    },
    forget: () => {
      count = -1;
      sentKey = '';
    },
    moved,
  };
}

/**
 * No frame can be in this document, so the hit test would find none: the worker listed none in it
 * when the reader went in (its word 'none', which counts frames in shadow roots too, and turns to
 * 'came' for good when one commits: entrypoints/background/frames.ts) and its own tree has none
 * now (window.length: one added since that has not committed yet).
 */
function noFrame(): boolean {
  return window.__officialOrNotFrames === 'none' && window.length === 0;
}

/** The frame elements of this document, not of its shadow roots (the worker tells the reader when a frame loads: entrypoints/background/frames.ts). */
function frameElements(): Element[] {
  return [...document.querySelectorAll([...FRAME_TAGS].join(', '))];
}

/** Calls `moved` when one of the elements given (the last call's) may have changed its box; returns the function that gives them. */
function watchFrames(moved: () => void): (elements: Element[]) => void {
  const watched = new Set<Element>();
  /** The frames and their ancestors: a new inline style on one of them can show, hide or move a frame. */
  const around = new Set<Node>();
  /** Each observer's first report on an element tells how it is when observed: not a change. */
  const reports = (): ((entries: ReadonlyArray<{ target: Element }>) => void) => {
    const first = new WeakSet<Element>();
    return (entries) => {
      let change = false;
      for (const { target } of entries) {
        if (first.has(target)) change = true;
        else first.add(target);
      }
      if (change) moved();
    };
  };
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(reports()) : undefined;
  const view = typeof IntersectionObserver === 'function' ? new IntersectionObserver(reports(), { threshold: [0, 0.25, 0.5, 1] }) : undefined;
  // An animation or transition of a frame or of a box around it (not the page's hover effects elsewhere).
  const ofFrames = (event: Event) => {
    if (around.has(event.target as Node)) moved();
  };
  const listen = () => {
    for (const type of ['transitionend', 'animationend', 'animationiteration']) addEventListener(type, ofFrames, { capture: true, passive: true });
    addEventListener('resize', moved, { passive: true });
  };
  listen();
  // The document itself, not its <html>: document.open() puts a new one in place, and erases every event listener of
  // the window, ours too (session 27: a frame shown by an inline style after a rewrite was never looked at); listen again.
  let root = document.documentElement;
  try {
    new MutationObserver((records) => {
      if (records.some((r) => around.has(r.target))) moved();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
    new MutationObserver(() => {
      if (document.documentElement === root || document.documentElement === null) return;
      root = document.documentElement;
      listen();
    }).observe(document, { childList: true });
  } catch {
    // As watch(): the page cannot break our world's observer.
  }
  return (elements) => {
    around.clear();
    for (const el of elements) {
      for (let node: Node | null = el; node && around.size < 5_000; node = node.parentNode) around.add(node);
      if (watched.has(el)) continue;
      watched.add(el);
      resize?.observe(el);
      view?.observe(el);
    }
    if (watched.size > elements.length * 2 + 50) {
      // Frames that left the document: stop watching them.
      for (const el of watched) {
        if (el.isConnected) continue;
        watched.delete(el);
        resize?.unobserve(el);
        view?.unobserve(el);
      }
    }
  };
}

/**
 * How this document is read: the top page and a cross-origin frame big enough to be a page by their
 * own reader ('read'); a frame whose parent reads its text itself, same-origin, not at all
 * ('parent-reads'); a cross-origin frame too small for now ('small'): it may grow into the page.
 */
export function frameKind(): 'read' | 'parent-reads' | 'small' {
  if (window === window.top) return 'read';
  try {
    // Throws for a cross-origin parent.
    if (window.parent.document !== null) return 'parent-reads';
  } catch {
    // Cross-origin: ours to read.
  }
  return window.innerWidth < MIN_FRAME_SIDE || window.innerHeight < MIN_FRAME_SIDE ? 'small' : 'read';
}
