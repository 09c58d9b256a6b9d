/**
 * Privacy: nothing leaves the device. Every request made while browsing every fixture page and
 * opening every extension page is recorded; everything that is not a fixture page or one of the
 * extension's own files must be zero.
 *
 * What the recorder sees: context.on('request') + the harness's context.route(). Service-worker
 * requests: Playwright ≥ 1.4x reports and routes them in Chromium by default (opt out with
 * PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK; older versions needed
 * PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS=1, set below for them — see
 * https://playwright.dev/docs/service-workers-experimental). The extension's CSP (connect-src
 * 'none') also refuses any fetch from the service worker before it reaches the network, which the
 * last test checks.
 */
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';

import type { BrowserContext } from '@playwright/test';
import { test, expect, PAGE_OWN_REQUESTS, SITES, tabIdOf } from './fixtures';

function record(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (r) => seen.push(r.url()));
  return seen;
}

function outsiders(seen: readonly string[], extensionId: string): string[] {
  return seen.filter((u) => !(u in SITES) && !PAGE_OWN_REQUESTS.has(u) && !u.startsWith(`chrome-extension://${extensionId}/`) && !/^(about|data|blob):/.test(u));
}

test('browsing every fixture page and opening every extension page sends nothing anywhere', async ({ context, worker, extensionId }) => {
  test.setTimeout(180_000);
  const seen = record(context);
  const page = await context.newPage();
  for (const url of Object.keys(SITES)) {
    await page.goto(url).catch(() => undefined); // look-alikes are replaced by warning.html mid-navigation
    await page.waitForTimeout(1_200); // let the content script, the banner and the field guard run
  }
  // Every extension page, as the user would open it.
  const probe = await context.newPage();
  await probe.goto('https://www.fastimmigrationdocs.com/access-code');
  const tabId = await tabIdOf(worker, probe);
  for (const path of ['popup.html', 'options.html', `warning.html?tab=${tabId}`]) {
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/${path}`);
    await ext.waitForLoadState('load');
    await ext.waitForTimeout(1_000);
    await ext.close();
  }
  expect(seen.length, 'the recorder saw the fixture pages').toBeGreaterThan(Object.keys(SITES).length);
  expect(seen.filter((u) => u.startsWith(`chrome-extension://${extensionId}/`)).length, 'and the extension pages').toBeGreaterThan(0);
  expect(outsiders(seen, extensionId)).toEqual([]);
});

test('Check a message: a pasted scam is judged on the device — no request, nothing stored', async ({ context, worker, extensionId }) => {
  const seen = record(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=message`);
  const secret = 'USCIS: pay the $150 fee now at uscis[.]gov-pay[.]com and reply with your A-Number A123456789';
  await page.getByRole('textbox').fill(secret);
  await expect(page.locator('#panel-message .level-badge')).toHaveAttribute('data-level', 'danger');
  await expect(page.locator('.message-link').first()).toContainText('uscis[.]gov-pay[.]com');
  await page.waitForTimeout(500);
  expect(outsiders(seen, extensionId)).toEqual([]);
  // Neither the popup nor the worker wrote the text anywhere.
  const stored = await worker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]));
  expect(stored).not.toContain('A123456789');
  expect(stored).not.toContain('gov-pay');
  await page.close();
});

test('the recorder catches a request that leaves (control: the net has no hole)', async ({ context, extensionId }) => {
  const seen = record(context);
  const page = await context.newPage();
  await page.goto('https://www.bananabread-recipes.com/easy');
  await page.evaluate(() => {
    const img = new Image();
    img.src = 'https://tracker.example/pixel.gif';
    document.body.appendChild(img);
  });
  await expect.poll(() => outsiders(seen, extensionId)).toEqual(['https://tracker.example/pixel.gif']);
});

test('the service worker cannot reach the network: its CSP refuses fetch', async ({ context, worker }) => {
  const seen = record(context);
  const result = await worker.evaluate(async () => {
    try {
      await fetch('https://tracker.example/collect', { method: 'POST', body: 'x' });
      return 'sent';
    } catch (e) {
      return `refused: ${String(e)}`;
    }
  });
  expect(result).toMatch(/^refused/);
  expect(seen.filter((u) => u.includes('tracker.example'))).toEqual([]);
});
