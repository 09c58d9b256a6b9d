/**
 * The page reader: tiny, bounded, no UI; runs IN THE PAGE (the worker's side is
 * entrypoints/background). The background injects it into every web page's top frame once the
 * page has loaded (so it adds nothing to load time), except official sites; and into the
 * cross-origin frames of a page whose reader reported a frame that may be the page (a frame
 * covering the viewport: lib/page/frames.ts), where it reads the same way and also sends its size.
 *
 * 1. Asks a quick pre-filter (lib/text/relevance.ts) whether the page has anything to do with
 *    immigration: the title first (when it says so, the text need not be read for this), else the
 *    text, read once (`textContent`, which never forces layout). Most pages stop here.
 * 2. Otherwise takes a bounded snapshot (lib/page/snapshot.ts) and sends it to the background, which
 *    judges it with lib/ and shows the banner or the warning page if needed (they load separately).
 * 3. Single-page apps: re-checks after URL changes and after DOM changes, throttled (at most one
 *    check per THROTTLE_MS) so a page that mutates constantly cannot cause a re-scan storm. A page
 *    is read again only when its text changed (changeKey(): a hash that ignores digits, so a
 *    ticking clock is no change, and a same-length swap of words is one). Only checks that found
 *    changed text count towards MAX_CHECKS per URL; after that, one check per SLOW_MS, so a page
 *    cannot use up the budget with churn and show its offer later.
 */
import { defineUnlistedScript } from '#imports';
import { changeKey, drawnLook, firstLook, pageLooksRelevant } from '@/lib/page/first-look';
import { collectSnapshot, readClosedShadowRoots } from '@/lib/page/snapshot';
import type { FrameBox } from '@/lib/page/frames';
import { frameKind, frameTracker, ownSize } from './frames';
import type { Request } from '@/lib/messages';
import type { PageSnapshot } from '@/lib/types';

const THROTTLE_MS = 2_000;
/** At most this many reads of changed page text per URL at THROTTLE_MS; then one per SLOW_MS. */
const MAX_CHECKS = 20;
const SLOW_MS = 30_000;

/** How often the reader looks for a URL change without a DOM change (pushState alone). */
const URL_POLL_MS = 1_000;

/**
 * Attributes whose change can show words without a new text node: a class or id that switches CSS
 * generated text on, an input's value, an image's alt, an option's label, a placeholder, an aria-label, a direction.
 * Not `style`: animations change it every frame, and inline styles draw no words.
 */
const DRAWN_ATTRIBUTES = ['class', 'id', 'value', 'alt', 'label', 'placeholder', 'aria-label', 'dir'];

declare global {
  interface Window {
    /** The running reader, in the extension's isolated world only (a page cannot set it). */
    __officialOrNotReader?: { recheck(): void; framesMoved?(): void };
    /** The worker's word on frames (entrypoints/background/frames.ts): 'none' listed in this document when the reader went in, or 'came' since. */
    __officialOrNotFrames?: 'none' | 'came';
    /** The banner's own hosts (entrypoints/banner/dom.ts), shared in the extension's script world: the reader skips their closed roots. */
    __officialOrNotHosts?: WeakSet<Element>;
  }
}

// An unlisted script, not a WXT content script: WXT's content-script wrapper announces every
// script it starts to the page (a postMessage and a DOM event carrying the extension's id), so any
// page could tell the extension is installed and could end the script by echoing the event back
// (tests/e2e/warnings.spec.ts). The background injects this file (webNavigation.onCompleted) into
// the top frame when the page has loaded, so it never adds to the page's load time. Injected a
// second time into one document (a back/forward restore reports the load again), the reader
// already running just looks again.
export default defineUnlistedScript({
  main() {
    // SVG images, XML feeds (also when Chromium's XML viewer shows them) and other non-HTML
    // documents: no banner can sit on them (it failed there: elements created in an XML document
    // have no `dataset`) and they cannot take a payment. Their host still gets the domain verdict
    // at navigation, so a look-alike domain is caught either way. XHTML pages pass both tests.
    if (!(document.documentElement instanceof HTMLElement) || !(document.createElement('p') instanceof HTMLElement)) return;
    // `typeof … === 'function'`: an element with id="__officialOrNotReader" shows through as
    // window.__officialOrNotReader (named access reaches our world too).
    const running = window.__officialOrNotReader;
    if (typeof running?.recheck === 'function') {
      running.recheck();
      return;
    }
    const kind = frameKind();
    if (kind === 'parent-reads') return;
    const begin = () => {
      readClosedShadowRoots(closedShadowRoot());
      const reader = startReader();
      window.__officialOrNotReader = { recheck: reader.recheck, framesMoved: reader.framesMoved };
      reader.start();
    };
    if (kind === 'read') return begin();
    // A frame too small to be a page may grow into one after the worker put the reader in (a 1 px
    // frame an inline style or an animation makes cover the viewport): read it once it has.
    window.__officialOrNotReader = { recheck: () => undefined };
    const grown = () => {
      if (frameKind() !== 'read') return;
      removeEventListener('resize', grown);
      begin();
    };
    addEventListener('resize', grown);
  },
});

