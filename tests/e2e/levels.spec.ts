/**
 * Each level's surface on fixture pages served under real-looking host names, against the built
 * extension: the badge, the in-page banner, the warning page, and nothing at all where nothing is wrong.
 */
import { test, expect, tabIdOf, badgeText, levelOf, shadowText } from './fixtures';

test('uscis.gov is official: check-mark badge, no banner', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.uscis.gov/');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toBe('official');
  await expect.poll(() => badgeText(worker, tabId)).toBe('✓');
  await page.waitForTimeout(500);
  await expect(page.locator('official-or-not-banner')).toHaveCount(0);
});

test('a look-alike domain never renders: the warning page replaces it', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://www.uscis.gov/');
  await page.goto('https://uscis-gov.net/account').catch(() => undefined);
  await expect(page).toHaveURL(new RegExp(`^chrome-extension://${extensionId}/warning\\.html`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('USCIS');
  await expect(page.getByText('uscis-gov.net', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /real site/i }).first()).toHaveAttribute('href', /^https:\/\/[a-z.]*(uscis|state|dhs)\.gov/);
  await expect(page.getByRole('button', { name: 'Back to safety' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue to this site once' })).toBeVisible();
});

test('a site selling access codes gets the caution banner with the evidence and the free route', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.fastimmigrationdocs.com/access-code');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toBe('caution');
  const banner = page.locator('official-or-not-banner');
  await expect(banner).toHaveAttribute('data-level', 'caution');
  await expect.poll(() => badgeText(worker, tabId)).toBe('!');
  // The toolbar tooltip says the level in words (not colour alone), from the translations.
  expect(await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(
    'Official or Not: Caution — This site is not the U.S. government and shows warning signs. Check before you pay or share personal details.',
  );
  const text = await shadowText(page, 'official-or-not-banner');
  expect(text).toContain('$129');
  expect(text.toLowerCase()).toContain('access code');
});

test('an advertorial sending the reader to a paid ESTA site: the banner says the page sends you there, not that it sells', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.weekendtravel-magazine.com/usa/new-york-trip');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toBe('caution');
  await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution');
  const text = await shadowText(page, 'official-or-not-banner');
  // its own reason, the site it names as the evidence, and the ESTA's official route
  expect(text).toContain('Sends you to a paid service');
  expect(text).toContain('www.esta-travel-desk.example.com');
  expect(text).not.toContain('Does a free government step for a fee');
  expect(text).toContain('Apply for ESTA only on the official U.S. Customs and Border Protection website.');
});

test('a news article about access-code scams gets at most the quiet reminder', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.dailytribune-news.com/us-news/access-code-scams');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toMatch(/^(notice|none)$/);
  await page.waitForTimeout(500);
  const banner = page.locator('official-or-not-banner');
  if ((await banner.count()) > 0) await expect(banner).toHaveAttribute('data-level', 'notice');
});

test('a lawyer’s green-card guide gets the notice reminder, not a warning', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.riveraimmigrationlaw.com/green-card-family');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toBe('notice');
  await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'notice');
  await expect.poll(() => badgeText(worker, tabId)).toBe('i');
});

test('a page with nothing about immigration: no badge, no banner', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.bananabread-recipes.com/easy');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toBe('none');
  await page.waitForTimeout(800);
  await expect(page.locator('official-or-not-banner')).toHaveCount(0);
  await expect.poll(() => badgeText(worker, tabId)).toBe('');
});
