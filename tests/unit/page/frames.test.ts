import { describe, expect, it } from 'vitest';
import { COVERS, frameBoxes, frameIsPage, framesReportedBy, GRID, mayHoldFrames, pageBoxes, pageReadings, readerOf, pageWithFrames, SHELL_COVERS, SHELL_TEXT, type FrameBox, type FrameReading } from '@/lib/page/frames';
import { readClosedShadowRoots } from '@/lib/page/snapshot';
import { decide } from '@/lib/verdict';
import type { PageSnapshot } from '@/lib/types';

const ESTA_OFFER = 'ESTA application service. We submit your ESTA for you — only $89. Order now.';
const USCIS_COPY = "An official website of the United States government. Here's how you know. U.S. Citizenship and Immigration Services. Check your case status.";
const NEWS = 'The State Department said on Monday that interview wait times for visitor visas fell at several consulates this autumn. '.repeat(4);

const snap = (url: string, text: string, title = ''): PageSnapshot => ({ url, title, text, truncated: false, forms: [], lang: 'en' });
/** A 1280×720 viewport: `points` of the GRID × GRID hit-test points land on the frame. */
const box = (width: number, height: number, points: number): FrameBox => ({ width, height, share: points / (GRID * GRID) });

const TOP = 'https://www.frame-shop-front.com/';
const top = (text: string, frames: FrameBox[], url = TOP): FrameReading => ({ frameId: 0, parentFrameId: -1, snapshot: snap(url, text, 'Welcome'), frames });
const frame = (frameId: number, parentFrameId: number, size: { width: number; height: number }, text: string, frames?: FrameBox[]): FrameReading => ({
  frameId,
  parentFrameId,
  snapshot: snap(`https://checkout.frame-shop-back.com/${frameId}`, text, 'Offer'),
  size,
  ...(frames ? { frames } : {}),
});
const full = { width: 1280, height: 720 };
const judge = (readings: FrameReading[]) => {
  const page = pageWithFrames(readings)!;
  return decide(page.url, page).level;
};

describe('frameIsPage: a frame is read with the page only when it is the page for the person', () => {
  it('a frame over the whole viewport is the page, whatever the top page says under it', () => {
    expect(frameIsPage(box(1280, 720, 25), 0)).toBe(true);
    expect(frameIsPage(box(1280, 720, 25), 5_000)).toBe(true);
    expect(frameIsPage(box(1280, 400, Math.ceil(COVERS * 25)), 5_000)).toBe(true);
  });

  it('a 300×250 ad, a video above an article, a map: not the page', () => {
    expect(frameIsPage(box(300, 250, 2), 0)).toBe(false);
    expect(frameIsPage(box(300, 250, 2), 5_000)).toBe(false);
    // 40% of the viewport over a page with words of its own.
    expect(frameIsPage(box(1280, 288, 10), NEWS.length)).toBe(false);
  });

  it('a shell (a header and a frame) is the page from a quarter of the viewport; a page with its own words is not', () => {
    expect(frameIsPage(box(900, 500, Math.ceil(SHELL_COVERS * 25)), 20)).toBe(true);
    expect(frameIsPage(box(900, 500, Math.ceil(SHELL_COVERS * 25)), SHELL_TEXT)).toBe(false);
    expect(frameIsPage(box(900, 500, Math.ceil(SHELL_COVERS * 25) - 1), 0)).toBe(false);
  });
});

describe('pageBoxes: frames that together are the page', () => {
  it('a page cut into two frames side by side, each under half, together more: both are the page', () => {
    const halves = [box(600, 680, 11), box(600, 680, 11)];
    expect(halves.map((b) => frameIsPage(b, NEWS.length))).toEqual([false, false]);
    expect(pageBoxes(halves, NEWS.length)).toEqual(halves);
  });

  it('ads never add up: each under a quarter does not count, however many', () => {
    const ads = [box(970, 250, 6), box(300, 600, 5), box(300, 600, 5), box(300, 250, 2)];
    expect(pageBoxes(ads, NEWS.length)).toEqual([]);
    expect(pageBoxes([box(970, 250, 7), box(300, 600, 5), box(300, 600, 5)], NEWS.length)).toEqual([]);
  });

  it('one frame: the same as frameIsPage', () => {
    expect(pageBoxes([box(1280, 720, 25)], NEWS.length)).toHaveLength(1);
    expect(pageBoxes([box(1280, 288, 10)], NEWS.length)).toEqual([]);
    expect(pageBoxes([box(900, 500, 7)], 20)).toHaveLength(1);
  });
});