/** The reader's state for this document: `start` takes the first look, `recheck` looks again, `framesMoved` looks at the frames again. */
function startReader(): { start(): void; recheck(): void; framesMoved(): void } {
  let checks = 0;
  let lastUrl = '';
  /** changeKey() of the page's textContent at the last look that read it (-1: none yet). */
  let lastKey = -1;
  /** changeKey() of the text last sent for a verdict on this address (-1: none sent yet). */
  let judged = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  const changes = changeTracker();
  const framed = frameTracker(() => schedule()); // a frame's box can change with no change watch() sees
  /** A new address or a new document state: look again even if the text is the same. */
  const forget = () => {
    [checks, lastKey, judged] = [0, -1, -1];
    framed.forget();
  };
  /** Not judged yet: could the page be about immigration at all? False when nothing changed. `seen`: none at the first look. */
  const worthReading = (seen: Seen | undefined): boolean => {
    if (seen === undefined) {
      // The first look at this address: a title about immigration is enough, without the text.
      checks++;
      const look = firstLook(document);
      lastKey = look.textKey;
      return look.relevant;
    }
    const quick = document.body?.textContent ?? '';
    const key = changeKey(quick);
    // The same text: words drawn from attributes or CSS may still have changed.
    const drawn = seen.attributes && key === lastKey ? changes.drawn(quick) : undefined;
    if (key === lastKey && drawn?.changed !== true) return false;
    lastKey = key;
    checks++;
    return drawn ? drawn.relevant : pageLooksRelevant(document, quick);
  };

  const check = () => {
    timer = undefined;
    lastRun = Date.now();
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      forget();
      changes.forget();
    }
    const framesChanged = framed.look(changes.framesStale());
    const seen = lastKey === -1 && checks === 0 ? undefined : changes.take(); // the one caller; an address's first look leaves it
    // Judged, and only attributes changed since: a new snapshot only if the words they draw changed (a carousel that toggles classes would otherwise cost a full snapshot at every throttle step).
    if (!framesChanged && judged !== -1 && seen?.attributesOnly === true && !changes.drawn(document.body?.textContent ?? '').changed) return;
    if (!framesChanged && judged === -1 && !worthReading(seen)) return;
    const snapshot = collectSnapshot(document, location.href);
    // Judged before: only a change of the text it was judged by is worth another verdict (the
    // banner itself, added after the verdict, is not: its text is in a closed shadow root).
    const key = changeKey(snapshot.text);
    if (judged !== -1) {
      if (key === judged && !framesChanged) return;
      checks++;
    }
    judged = key;
    checks = Math.max(checks, 1); // sent for its frames before any look: later checks ask what changed
    send(snapshot, framed.sent());
  };

  const schedule = () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastRun + (checks >= MAX_CHECKS ? SLOW_MS : THROTTLE_MS) - Date.now());
    timer = setTimeout(check, wait);
  };

  return {
    recheck: () => {
      forget();
      schedule();
    },
    framesMoved: framed.moved, // the worker saw a frame of this document load (entrypoints/background/frames.ts)
    start: () =>
      idle(() => {
        check();
        watch(schedule, changes.saw);
      }),
  };
}

/** The snapshot to the worker, with the frames that may be the page and, in a frame, its own size (lib/page/frames.ts). */
function send(snapshot: PageSnapshot, frames: FrameBox[]): void {
  const size = ownSize();
  const message: Request = {
    type: 'page-snapshot',
    snapshot,
    ...(frames.length > 0 ? { frames } : {}),
    ...(size ? { size } : {}),
  };
  try {
    runtime().sendMessage(message).catch(() => undefined);
  } catch {
    // The background may be restarting or the extension was updated (Chromium then throws at once); the next check retries.
  }
}

