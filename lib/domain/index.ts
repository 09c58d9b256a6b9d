/**
 * Domain classification: is this host official, a look-alike, or neither?
 *
 * Precedence (first wins), mirroring eth-phishing-detect's allowlist → blocklist → fuzzy:
 *   1. not-applicable   invalid input, non-web scheme, IP literal, local name (localhost, *.local…)
 *   2. homograph        punycode host whose confusable skeleton is a NAMED official host
 *                       (`uѕcis.gov` with Cyrillic ѕ): checked before the .gov rule on purpose
 *   3. official         named hosts → sourced allowlist → any .gov/.mil (see official.ts)
 *   4. foreign-government  under another country's government namespace (gov.vu, gob.mx,
 *                       canada.ca …: foreign.ts), PSL or not: never a U.S. look-alike
 *   5. homograph        skeleton of a non-ASCII host is a look-alike or official host
 *   6. lookalike        ASCII patterns (see lookalike.ts)
 *   7. unknown
 * Pure: no browser APIs; safe on any string.
 */
import type { HostInfo, ServiceId } from '../types';
import { officialMatch, topLabel } from './official';
import { findLookalike, GENERIC_TARGET, type LookalikeHit, type LookalikePattern, type Strength, type Target } from './lookalike';
import { labelWords } from './words';
import { TARGETS } from './targets';

const targetById = (id: string | undefined): Target => TARGETS.find((t) => t.id === id)?.target ?? GENERIC_TARGET;
import { parseHost } from './parse-host';
import { proxiedPageUrl } from './url';
import { foreignGovernment } from './foreign';
import { skeletonOf } from './skeleton';
import { smallSet } from './small-set';
import { isRememberedSuffix } from './scan';
import targetsData from '../data/lookalike-targets.json';

export { parseHost } from './parse-host';
export { hostMatches, siteKey } from './match';
export { oneEdit } from './lookalike';
export { skeletonOf } from './skeleton';
export type { LookalikePattern, Strength, Target } from './lookalike';

export type HostVerdict =
  | { kind: 'official'; entity: 'uscis' | 'federal' | 'government' | 'allowlisted'; matched: string; name: string }
  | {
      kind: 'lookalike';
      pattern: LookalikePattern;
      strength: Strength;
      target: Target;
      evidence: string;
    }
  | { kind: 'foreign-government'; matched: string }
  | { kind: 'unknown' }
  | { kind: 'not-applicable'; why: 'invalid' | 'not-web' | 'ip' | 'local' };

/** Special-use and private names (RFC 6761, RFC 8375, RFC 7686, common intranet names). */
const isLocalTld = smallSet(['localhost', 'local', 'internal', 'lan', 'test', 'invalid', 'example', 'onion']);

function isLocal(hostname: string, tld: string): boolean {
  if (tld === hostname) return true; // single-label names (intranet, `localhost`)
  return isLocalTld(tld) || (tld === 'arpa' && hostname.endsWith('home.arpa'));
}

/** The last label, without allocating when the public suffix is already one label. */
function tldOf(host: HostInfo): string {
  const ps = host.publicSuffix;
  if (ps !== null && ps !== '' && !ps.includes('.') && (isRememberedSuffix(host.hostname, ps) || host.hostname.endsWith(ps))) return ps;
  return topLabel(host.hostname);
}

/** The target an official host stands for, for homographs of official hosts. */
function targetForOfficial(matchedHost: string, name: string): Target {
  for (const t of targetsData.targets) {
    if (t.host === matchedHost || t.embed.includes(matchedHost)) return { id: t.id, name: t.name, host: t.host, service: t.service as ServiceId };
  }
  return { id: GENERIC_TARGET.id, name, host: matchedHost, service: GENERIC_TARGET.service };
}

const NON_ASCII = /[\u0080-\uffff]/;

