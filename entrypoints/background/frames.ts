/**
 * Runs in the WORKER: the readings of one tab's documents (the top page's and its frames'), kept
 * per tab until the top page changes, so a frame that is the page for the person is judged with it
 * (which frames join, and how their snapshots combine: lib/page/frames.ts, pure). The code that
 * runs in the page is entrypoints/reader.
 *
 * The reader of a document that shows a frame which may be the page reports that frame's box; the
 * worker then puts the reader into that document's cross-origin child frames (only then: most
 * pages never have one, and tiny frames send nothing). Kept in memory: after the worker restarts a
 * frame's words count again from its next change (the top page's readings re-send theirs then too).
 */
import { browser } from 'wxt/browser';
import { isWebUrl, originOf } from '@/lib/domain/url';
import { framesReportedBy, joinReadings, mayHoldFrames, pageReadings, readerOf, type FrameReading, type TabFrame } from '@/lib/page/frames';
import type { PageSnapshot } from '@/lib/types';

interface TabReadings {
  /** The top page's address when its reading came (a new top page starts over). */
  top: string;
  readings: Map<number, FrameReading>;
  /** Frames the reader was put into (it re-reads itself after that). */
  injected: Set<number>;
}

const tabs = new Map<number, TabReadings>();

/** The top page's reading: the snapshot to judge the tab by (with the frames that are the page). */
export function topReading(tabId: number, snapshot: PageSnapshot, frames: FrameReading['frames']): PageSnapshot {
  // Same document, new address (pushState): its frames stay. A new document: forgetTopPage() ran at its commit.
  const tab: TabReadings = { readings: new Map(), injected: new Set(), ...tabs.get(tabId), top: snapshot.url };
  tabs.set(tabId, tab);
  tab.readings.set(0, { frameId: 0, parentFrameId: -1, snapshot, ...(frames ? { frames } : {}) });
  if (frames?.length) void readChildFrames(tabId, 0);
  return joinReadings(pageReadings([...tab.readings.values()])) ?? snapshot;
}

/**
 * A frame's reading. Answers the tab's snapshot with it when the frame is (part of) the page, else
 * null (the frame changes nothing). `top`: the tab's address now, to check the reading is about it.
 */
export async function frameReading(tabId: number, frameId: number, reading: Omit<FrameReading, 'frameId' | 'parentFrameId'>, top: string | undefined): Promise<{ url: string; snapshot: PageSnapshot } | null> {
  const tab = tabs.get(tabId);
  if (!tab || top === undefined || originOf(top) !== originOf(tab.top)) return null;
  const parentFrameId = readerOf(await tabFrames(tabId), frameId, true);
  if (parentFrameId < 0) return null;
  const wasJoined = pageReadings([...tab.readings.values()]).some((r) => r.frameId === frameId);
  tab.readings.set(frameId, { ...reading, frameId, parentFrameId });
  if (reading.frames?.length) void readChildFrames(tabId, frameId);
  // The readings that join now, computed once: whether this one is among them, and their snapshot.
  const joined = pageReadings([...tab.readings.values()]);
  const snapshot = joinReadings(joined);
  // Neither part of the page now nor before: its words change nothing.
  if (!snapshot || (!wasJoined && !joined.some((r) => r.frameId === frameId))) return null;
  return { url: tab.top, snapshot };
}

async function tabFrames(tabId: number): Promise<TabFrame[]> {
  return ((await browser.webNavigation.getAllFrames({ tabId }).catch(() => null)) ?? []) as TabFrame[];
}

/** Puts the reader into the frames whose box `reader`'s document reports (lib/page/frames.ts framesReportedBy), once per frame document. */
async function readChildFrames(tabId: number, reader: number): Promise<void> {
  const all = await tabFrames(tabId);
  const tab = tabs.get(tabId);
  if (!tab) return;
  for (const frameId of framesReportedBy(all, reader)) {
    if (tab.injected.has(frameId)) continue;
    tab.injected.add(frameId);
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/reader.js'] }).catch(() => undefined);
  }
}

