/**
 * parseSettings: turn whatever is in storage (or in a hand-edited / imported file) into valid
 * Settings. Never throws; repairs field by field instead of discarding everything.
 *
 * Per field:
 * - `language`: one of 'auto' | LOCALES, else 'auto'.
 * - `showNotice`: a boolean, else the default (true).
 * - `trusted`: an array of entries. An entry whose host is not a trustable host (see host.ts) is
 *   DROPPED — failing closed means the user sees warnings again and can re-trust; a corrupted
 *   entry must never silence warnings for a host nobody chose. Duplicates keep the first entry.
 *   Bad level → 'none', bad reasons are dropped, bad date → UNKNOWN_DATE. At most MAX_TRUSTED.
 * - A missing field takes its default silently (a minimal hand-written file is fine); a present
 *   field with a wrong value, unknown keys, or `__proto__`/`constructor` keys are "problems".
 * Only own properties are read and fresh objects are built, so prototype-pollution keys in
 * JSON.parse output cannot leak into the result. The result is idempotent: parsing it again
 * reports no problem.
 */
import { LEVELS, type Level } from '../types';
import { LOCALES, type Settings, type StoredReason, type TrustedSite } from './types';
import { normalizeTrustHost } from './host';
import { MAX_EVIDENCE, MAX_REASON_ID, MAX_REASONS, MAX_TRUSTED, UNKNOWN_DATE } from './limits';

/** The message id shown when stored settings had to be repaired. */
export const SETTINGS_PROBLEM = 'options_settings_reset';

export interface ParseResult {
  settings: Settings;
  /** Set when something had to be repaired or dropped: an i18n message id for the UI. */
  problem?: string;
  /** What was repaired, for logs and tests, e.g. ['language', 'trusted[2].host']. */
  fields?: string[];
}

/** Factory-fresh settings. A new object each call, so nobody can mutate a shared default. */
export function defaultSettings(): Settings {
  return { language: 'auto', showNotice: true, trusted: [] };
}

/** The defaults, frozen (pass to storage `fallback`; never mutate). */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  ...defaultSettings(),
  trusted: Object.freeze([]) as unknown as TrustedSite[],
});

const KNOWN_KEYS = new Set(['language', 'showNotice', 'trusted']);
const REASON_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** Dates before this are not from this extension (it did not exist); treated as unknown. */
const EARLIEST = Date.UTC(2020, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);

export function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function isLevel(v: unknown): v is Level {
  return typeof v === 'string' && (LEVELS as readonly string[]).includes(v);
}

function isLanguage(v: unknown): v is Settings['language'] {
  return v === 'auto' || (typeof v === 'string' && (LOCALES as readonly string[]).includes(v));
}

/** A valid ISO date-time for `v`, or null. Accepts anything Date.parse reads, within sane years. */
export function normalizeDate(v: unknown): string | null {
  if (typeof v !== 'string' && !(v instanceof Date)) return null;
  if (typeof v === 'string' && (v.length === 0 || v.length > 64)) return null;
  const t = v instanceof Date ? v.getTime() : Date.parse(v);
  if (!Number.isFinite(t)) return null;
  if (t === Date.parse(UNKNOWN_DATE)) return UNKNOWN_DATE;
  if (t < EARLIEST || t > LATEST) return null;
  return new Date(t).toISOString();
}

/** Clean reasons: at most MAX_REASONS, ids checked, evidence capped. `dropped` counts what was bad. */
export function sanitizeReasons(v: unknown): { reasons: StoredReason[]; dropped: number } {
  if (!Array.isArray(v)) return { reasons: [], dropped: v === undefined ? 0 : 1 };
  const reasons: StoredReason[] = [];
  let dropped = Math.max(0, v.length - MAX_REASONS);
  for (const item of v.slice(0, MAX_REASONS)) {
    if (!isPlainRecord(item)) {
      dropped++;
      continue;
    }
    const id = own(item, 'id');
    const evidence = own(item, 'evidence');
    if (typeof id !== 'string' || id.length > MAX_REASON_ID || !REASON_ID.test(id)) {
      dropped++;
      continue;
    }
    reasons.push({ id, evidence: typeof evidence === 'string' ? evidence.slice(0, MAX_EVIDENCE) : '' });
  }
  return { reasons, dropped };
}

function parseTrusted(v: unknown, fields: string[]): TrustedSite[] {
  if (!Array.isArray(v)) {
    fields.push('trusted');
    return [];
  }
  if (v.length > MAX_TRUSTED) fields.push('trusted.length');
  const out: TrustedSite[] = [];
  const seen = new Set<string>();
  v.slice(0, MAX_TRUSTED).forEach((item: unknown, i) => {
    if (!isPlainRecord(item)) {
      fields.push(`trusted[${i}]`);
      return;
    }
    const norm = normalizeTrustHost(own(item, 'host'));
    if ('error' in norm) {
      fields.push(`trusted[${i}].host`);
      return;
    }
    if (seen.has(norm.host)) {
      fields.push(`trusted[${i}].duplicate`);
      return;
    }
    seen.add(norm.host);
    const date = normalizeDate(own(item, 'addedAt'));
    if (date === null) fields.push(`trusted[${i}].addedAt`);
    const level = own(item, 'level');
    if (!isLevel(level)) fields.push(`trusted[${i}].level`);
    const { reasons, dropped } = sanitizeReasons(own(item, 'reasons'));
    if (dropped > 0) fields.push(`trusted[${i}].reasons`);
    out.push({
      host: norm.host,
      addedAt: date ?? UNKNOWN_DATE,
      level: isLevel(level) ? level : 'none',
      reasons,
    });
  });
  return out;
}

/** Validate anything into Settings. `null`/`undefined` (nothing stored) give defaults without a problem. */
export function parseSettings(raw: unknown): ParseResult {
  try {
    if (raw === undefined || raw === null) return { settings: defaultSettings() };
    if (!isPlainRecord(raw)) {
      return { settings: defaultSettings(), problem: SETTINGS_PROBLEM, fields: ['(root)'] };
    }
    const fields: string[] = [];
    const settings = defaultSettings();
    for (const key of Object.keys(raw)) if (!KNOWN_KEYS.has(key)) fields.push(`unknown:${key}`);

    const language = own(raw, 'language');
    if (language !== undefined) {
      if (isLanguage(language)) settings.language = language;
      else fields.push('language');
    }
    const showNotice = own(raw, 'showNotice');
    if (showNotice !== undefined) {
      if (typeof showNotice === 'boolean') settings.showNotice = showNotice;
      else fields.push('showNotice');
    }
    const trusted = own(raw, 'trusted');
    if (trusted !== undefined) settings.trusted = parseTrusted(trusted, fields);

    return fields.length === 0 ? { settings } : { settings, problem: SETTINGS_PROBLEM, fields };
  } catch {
    // Exotic input (getters that throw, revoked proxies): defaults, and say so.
    return { settings: defaultSettings(), problem: SETTINGS_PROBLEM, fields: ['(root)'] };
  }
}
