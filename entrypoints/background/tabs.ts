/**
 * The worker's side of lib/tab: runs an event through the pure core in the tab's queue
 * (lib/platform/tab-store.ts), then sets the badge. Also the in-memory copies the navigation fast
 * path needs (storage stays the source of truth; these are refilled when the worker wakes).
 */
import { siteKey, parseHost, shownAddress } from '@/lib/domain';
import { getSettings } from '@/lib/platform/settings-store';
import { allTabs, updateTab } from '@/lib/platform/tab-store';
import { throughSiteMemory } from '@/lib/platform/site-memory';
import { isTrusted } from '@/lib/settings';
import type { Settings } from '@/lib/settings/types';
import { step, surfaceFor, type Step, type TabEvent, type TabState, type TabView } from '@/lib/tab';
import { applyBadge } from './effects';
import { continuedChanged, trustChanged } from './blocking';

let cachedSettings: Settings | undefined;
/** Per tab, the site where the person chose "Continue once" on this visit. */
const continuedSite = new Map<number, string>();

/** The settings (cached; refreshed by watchSettings in index.ts). */
export async function settings(): Promise<Settings> {
  cachedSettings ??= (await getSettings()).settings;
  return cachedSettings;
}

export function settingsChanged(next: Settings): void {
  cachedSettings = next;
}

/** Fills the caches after the worker wakes. */
export async function warmUp(): Promise<void> {
  for (const state of await allTabs()) if (state.visit.continued) continuedSite.set(state.tabId, state.visit.site);
  await Promise.all([settings(), continuedChanged(continuedSite)]);
}

/**
 * Synchronous: may the tab show `url` although its address alone says danger? Undefined when the
 * worker has just woken and cannot know yet (the caller redirects, then corrects).
 */
export function allowedNow(tabId: number, url: string): boolean | undefined {
  if (cachedSettings === undefined) return undefined;
  const host = parseHost(url);
  // Trust is the shown page's site's (a translator's page is trusted only as the site it shows, lib/tab/core.ts).
  return isTrusted(cachedSettings, parseHost(shownAddress(url)).hostname) || continuedSite.get(tabId) === siteKey(host);
}

/** Runs `event` for the tab, stores the next state and sets the badge. */
export async function apply(tabId: number, event: TabEvent, given?: Settings): Promise<Step> {
  const current = given ?? (await settings());
  const judged = await throughSiteMemory(event, current);
  const result = await updateTab(tabId, (previous) => step(previous, judged, { tabId, settings: current }));
  const state = result.state;
  if (state) {
    const before = continuedSite.get(tabId);
    if (state.visit.continued) continuedSite.set(tabId, state.visit.site);
    else continuedSite.delete(tabId);
    // "Continue once" lets the tab through the browser's rules too, before the tab is sent on.
    if (continuedSite.get(tabId) !== before) await continuedChanged(continuedSite);
    await applyBadge(state);
  }
  return result;
}

/** A tab's state with what it shows, decided by lib/tab (the banner reads this, never decides). */
export async function view(state: TabState): Promise<TabView> {
  return { ...state, surface: surfaceFor(state, (await settings()).showNotice) };
}

/** After trust changes, every open tab's state and badge follow. */
export async function refreshTrust(next: Settings): Promise<void> {
  settingsChanged(next);
  await trustChanged(next);
  for (const state of await allTabs()) await apply(state.tabId, { type: 'trust' }, next);
}

export function forgetTab(tabId: number): void {
  if (continuedSite.delete(tabId)) void continuedChanged(continuedSite);
}