describe('pageReadings: which readings of a tab join the top page', () => {
  it('two frames side by side that together cover the page both join', () => {
    const readings = [top(NEWS, [box(600, 680, 11), box(500, 680, 11)]), frame(3, 0, { width: 600, height: 680 }, ESTA_OFFER), frame(4, 0, { width: 500, height: 680 }, 'more')];
    expect(pageReadings(readings).map((r) => r.frameId)).toEqual([0, 3, 4]);
  });

  it('the frame whose size is the covering box joins; another frame of the page does not', () => {
    const readings = [top('', [box(1280, 720, 25)]), frame(3, 0, full, ESTA_OFFER), frame(4, 0, { width: 300, height: 250 }, 'ad')];
    expect(pageReadings(readings).map((r) => r.frameId)).toEqual([0, 3]);
  });

  it('a size within two pixels matches (a scrollbar, rounding); a frame of another size does not', () => {
    expect(pageReadings([top('', [box(1280, 720, 25)]), frame(3, 0, { width: 1278, height: 721 }, ESTA_OFFER)])).toHaveLength(2);
    expect(pageReadings([top('', [box(1280, 720, 25)]), frame(3, 0, { width: 1200, height: 720 }, ESTA_OFFER)])).toHaveLength(1);
  });

  it('nothing without the top page, and nothing from a parent that reported no such frame', () => {
    expect(pageReadings([frame(3, 0, full, ESTA_OFFER)])).toEqual([]);
    expect(pageReadings([top(NEWS, []), frame(3, 0, full, ESTA_OFFER)])).toHaveLength(1);
  });

  it('nested frames join through a parent that joined, never through one that did not', () => {
    const inner = frame(5, 3, full, ESTA_OFFER);
    expect(pageReadings([top('', [box(1280, 720, 25)]), frame(3, 0, full, '', [box(1280, 720, 25)]), inner]).map((r) => r.frameId)).toEqual([0, 3, 5]);
    // The middle frame is a 300×250 ad: its own full-size child is the ad's, not the page's.
    const ad = frame(3, 0, { width: 300, height: 250 }, '', [box(300, 250, 25)]);
    expect(pageReadings([top(NEWS, [box(300, 250, 2)]), ad, frame(5, 3, { width: 300, height: 250 }, ESTA_OFFER)]).map((r) => r.frameId)).toEqual([0]);
  });
});

describe('pageWithFrames: one snapshot under the top page address', () => {
  it('joins text and forms, keeps the top page address, title and language', () => {
    const own = { actionHost: '', fields: [] };
    const f = frame(3, 0, full, ESTA_OFFER);
    f.snapshot = { ...f.snapshot, forms: [own, { actionHost: 'pay.example.net', fields: [] }], lang: 'fr' };
    const t = top('Welcome to our shop.', [box(1280, 720, 25)]);
    t.snapshot = { ...t.snapshot, forms: [own] };
    const page = pageWithFrames([t, f])!;
    expect(page).toMatchObject({ url: TOP, title: 'Welcome', lang: 'en', text: `Welcome to our shop.\n${ESTA_OFFER}` });
    // The frame's own-host form submits to the frame's host, seen from the top page.
    expect(page.forms.map((x) => x.actionHost)).toEqual(['', 'checkout.frame-shop-back.com', 'pay.example.net']);
  });

  it('takes a frame title only when the top page has none; the top page alone is its own snapshot', () => {
    const t = top('', [box(1280, 720, 25)]);
    t.snapshot = { ...t.snapshot, title: '' };
    expect(pageWithFrames([t, frame(3, 0, full, ESTA_OFFER)])!.title).toBe('Offer');
    const alone = top(NEWS, []);
    expect(pageWithFrames([alone, frame(3, 0, full, ESTA_OFFER)])).toBe(alone.snapshot);
  });
});

