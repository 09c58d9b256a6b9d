/**
 * Attacks on the browser's own blocking (lib/blocking/rules.ts, issue 14 item 6) that a scam site
 * can mount from a page it controls, on the real local HTTPS server (./local-sites.ts):
 *  - a link on a web page (the usual way in: a search result, a web-mail message) leads to a
 *    look-alike: the rule's redirect is initiated by the page, and Chromium refuses it unless
 *    warning.html is web-accessible — the person got "blocked by an extension" (chrome-error://)
 *    with no warning, no "Back to safety", and the worker, trusting the rule, did nothing;
 *  - a benign-looking page shows the look-alike in a full-window frame: the address bar shows the
 *    benign host, and the rules covered top-level pages only;
 *  - a page frames warning.html to trick a click on "Always trust" (clickjacking);
 *  - a page that sends the tab on to the look-alike whenever it is shown: "Back to safety" went
 *    back to it, it sent the tab on again, and the person could not get away.
 * Before the fix the first three failed (chrome-error://chromewebdata/; the framed look-alike was
 * fetched and ran); the asleep one then showed two warnings, and "Back to safety" led to the first.
 */
import { expect } from '@playwright/test';
import { LOCAL, stopWorker, test, warningPage } from './local-sites';

const BENIGN = new URL(LOCAL.start).origin;
const linkTo = (url: string) => `${BENIGN}/link?to=${encodeURIComponent(url)}`;

for (const asleep of [false, true]) {
  test(`a link on a web page to a look-alike opens the warning page, not an error page (worker ${asleep ? 'asleep' : 'awake'})`, async ({
    ext: { context, extensionId },
    sites,
  }) => {
    const page = await context.newPage();
    await page.goto(linkTo(LOCAL.pattern));
    if (asleep) await stopWorker(page, extensionId);
    await page.click('#go');
    await expect(page).toHaveURL(warningPage(extensionId));
    await expect(page.getByRole('button', { name: 'Back to safety' })).toBeVisible();
    expect(sites.requested(LOCAL.pattern)).toBe(false);
    // One warning in the history: the woken worker used to send the tab there a second time, and
    // "Back to safety" stepped back onto the first copy.
    await page.getByRole('button', { name: 'Back to safety' }).click();
    await expect(page).toHaveURL(linkTo(LOCAL.pattern));
  });
}

test('a look-alike in a frame of a benign page is never fetched (patterns, and a host judged this session)', async ({ ext: { context, extensionId }, sites }) => {
  const page = await context.newPage();
  await page.goto(LOCAL.frame(LOCAL.pattern));
  await page.goto(LOCAL.judged).catch(() => undefined);
  await expect(page).toHaveURL(warningPage(extensionId));
  sites.log.length = 0;
  await page.goto(LOCAL.frame(LOCAL.judged));
  await page.goto(LOCAL.start);
  expect(sites.requested(LOCAL.pattern)).toBe(false);
  expect(sites.requested(LOCAL.judged)).toBe(false);
});

test('a web page cannot show the warning page in a frame (no clickjacking of "Always trust")', async ({ ext: { context, extensionId } }) => {
  const page = await context.newPage();
  await page.goto(LOCAL.frame(`chrome-extension://${extensionId}/warning.html?url=${encodeURIComponent(LOCAL.start)}`));
  await page.waitForLoadState('load');
  const frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/`));
  const buttons = frame ? await frame.getByRole('button').count().catch(() => 0) : 0;
  expect(buttons).toBe(0);
});

test('"Back to safety" does not go back to a page that sends the tab to the look-alike again', async ({ ext: { context, extensionId } }) => {
  const page = await context.newPage();
  const bounce = `https://www.free-case-help.example/bounce?to=${encodeURIComponent(LOCAL.pattern)}`;
  await page.goto(LOCAL.start);
  await page.goto(bounce);
  await expect(page).toHaveURL(warningPage(extensionId));
  await page.getByRole('button', { name: 'Back to safety' }).click();
  // The page sends the tab on again: a second warning; its "Back to safety" must step over that page.
  await expect(page).toHaveURL(warningPage(extensionId));
  await page.getByRole('button', { name: 'Back to safety' }).click();
  await expect(page).toHaveURL(LOCAL.start);
  await expect(page.getByRole('heading', { name: 'Easy banana bread' })).toBeVisible();
  await expect(page).toHaveURL(LOCAL.start);
});
