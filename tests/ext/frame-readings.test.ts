/**
 * The worker's readings of a tab's documents (entrypoints/background/frames.ts) with WXT's fake
 * browser: a frame's reading joins the top page's when its box is the page, and each reading asks
 * which readings join (lib/page/frames.ts pageReadings) no more often than it needs: once for the
 * page before it, once for the page with it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTopPage, frameReading, topReading } from '@/entrypoints/background/frames';
import type { PageSnapshot } from '@/lib/types';

const TAB = 5;
const TOP = 'https://www.frame-shop-front.com/';
const FRAME = 'https://checkout.frame-shop-back.com/esta';
const ESTA_OFFER = 'ESTA application service. We submit your ESTA for you — only $89. Order now.';
const snap = (url: string, text: string): PageSnapshot => ({ url, title: '', text, truncated: false, forms: [], lang: 'en' });
const full = { width: 1100, height: 800, share: 1 };

describe('frameReading', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetTopPage(TAB);
    vi.spyOn(fakeBrowser.webNavigation, 'getAllFrames').mockResolvedValue([
      { frameId: 0, parentFrameId: -1, url: TOP },
      { frameId: 3, parentFrameId: 0, url: FRAME },
      { frameId: 4, parentFrameId: 0, url: 'https://ads.frame-ad-network.com/slot' },
    ] as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
  });

  it('the frame that is the page joins: the tab is judged by both texts, under the top address', async () => {
    topReading(TAB, snap(TOP, 'Welcome'), [full]);
    const got = await frameReading(TAB, 3, { snapshot: snap(FRAME, ESTA_OFFER), size: { width: 1100, height: 800 } }, TOP);
    expect(got?.url).toBe(TOP);
    expect(got?.snapshot.text).toBe(`Welcome\n${ESTA_OFFER}`);
  });

  it('a frame that is not the page changes nothing; another site in the tab changes nothing', async () => {
    topReading(TAB, snap(TOP, 'Welcome'), [full]);
    expect(await frameReading(TAB, 4, { snapshot: snap(FRAME, ESTA_OFFER), size: { width: 300, height: 250 } }, TOP)).toBeNull();
    expect(await frameReading(TAB, 3, { snapshot: snap(FRAME, ESTA_OFFER), size: { width: 1100, height: 800 } }, 'https://other.example/')).toBeNull();
  });

  it('one reading asks which readings join twice: before it and with it', async () => {
    // Each time the worker asks which readings join, the top page's boxes are sifted once (lib/page/frames.ts pageReadings).
    let sifted = 0;
    const boxes = [full];
    const filter = boxes.filter.bind(boxes);
    boxes.filter = ((...args: Parameters<typeof filter>) => (sifted++, filter(...args))) as typeof boxes.filter;
    topReading(TAB, snap(TOP, 'Welcome'), boxes);
    sifted = 0;
    expect(await frameReading(TAB, 3, { snapshot: snap(FRAME, ESTA_OFFER), size: { width: 1100, height: 800 } }, TOP)).not.toBeNull();
    expect(sifted).toBe(2);
  });
});