describe('the verdict on a page with frames (decide on pageWithFrames)', () => {
  it('an ESTA seller framed over an empty page: caution; a copy of a USCIS page: danger', () => {
    expect(judge([top('', [box(1280, 720, 25)]), frame(3, 0, full, ESTA_OFFER)])).toBe('caution');
    expect(judge([top('', [box(1280, 720, 25)]), frame(3, 0, full, USCIS_COPY)])).toBe('danger');
  });

  it('the same seller in a 300×250 ad on a news page: the news page alone', () => {
    expect(judge([top(NEWS, [box(300, 250, 2)]), frame(3, 0, { width: 300, height: 250 }, ESTA_OFFER)])).toBe(decide(TOP, snap(TOP, NEWS)).level);
    expect(judge([top(NEWS, [box(300, 250, 2)]), frame(3, 0, { width: 300, height: 250 }, ESTA_OFFER)])).not.toBe('caution');
  });

  it('an official page with a seller frame over it stays official', () => {
    expect(judge([top(USCIS_COPY, [box(1280, 720, 25)], 'https://www.uscis.gov/'), frame(3, 0, full, ESTA_OFFER)])).toBe('official');
  });
});

describe('frameBoxes: the hit-tested boxes of a document (a fake document: elementsFromPoint needs layout)', () => {
  type Fake = { localName: string; clientWidth: number; clientHeight: number; shadowRoot?: { elementsFromPoint(x: number, y: number): unknown[] } };
  const fakeDoc = (frames: number, at: (x: number, y: number) => Fake[]): Document =>
    ({ defaultView: { length: frames, innerWidth: 1000, innerHeight: 500 }, elementsFromPoint: at }) as unknown as Document;
  const iframe: Fake = { localName: 'iframe', clientWidth: 1000, clientHeight: 500 };
  const p: Fake = { localName: 'p', clientWidth: 1000, clientHeight: 20 };
  const speck: Fake = { localName: 'i', clientWidth: 4, clientHeight: 4 };
  const body: Fake = { localName: 'body', clientWidth: 1000, clientHeight: 500 };

  it('the share is the part of the points over the frame; a frame under a quarter is left out', () => {
    expect(frameBoxes(fakeDoc(1, () => [iframe, body]))).toEqual([{ width: 1000, height: 500, share: 1 }]);
    expect(frameBoxes(fakeDoc(1, (x) => (x <= 500 ? [iframe, body] : [p, body])))).toEqual([{ width: 1000, height: 500, share: 0.6 }]);
    expect(frameBoxes(fakeDoc(1, (x, y) => (x < 200 && y < 200 ? [iframe] : [p])))).toEqual([]);
  });

  it('a frame under something laid over the points still counts: 25 specks, a transparent link (the person sees the frame)', () => {
    expect(frameBoxes(fakeDoc(1, () => [speck, iframe, body]))).toEqual([{ width: 1000, height: 500, share: 1 }]);
    expect(frameBoxes(fakeDoc(1, () => [{ localName: 'a', clientWidth: 1000, clientHeight: 500 }, iframe, body]))).toEqual([{ width: 1000, height: 500, share: 1 }]);
  });

  it('two frames at the same points both count', () => {
    const other: Fake = { localName: 'frame', clientWidth: 1000, clientHeight: 500 };
    expect(frameBoxes(fakeDoc(1, () => [iframe, other]))).toEqual([
      { width: 1000, height: 500, share: 1 },
      { width: 1000, height: 500, share: 1 },
    ]);
  });

  it('looks inside an open shadow root, where elementsFromPoint answers with the host', () => {
    const host: Fake = { localName: 'x-shell', clientWidth: 1000, clientHeight: 500, shadowRoot: { elementsFromPoint: () => [iframe] } };
    expect(frameBoxes(fakeDoc(1, () => [host, body]))).toEqual([{ width: 1000, height: 500, share: 1 }]);
  });

  it('looks inside a closed shadow root only through the reader\'s opener', () => {
    const closed: Fake = { localName: 'x-shop', clientWidth: 1000, clientHeight: 500 };
    expect(frameBoxes(fakeDoc(1, () => [closed]))).toEqual([]);
    readClosedShadowRoots((el) => (el === (closed as unknown as Element) ? ({ elementsFromPoint: () => [iframe] } as unknown as ShadowRoot) : null));
    try {
      expect(frameBoxes(fakeDoc(1, () => [closed]))).toEqual([{ width: 1000, height: 500, share: 1 }]);
    } finally {
      readClosedShadowRoots(undefined);
    }
  });
});

