/**
 * Which frames are part of the page. Pure: no browser API (the worker, entrypoints/background/frames.ts,
 * and the reader, entrypoints/reader, call it; tests/unit/page/frames.test.ts drives it in Node).
 *
 * A seller can put a near-empty page on one host and the whole selling page (or a copy of a USCIS
 * page) in a frame from another host that covers it: the person sees the offer under the top
 * page's address, but the top page's reader cannot read a cross-origin frame (risks18). So the
 * reader also runs in such a frame, and its text is judged WITH the top page's, under the top
 * page's address — but only when the frame IS the page for the person. A news site, a lawyer's or
 * a nonprofit's page with an ad for a visa service, an embedded video, a map or a payment widget
 * must not be judged by that frame's words.
 *
 * The rule (pageBoxes), on what the parent document shows: `share` is the part of the parent's
 * viewport the frame is over (a grid of GRID × GRID points hit-tested in the parent, frameBoxes:
 * a frame scrolled away, hidden or clipped does not count), `parentText` the length of the
 * parent's own text (its snapshot's).
 *   - share ≥ COVERS (half the viewport): the person sees the frame more than anything else; or
 *   - frames of share ≥ SHELL_COVERS (a quarter) each that together cover COVERS (a page cut into
 *     two frames side by side); or
 *   - share ≥ SHELL_COVERS and the parent has under SHELL_TEXT characters of its own (a header
 *     and a frame: the shell of a page whose content is all in the frame).
 * A 300×250 ad is 8% of a 1280×720 viewport: never. A video 40% high above an article: not
 * (the article has words of its own). Nested frames: a frame joins only when its parent document
 * joined (the top page always has) and the rule holds in the parent.
 *
 * The frame's own host does not matter to the verdict: its words are judged under the TOP page's
 * address, which is what the person sees. A copy of a USCIS page framed from uscis.gov into a
 * page on another host is therefore a copy (the same as copied text); a seller's frame over an
 * official page changes nothing (decide() keeps an official address official, and the worker does
 * not read official pages at all). Same-origin frames are read by their parent's reader already
 * (lib/page/snapshot.ts), so only cross-origin ones send their own reading; a frame inside a
 * same-origin frame (a script-written about:blank holding a seller's frame) is hit-tested through
 * it and counts as a frame of the document whose reader read it (readerOf).
 *
 * Matching a frame's reading to its box in the parent: the parent's reader sees the frame element
 * (its box) but not which browser frame it is, and the frame's reader sees its own size
 * (innerWidth × innerHeight) but not the parent. A reading joins when its size is within SIZE_SLACK
 * of a box that passes the rule. Two frames of one size where only one covers the page both join
 * (no real page seen that does this; a seller gains nothing from it).
 */
import { hostOfUrl, isWebUrl, originOf } from '../domain/url';
import { FRAME_TAGS, part } from './dom';
import { shadowRootOf } from './snapshot';
import { keepEnds } from '../text/ends';
import { MAX_RAW_TAIL, MAX_RAW_TEXT, type FormSnapshot, type PageSnapshot } from '../types';

/** Hit-test points per side of the viewport (GRID × GRID in all). */
export const GRID = 5;
export const COVERS = 0.5;
export const SHELL_COVERS = 0.25;
export const SHELL_TEXT = 200;
/** CSS pixels a frame's own size may differ from its element's box (rounding, a border the box leaves out). */
const SIZE_SLACK = 2;
/** Frames whose reader sends nothing: smaller than this on either side (pixels, buttons, badges). */
export const MIN_FRAME_SIDE = 100;
const MAX_FORMS = 50;

/** A frame element as its parent document shows it: its content size and the share of the viewport where it is on top. */
export interface FrameBox {
  width: number;
  height: number;
  share: number;
}

/**
 * The boxes of one document that are the page for the person (the rule above), among those it
 * reports: frames of a quarter of the viewport or more, when together they cover half of it (one
 * frame, or a page cut into frames side by side: each under half, together the page), or when the
 * parent has under SHELL_TEXT characters of its own. A news page's ads are each under a quarter (a
 * 970×250 billboard is 28% of a 1100×800 viewport, alone), so they never add up.
 */
export function pageBoxes(boxes: readonly FrameBox[], parentText: number): FrameBox[] {
  const big = boxes.filter((box) => box.share >= SHELL_COVERS);
  const together = big.reduce((sum, box) => sum + box.share, 0);
  return together >= COVERS || parentText < SHELL_TEXT ? big : [];
}

/** One frame alone is the page for the person (pageBoxes). */
export function frameIsPage(box: FrameBox, parentText: number): boolean {
  return pageBoxes([box], parentText).length > 0;
}

