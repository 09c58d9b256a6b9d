/**
 * The frame word (entrypoints/background/frames.ts) with WXT's fake browser: the worker tells the
 * top page's reader 'none' only when the browser lists no frame in the tab, and any frame that
 * commits a document after the list was read reaches the page as 'came', whatever the order. The
 * reader skips its hit test on 'none' (entrypoints/reader/frames.ts): a word that stayed 'none'
 * while a frame came would hide that frame, so these tests are the shortcut's guard.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTopPage, frameCommitted, topCommitted } from '@/entrypoints/background/frames';
import { documentCommitted, forgetDocuments, injectReader } from '@/entrypoints/background/reader';

const TAB = 9;
const TOP = { frameId: 0, parentFrameId: -1, url: 'https://www.framed-shop.com/' };
const FRAME = { frameId: 3, parentFrameId: 0, url: 'https://pay.frame-seller.com/esta' };

/** What the worker ran in the tab: a function's name or the reader's file, with its frames. */
type Run = { what: string; frameIds?: number[] };

function record(): { runs: Run[]; funcs: Array<() => void> } {
  const runs: Run[] = [];
  const funcs: Array<() => void> = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection: { target: { frameIds?: number[] }; files?: string[]; func?: () => void }) => {
    if (injection.func) funcs.push(injection.func);
    runs.push({ what: injection.files?.[0] ?? injection.func?.name ?? '?', ...(injection.target.frameIds ? { frameIds: injection.target.frameIds } : {}) });
    return [];
  });
  return { runs, funcs };
}

function listFrames(...frames: Array<typeof TOP>): void {
  vi.spyOn(fakeBrowser.webNavigation, 'getAllFrames').mockResolvedValue(frames as never);
}

/** A new top document committed and loaded: the worker puts the reader in. */
async function load(): Promise<void> {
  topCommitted(TAB);
  documentCommitted({ tabId: TAB, frameId: 0, url: TOP.url });
  await injectReader(TAB, TOP.url, undefined, null);
}

describe('the frame word', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetDocuments(TAB);
    forgetTopPage(TAB);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("a page the browser lists no frame in: 'none', told before the reader goes in", async () => {
    const { runs } = record();
    listFrames(TOP);
    await load();
    expect(runs.map((r) => r.what)).toEqual(['tellNoFrames', '/reader.js']);
  });

  it('a page with a frame listed (in its tree or in a shadow root: the list does not tell them apart), or no list: no word', async () => {
    const { runs } = record();
    listFrames(TOP, FRAME);
    await load();
    expect(runs.map((r) => r.what)).toEqual(['/reader.js']);
    runs.length = 0;
    forgetDocuments(TAB);
    vi.spyOn(fakeBrowser.webNavigation, 'getAllFrames').mockRejectedValue(new Error('no tab'));
    await load();
    expect(runs.map((r) => r.what)).toEqual(['/reader.js']);
  });

  it("a frame that commits while the list is read (it may be missing from it): no 'none'", async () => {
    const { runs } = record();
    vi.spyOn(fakeBrowser.webNavigation, 'getAllFrames').mockImplementation(async () => {
      frameCommitted(TAB, FRAME.frameId);
      return [TOP] as never;
    });
    await load();
    expect(runs.map((r) => r.what)).toEqual(['/reader.js']);
  });

  it("after 'none', the first frame that commits reaches the top page's reader; later ones need not", async () => {
    const { runs } = record();
    listFrames(TOP);
    await load();
    runs.length = 0;
    frameCommitted(TAB, FRAME.frameId);
    frameCommitted(TAB, 4);
    expect(runs).toEqual([{ what: 'lookAtFrames', frameIds: [0] }]);
  });

  it('frames that commit before the reader goes in are not told (nothing is run in the page before its load): the list has them', async () => {
    const { runs } = record();
    topCommitted(TAB);
    frameCommitted(TAB, FRAME.frameId);
    expect(runs).toEqual([]);
  });

  it('a worker that restarted does not know what the page was told: a frame that commits is told', () => {
    const { runs } = record();
    frameCommitted(TAB, FRAME.frameId);
    expect(runs).toEqual([{ what: 'lookAtFrames', frameIds: [0] }]);
  });

  it("in the page, 'came' wins in either order, and the running reader looks at its frames again", async () => {
    const { funcs } = record();
    listFrames(TOP);
    await load();
    frameCommitted(TAB, FRAME.frameId);
    const [tellNoFrames, lookAtFrames] = funcs;
    const framesMoved = vi.fn();
    const page: { __officialOrNotFrames?: string; __officialOrNotReader?: unknown } = { __officialOrNotReader: { recheck: () => undefined, framesMoved } };
    vi.stubGlobal('window', page);
    tellNoFrames?.();
    expect(page.__officialOrNotFrames).toBe('none');
    lookAtFrames?.();
    expect(page.__officialOrNotFrames).toBe('came');
    expect(framesMoved).toHaveBeenCalledOnce();
    tellNoFrames?.();
    expect(page.__officialOrNotFrames).toBe('came');
  });
});
