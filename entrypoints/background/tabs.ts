/**
 * The worker's side of lib/tab: runs an event through the pure core in the tab's queue
 * (lib/platform/tab-store.ts), then sets the badge. Also the in-memory copies the navigation fast
 * path needs (storage stays the source of truth; these are refilled when the worker wakes).
 */
import { continuedGuardSkip } from '@/lib/blocking/guard';
import { getSettings } from '@/lib/platform/settings-store';
import { allTabs, updateTab } from '@/lib/platform/tab-store';
import { throughSiteMemory } from '@/lib/platform/site-memory';
import type { Settings } from '@/lib/settings/types';
import { pageSite, step, surfaceFor, type Step, type TabEvent, type TabState, type TabView } from '@/lib/tab';
import { applyBadge } from './effects';
import { continuedChanged, trustChanged, type ContinuedTab } from './blocking';

let cachedSettings: Settings | undefined;
/** Per tab, "Continue once" on this visit: its site (the shown page's, lib/tab pageSite) and what the address guard skips for it. */
const continuedTabs = new Map<number, ContinuedTab>();

/** Records the tab's "Continue once" (or its end); true when it changed. */
function noteContinued(state: TabState): boolean {
  if (!state.visit.continued) return continuedTabs.delete(state.tabId);
  const before = continuedTabs.get(state.tabId);
  const next = { site: state.visit.site, guard: continuedGuardSkip(state.url, state.visit.site) };
  continuedTabs.set(state.tabId, next);
  return before?.site !== next.site || before.guard !== next.guard;
}

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
  for (const state of await allTabs()) noteContinued(state);
  await Promise.all([settings(), continuedChanged(continuedTabs)]);
}

/**
 * Synchronous: may the tab show `url` although its address alone says danger? Undefined when the
 * worker has just woken and cannot know yet (the caller redirects, then corrects).
 */
export function allowedNow(tabId: number, url: string): boolean | undefined {
  if (cachedSettings === undefined) return undefined;
  // Trust and "Continue once" are the shown page's site's (a page seen through a translator counts as
  // the site it shows, lib/tab pageSite): one look-alike continued through Google's translator lets no other through.
  const page = pageSite(url);
  return page.trusted(cachedSettings) || continuedTabs.get(tabId)?.site === page.site;
}

/** Runs `event` for the tab, stores the next state and sets the badge. */
export async function apply(tabId: number, event: TabEvent, given?: Settings): Promise<Step> {
  const current = given ?? (await settings());
  const judged = await throughSiteMemory(event, current);
  const result = await updateTab(tabId, (previous) => step(previous, judged, { tabId, settings: current }));
  const state = result.state;
  if (state) {
    // "Continue once" lets the tab through the browser's rules too, before the tab is sent on.
    if (noteContinued(state)) await continuedChanged(continuedTabs);
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
  if (continuedTabs.delete(tabId)) void continuedChanged(continuedTabs);
}