/** Boxes worth reporting at all: the reader sends its snapshot (even of an unrelated page) when one of these appears. */
function mayBePage(box: FrameBox): boolean {
  return box.share >= Math.min(COVERS, SHELL_COVERS);
}

/** What one document of a tab sent: the top page (parentFrameId -1) or a frame. */
export interface FrameReading {
  frameId: number;
  parentFrameId: number;
  snapshot: PageSnapshot;
  /** A frame's own size (its innerWidth × innerHeight); absent for the top page. */
  size?: { width: number; height: number };
  /** The frames in this document that may be the page (mayBePage). */
  frames?: readonly FrameBox[];
}

function fits(size: FrameReading['size'], box: FrameBox): boolean {
  return size !== undefined && Math.abs(size.width - box.width) <= SIZE_SLACK && Math.abs(size.height - box.height) <= SIZE_SLACK;
}

/** The readings whose text is the page's: the top page's (frameId 0) first, then each frame that joins, parents before children. */
export function pageReadings(readings: readonly FrameReading[]): FrameReading[] {
  const top = readings.find((r) => r.frameId === 0);
  if (!top) return [];
  const joined = [top];
  for (let i = 0; i < joined.length; i++) {
    const parent = joined[i]!;
    const boxes = pageBoxes(parent.frames ?? [], parent.snapshot.text.length);
    if (boxes.length === 0) continue;
    for (const r of readings) {
      if (r.parentFrameId === parent.frameId && r.frameId !== 0 && !joined.includes(r) && boxes.some((box) => fits(r.size, box))) joined.push(r);
    }
  }
  return joined;
}

/**
 * One snapshot for the tab: the top page's address, title and language (what the person sees; a
 * frame's title only when the top page has none), the text and forms of every reading that joins
 * (a frame's form that submits to its own host submits to another host than the top page's).
 */
export function pageWithFrames(readings: readonly FrameReading[]): PageSnapshot | null {
  return joinReadings(pageReadings(readings));
}

/** pageWithFrames of the readings that join, as pageReadings lists them (the top page's first). */
export function joinReadings(joinedReadings: readonly FrameReading[]): PageSnapshot | null {
  const [top, ...frames] = joinedReadings;
  if (!top) return null;
  if (frames.length === 0) return top.snapshot;
  const all = [top, ...frames].map((r) => r.snapshot);
  const joined = all.map((s) => s.text).filter((t) => t !== '').join('\n');
  const text = keepEnds(joined, MAX_RAW_TEXT, MAX_RAW_TAIL);
  return {
    url: top.snapshot.url,
    title: all.find((s) => s.title !== '')?.title ?? '',
    text,
    truncated: text !== joined || all.some((s) => s.truncated),
    forms: [top.snapshot.forms, ...frames.map((r) => framedForms(r.snapshot))].flat().slice(0, MAX_FORMS),
    lang: all.find((s) => s.lang !== '')?.lang ?? '',
  };
}

/** A frame of a tab as the browser lists it (webNavigation.getAllFrames). */
export interface TabFrame {
  frameId: number;
  parentFrameId: number;
  url: string;
}

/** Whose reader reads `frame`'s text: its parent's when it is same-origin with it, or a document the parent wrote (about:). */
function readByParent(frame: TabFrame, parent: TabFrame): boolean {
  return frame.url.startsWith('about:') || originOf(frame.url) === originOf(parent.url);
}

/**
 * The frame whose reader reports `frameId`'s box (its FrameReading.parentFrameId): the nearest
 * ancestor with a reader of its own — the top page, or a frame not read by its parent. -1: none
 * (not in the list, or a frame read by its parent, which sends no reading). `ownReading`: the frame
 * sent a reading, so its parent does not read it whatever its address says (a sandboxed srcdoc
 * frame is about:srcdoc, yet of no origin its parent can read: its reader reads it).
 */
export function readerOf(frames: readonly TabFrame[], frameId: number, ownReading = false): number {
  const byId = new Map(frames.map((f) => [f.frameId, f]));
  const frame = byId.get(frameId);
  let parent = frame && byId.get(frame.parentFrameId);
  if (!frame || !parent || (!ownReading && readByParent(frame, parent))) return -1;
  for (let hops = 0; parent.frameId !== 0 && hops < 8; hops++) {
    const up = byId.get(parent.parentFrameId);
    if (!up || !readByParent(parent, up)) break;
    parent = up;
  }
  return parent.frameId;
}

/**
 * The frames whose box `reader`'s document reports: the reader goes into these — web frames its
 * document does not read, and srcdoc and data: frames, which a sandbox can make unreadable to their
 * parent (the reader in such a frame reads it only when its parent cannot: entrypoints/reader).
 */
