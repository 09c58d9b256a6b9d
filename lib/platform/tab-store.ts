/**
 * The ONE place that reads and writes per-tab state (`storage.session`: kept while the browser
 * runs, gone when it closes; the service worker may stop at any time, so memory is not enough).
 * Updates to one tab run one at a time (`update`): navigation, snapshots, the banner's reports and
 * the person's choices all read the state and write it back, and a page can send snapshots at will.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '../tab/types';
import { extendTrail, type Trail, type TrailStop } from '../tab/trail';

const PREFIX = 'tab:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

function isTabState(value: unknown): value is TabState {
  const v = value as TabState | null;
  return typeof v === 'object' && v !== null && typeof v.tabId === 'number' && typeof v.url === 'string' && typeof v.visit === 'object';
}

export async function loadTab(tabId: number): Promise<TabState | null> {
  const key = keyOf(tabId);
  const got = await browser.storage.session.get(key);
  const value = got[key];
  return isTabState(value) ? value : null;
}

async function storeTab(state: TabState): Promise<void> {
  await browser.storage.session.set({ [keyOf(state.tabId)]: state });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([keyOf(tabId), trailKey(tabId)]);
}

/** The web pages a tab showed, newest last (lib/tab/trail.ts: where "Back to safety" goes). */
const trailKey = (tabId: number) => `trail:${tabId}`;

function isTrail(value: unknown): value is Trail {
  return Array.isArray(value) && value.every((stop) => typeof stop?.url === 'string' && typeof stop?.site === 'string');
}

export async function loadTrail(tabId: number): Promise<Trail> {
  const key = trailKey(tabId);
  const value = (await browser.storage.session.get(key))[key];
  return isTrail(value) ? value : [];
}

/** Adds the page a tab now shows to its trail, in the tab's queue. */
export function recordStop(tabId: number, stop: TrailStop): Promise<void> {
  return serial(tabId, async () => {
    const trail = await loadTrail(tabId);
    const next = extendTrail(trail, stop);
    if (next !== trail) await browser.storage.session.set({ [trailKey(tabId)]: next });
  });
}

/** Every stored tab state (after a worker restart, and when trust changes). */
export async function allTabs(): Promise<TabState[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith(PREFIX) && isTabState(value))
    .map(([, value]) => value as TabState);
}

const queues = new Map<number, Promise<unknown>>();

/** Runs `work` after every earlier update of the same tab has finished (failures do not block). */
function serial<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

/**
 * Reads the tab's state, lets `change` compute the next one (null: leave it), stores it — all in
 * the tab's queue. Answers what `change` returned.
 */
export function updateTab<T extends { state: TabState | null }>(tabId: number, change: (previous: TabState | null) => T | Promise<T>): Promise<T> {
  return serial(tabId, async () => {
    const result = await change(await loadTab(tabId));
    if (result.state) await storeTab(result.state);
    return result;
  });
}
