/**
 * Adversarial pages in real Chromium with the built extension. For each: the extension keeps
 * working (a verdict is reached, the banner shows where it should and only in the top frame) and
 * the page keeps working (its own script ran to the end and set window.__pageOk).
 */
import type { ConsoleMessage, Page } from '@playwright/test';
import { test, expect, tabIdOf, levelOf } from './fixtures';

const BANNER = 'official-or-not-banner';

/** Errors the extension's scripts print in the page's console (they run in the page's renderer). */
function extensionErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && /chrome-extension:\/\//.test(`${m.location().url} ${m.text()}`)) errors.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (/chrome-extension:\/\//.test(e.stack ?? '')) errors.push(e.message);
  });
  return errors;
}

const pageOk = (page: Page) => page.evaluate('window.__pageOk === true');

const CAUTION_PAGES: Array<[string, string]> = [
  ['10 MB of text', 'https://www.accesscode-bigpage.com/'],
  ['5,000 levels of nesting, seller text at the bottom', 'https://www.accesscode-deepdom.com/'],
  ['a page that runs without <body>, then builds one', 'https://www.accesscode-nobody.com/'],
  ['a page that replaces document.body after load', 'https://www.accesscode-newbody.com/'],
  ['300 kB of inline script/style before the visible words', 'https://www.accesscode-hydrated.com/'],
  ['a page that breaks Node.prototype, MutationObserver, attachShadow, JSON, URL… in its own world', 'https://www.accesscode-hostile.com/'],
];

for (const [name, url] of CAUTION_PAGES) {
  test(`${name}: verdict reached, banner shown, page still works`, async ({ context, worker }) => {
    const page = await context.newPage();
    const errors = extensionErrors(page);
    await page.goto(url);
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId), { timeout: 15_000 }).toBe('caution');
    await expect(page.locator(BANNER)).toHaveCount(1, { timeout: 10_000 });
    await expect(page.locator(BANNER)).toHaveAttribute('data-level', 'caution');
    await expect.poll(() => pageOk(page), { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('hostile world: the extension does not repair or touch what the page overrode', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.accesscode-hostile.com/');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId), { timeout: 15_000 }).toBe('caution');
  await expect(page.locator(BANNER)).toHaveCount(1, { timeout: 10_000 });
  // Still the page's own (broken) versions: the isolated world never leaks into the main world.
  expect(await page.evaluate('typeof window.MutationObserver')).toBe('undefined');
  expect(await page.evaluate('(() => { try { document.body.attachShadow({ mode: "open" }); return "worked"; } catch (e) { return e.message; } })()')).toBe(
    'hostile page',
  );
});

test('only the top frame gets a banner: a caution page in an iframe of an unrelated page shows none', async ({ context, worker }) => {
  const page = await context.newPage();
  const errors = extensionErrors(page);
  await page.goto('https://www.banana-bread-weekly.com/');
  await expect.poll(() => pageOk(page)).toBe(true);
  const seller = page.frames().find((f) => f.url().startsWith('https://www.fastimmigrationdocs.com/'));
  expect(seller, 'the seller page loaded in the iframe').toBeTruthy();
  await expect.poll(() => seller!.evaluate(() => document.body.textContent ?? '')).toContain('$129');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toBe('none');
  await page.waitForTimeout(3_000);
  for (const frame of page.frames()) {
    expect(await frame.locator(BANNER).count(), `banner in ${frame.url() || frame.name()}`).toBe(0);
  }
  expect(await levelOf(worker, tabId)).toBe('none');
  expect(errors).toEqual([]);
});

test('a caution page with about:blank and srcdoc frames: one banner, in the top frame only', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.accesscode-frames.com/');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => levelOf(worker, tabId)).toBe('caution');
  await expect(page.locator(BANNER)).toHaveCount(1, { timeout: 10_000 });
  await page.waitForTimeout(1_500);
  const child = page.frames().filter((f) => f !== page.mainFrame());
  expect(child.length).toBe(2);
  for (const frame of child) expect(await frame.locator(BANNER).count()).toBe(0);
  expect(await pageOk(page)).toBe(true);
});

// XML and SVG documents (no <body>, no HTML namespace). Served with their real content types by a
// route registered after the harness's (Playwright runs the newest matching route first).
// Chromium shows a bare XML feed through its XML viewer (HTML-looking, but still an XML document).
const XML_DOCS: Array<[string, string, string, RegExp]> = [
  [
    'an SVG image document',
    'image/svg+xml',
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><title>USCIS access code $129</title><text x="0" y="20">Buy your USCIS access code</text><script>document.documentElement.setAttribute("data-ok", "1")</script></svg>',
    /^none$/,
  ],
  [
    'an XML feed',
    'application/xml',
    '<?xml version="1.0"?><rss version="2.0"><channel><title>USCIS access code for sale $129</title><item><title>Order now</title></item></channel></rss>',
    /^none$/,
  ],
  [
    'an XHTML document',
    'application/xhtml+xml',
    '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Recipes</title></head><body><p>Banana bread.</p><script>document.documentElement.setAttribute("data-ok", "1")</script></body></html>',
    /^none$/,
  ],
];

for (const [name, type, body, level] of XML_DOCS) {
  test(`${name}: no crash, a verdict is stored, no extension error`, async ({ context, worker }) => {
    const url = `https://www.xml-docs-example.com/${encodeURIComponent(name)}`;
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: type, body }));
    const page = await context.newPage();
    const errors = extensionErrors(page);
    await page.goto(url);
    const tabId = await tabIdOf(worker, page);
    // Non-HTML documents cannot host the banner or a payment form: the content script leaves them
    // to the domain verdict (taken at navigation), which for this host is `none`.
    await expect.poll(() => levelOf(worker, tabId)).toMatch(level);
    await page.waitForTimeout(2_500);
    expect(await levelOf(worker, tabId)).toMatch(level);
    expect(await page.locator(BANNER).count()).toBe(0);
    if (body.includes('data-ok')) expect(await page.evaluate(() => document.documentElement.getAttribute('data-ok'))).toBe('1');
    expect(errors).toEqual([]);
  });
}

test('about:blank and data: tabs are ignored without errors', async ({ context, worker }) => {
  const page = await context.newPage();
  const errors = extensionErrors(page);
  await page.goto('about:blank');
  await page.goto('data:text/html,<p>USCIS access code $129</p>');
  await page.waitForTimeout(1_500);
  const stored = await worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).length);
  expect(stored).toBe(0);
  expect(errors).toEqual([]);
});
