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

test('a pushState URL change triggers a re-check of the new view', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.liveticker-example.com/');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(async () => (await stateOf(worker, tabId))?.scans ?? 0).toBeGreaterThanOrEqual(1);
  expect(await levelOf(worker, tabId)).toMatch(/^(none|notice)$/);
  // The app navigates client-side to a view that sells the free access code.
  await page.evaluate(() => {
    history.pushState({}, '', '/checkout/access-code');
    document.body.insertAdjacentHTML(
      'beforeend',
      '<section><h2>Online Access Code Service</h2><p>Get your USCIS online access code today. Our retrieval service: $79.99. Order now.</p></section>',
    );
  });
  await expect
    .poll(async () => (await stateOf(worker, tabId))?.url, { timeout: 10_000 })
    .toBe('https://www.liveticker-example.com/checkout/access-code');
  await expect.poll(() => levelOf(worker, tabId), { timeout: 10_000 }).toBe('caution');
  const state = await stateOf(worker, tabId);
  // scans restart at the new URL: the re-check was for the new view, not a leftover of the old one.
  expect(state?.scans).toBeGreaterThanOrEqual(1);
  expect(state?.scans).toBeLessThanOrEqual(3);
});
