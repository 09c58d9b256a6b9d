/**
 * The worker's side of the address guard (entrypoints/guard, lib/blocking/guard.ts), Chromium only:
 * keeps its registration in step with the sites the person allowed. Firefox stops these requests
 * before they are sent (./firefox-block.ts).
 */
import { browser } from 'wxt/browser';
import { guardRegistration, GUARD_ID, sameRegistration, type GuardRegistration } from '@/lib/blocking/guard';

const USES_GUARD = !import.meta.env.FIREFOX;
let queue: Promise<void> = Promise.resolve();

/** Registers the guard, skipping `allowedSites` and the documents `skipped` names (match patterns); resolves once the browser has the new registration. */
export function guardAllowing(allowedSites: readonly string[], skipped: readonly string[]): Promise<void> {
  if (!USES_GUARD) return Promise.resolve();
  const wanted = guardRegistration(allowedSites, skipped);
  queue = queue.then(() => register(wanted)).catch((e: unknown) => console.warn('official-or-not: address guard not registered', e));
  return queue;
}

async function register(wanted: GuardRegistration): Promise<void> {
  const scripting = browser.scripting as unknown as {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<Partial<GuardRegistration>[]>;
    registerContentScripts(scripts: GuardRegistration[]): Promise<void>;
    updateContentScripts(scripts: GuardRegistration[]): Promise<void>;
  };
  const [current] = await scripting.getRegisteredContentScripts({ ids: [GUARD_ID] });
  if (sameRegistration(current, wanted)) return;
  await (current === undefined ? scripting.registerContentScripts([wanted]) : scripting.updateContentScripts([wanted]));
}
