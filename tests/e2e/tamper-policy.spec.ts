/**
 * When a page's fight with the banner earns the full-page warning (issue 14 item 4; the policy is
 * lib/tab/tamper.ts, tested in Node in tests/unit/tab/core.test.ts). Ordinary pages must never
 * get it: a lawyer's guide (`notice`) with a cookie dialog opened by showModal(), a person who
 * watches a video full screen on a `caution` page (the banner leaves full screen, which is no fight). Both were sent to
 * the warning page before.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const BANNER = 'official-or-not-banner';
/** Longer than the old escalation took (three 1 s checks) with room for a slow machine. */
const WATCH_MS = 6_000;

async function serve(context: BrowserContext, url: string, html: string): Promise<Page> {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('a lawyer guide (notice) that opens a cookie dialog with showModal() is not sent to the warning page', async ({ context }) => {
  const guide = readFileSync('tests/fixtures/pages/lawyer-guide.html', 'utf8');
  const cookie = `<dialog id="cookies" style="width:100vw;height:100vh;max-width:none;max-height:none;margin:0"><p>We use cookies.</p><button>OK</button></dialog>
<script>setTimeout(() => document.getElementById('cookies').showModal(), 2500);</script></body>`;
  const page = await serve(context, 'https://www.lawyer-with-cookies.com/green-card', guide.replace('</body>', cookie));
  await expect(page.locator(BANNER)).toHaveAttribute('data-level', 'notice', { timeout: 15_000 });
  await expect(page.locator('#cookies')).toHaveAttribute('open', '', { timeout: 10_000 });
  await page.waitForTimeout(WATCH_MS);
  expect(page.url()).toBe('https://www.lawyer-with-cookies.com/green-card');
});

test('watching a video full screen on a caution page does not count as hiding the warning', async ({ context }) => {
  const page = await serve(
    context,
    'https://www.access-code-video.com/',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>USCIS Access Code Service</title></head><body>
<h1>Online Access Code Service</h1>
<p>Did you file a paper form with USCIS and never got your online access code? Our experts will request your USCIS online access code for you.</p>
<p>Order now: Access Code Package only $129. Checkout in 2 minutes.</p>
<div id="video" style="width:320px;height:180px;background:#222;margin-top:40vh"></div>
<button id="full" style="margin-top:8px">Full screen</button>
<script>window.screens = []; document.addEventListener('fullscreenchange', () => window.screens.push(document.fullscreenElement?.id ?? 'none')); document.getElementById('full').addEventListener('click', () => document.getElementById('video').requestFullscreen());</script>
</body></html>`,
  );
  await expect(page.locator(BANNER)).toHaveAttribute('data-level', 'caution', { timeout: 15_000 });
  await page.waitForTimeout(1_500); // past the banner's first checks
  await page.locator('#full').click();
  // The warning leaves full screen (its buttons would not answer in it: page-escapes.spec.ts), and that is no fight.
  await expect.poll(() => page.evaluate(() => (window as unknown as { screens: string[] }).screens.join(' '))).toBe('video none');
  await page.waitForTimeout(WATCH_MS);
  expect(page.url()).toBe('https://www.access-code-video.com/');
});
