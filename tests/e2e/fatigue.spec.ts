/**
 * Warnings people keep switched on (issue 19), measured in the built extension:
 * - the `notice` hint is one compact line (≤ 25,000 px² closed), opens on a click or when the
 *   keyboard reaches it, shows once per site — not on the next page of the same site, where the
 *   toolbar badge alone carries it;
 * - the caution banner sits beside the page, not over it: the page's heading, first line and price
 *   are not covered (bounding boxes and elementFromPoint), also when it is folded to a strip;
 * - the popup's first view on a tab with nothing to judge leads with the free access-code guide.
 */
import type { Page } from '@playwright/test';
import { test, expect, badgeText, clickInShadow, hasClass, levelOf, shadowBox, shadowText, tabIdOf, type CdpNode } from './fixtures';

const BANNER = 'official-or-not-banner';
const LAWYER = 'https://www.riveraimmigrationlaw.com/green-card-family';
const LAWYER_NEXT = 'https://www.riveraimmigrationlaw.com/citizenship';
const SELLER = 'https://www.fastimmigrationdocs.com/access-code';
/** Issue 19: the closed hint covers no more than about this much of the screen. */
const HINT_MAX_AREA = 25_000;

const attr = (n: CdpNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};
/** aria-expanded of the hint's toggle ('true' | 'false'), read through the closed shadow root. */
async function hintExpanded(page: Page): Promise<string | undefined> {
  for (const value of ['true', 'false']) {
    const box = await shadowBox(page, BANNER, (n) => hasClass(n, 'hint-toggle') && attr(n, 'aria-expanded') === value);
    if (box) return value;
  }
  return undefined;
}

const hostRect = (page: Page) =>
  page.evaluate((tag) => {
    const r = document.querySelector(tag)!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
  }, BANNER);

test('notice hint: compact, opens on click, shown once per site — the next page has the badge only', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto(LAWYER);
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toBe('notice');
  const hint = page.locator(BANNER);
  await expect(hint).toHaveAttribute('data-level', 'notice');
  await expect.poll(() => hintExpanded(page)).toBe('false');
  const closed = await hostRect(page);
  console.log(`notice hint closed: ${closed.width.toFixed(0)}×${closed.height.toFixed(0)} = ${(closed.width * closed.height).toFixed(0)} px²`);
  expect(closed.width * closed.height).toBeLessThanOrEqual(HINT_MAX_AREA);
  expect(closed.height).toBeLessThan(60); // one line
  // In the corner: the page's heading is not under it.
  const h1 = await page.locator('h1').boundingBox();
  expect(h1!.y + h1!.height <= closed.top || h1!.x + h1!.width <= closed.left).toBe(true);
  // The official site is on the closed line itself: one activation away.
  const route = await shadowBox(page, BANNER, (n) => n.nodeName === 'A' && hasClass(n, 'hint-route'));
  expect(route).toBeDefined();

  // A real click on the line opens the full reminder, with its off switch.
  const toggle = await shadowBox(page, BANNER, (n) => hasClass(n, 'hint-toggle'));
  await page.mouse.click(toggle!.x + toggle!.width / 2, toggle!.y + toggle!.height / 2);
  await expect.poll(() => hintExpanded(page)).toBe('true');
  expect(await shadowText(page, BANNER)).toContain('Many USCIS services are free');
  expect((await hostRect(page)).height).toBeGreaterThan(closed.height);

  // The next page of the same site: still `notice` (the badge says so), but no hint.
  await page.goto(LAWYER_NEXT);
  await expect.poll(() => levelOf(worker, tabId)).toBe('notice');
  await expect.poll(() => badgeText(worker, tabId)).toBe('i');
  await page.waitForTimeout(1500); // the reader and the background have answered (level above)
  await expect(hint).toHaveCount(0);
  // Nor in another tab on the same site, in the same browsing period.
  const other = await context.newPage();
  await other.goto(LAWYER);
  const otherTab = await tabIdOf(worker, other);
  await expect.poll(() => levelOf(worker, otherTab)).toBe('notice');
  await other.waitForTimeout(1500);
  await expect(other.locator(BANNER)).toHaveCount(0);
});

test('notice hint: the keyboard reaches it and opens it; Escape closes it; it is a polite live region', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(LAWYER);
  await expect(page.locator(BANNER)).toHaveAttribute('data-level', 'notice');
  await expect.poll(() => hintExpanded(page)).toBe('false');
  // The hint comes after the page in the tab order: Tab past the page's own fields reaches it.
  await page.locator('#m').focus(); // the page's last field before its Send button
  let presses = 0;
  while ((await hintExpanded(page)) !== 'true' && presses < 6) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(await hintExpanded(page)).toBe('true');
  await page.keyboard.press('Escape');
  await expect.poll(() => hintExpanded(page)).toBe('false');
  const live = await shadowBox(page, BANNER, (n) => attr(n, 'role') === 'status' && attr(n, 'aria-live') === 'polite');
  expect(live).toBeDefined();
  await expect.poll(async () => (await shadowText(page, BANNER)).includes('Reminder: This site is not USCIS')).toBe(true);
});

