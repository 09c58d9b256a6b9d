/**
 * The ONE place that reads and writes settings in extension storage (`local:settings`).
 *
 * - The WXT storage item carries SETTINGS_VERSION and the pure MIGRATIONS from lib/settings, so
 *   future v2+ migrations run when the extension updates.
 * - WXT reads a value without version metadata as v1 and never runs a v0 step, so legacy v0
 *   values are recognised by shape (detectVersion) and migrated here on read.
 * - Every read is validated with parseSettings. When the stored value needed repairs (or a v0
 *   migration), the clean value is written back and the problem id is returned for the UI
 *   ("your settings were reset"); the store never hands out unvalidated settings.
 * - Writes are validated too, so a bug elsewhere cannot store garbage.
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  MIGRATIONS,
  SETTINGS_VERSION,
  detectVersion,
  migrateSettingsWithProblem,
  parseSettings,
  type Settings,
} from '../settings/index';

export const SETTINGS_KEY = 'local:settings' as const;

/** The storage item. Exported for tests and for code that needs `watch`/`getMeta` directly. */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS as Settings,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

/** Read, migrate and validate the stored settings. Repairs storage when it had to fix something. */
export async function getSettings(): Promise<{ settings: Settings; problem?: string }> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch {
    raw = { '(unreadable)': true }; // force a problem and a rewrite below
  }
  const version = detectVersion(raw);
  const { settings, problem } = migrateSettingsWithProblem(raw, version);
  if (problem !== undefined || version < SETTINGS_VERSION) {
    try {
      await settingsItem.setValue(settings);
    } catch {
      // Storage is failing; the caller still gets safe settings for this session.
    }
  }
  return problem === undefined ? { settings } : { settings, problem };
}

/** Validate and store settings. Returns what was stored (repaired if it had to be). */
export async function saveSettings(s: Settings): Promise<Settings> {
  const { settings } = parseSettings(s);
  await settingsItem.setValue(settings);
  return settings;
}

/** Call `cb` with validated settings whenever they change (any extension page). Returns unwatch. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    cb(migrateSettingsWithProblem(value, detectVersion(value)).settings);
  });
}

/** Back to factory settings (the options page asks for confirmation first). */
export async function resetSettings(): Promise<Settings> {
  return saveSettings(parseSettings(undefined).settings);
}
