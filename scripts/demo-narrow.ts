/**
 * The demo's phone screens (issue 17): at 360×640 — a small phone, and the width Firefox for
 * Android gives the popup, which it opens as a full-screen tab — the caution banner, the field
 * guard, the warning page and the popup, in the language currently chosen. Saved as
 * demo/narrow-<surface>-<locale>.png. tests/e2e/narrow.spec.ts measures the same screens.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { READ_MS } from '../tests/e2e/harness';

const PHONE = { width: 360, height: 640 };

export interface Shooter {
  /** A page screenshot (fullPage: the whole scrolled page). */
  page(page: Page, file: string, fullPage?: boolean): Promise<void>;
  /** A screenshot of a page with our UI in the closed shadow root of `hostTag`. */
  shadow(page: Page, file: string, hostTag: string): Promise<void>;
}

export async function narrowShots(
  context: BrowserContext,
  urls: { seller: string; lookalike: string; popup: string },
  locale: string,
  shot: Shooter,
): Promise<void> {
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    await page.bringToFront();
    await page.goto(url).catch(() => undefined);
    return page;
  };
  const seller = await open(urls.seller);
  await seller.locator('official-or-not-banner').waitFor({ timeout: 15_000 }).catch(() => undefined);
  await seller.waitForTimeout(READ_MS);
  await shot.shadow(seller, `narrow-banner-${locale}.png`, 'official-or-not-banner');
  // The field guard: a real tap on the card-number field (scrolled into view first).
  await seller.locator('#card').click();
  await seller.locator('official-or-not-field-guard').waitFor({ timeout: 5_000 }).catch(() => undefined);
  await seller.waitForTimeout(300);
  await shot.shadow(seller, `narrow-guard-${locale}.png`, 'official-or-not-field-guard');
  await seller.close();

  const warning = await open(urls.lookalike);
  await warning.waitForTimeout(1000);
  await whole(warning, shot, `narrow-warning-${locale}.png`);
  await warning.close();

  const popup = await open(urls.popup);
  await popup.waitForTimeout(800);
  await whole(popup, shot, `narrow-popup-${locale}.png`);
  await popup.close();
}

/**
 * The whole page at 360 px: the window made as tall as the page, so there is no scroll bar (a
 * desktop scroll bar takes 15 px a phone does not; a full-page capture drew the page 15 px too
 * wide and cut its right edge).
 */
async function whole(page: Page, shot: Shooter, file: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: PHONE.width, height: Math.max(PHONE.height, height) });
  await page.waitForTimeout(200);
  await shot.page(page, file);
}