/**
 * The extension's runtime, without webextension-polyfill: the reader sends one message, and the polyfill's tables of
 * every API were 2.9 kB of it gzipped (15,512 -> 12,627 B, session 24). Firefox gives content scripts `browser`; Chromium's
 * `chrome.runtime.sendMessage` returns a promise when given no callback (Manifest V3).
 */
function runtime(): { sendMessage(message: Request): Promise<unknown> } {
  const api = globalThis as { browser?: { runtime?: unknown }; chrome?: { runtime?: unknown } };
  return (api.browser?.runtime ?? api.chrome?.runtime) as { sendMessage(message: Request): Promise<unknown> };
}

/** What changed since the reader last asked (changeTracker().take(), asked by check() only). */
interface Seen {
  attributes: boolean;
  attributesOnly: boolean;
}

/**
 * What changed in the document since the reader last asked (watch() reports it): attributes that can draw
 * words (DRAWN_ATTRIBUTES), and whether only they did (no node or text); and whether the words drawnLook()
 * reads changed since its last look.
 */
function changeTracker(): {
  saw(attributes: boolean): void;
  /** Attributes changed since the last call (a class can show a hidden frame or make it cover the page). */
  framesStale(): boolean;
  take(): Seen;
  drawn(text: string): { changed: boolean; relevant: boolean };
  forget(): void;
} {
  let attributes = false;
  let nodes = false;
  let drawnKey = -1;
  let framesStale = false;
  return {
    saw: (attributesChanged) => {
      if (attributesChanged) attributes = framesStale = true;
      else nodes = true;
    },
    framesStale: () => {
      const stale = framesStale;
      framesStale = false;
      return stale;
    },
    take: () => {
      const seen = { attributes, attributesOnly: attributes && !nodes };
      attributes = nodes = false;
      return seen;
    },
    drawn: (text) => {
      const look = drawnLook(document, text);
      const changed = look.key !== drawnKey;
      drawnKey = look.key;
      return { changed, relevant: look.relevant };
    },
    forget: () => {
      drawnKey = -1;
    },
  };
}

/** Runs `work` when the page's thread is idle (at most a second from now). */
function idle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1_000 });
  else setTimeout(work, 0);
}

/**
 * Calls `schedule` after URL and DOM changes. The background injects the reader when the page has
 * loaded (or, for a page whose load never finishes, a while after it started), so the first look
 * needs only an idle moment; only after it do URL and DOM changes count.
 */
function watch(schedule: () => void, changed: (attributes: boolean) => void): void {
  let seenUrl = location.href;
  let seenFrames = window.length;
  setInterval(() => {
    // A frame added where the observer below does not see (a shadow root) changes the count.
    if (location.href !== seenUrl || window.length !== seenFrames) {
      seenUrl = location.href;
      seenFrames = window.length;
      schedule();
    }
  }, URL_POLL_MS);
  // The document, not its <html> element: a page that puts a new <html> in place, or rewrites itself with
  // document.open() (a quiet page that becomes a seller on "Continue"), leaves the old element unwatched.
  try {
    new MutationObserver((records) => {
      if (records.some((r) => r.type === 'attributes')) changed(true);
      if (records.some((r) => r.type !== 'attributes')) changed(false);
      schedule();
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: DRAWN_ATTRIBUTES });
  } catch {
    // A page that breaks MutationObserver in its own world cannot reach ours; this is belt and braces.
  }
}

/**
 * The extension's way to a closed shadow root (Chromium: chrome.dom.openOrClosedShadowRoot(el); Firefox:
 * the property el.openOrClosedShadowRoot in content scripts), never the banner's own (its hosts are in the
 * banner's set, shared in this script world), or nothing where neither exists.
 */
function closedShadowRoot(): (el: Element) => ShadowRoot | null {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } }).chrome?.dom;
  const own = (el: Element) => {
    const hosts = window.__officialOrNotHosts;
    return hosts instanceof WeakSet && hosts.has(el);
  };
  return (el) => {
    if (own(el)) return null;
    if (typeof dom?.openOrClosedShadowRoot === 'function') return dom.openOrClosedShadowRoot(el);
    // Firefox's is a read-only property holding the root, not a method (MDN, Element.openOrClosedShadowRoot):
    // read as a method it gave null for every closed root, so a seller's text or frame in one went unseen there.
    const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    return typeof firefox === 'object' && firefox !== null ? firefox : null;
  };
}