function homograph(host: HostInfo, namedOnly: boolean): HostVerdict | null {
  if (host.unicodeHostname === host.hostname) return null;
  const sk = skeletonOf(host.unicodeHostname);
  if (!sk.changed && !NON_ASCII.test(sk.skeleton)) return null;
  const how = [
    sk.mixedScripts.length > 0
      ? `mixes Latin with ${sk.mixedScripts.join(', ')} letters`
      : sk.imitatingScripts.length > 0
        ? `uses ${sk.imitatingScripts.join(', ')} letters that look Latin`
        : 'uses look-alike letters',
    sk.invisible ? 'hides invisible characters' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  if (NON_ASCII.test(sk.skeleton)) return null; // something with no ASCII twin remains
  const twin = parseHost(sk.skeleton);
  if (!twin.valid || twin.hostname === host.hostname) return null;
  const off = officialMatch(twin.hostname);
  if (off !== null && (!namedOnly || off.entity !== 'government')) {
    return {
      kind: 'lookalike',
      pattern: 'homograph',
      strength: 'strong',
      target: targetForOfficial(off.matched, off.name),
      evidence: `"${host.unicodeHostname}" ${how}; it reads as "${twin.hostname}"`,
    };
  }
  if (namedOnly) return null;
  const deliberate = sk.mixedScripts.length > 0 || sk.imitatingScripts.length > 0 || sk.invisible || sk.hooked;
  const la = findLookalike(twin) ?? (deliberate ? spellsAgency(twin.hostname) : null);
  if (la === null) return null;
  return {
    kind: 'lookalike',
    pattern: 'homograph',
    // Accents alone (`está-usa.com`) are ordinary Spanish; other scripts posing as Latin,
    // mixed scripts, hook and stroke letters and hidden characters are deliberate.
    strength: la.strength === 'strong' || deliberate ? 'strong' : 'weak',
    target: la.target,
    evidence: `"${host.unicodeHostname}" ${how}; it reads as "${twin.hostname}" (${la.pattern}: ${la.evidence})`,
  };
}

/**
 * A label of `hostname` that is an agency or service name on its own (`cbp`, `state`): not a
 * look-alike in plain letters (dhs.com, cbp.com are companies), but spelt in another script it
 * is a deliberate copy (`сbp.com` with Cyrillic с).
 */
function spellsAgency(hostname: string): LookalikeHit | null {
  for (const label of hostname.split('.')) {
    const w = labelWords(label)?.find((x) => x.kind === 'agency' || x.kind === 'service');
    if (w !== undefined) return { pattern: 'homograph', strength: 'strong', target: targetById(w.target), evidence: `"${label}" names ${w.word}` };
  }
  return null;
}

/** The common answer, shared (callers only read verdicts; frozen so none can change it). */
const UNKNOWN: HostVerdict = Object.freeze({ kind: 'unknown' } as const);

export function classifyHost(host: HostInfo): HostVerdict {
  try {
    if (!host.isWeb) return { kind: 'not-applicable', why: 'not-web' };
    if (!host.valid || host.hostname === '') return { kind: 'not-applicable', why: 'invalid' };
    if (host.isIp) return { kind: 'not-applicable', why: 'ip' };
    const tld = tldOf(host);
    if (isLocal(host.hostname, tld)) return { kind: 'not-applicable', why: 'local' };

    const early = homograph(host, true);
    if (early !== null) return early;

    const off = officialMatch(host.hostname, tld);
    if (off !== null) return { kind: 'official', ...off };

    const foreign = foreignGovernment(host.hostname);
    if (foreign !== null) return { kind: 'foreign-government', matched: foreign };

    const late = homograph(host, false);
    if (late !== null) return late;

    const la = findLookalike(host);
    if (la !== null) return { kind: 'lookalike', ...la };
    return UNKNOWN;
  } catch {
    return { kind: 'not-applicable', why: 'invalid' };
  }
}

/**
 * The address alone makes the page `danger` (decide()'s rule 3): a strong look-alike. Used by
 * decide() and by the page's address guard (entrypoints/guard), so both stop the same addresses.
 */
export function isDangerAddress(verdict: HostVerdict): boolean {
  return verdict.kind === 'lookalike' && verdict.strength === 'strong';
}

/**
 * The address whose page `input` shows: the original's for a translator's or cache's page (./url.ts
 * proxiedPageUrl), `input` itself otherwise. Everything keyed by a site (the verdict, the hosts the
 * browser then stops, the site memory) takes it, so a look-alike seen through Yandex's translator
 * or www.google.com/amp/s/ never puts translated.turbopages.org or google.com itself on a list.
 */
export function shownAddress(input: string): string {
  return (typeof input === 'string' ? proxiedPageUrl(input) : undefined) ?? input;
}

/** Convenience for callers holding a URL or host string. */
export function classifyInput(input: string): HostVerdict {
  return classifyHost(parseHost(shownAddress(input)));
}
