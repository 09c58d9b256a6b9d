/**
 * Versioned settings migrations. `MIGRATIONS[n]` turns a version n-1 value into version n; they
 * are pure, total (any input → some object) and are also handed to WXT's storage item.
 *
 * History:
 * - v0 (pre-release): `{ trustedHosts: string[], showReminders?: boolean, language?: string }` —
 *   just host names, no date or reason.
 * - v1 (current, lib/settings/types.ts): `trusted` entries carry when and why; `showReminders`
 *   is now `showNotice`.
 *
 * WXT caveat: @wxt-dev/storage refuses versions below 1 and reads a value without version
 * metadata as v1, so it never runs `MIGRATIONS[1]` itself. detectVersion() recognises the v0
 * shape instead, and the settings store applies migrateSettings(raw, detectVersion(raw)).
 * Migrations to v2+ (when they exist) run both in WXT and here.
 */
import { SETTINGS_VERSION, type Settings } from './types';
import { isPlainRecord, parseSettings } from './parse';
import { UNKNOWN_DATE } from './limits';

type Migration = (old: unknown) => Record<string, unknown>;

/** v0 → v1: host list → dated entries (date and reason unknown), showReminders → showNotice. */
function v0ToV1(old: unknown): Record<string, unknown> {
  if (!isPlainRecord(old)) return {};
  // Already v1-shaped (e.g. written by v1 code without version metadata): leave it alone.
  if (!Object.prototype.hasOwnProperty.call(old, 'trustedHosts')) return old;
  const next: Record<string, unknown> = {};
  const hosts = old['trustedHosts'];
  next['trusted'] = Array.isArray(hosts)
    ? hosts.map((host: unknown) => ({ host, addedAt: UNKNOWN_DATE, level: 'none', reasons: [] }))
    : hosts; // not an array: let parseSettings report and repair it
  if (Object.prototype.hasOwnProperty.call(old, 'showReminders')) next['showNotice'] = old['showReminders'];
  if (Object.prototype.hasOwnProperty.call(old, 'language')) next['language'] = old['language'];
  return next;
}

/** Keyed by the version each step produces. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({ 1: v0ToV1 });

/** The version a stored value without metadata is in: 0 for the legacy shape, else current. */
export function detectVersion(raw: unknown): number {
  if (isPlainRecord(raw) && Object.prototype.hasOwnProperty.call(raw, 'trustedHosts') &&
      !Object.prototype.hasOwnProperty.call(raw, 'trusted')) {
    return 0;
  }
  return SETTINGS_VERSION;
}

/**
 * Bring a value written by settings version `fromVersion` up to the current Settings, then
 * validate it. A version that is not a whole number is guessed from the shape; a version newer
 * than this code is read best-effort (unknown fields are dropped by parseSettings). Never throws.
 */
export function migrateSettings(raw: unknown, fromVersion: number): Settings {
  return migrateSettingsWithProblem(raw, fromVersion).settings;
}

/** migrateSettings, also saying whether the migrated value needed repairs. */
export function migrateSettingsWithProblem(raw: unknown, fromVersion: number): ReturnType<typeof parseSettings> {
  let value: unknown = raw;
  const start = Number.isInteger(fromVersion) && fromVersion >= 0 ? fromVersion : detectVersion(raw);
  try {
    for (let v = start + 1; v <= SETTINGS_VERSION; v++) {
      const step = MIGRATIONS[v];
      if (step) value = step(value);
    }
  } catch {
    value = undefined;
    return { ...parseSettings(value), problem: 'options_settings_reset', fields: ['(migration)'] };
  }
  return parseSettings(value);
}
