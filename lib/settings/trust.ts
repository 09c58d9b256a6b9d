/**
 * Trusting and un-trusting sites. Pure: each function returns new Settings.
 *
 * - tryTrustSite refuses anything normalizeTrustHost refuses (invalid hosts, IPs, public
 *   suffixes): the caller gets `ok: false`, the reason, and unchanged settings. trustSite is the
 *   short form that just returns the (possibly unchanged) settings. Re-trusting updates the entry.
 * - untrustSite removes every entry that covers the host, so afterwards isTrusted(host) is false
 *   (un-trusting from the popup on www.example.com also removes a trusted example.com).
 * - removeTrustedHost removes exactly one entry (the options page's list).
 * - isTrusted/findTrusted match on label boundaries (see host.ts).
 */
import type { Level } from '../types';
import type { Settings, StoredReason, TrustedSite } from './types';
import { hostCovers, matchableHost, normalizeTrustHost, type HostError } from './host';
import { normalizeDate, sanitizeReasons } from './parse';
import { LEVELS } from '../types';
import { MAX_TRUSTED, UNKNOWN_DATE } from './limits';

export type TrustResult =
  | { ok: true; settings: Settings; host: string }
  | { ok: false; settings: Settings; error: HostError | 'too-many' };

/** When something was trusted: a Date, an ISO string or epoch milliseconds. */
export type When = Date | string | number;

/**
 * Trust `host` (a host name or URL) as of `now`, remembering what the extension said about it.
 * Says why when it refuses.
 */
export function tryTrustSite(
  settings: Settings,
  host: string,
  level: Level,
  reasons: readonly StoredReason[],
  now: When,
): TrustResult {
  const norm = normalizeTrustHost(host);
  if ('error' in norm) return { ok: false, settings, error: norm.error };
  const entry: TrustedSite = {
    host: norm.host,
    addedAt: normalizeDate(typeof now === 'number' ? new Date(now) : now) ?? UNKNOWN_DATE,
    level: (LEVELS as readonly unknown[]).includes(level) ? level : 'none',
    reasons: sanitizeReasons(reasons).reasons,
  };
  const index = settings.trusted.findIndex((t) => t.host === norm.host);
  if (index === -1 && settings.trusted.length >= MAX_TRUSTED) {
    return { ok: false, settings, error: 'too-many' };
  }
  const trusted = index === -1
    ? [...settings.trusted, entry]
    : settings.trusted.map((t, i) => (i === index ? entry : t));
  return { ok: true, settings: { ...settings, trusted }, host: norm.host };
}

/** tryTrustSite returning just the settings (unchanged when the host cannot be trusted). */
export function trustSite(settings: Settings, host: string, level: Level, reasons: readonly StoredReason[], now: When): Settings {
  return tryTrustSite(settings, host, level, reasons, now).settings;
}

/** Stop trusting `host`: removes every entry covering it. Unknown or invalid hosts change nothing. */
export function untrustSite(settings: Settings, host: string): Settings {
  const h = matchableHost(host);
  if (h === '') return settings;
  const trusted = settings.trusted.filter((t) => !hostCovers(t.host, h));
  return trusted.length === settings.trusted.length ? settings : { ...settings, trusted };
}

/** Remove exactly the entry for `host` (the options page's Remove button; parents and children stay). */
export function removeTrustedHost(settings: Settings, host: string): Settings {
  const h = matchableHost(host);
  const trusted = settings.trusted.filter((t) => t.host !== h);
  return trusted.length === settings.trusted.length ? settings : { ...settings, trusted };
}

/** Host → entry index per trusted array (arrays are never mutated in place, so caching is safe). */
const indexCache = new WeakMap<readonly TrustedSite[], Map<string, TrustedSite>>();

function indexOf(trusted: readonly TrustedSite[]): Map<string, TrustedSite> {
  let map = indexCache.get(trusted);
  if (!map) {
    map = new Map();
    for (const t of trusted) if (!map.has(t.host)) map.set(t.host, t);
    indexCache.set(trusted, map);
  }
  return map;
}

/**
 * The trusted entry covering `hostname` (the most specific one), or undefined. Walks the host's
 * label suffixes (www.a.example.com → a.example.com → example.com → com), so it costs O(labels).
 */
export function findTrusted(settings: Settings, hostname: string): TrustedSite | undefined {
  const h = matchableHost(hostname);
  if (h === '') return undefined;
  const index = indexOf(settings.trusted);
  for (let candidate = h; ; ) {
    const hit = index.get(candidate);
    if (hit && hostCovers(hit.host, h)) return hit;
    const dot = candidate.indexOf('.');
    if (dot === -1) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}

/** True when the user trusts `hostname` or a parent site of it. */
export function isTrusted(settings: Settings, hostname: string): boolean {
  return findTrusted(settings, hostname) !== undefined;
}