export function framesReportedBy(frames: readonly TabFrame[], reader: number): number[] {
  const mayBeSealed = (url: string) => url === 'about:srcdoc' || url.startsWith('data:');
  return frames
    .filter((f) => f.frameId !== 0 && (isWebUrl(f.url) || mayBeSealed(f.url)) && readerOf(frames, f.frameId, mayBeSealed(f.url)) === reader)
    .map((f) => f.frameId);
}

/**
 * Whether a frame may be in `reader`'s document, going by the browser's list of the tab's frames
 * (webNavigation.getAllFrames, taken by the worker): a frame listed below it at any depth (through
 * frames its document reads, or not), or one whose line up to the top is broken (its parent is not
 * listed: a frame that never loaded a document of its own, such as a script-written about:blank,
 * may hold it anywhere). The list holds every frame whose document came from an address, shadow
 * roots included, which the document's own count (window.length) leaves out; a frame that never
 * loaded one shows nothing its parent's reader does not read. False only when none can be there:
 * the reader may then skip its hit test (entrypoints/reader frames.ts), until the worker says a
 * frame came (entrypoints/background/frames.ts).
 */
export function mayHoldFrames(frames: readonly TabFrame[], reader: number): boolean {
  const byId = new Map(frames.map((f) => [f.frameId, f]));
  if (!byId.has(reader)) return true;
  for (const frame of frames) {
    let up = frame;
    for (let hops = 0; up.frameId !== reader; hops++) {
      if (up.parentFrameId === -1) break;
      const parent = byId.get(up.parentFrameId);
      if (!parent || hops > frames.length) return true;
      up = parent;
    }
    if (up.frameId === reader && frame.frameId !== reader) return true;
  }
  return false;
}

/** A frame's forms as the top page sees them: one that submits to its own host ('') submits to the frame's. */
function framedForms(snapshot: PageSnapshot): FormSnapshot[] {
  const host = hostOfUrl(snapshot.url);
  return snapshot.forms.map((f) => (f.actionHost === '' ? { ...f, actionHost: host } : f));
}

/**
 * The boxes of `doc`'s frame elements that may be the page (mayBePage), measured as the rule reads
 * them: at GRID × GRID points of the viewport, every frame the point is over counts — not only the
 * one on top: a seller can lay 25 specks of nothing, or one transparent link, exactly over the
 * points, where the person sees the frame all the same (tests/e2e/frame-evasions.spec.ts). A frame
 * scrolled away, hidden (display, visibility) or clipped by a container is at no point
 * (elementsFromPoint tests what the browser draws where). A frame under the page's own content
 * counts too: a page that lays its content over a frame the size of the viewport is rare, and the
 * frame's words still have to say something. Looks into shadow roots (open ones, and closed ones the
 * reader can open) and same-origin frames. Asks for layout once per call: the reader calls it at its
 * first look at an address and then only when frames may have changed (entrypoints/reader frameTracker).
 */
export function frameBoxes(doc: Document): FrameBox[] {
  const view = doc.defaultView;
  if (!view || typeof doc.elementsFromPoint !== 'function') return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  if (width <= 0 || height <= 0) return [];
  const hits = new Map<Element, number>();
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      for (const el of framesAt(doc, ((i + 0.5) * width) / GRID, ((j + 0.5) * height) / GRID)) hits.set(el, (hits.get(el) ?? 0) + 1);
    }
  }
  return [...hits]
    .map(([el, n]) => ({ width: el.clientWidth, height: el.clientHeight, share: n / (GRID * GRID) }))
    .filter(mayBePage);
}

/** Elements asked about per point (elementsFromPoint answers with everything under it, the page's root included). */
const MAX_STACK = 200;

/** The frames whose document is not `doc`'s reader's to read, under (x, y): inside shadow roots, and through same-origin frames. */
function framesAt(doc: Document | ShadowRoot, x: number, y: number, depth = 0, found = new Set<Element>(), seen = new Set<Node>()): Set<Element> {
  const stack = part(() => doc.elementsFromPoint(x, y), []);
  for (let k = 0; k < stack.length && k < MAX_STACK; k++) {
    const el = stack[k]!;
    if (seen.has(el)) continue;
    seen.add(el);
    const root = shadowRootOf(el);
    if (root && !seen.has(root) && depth < 8) {
      seen.add(root);
      framesAt(root, x, y, depth + 1, found, seen);
    }
    if (!FRAME_TAGS.has(el.localName)) continue;
    const inner = part(() => (el as HTMLIFrameElement).contentDocument ?? null, null);
    if (!inner) {
      found.add(el);
      continue;
    }
    // Text of a same-origin frame is read with its parent's; the frames inside it are what count.
    if (depth >= 8) continue;
    const box = el.getBoundingClientRect();
    framesAt(inner, x - box.left - el.clientLeft, y - box.top - el.clientTop, depth + 1, found, seen);
  }
  return found;
}
