/**
 * The address guard (entrypoints/guard) attacked the way a scam site would (issue 14 item 6):
 * every route below brings a first-visit look-alike no rule knows into a tab or frame while the
 * extension's service worker sleeps; its page must never run a script. Served by the real local
 * HTTPS server (./local-sites.ts): "its script ran" is read from the server's log (/ran).
 * Each route uses its own look-alike host, so no host is already judged by an earlier route.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { asleep, LOCAL, stopWorker, test, warningPage, type LocalSites } from './local-sites';

const via = (path: string, to: string) => `${new URL(LOCAL.start).origin}${path}?to=${encodeURIComponent(to)}`;
const settle = (page: Page) => page.waitForLoadState('load').catch(() => undefined);

/**
 * Opens `urls` one by one, each in a tab whose worker sleeps, until one is requested: none may run
 * its script; true when one was requested (no rule knew it, so the guard is what stopped it). If the
 * worker wakes before the navigation (the start page's late events can wake it on a loaded machine),
 * it stops the look-alike before its request and blocks the host for the session, so the next try
 * uses a fresh look-alike.
 */
async function guardedOnce(context: BrowserContext, extensionId: string, sites: LocalSites, urls: readonly string[]): Promise<boolean> {
  for (const url of urls) {
    const page = await asleep(context, extensionId);
    await page.goto(url).catch(() => undefined);
    await settle(page);
    expect(sites.ran(url), url).toBe(false);
    if (sites.requested(url)) return true;
  }
  return false;
}

test('a look-alike spelt with doubled letters or digits for letters (evverify.us, ds1660.us) never runs its script', async ({ ext: { context, extensionId }, sites }) => {
  for (const url of ['https://evverify.us/apply', 'https://ds1660.us/form']) {
    const page = await asleep(context, extensionId);
    await page.goto(url).catch(() => undefined);
    await expect(page).toHaveURL(warningPage(extensionId));
    expect(sites.ran(url), url).toBe(false);
  }
});

test('upper-case, trailing-dot, other-port and punycode spellings of a look-alike never run its script', async ({ ext: { context, extensionId }, sites }) => {
  // Each spelling on up to three look-alikes (see guardedOnce): failed 2 of 6 under load with one.
  for (const urls of [
    ['https://DVPROGRAM-GOV.COM/apply', 'https://DVPROGRAM-GOV.NET/apply', 'https://DV-PROGRAM-GOV.COM/apply'],
    ['https://ceac-gov.net./apply', 'https://ceac-gov.org./apply', 'https://ceac-gov.com./apply'],
    ['https://i94-gov.net:8443/apply', 'https://i94-gov.org:8443/apply', 'https://i94-gov.com:8443/apply'],
    ['https://xn--uscs-gov-9ze.com/apply', 'https://xn--uscs-gov-9ze.net/apply', 'https://xn--uscs-gov-9ze.org/apply'],
  ]) {
    expect(await guardedOnce(context, extensionId, sites, urls), `${urls[0]}: requested with the worker asleep (the guard, not a rule, stopped it)`).toBe(true);
  }
});

test('a benign page that sends the person on by form POST, meta refresh, location.replace or window.open: the look-alike never runs', async ({
  ext: { context, extensionId },
  sites,
}) => {
  for (const [path, url] of [
    ['/post', 'https://greencard-gov.org/pay'],
    ['/refresh', 'https://cbp-gov.org/esta'],
    ['/assign', 'https://esta-gov.org/apply'],
  ] as const) {
    const page = await asleep(context, extensionId);
    await page.goto(via(path, url)).catch(() => undefined);
    // (The benign page's own load wakes the worker, which may stop the look-alike before its request.)
    await expect(page, path).toHaveURL(warningPage(extensionId));
    expect(sites.ran(url), path).toBe(false);
  }
  const url = 'https://ds160-gov.com/form';
  const opener = await context.newPage();
  await opener.goto(via('/popup', url));
  const page = await asleep(context, extensionId);
  await page.close();
  const popup = context.waitForEvent('page');
  await opener.click('#go');
  await expect(await popup).toHaveURL(warningPage(extensionId));
  expect(sites.ran(url)).toBe(false);
});

test('a look-alike framed inside a srcdoc frame, a frame a benign page wrote, a sandboxed frame (opaque origin) or an <object>: it never runs', async ({
  ext: { context, extensionId },
  sites,
}) => {
  for (const [path, url] of [
    ['/nested', 'https://dhs-portal.com/login'],
    ['/written', 'https://uscis-renewal.com/login'],
    ['/sandboxed', 'https://dvprogram-official.net/apply'],
    ['/object', 'https://usc1s-case.com/login'],
  ] as const) {
    const page = await asleep(context, extensionId);
    await page.goto(via(path, url));
    await expect.poll(() => sites.requested(url), path).toBe(true);
    await settle(page);
    expect(sites.ran(url), path).toBe(false);
  }
});

test('a look-alike served as XHTML or SVG (the XML parser, not the HTML one) never runs its script', async ({ ext: { context, extensionId }, sites }) => {
  // Each file under up to three hosts (see guardedOnce).
  for (const [file, hosts] of [
    ['page.xhtml', ['everify-portal.com', 'everify-portal.net', 'e-verify-portal.com']],
    ['page.svg', ['travel-state-visa.com', 'travel-state-visa.net', 'travel-state-visas.com']],
  ] as const) {
    const urls = hosts.map((host) => `https://${host}/${file}`);
    expect(await guardedOnce(context, extensionId, sites, urls), `${file}: requested with the worker asleep (the guard, not a rule, stopped it)`).toBe(true);
  }
  // The same pages on a benign host do run their script (the test can see one run).
  for (const path of ['/page.xhtml', '/page.svg']) {
    const page = await context.newPage();
    await page.goto(new URL(path, LOCAL.start).href);
    await expect.poll(() => sites.log.filter((h) => h.host === new URL(LOCAL.start).hostname && h.path === '/ran').length, path).toBeGreaterThan(0);
    sites.log.length = 0;
  }
});