/**
 * The frame word: what the top page's reader was told about frames. A reader hit-tests its
 * document for frames at its first look (lib/page/frames.ts frameBoxes: 25 points through shadow
 * roots, ~40 ms on a 5 MB page); a document the browser lists no frame in (mayHoldFrames, which
 * counts frames in shadow roots too, unlike the page's window.length) has none to find, so the
 * worker tells the reader 'none' when it goes in. From then on every frame that commits a
 * document in the tab makes it 'came' for good (lookAtFrames, which also makes the reader look at
 * its frames again), whatever the order in which the two reach the page.
 *   unread  the top page committed; its reader is not in yet (frames that come now are listed
 *           when it goes in: nothing to tell the page before its load)
 *   asking  the list is being read: a frame that commits meanwhile may be missing from it
 *   told    the reader was told 'none': a frame that commits must be told
 *   came    no 'none' was told, or 'came' was
 * No entry (the worker restarted since the top page committed): told, for all the worker knows.
 */
const words = new Map<number, 'unread' | 'asking' | 'told' | 'came'>();

/** Before the reader goes into the top page: may it skip its hit test (true: no frame listed in the tab)? */
export async function noFramesYet(tabId: number): Promise<boolean> {
  words.set(tabId, 'asking');
  let all: TabFrame[] | null = null;
  try {
    all = (await browser.webNavigation.getAllFrames({ tabId })) as TabFrame[] | null;
  } catch {
    // No list, no word: the reader hit-tests as always.
  }
  const none = all !== null && words.get(tabId) === 'asking' && !mayHoldFrames(all, 0);
  words.set(tabId, none ? 'told' : 'came');
  return none;
}

/** A new document in the tab's top frame: its reader is not in yet. */
export function topCommitted(tabId: number): void {
  forgetTopPage(tabId);
  words.set(tabId, 'unread');
}

/** A frame has a new document: its reading was of the one before, and the reader is not in it; the top page's reader hears a frame came. */
export function frameCommitted(tabId: number, frameId: number): void {
  tabs.get(tabId)?.readings.delete(frameId);
  tabs.get(tabId)?.injected.delete(frameId);
  const word = words.get(tabId);
  if (word === 'unread' || word === 'came') return;
  words.set(tabId, 'came');
  if (word === 'asking') return;
  void browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: lookAtFrames }).catch(() => undefined);
}

/**
 * A frame loaded its document: the reader goes in if the document that reports it showed a frame
 * that may be the page, and that document's reader looks at its frames again — it does not see a
 * frame come that a page adds inside a shadow root (no change its observer sees, and window.length
 * leaves such frames out).
 */
export async function frameLoaded(tabId: number, frameId: number, url: string): Promise<void> {
  if (url !== 'about:srcdoc' && !url.startsWith('data:') && !isWebUrl(url)) return;
  const reader = readerOf(await tabFrames(tabId), frameId, true);
  if (reader < 0) return;
  if (tabs.get(tabId)?.readings.get(reader)?.frames?.length) await readChildFrames(tabId, reader);
  await browser.scripting.executeScript({ target: { tabId, frameIds: [reader] }, func: lookAtFrames }).catch(() => undefined);
}

/** Runs in the page, in the reader's world: a frame came (the frame word is 'came' for good) and the reader, if it runs there, looks at the frames again. */
function lookAtFrames(): void {
  window.__officialOrNotFrames = 'came';
  const reader = window.__officialOrNotReader;
  if (typeof reader?.framesMoved === 'function') reader.framesMoved();
}

/** Runs in the page, in the reader's world, before the reader goes in: the frame word 'none', unless a frame came already. */
export function tellNoFrames(): void {
  if (window.__officialOrNotFrames !== 'came') window.__officialOrNotFrames = 'none';
}

/** The tab's top page changed (a new document) or the tab closed. */
export function forgetTopPage(tabId: number): void {
  tabs.delete(tabId);
  words.delete(tabId);
}