/** For each selector: its box, and whether the top element at its centre is (inside) it. */
function uncovered(page: Page, selectors: string[]) {
  return page.evaluate((sels) => {
    return sels.map((sel) => {
      const el = [...document.querySelectorAll(sel)].find((e) => e.textContent && e.textContent.trim() !== '') as HTMLElement;
      const r = el.getBoundingClientRect();
      const points = [
        [r.left + 4, r.top + r.height / 2],
        [r.left + r.width / 2, r.top + 2],
        [r.left + r.width / 2, r.top + r.height / 2],
      ];
      const visible = points.every(([x, y]) => {
        const top = document.elementFromPoint(x!, y!);
        return top !== null && (top === el || el.contains(top));
      });
      return { sel, top: r.top, bottom: r.bottom, visible, inView: r.top >= 0 && r.bottom <= innerHeight };
    });
  }, selectors);
}

test('caution banner sits above the page, not over it: heading, first line and price stay readable; folds to a strip that stays', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SELLER);
  const banner = page.locator(BANNER);
  await expect(banner).toHaveAttribute('data-level', 'caution');
  const PAGE_TOP = ['h1', 'h2', 'main p:nth-of-type(2)'];
  await expect.poll(async () => (await uncovered(page, PAGE_TOP)).every((e) => e.visible && e.inView)).toBe(true);
  const full = await hostRect(page);
  const top = await uncovered(page, PAGE_TOP);
  for (const e of top) expect(e.top, `${e.sel} starts below the banner`).toBeGreaterThanOrEqual(full.bottom - 0.5);
  console.log(`caution banner 0–${full.bottom.toFixed(0)} px; page heading at ${top[0]!.top.toFixed(0)} px, price line ${top[2]!.top.toFixed(0)}–${top[2]!.bottom.toFixed(0)} px`);
  expect(await page.locator('main p:nth-of-type(2)').textContent()).toContain('$129');

  // Fold it to a strip: still there, thin, and the page moves back up under it.
  await clickInShadow(page, BANNER, 'Make smaller');
  await expect.poll(async () => (await hostRect(page)).height).toBeLessThan(48);
  const strip = await hostRect(page);
  expect(strip.height).toBeGreaterThanOrEqual(16);
  await expect.poll(async () => (await uncovered(page, ['h1']))[0]!.top).toBeLessThan(top[0]!.top);
  const after = await uncovered(page, PAGE_TOP);
  for (const e of after) {
    expect(e.visible, `${e.sel} visible beside the strip`).toBe(true);
    expect(e.top).toBeGreaterThanOrEqual(strip.bottom - 0.5);
  }
  console.log(`folded strip: ${strip.height.toFixed(0)} px; heading at ${after[0]!.top.toFixed(0)} px`);
  expect(await shadowText(page, BANNER)).toContain('Caution');
  // It stays (folding is not dismissing), and opens again.
  await page.waitForTimeout(1500);
  await expect(banner).toHaveCount(1);
  await clickInShadow(page, BANNER, 'Show details');
  await expect.poll(async () => (await hostRect(page)).height).toBeGreaterThan(strip.height + 20);
});

test('popup on a new tab: the first view leads with the free access-code guide and the official channels', async ({ context, worker, extensionId }) => {
  // about:blank: nothing to judge. Without the `tabs` permission the worker cannot read its
  // address, so its id is the one tab that was not there before.
  const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
  const before = await tabIds();
  await context.newPage();
  const tabId = (await tabIds()).find((id) => !before.includes(id)) ?? -1;
  expect(tabId).toBeGreaterThanOrEqual(0);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  const guide = popup.getByRole('heading', { name: 'Get your access code free' });
  await expect(guide).toBeVisible();
  await expect(guide).toBeInViewport();
  await expect(popup.getByText('USCIS does not charge for access codes', { exact: false }).first()).toBeInViewport();
  await expect(popup.getByRole('tab', { name: 'This site' })).toHaveAttribute('aria-selected', 'true');
  await expect(popup.getByRole('heading', { name: 'Official channels' })).toBeVisible();
  await expect(popup.locator('[role="tabpanel"]:visible a[href="tel:+18003755283"]')).toBeVisible();
  await popup.getByRole('button', { name: 'Read the full access-code guide' }).click();
  await expect(popup.getByRole('tab', { name: 'Access code' })).toHaveAttribute('aria-selected', 'true');
});
