/**
 * Export and import of settings as a small JSON file:
 *   { "format": "official-or-not-settings", "version": N, "settings": { … } }
 * Import is strict about the envelope (format, integer version not newer than this code, size
 * cap) and lenient about the content: older versions are migrated, bad fields repaired by
 * parseSettings (and reported), so a hand-edited file still imports what is valid in it.
 */
import { SETTINGS_VERSION, type Settings } from './types';
import { isPlainRecord, parseSettings } from './parse';
import { migrateSettingsWithProblem } from './migrations';
import { MAX_IMPORT_CHARS } from './limits';

export const EXPORT_FORMAT = 'official-or-not-settings';

export type ImportError = 'too-large' | 'not-json' | 'wrong-format' | 'bad-version' | 'newer-version';

export type ImportResult = { settings: Settings; problem?: string } | { error: ImportError };

/** Pretty JSON for a settings file (validated first, so a file we write always imports). */
export function exportSettings(settings: Settings): string {
  const clean = parseSettings(settings).settings;
  return JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: clean }, null, 2) + '\n';
}

/** Read a settings file. Never throws; bad files give `{ error }`. */
export function importSettings(text: string): ImportResult {
  if (typeof text !== 'string') return { error: 'not-json' };
  if (text.length > MAX_IMPORT_CHARS) return { error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: 'not-json' };
  }
  if (!isPlainRecord(data) || data['format'] !== EXPORT_FORMAT || !isPlainRecord(data['settings'])) {
    return { error: 'wrong-format' };
  }
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { error: 'bad-version' };
  if (version > SETTINGS_VERSION) return { error: 'newer-version' };
  const { settings, problem } = migrateSettingsWithProblem(data['settings'], version);
  return problem === undefined ? { settings } : { settings, problem };
}

/**
 * What importing `next` over `current` would change, for the person to check before anything is
 * stored: a file can trust up to MAX_TRUSTED sites at once, and "import this file to stop the
 * false alarm" is a lure a scam page can use.
 */
export interface ImportChanges {
  /** Hosts the file would trust that are not trusted now (warnings on them would stop). */
  trust: string[];
  /** Hosts trusted now that the file leaves out (warnings on them would come back). */
  untrust: string[];
  /** The language or the reminder setting would change. */
  other: boolean;
}

export function importChanges(current: Settings, next: Settings): ImportChanges {
  const before = new Set(current.trusted.map((s) => s.host));
  const after = new Set(next.trusted.map((s) => s.host));
  return {
    trust: [...after].filter((h) => !before.has(h)).sort(),
    untrust: [...before].filter((h) => !after.has(h)).sort(),
    other: current.language !== next.language || current.showNotice !== next.showNotice,
  };
}

/** True when importing would change nothing. */
export function unchanged(changes: ImportChanges): boolean {
  return changes.trust.length === 0 && changes.untrust.length === 0 && !changes.other;
}
