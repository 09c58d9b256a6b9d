/**
 * The in-page banner speaks the language the person chose in the popup (every surface follows the
 * same setting): English by default, then Spanish and Simplified Chinese.
 */
import { test, expect, shadowText, tabIdOf } from './fixtures';

const SELLER = 'https://www.fastimmigrationdocs.com/access-code';

test('the caution banner follows the language chosen in the popup', async ({ context, worker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(SELLER);
  await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution');
  // The level word and the title are not the same word twice ("CAUTION Careful: …").
  const english = await shadowText(page, 'official-or-not-banner');
  expect(english).toContain('This site is not the U.S. government');
  expect(english).not.toContain('Careful');
  const tabId = await tabIdOf(worker, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  for (const [locale, title] of [
    ['es', 'Este sitio no es del gobierno de EE. UU.'],
    ['zh_CN', '这个网站不是美国政府网站'],
  ] as const) {
    await popup.locator('select').first().selectOption(locale);
    // The popup saves the choice asynchronously; a person does not reload within milliseconds.
    await expect
      .poll(() => worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { language?: string } | undefined)?.language))
      .toBe(locale);
    await page.reload();
    await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution');
    await expect.poll(() => shadowText(page, 'official-or-not-banner')).toContain(title);
    expect(await shadowText(page, 'official-or-not-banner')).not.toMatch(/Cuidado:|小心：/);
  }
});
