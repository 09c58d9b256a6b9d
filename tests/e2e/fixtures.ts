/** Playwright fixtures: a fresh profile with the built extension for every test. See harness.ts. */
import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { launch, readyWorker } from './harness';

export * from './harness';

export interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests that were not fixture pages (should stay empty: nothing leaves the device). */
  stray: string[];
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  stray: async ({}, use) => {
    await use([]);
  },
  context: async ({ stray }, use) => {
    const launched = await launch();
    // Every test starts with the extension running, as in a browser session: the page reader is
    // injected by the background at each page load, so navigations before the service worker has
    // registered its listeners would go unread.
    await readyWorker(launched.context);
    await use(launched.context);
    stray.push(...launched.stray);
    await launched.cleanup();
  },
  worker: async ({ context }, use) => {
    await use(await readyWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;
