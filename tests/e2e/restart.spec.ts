/**
 * After a browser restart. "Continue once" lasts for the person's tab; the address guard
 * (entrypoints/guard) skips such a site while the tab has it, and that registration persists across
 * restarts. A restarted browser has no such tab any more, so the guard must cover the site again
 * before the first page is opened, even though the worker has not been woken by any page event.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { LOCAL, launchLocal, startLocalSites, warningPage, workerRunning } from './local-sites';

base('after a restart, a look-alike "continued once" last session is stopped again before its script runs', async () => {
  const sites = await startLocalSites();
  const profile = mkdtempSync(join(tmpdir(), 'oon-restart-'));
  try {
    const first = await launchLocal(sites, undefined, { profile });
    const page = await first.context.newPage();
    await page.goto(LOCAL.judged).catch(() => undefined);
    await expect(page).toHaveURL(warningPage(first.extensionId));
    await page.getByRole('button', { name: 'Continue to this site once' }).click();
    await expect(page).toHaveURL(LOCAL.judged);
    await expect.poll(() => sites.ran(LOCAL.judged)).toBe(true);
    await expect.poll(() => guardExclusions(first.context, first.extensionId)).toContain('dvprogram-gov.com');
    await first.close();

    sites.log.length = 0;
    const second = await launchLocal(sites, undefined, { profile, waitForWorker: false });
    try {
      const next = await second.context.newPage();
      // The worker starts with the browser (runtime.onStartup) and drops last session's exclusions.
      // The worker starts with the browser (runtime.onStartup; in this harness Chromium starts it
      // anyway, as it loads the unpacked extension) and registers the guard without last session's
      // "continue once" sites.
      await expect.poll(() => workerRunning(next, first.extensionId), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => guardExclusions(second.context, first.extensionId)).not.toContain('dvprogram-gov.com');
      await next.goto(LOCAL.judged).catch(() => undefined);
      await expect(next).toHaveURL(warningPage(first.extensionId));
      expect(sites.ran(LOCAL.judged)).toBe(false);
    } finally {
      await second.close();
    }
  } finally {
    await sites.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/** The address guard's excluded sites, as the browser has them registered ('' while no worker runs). */
async function guardExclusions(context: BrowserContext, extensionId: string): Promise<string> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return worker ? JSON.stringify(await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.excludeMatches))) : '';
}