describe('readerOf / framesReportedBy: whose reader reports a frame, and which frames get a reader', () => {
  const tree = [
    { frameId: 0, parentFrameId: -1, url: 'https://www.shop.com/' },
    { frameId: 1, parentFrameId: 0, url: 'https://pay.seller.net/esta' },
    { frameId: 2, parentFrameId: 0, url: 'https://www.shop.com/ad-slot' },
    { frameId: 3, parentFrameId: 0, url: 'about:blank' },
    { frameId: 4, parentFrameId: 3, url: 'https://checkout.other.org/' },
    { frameId: 5, parentFrameId: 1, url: 'https://inner.third.com/' },
    { frameId: 6, parentFrameId: 0, url: 'data:text/html,hi' },
  ];

  it('a cross-origin frame is reported by its parent; one inside a same-origin or written frame by the nearest reader above', () => {
    expect(readerOf(tree, 1)).toBe(0);
    expect(readerOf(tree, 4)).toBe(0);
    expect(readerOf(tree, 5)).toBe(1);
  });

  it('a frame its parent reads itself (same origin, about:blank) has no reading of its own', () => {
    expect(readerOf(tree, 2)).toBe(-1);
    expect(readerOf(tree, 3)).toBe(-1);
    expect(readerOf(tree, 0)).toBe(-1);
    expect(readerOf(tree, 99)).toBe(-1);
  });

  it('the reader goes into the web frames a document reports, never into its same-origin ones or about:blank', () => {
    expect(framesReportedBy(tree, 0)).toEqual([1, 4, 6]);
    expect(framesReportedBy(tree, 1)).toEqual([5]);
  });

  it('srcdoc and data: frames get a reader (a sandbox can make them unreadable to their parent); their own reading is reported by their parent', () => {
    const sealed = [...tree, { frameId: 7, parentFrameId: 0, url: 'about:srcdoc' }, { frameId: 8, parentFrameId: 1, url: 'about:srcdoc' }];
    expect(framesReportedBy(sealed, 0)).toEqual([1, 4, 6, 7]);
    expect(framesReportedBy(sealed, 1)).toEqual([5, 8]);
    expect(readerOf(sealed, 7)).toBe(-1);
    expect(readerOf(sealed, 7, true)).toBe(0);
    expect(readerOf(sealed, 6, true)).toBe(0);
  });
});

describe('mayHoldFrames: the worker says a document has no frame only when the browser lists none below it', () => {
  const top = { frameId: 0, parentFrameId: -1, url: 'https://www.shop.com/' };

  it('a top page alone holds no frame: its reader may skip the hit test', () => {
    expect(mayHoldFrames([top], 0)).toBe(false);
  });

  it('any frame below it, at any depth, through frames it reads or not (a frame in a shadow root is listed like any other)', () => {
    expect(mayHoldFrames([top, { frameId: 1, parentFrameId: 0, url: 'https://pay.seller.net/esta' }], 0)).toBe(true);
    // A script-written about:blank holding a seller frame, and a seller frame inside an ad frame.
    const nested = [top, { frameId: 3, parentFrameId: 0, url: 'about:blank' }, { frameId: 4, parentFrameId: 3, url: 'https://checkout.other.org/' }];
    expect(mayHoldFrames(nested, 0)).toBe(true);
    expect(mayHoldFrames(nested, 3)).toBe(true);
    expect(mayHoldFrames(nested, 4)).toBe(false);
  });

  it("a frame whose parent is not listed (it never loaded an address of its own) may be anywhere: not 'none'", () => {
    expect(mayHoldFrames([top, { frameId: 9, parentFrameId: 8, url: 'https://pay.seller.net/esta' }], 0)).toBe(true);
  });

  it("a document the list does not know, an empty list or a list that loops: not 'none'", () => {
    expect(mayHoldFrames([top], 5)).toBe(true);
    expect(mayHoldFrames([], 0)).toBe(true);
    const loop = [top, { frameId: 1, parentFrameId: 2, url: 'https://a.example/' }, { frameId: 2, parentFrameId: 1, url: 'https://b.example/' }];
    expect(mayHoldFrames(loop, 0)).toBe(true);
  });

  it("a frame reader's document holds only the frames below it: its siblings and parents are not its", () => {
    const tree = [top, { frameId: 1, parentFrameId: 0, url: 'https://pay.seller.net/esta' }, { frameId: 2, parentFrameId: 0, url: 'https://ads.example/' }];
    expect(mayHoldFrames(tree, 1)).toBe(false);
    expect(mayHoldFrames([...tree, { frameId: 5, parentFrameId: 2, url: 'https://inner.example/' }], 1)).toBe(false);
    expect(mayHoldFrames([...tree, { frameId: 5, parentFrameId: 1, url: 'https://inner.example/' }], 1)).toBe(true);
  });
});
