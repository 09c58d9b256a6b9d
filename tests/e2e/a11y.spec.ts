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

test('Check a message: no axe violations with a verdict, and it works with the keyboard', async ({ context, worker, extensionId }) => {
  // As "Check this link" hands a right-clicked link over (lib/platform/check-link.ts).
  await worker.evaluate(() => chrome.storage.session.set({ linkToCheck: 'https://uscis-gov.net/pay' }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=message`);
  await expect(page.locator('#panel-message .level-badge')).toHaveAttribute('data-level', 'danger');
  await expect(page.getByRole('textbox')).toHaveValue('https://uscis-gov.net/pay');
  expect(await worker.evaluate(async () => Object.keys(await chrome.storage.session.get('linkToCheck')))).toEqual([]);
  expect(await axe(page)).toEqual([]);
  // From the tab list, the keyboard reaches the box, types, and Clear empties it.
  await page.getByRole('tab', { name: 'Check a message' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Congratulations! You won the green card lottery. Send $500 by Western Union.');
  await expect(page.locator('#panel-message .level-badge')).toHaveAttribute('data-level', /caution|danger/);
  expect(await axe(page)).toEqual([]);
  // The family-emergency and secrecy reasons reach the accessibility tree as list items like the others.
  await page.getByRole('textbox').fill("Hi Grandma, it's me. I was in a car accident and the police arrested me. I need $2,000 for bail. Please send it by Western Union. Don't tell Mom and Dad.");
  const reasons = page.getByRole('region', { name: 'Why' }).getByRole('listitem');
  await expect(reasons.filter({ hasText: 'Asks you to keep it secret' })).toContainText("Don't tell Mom and Dad");
  await expect(reasons.filter({ hasText: 'Relative in trouble asks for money' })).toContainText('I was in a car accident');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Clear' }).press('Enter');
  await expect(page.getByRole('textbox')).toHaveValue('');
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
    for (const path of ['popup.html', 'options.html', 'popup.html?tab=message']) {
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
