/**
 * axe-core in real Chromium (colour contrast included) on every extension page, in light and dark
 * mode, and keyboard use of the warning page.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { launch, readyWorker } from './harness';

async function axe(page: import('@playwright/test').Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test('warning page: no axe violations, and it works with the keyboard alone', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://www.bananabread-recipes.com/easy');
  await page.goto('https://uscis-gov.net/account').catch(() => undefined);
  await expect(page).toHaveURL(new RegExp(`^chrome-extension://${extensionId}/warning\\.html`));
  await expect(page.locator('h1')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  // Tab to "Back to safety" and press Enter.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.includes('Back to safety')) break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('https://www.bananabread-recipes.com/easy');
});

test('options page: no axe violations', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('h1')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('dark mode: popup, warning page and options page have no axe violations', async () => {
  const { context, cleanup } = await launch({ colorScheme: 'dark' });
  try {
    const worker = await readyWorker(context);
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto('https://uscis-gov.net/account').catch(() => undefined);
    await expect(page.locator('h1')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    for (const path of ['popup.html', 'options.html']) {
      const other = await context.newPage();
      await other.goto(`chrome-extension://${id}/${path}`);
      await other.waitForTimeout(300);
      const background = await other.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background, `${path} follows dark mode`).not.toBe('rgb(255, 255, 255)');
      expect(await axe(other)).toEqual([]);
    }
  } finally {
    await cleanup();
  }
});
