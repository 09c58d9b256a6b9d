/**
 * "If you already paid or typed your details" is one click away from every warning: the banner and
 * the field guard (inside web pages, which cannot link to an extension page, so the background
 * opens it) and the warning page. The help opens on the popup's help tab, at that section.
 */
import { test, expect, clickInShadow, shadowText } from './fixtures';

const SELLER = 'https://www.fastimmigrationdocs.com/access-code';
const LOOKALIKE = 'https://uscis-gov.net/account';
const PAID = 'If you already paid or typed your details';

test('the caution banner opens the "already paid" help in a new tab, at that section', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SELLER);
  await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution');
  const opened = context.waitForEvent('page');
  await clickInShadow(page, 'official-or-not-banner', 'Already paid or typed your details? What to do');
  const help = await opened;
  await help.waitForLoadState();
  expect(help.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/popup\.html\?tab=channels&section=paid$/);
  const heading = help.getByRole('heading', { name: PAID });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(help.getByRole('tab', { selected: true })).toHaveText('Official help');
});

test('the field guard links to the official route and to the "already paid" help', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SELLER);
  await expect(page.locator('official-or-not-banner')).toHaveAttribute('data-level', 'caution');
  await page.locator('#card').click();
  await expect(page.locator('official-or-not-field-guard')).toHaveAttribute('data-kind', 'card_number');
  const text = await shadowText(page, 'official-or-not-field-guard');
  expect(text).toContain('USCIS does not charge for access codes.');
  const opened = context.waitForEvent('page');
  await clickInShadow(page, 'official-or-not-field-guard', 'Already paid or typed your details? What to do');
  const help = await opened;
  await expect(help.getByRole('heading', { name: PAID })).toBeFocused();
});

test('the warning page links to the "already paid" help', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(LOOKALIKE).catch(() => undefined);
  await expect(page).toHaveURL(/warning\.html/);
  const link = page.getByRole('link', { name: 'Already paid or typed your details? What to do' });
  await expect(link).toHaveAttribute('href', /\/popup\.html\?tab=channels&section=paid$/);
});
