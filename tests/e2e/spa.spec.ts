/**
 * Single-page apps: pages that mutate constantly must not cause a re-scan storm (the content
 * script checks at most once per 2 s and 20 times per URL), and a pushState URL change must
 * trigger a fresh check. TabState.scans (storage.session `tab:<id>`) counts the snapshots the
 * background judged for the tab since the last navigation.
 */
import type { Worker } from '@playwright/test';
import { test, expect, tabIdOf, levelOf } from './fixtures';

interface Stored {
  url: string;
  scans: number;
  verdict: { level: string };
}

async function stateOf(worker: Worker, tabId: number): Promise<Stored | undefined> {
  return worker.evaluate(async (id) => {
    const got = await chrome.storage.session.get(`tab:${id}`);
    return got[`tab:${id}`] as Stored | undefined;
  }, tabId);
}

const WATCH_MS = 6_000;
/** One check at load, then at most one per 2 s: 1 + 6/2 = 4, plus one for timer edges. */
const MAX_SCANS = 1 + Math.ceil(WATCH_MS / 2_000) + 1;

test('100 mutations a second (small text changes): a bounded number of scans', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.liveticker-example.com/');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(async () => (await stateOf(worker, tabId))?.scans ?? 0).toBeGreaterThanOrEqual(1);
  await page.waitForTimeout(WATCH_MS);
  const ticks = await page.evaluate(() => Number(document.getElementById('t')?.textContent?.split(' ')[0]));
  expect(ticks, 'the page itself kept mutating').toBeGreaterThan(300);
  const state = await stateOf(worker, tabId);
  expect(state?.scans).toBeGreaterThanOrEqual(1);
  expect(state?.scans).toBeLessThanOrEqual(MAX_SCANS);
});

test('a feed that grows by 300 characters every 10 ms: throttled to one check per 2 s', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.immigration-feed-example.com/');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(async () => (await stateOf(worker, tabId))?.scans ?? 0).toBeGreaterThanOrEqual(1);
  const start = (await stateOf(worker, tabId))?.scans ?? 0;
  await page.waitForTimeout(WATCH_MS);
  const state = await stateOf(worker, tabId);
  const stories = await page.evaluate(() => document.querySelectorAll('#feed p').length);
  expect(stories, 'the page itself kept growing').toBeGreaterThan(100);
  // Re-checks do happen (the text really changes) — but throttled, not one per mutation.
  expect(state?.scans ?? 0).toBeGreaterThan(start);
  expect((state?.scans ?? 0) - start).toBeLessThanOrEqual(MAX_SCANS);
  expect(state?.verdict.level).toMatch(/^(notice|none)$/);
});

const SELLER_VIEW =
  '<section><h2>Online Access Code Service</h2><p>Get your USCIS online access code today. Our retrieval service: $79.99. Order now.</p></section>';

test('a client-side navigation to a seller view is re-checked and raises the level', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.liveticker-example.com/');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(async () => (await stateOf(worker, tabId))?.scans ?? 0).toBeGreaterThanOrEqual(1);
  expect(await levelOf(worker, tabId)).toMatch(/^(none|notice)$/);
  await page.evaluate((html) => {
    history.pushState({}, '', '/checkout/access-code');
    document.body.insertAdjacentHTML('beforeend', html);
  }, SELLER_VIEW);
  await expect.poll(() => levelOf(worker, tabId), { timeout: 10_000 }).toBe('caution');
});

// A static page (no DOM changes at all), so only the URL change can cause a re-check.
const STATIC_RELEVANT = 'https://www.riveraimmigrationlaw.com/green-card-family';

test('pushState alone (no DOM change) triggers a re-check', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto(STATIC_RELEVANT);
  const tabId = await tabIdOf(worker, page);
  await expect.poll(async () => (await stateOf(worker, tabId))?.scans ?? 0).toBe(1);
  await page.evaluate(() => history.pushState({}, '', '/green-card-family/step-2'));
  await expect.poll(async () => (await stateOf(worker, tabId))?.scans ?? 0, { timeout: 10_000 }).toBe(2);
});

test('control: the same static page without a URL change is not re-checked', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto(STATIC_RELEVANT);
  const tabId = await tabIdOf(worker, page);
  await expect.poll(async () => (await stateOf(worker, tabId))?.scans ?? 0).toBe(1);
  await page.waitForTimeout(5_000);
  expect((await stateOf(worker, tabId))?.scans).toBe(1);
});

test('a judged page whose text then grows (no URL change) is judged again: a guide that turns into a seller', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto(STATIC_RELEVANT);
  const tabId = await tabIdOf(worker, page);
  await expect.poll(async () => (await stateOf(worker, tabId))?.scans ?? 0).toBe(1);
  expect(await levelOf(worker, tabId)).not.toBe('caution');
  // more than MIN_CHANGE (200) characters of new text
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html + html), SELLER_VIEW);
  await expect.poll(() => levelOf(worker, tabId), { timeout: 10_000 }).toBe('caution');
  expect((await stateOf(worker, tabId))?.scans).toBe(2);
});

test('a page that builds itself while loading is not checked before its load event', async ({ context, worker }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => (release = done));
  // Registered after the harness's routes, so it wins for this one image: the load event waits for it.
  await context.route('https://www.slowload-immigration.com/slow.png', async (route) => {
    await held;
    await route.fulfill({ status: 200, contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64') });
  });
  const page = await context.newPage();
  await page.goto('https://www.slowload-immigration.com/', { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdOf(worker, page);
  await page.waitForTimeout(3_000);
  expect(await page.evaluate(() => document.readyState), 'the load event is still held back').not.toBe('complete');
  expect(await page.evaluate(() => document.querySelectorAll('#feed p').length), 'the page kept building itself').toBeGreaterThan(20);
  expect((await stateOf(worker, tabId))?.scans ?? 0).toBe(0);
  release();
  await expect.poll(async () => (await stateOf(worker, tabId))?.scans ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
});

test('a page whose load never finishes is still read, a few seconds after its DOM is ready', async ({ context, worker }) => {
  test.setTimeout(60_000);
  // Registered after the harness's routes, so it wins: the image is never answered, the load event never comes.
  await context.route('https://www.accesscode-neverloads.com/pixel.gif', () => new Promise<void>(() => undefined));
  const page = await context.newPage();
  await page.goto('https://www.accesscode-neverloads.com/', { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdOf(worker, page);
  await expect.poll(async () => (await stateOf(worker, tabId))?.scans ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  expect(await page.evaluate(() => document.readyState), 'the load event never came').not.toBe('complete');
  await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution', { timeout: 10_000 });
});
