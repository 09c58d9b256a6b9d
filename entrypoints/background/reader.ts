/**
 * The page reader (entrypoints/reader), injected into the top frame once the page has loaded:
 * injected earlier (a manifest content script runs at document_idle, often before the load
 * event), setting up its script world cost the page 5–6 ms of main thread before load (bench:load).
 * A page whose load never finishes (a resource that hangs) is read LOAD_GRACE_MS after it
 * committed instead; a page of the same origin as the tab's last one, which was never read, REPEAT_GRACE_MS after
 * (a page that reloads itself in a loop before its load ends, faster than LOAD_GRACE_MS, was never read at all).
 * Official sites are not read: their verdict never depends on the page.
 */
import { browser } from 'wxt/browser';
import { isMadeByPage, isWebUrl, originOf } from '@/lib/domain/url';
import { loadTab } from '@/lib/platform/tab-store';
import type { TabState } from '@/lib/tab';
import { noFramesYet, tellNoFrames } from './frames';

const LOAD_GRACE_MS = 10_000;
const MADE_BY_PAGE_GRACE_MS = 1_000;
const REPEAT_GRACE_MS = 1_500;

/**
 * Per tab: the number of the document on show (one per commit), whether the reader is in it, and
 * its documentId where the browser gives one (Chromium), so an injection can only ever land in
 * that document — not in the next page if the tab moved on meanwhile.
 */
const documents = new Map<number, { seq: number; reader: boolean; documentId?: string; origin?: string }>();

export interface NavDetails {
  tabId: number;
  frameId: number;
  url: string;
  documentId?: string;
}

/** A new document in a tab's top frame: the reader is not in it yet; read it later if it never loads. */
export function documentCommitted(details: NavDetails): void {
  if (details.frameId !== 0 || details.tabId < 0) return;
  const before = documents.get(details.tabId);
  const seq = (before?.seq ?? 0) + 1;
  const origin = originOf(details.url);
  // The tab's last document, of the same origin, went unread: a page sending the tab to itself before its load ends.
  const unreadRepeat = before !== undefined && !before.reader && before.origin === origin && isWebUrl(details.url);
  documents.set(details.tabId, { seq, reader: false, documentId: details.documentId, origin });
  const madeByPage = isMadeByPage(details.url);
  if (!isWebUrl(details.url) && !madeByPage) return;
  // Counted from the commit, so a page whose DOMContentLoaded never comes is read too. A document a page made itself
  // (a blob: page, whose load Chromium does not report) has nothing to load: read it a moment after.
  setTimeout(
    () => {
      const doc = documents.get(details.tabId);
      if (doc?.seq === seq) void injectReader(details.tabId, details.url, doc.documentId);
    },
    madeByPage ? MADE_BY_PAGE_GRACE_MS : unreadRepeat ? REPEAT_GRACE_MS : LOAD_GRACE_MS,
  );
}

/** `known`: the tab's state when the caller has just read it (undefined: read it here). */
export async function injectReader(tabId: number, url: string, documentId?: string, known?: TabState | null): Promise<void> {
  let doc = documents.get(tabId);
  if (doc === undefined) {
    // The service worker restarted since the commit: this document has not been read by us yet.
    doc = { seq: 0, reader: false, documentId };
    documents.set(tabId, doc);
  }
  // A late event about the document before (its load reported after the next page committed)
  // must not take the new document's turn: the new one would never be read.
  if (documentId !== undefined && doc.documentId !== undefined && documentId !== doc.documentId) return;
  if (doc.reader) return;
  doc.reader = true;
  const state = known === undefined ? await loadTab(tabId) : known;
  if (state && state.url === url && state.verdict.level === 'official') return;
  const id = documentId ?? doc.documentId;
  const target = id !== undefined ? { tabId, documentIds: [id] } : { tabId, frameIds: [0] };
  // A page the browser lists no frame in: the reader need not hit-test it for frames (./frames.ts, the frame word).
  if (await noFramesYet(tabId)) await browser.scripting.executeScript({ target: target as { tabId: number; frameIds: number[] }, func: tellNoFrames }).catch(() => undefined);
  try {
    await browser.scripting.executeScript({ target: target as { tabId: number; frameIds: number[] }, files: ['/reader.js'] });
  } catch {
    // The page may have navigated away, or be a page extensions cannot script (the web store).
  }
}

/**
 * A safety net for a document that reached the tab with no load reported for frame 0: a page
 * Chromium prerendered (its events carry another frame id while it is hidden) and then showed.
 * When the tab reports it is complete, a top document the reader has not been put into gets it.
 * Needs the documentId Chromium gives; elsewhere the navigation events suffice. Chromium 156 reports the shown
 * prerender's navigation again under frame id 0, so this net did not act in tests/e2e/prerender.spec.ts (docs/speed.md).
 */
export async function readShownPrerender(tabId: number, url: string | undefined): Promise<void> {
  if (!isWebUrl(url)) return;
  const frame = (await browser.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => null)) as { documentId?: string } | null;
  const id = frame?.documentId;
  if (id === undefined) return;
  const doc = documents.get(tabId);
  if (doc?.documentId === id) return;
  documents.set(tabId, { seq: (doc?.seq ?? 0) + 1, reader: false, documentId: id });
  await injectReader(tabId, url, id);
}

export function forgetDocuments(tabId: number): void {
  documents.delete(tabId);
}