test('a benign page that prerenders a look-alike (speculation rules): the look-alike never runs, prerendered or shown', async ({ ext: { context, extensionId }, sites }) => {
  const url = 'https://uscis-online.org/case';
  const page = await asleep(context, extensionId);
  await page.goto(via('/prerender', url));
  await expect.poll(() => sites.requested(url)).toBe(true); // prefetched: Chromium prerenders no page of another site (prerender.spec.ts)
  expect(sites.ran(url)).toBe(false);
  await page.click('#go');
  await expect(page).toHaveURL(warningPage(extensionId));
  expect(sites.ran(url)).toBe(false);
});

test('a benign page that poisons an about:blank window or frame (the guard’s name, String, Array, RegExp, window.stop) before sending it to a look-alike: it never runs', async ({
  ext: { context, extensionId },
  sites,
}) => {
  const url = 'https://everify-portal.com/start';
  const page = await asleep(context, extensionId);
  await page.goto(via('/poison', url));
  await expect.poll(() => sites.requested(url)).toBe(true);
  await settle(page);
  expect(sites.ran(url)).toBe(false);
  const popup = context.waitForEvent('page');
  await page.click('#go');
  await expect(await popup).toHaveURL(warningPage(extensionId));
  expect(sites.ran(url)).toBe(false);
});

test('a site the person trusts that frames a look-alike: the framed look-alike never runs', async ({ ext: { context, extensionId }, sites }) => {
  const trusted = 'https://www.uscls-help.com/start';
  const page = await context.newPage();
  await page.goto(trusted).catch(() => undefined);
  await expect(page).toHaveURL(warningPage(extensionId));
  await page.getByRole('button', { name: 'Always trust this site' }).click();
  await page.getByRole('button', { name: 'Always trust this site' }).click(); // confirm
  await expect(page).toHaveURL(trusted);
  const url = 'https://ceac-gov.net/apply';
  const later = await asleep(context, extensionId);
  await later.goto(`https://www.uscls-help.com/frame?to=${encodeURIComponent(url)}`);
  await expect.poll(() => sites.requested(url)).toBe(true);
  await settle(later);
  expect(sites.ran('https://www.uscls-help.com/')).toBe(true); // the trusted page itself runs
  expect(sites.ran(url)).toBe(false);
});

test('a look-alike served with a CSP sandbox header (an opaque origin) never runs its script', async ({ ext: { context, extensionId }, sites }) => {
  const url = 'https://i94-gov.net/sandbox';
  const page = await asleep(context, extensionId);
  await page.goto(url).catch(() => undefined);
  await settle(page);
  expect(sites.requested(url)).toBe(true);
  expect(sites.ran(url)).toBe(false);
  // The same page on a benign host runs (its request from an opaque origin reaches the log).
  await page.goto(new URL('/sandbox', LOCAL.start).href);
  await expect.poll(() => sites.ran(LOCAL.start)).toBe(true);
});

test('a look-alike over plain http:// never runs its script', async ({ ext: { context, extensionId }, sites }) => {
  const url = 'http://ds160-online.com/form';
  const page = await asleep(context, extensionId);
  await page.goto(url).catch(() => undefined);
  await settle(page);
  expect(sites.log.filter((h) => h.host === new URL(url).hostname).map((h) => h.tls)).toContain(false); // fetched over http://, not upgraded
  expect(sites.ran(url)).toBe(false);
  // The same page on a benign host over http:// runs (the test can see one run).
  await page.goto('http://www.bananabread-recipes.com/sandbox');
  await expect.poll(() => sites.ran(LOCAL.start)).toBe(true);
});

test('after "Continue once" on a look-alike seen through Google\'s AMP viewer, another look-alike through the same viewer never runs its script', async ({
  ext: { context, extensionId },
  sites,
}) => {
  // The guard used to skip the viewer's whole host (www.google.com) after such a continue (fixes17 left it).
  const viewer = 'https://www.google.com/';
  const page = await asleep(context, extensionId);
  await page.goto('https://www.google.com/amp/s/uscis-gov.net/account').catch(() => undefined);
  await expect(page).toHaveURL(warningPage(extensionId));
  await page.getByRole('button', { name: 'Continue to this site once' }).click();
  await expect(page).toHaveURL('https://www.google.com/amp/s/uscis-gov.net/account');
  await expect.poll(() => sites.ran(viewer)).toBe(true);
  // Another look-alike through the same viewer, worker asleep: stopped before its script.
  const other = await asleep(context, extensionId);
  sites.log.length = 0;
  await other.goto('https://www.google.com/amp/s/dvprogram-gov.com/apply').catch(() => undefined);
  await expect(other).toHaveURL(warningPage(extensionId));
  expect(sites.requested(viewer)).toBe(true); // no rule knew it: the guard is what stopped it
  expect(sites.ran(viewer)).toBe(false);
  // The continued look-alike's other page through the viewer, worker asleep: the guard lets it run.
  await stopWorker(page, extensionId);
  sites.log.length = 0;
  await page.goto('https://www.google.com/amp/s/uscis-gov.net/status').catch(() => undefined);
  await expect.poll(() => sites.ran(viewer)).toBe(true);
});
