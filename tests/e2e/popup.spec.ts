/**
 * The popup for tabs of each level: it shows the same level as the page surface, the reasons,
 * the free access-code guide and the official channels. Opened as popup.html?tabId=N.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, tabIdOf, levelOf } from './fixtures';

const CASES = [
  { url: 'https://www.uscis.gov/', level: 'official', word: /official/i },
  { url: 'https://www.bananabread-recipes.com/easy', level: 'none', word: /no warning/i },
  { url: 'https://www.riveraimmigrationlaw.com/green-card-family', level: 'notice', word: /reminder/i },
  { url: 'https://www.fastimmigrationdocs.com/access-code', level: 'caution', word: /caution/i },
] as const;

for (const c of CASES) {
  test(`popup for a ${c.level} tab`, async ({ context, worker, extensionId }) => {
    const page = await context.newPage();
    await page.goto(c.url);
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId)).toBe(c.level);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    const status = popup.getByRole('status').first();
    await expect(status).toContainText(c.word);
    await expect(popup.locator('[data-level]').first()).toHaveAttribute('data-level', c.level);
    // The guide and the official channels are always there, from local data.
    await expect(popup.getByText('800-375-5283').first()).toBeAttached();
    await expect(popup.locator('a[href="tel:+18003755283"]').first()).toBeAttached();
    // No horizontal scrolling at the popup's width.
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page: popup }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test('popup for the warning-page tab of a look-alike says danger and names the real site', async ({ context, worker, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://uscis-gov.net/account').catch(() => undefined);
  await expect(page).toHaveURL(/warning\.html/);
  const tabId = await worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.includes('warning.html'))?.id ?? -1;
  });
  expect(await levelOf(worker, tabId)).toBe('danger');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByRole('status').first()).toContainText(/danger/i);
  await expect(popup.getByText('uscis.gov', { exact: false }).first()).toBeVisible();
});
