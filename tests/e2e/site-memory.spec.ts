/**
 * Site memory (lib/tab/site-memory.ts) in the built extension: a seller's order page is caught,
 * and its FAQ — no cue of its own, a `notice` page alone — keeps the caution banner, in the same
 * tab and in another one, with a reason that says why; the popup shows it. Another site with the
 * same text, and the same FAQ after the browser is restarted (a new browsing session, same
 * profile), get nothing of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, launch, levelOf, readyWorker, shadowText, tabIdOf } from './fixtures';

const BANNER = 'official-or-not-banner';
const ORDER = 'https://www.fastimmigrationdocs.com/access-code';
const FAQ = 'https://www.fastimmigrationdocs.com/faq';
const OTHER_SITE = 'https://www.quickcase-answers.com/faq';
const TITLE = 'Another page of this site sells a government service';

test('a seller caught on its order page keeps the caution banner on its FAQ, with the remembered reason; not on another site', async ({ context, worker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(ORDER);
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toBe('caution');
  await expect(page.locator(BANNER)).toHaveAttribute('data-level', 'caution');

  // The person clicks "FAQ": a page with no cue of its own.
  await page.goto(FAQ);
  await expect.poll(() => levelOf(worker, tabId)).toBe('caution');
  await expect(page.locator(BANNER)).toHaveAttribute('data-level', 'caution');
  await expect.poll(() => shadowText(page, BANNER)).toContain(TITLE);
  // The page was read (its own verdict is `notice`) and the memory still holds.
  await expect
    .poll(() => worker.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { scans: number }).scans, tabId))
    .toBeGreaterThan(0);
  expect(await levelOf(worker, tabId)).toBe('caution');

  // The popup names the reason, what the site sells and the official way.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('[data-level]').first()).toHaveAttribute('data-level', 'caution');
  await expect(popup.getByText(TITLE)).toBeVisible();
  await expect(popup.getByText(/charges for this: USCIS online access code\./)).toBeVisible();
  await popup.close();

  // Another tab on the same site, same browsing session, after the first one is closed: the same.
  await page.close();
  const other = await context.newPage();
  await other.goto(FAQ);
  const otherTab = await tabIdOf(worker, other);
  await expect.poll(() => levelOf(worker, otherTab)).toBe('caution');
  await expect(other.locator(BANNER)).toHaveAttribute('data-level', 'caution');

  // Another site with the same words: judged on its own (`notice`), no caution banner.
  await other.goto(OTHER_SITE);
  await expect.poll(() => levelOf(worker, otherTab)).toBe('notice');
  await other.waitForTimeout(1500); // the reader and the background have answered
  expect(await levelOf(worker, otherTab)).toBe('notice');
  await expect(other.locator(`${BANNER}[data-level="caution"]`)).toHaveCount(0);
});

test('a new browsing session remembers nothing: the FAQ after a browser restart is judged on its own', async () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'oon-profile-'));
  try {
    const first = await launch({ userDataDir });
    const worker = await readyWorker(first.context);
    const page = await first.context.newPage();
    await page.goto(ORDER);
    await expect.poll(async () => levelOf(worker, await tabIdOf(worker, page))).toBe('caution');
    await first.cleanup();

    const second = await launch({ userDataDir });
    try {
      const worker2 = await readyWorker(second.context);
      const faq = await second.context.newPage();
      await faq.goto(FAQ);
      const tabId = await tabIdOf(worker2, faq);
      await expect.poll(() => levelOf(worker2, tabId)).toBe('notice');
      await faq.waitForTimeout(1500);
      expect(await levelOf(worker2, tabId)).toBe('notice');
      await expect(faq.locator(`${BANNER}[data-level="caution"]`)).toHaveCount(0);
    } finally {
      await second.cleanup();
    }
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
