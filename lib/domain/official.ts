/**
 * Official hosts. Precedence (first wins):
 *   1. a named host in lib/data/official-hosts.json `hosts` (longest match: cbp.dhs.gov before
 *      dhs.gov) → entity 'uscis' or 'federal';
 *   2. the sourced `allowlist` of official U.S. bodies on non-.gov domains → 'allowlisted';
 *   3. any host whose LAST label is `gov` or `mil` → 'government' (a city or state .gov is
 *      official, but is labelled "U.S. government", never USCIS).
 * Foreign government suffixes (gov.uk, gov.br …) are not U.S. government: not official here.
 * Matching is by label boundary only (see match.ts).
 */
import official from '../data/official-hosts.json';
import { smallSet } from './small-set';

type OfficialEntity = 'uscis' | 'federal' | 'government' | 'allowlisted';
interface OfficialMatch {
  entity: OfficialEntity;
  matched: string;
  name: string;
}

interface Entry {
  host: string;
  name: string;
  entity: OfficialEntity;
}

const NAMED: ReadonlyMap<string, Entry> = new Map(
  [
    ...official.hosts.map((h) => ({ host: h.host, name: h.name, entity: h.entity as OfficialEntity })),
    ...official.allowlist.map((h) => ({ host: h.host, name: h.name, entity: 'allowlisted' as const })),
  ].map((e) => [e.host, e]),
);
const SUFFIXES: ReadonlyMap<string, { suffix: string; name: string }> = new Map(official.suffixes.map((s) => [s.suffix, s]));

/** The last label of a host name. */
export function topLabel(hostname: string): string {
  const dot = hostname.lastIndexOf('.');
  return dot < 0 ? hostname : hostname.slice(dot + 1);
}

/**
 * Top-level labels of the named hosts, plus the official suffixes: other hosts cannot match
 * and skip the walk below (speed; one look-up instead of two).
 */
const isOfficialTld = smallSet([...[...NAMED.keys()].map((h) => h.slice(h.lastIndexOf('.') + 1)), ...SUFFIXES.keys()]);

/** `hostname` must be lower-case ASCII without a trailing dot (as parseHost gives it). */
export function officialMatch(hostname: string, tld = topLabel(hostname)): OfficialMatch | null {
  if (hostname === '') return null;
  if (!isOfficialTld(tld)) return null;
  // Walk from the full host to shorter parents: the longest named match wins.
  let at = 0;
  for (;;) {
    const e = NAMED.get(at === 0 ? hostname : hostname.slice(at));
    if (e !== undefined) return { entity: e.entity, matched: e.host, name: e.name };
    const dot = hostname.indexOf('.', at);
    if (dot < 0) break;
    at = dot + 1;
  }
  const dot = hostname.lastIndexOf('.');
  if (dot <= 0) return null; // a bare `gov` is not a site
  const s = SUFFIXES.get(hostname.slice(dot + 1));
  return s === undefined ? null : { entity: 'government', matched: s.suffix, name: s.name };
}
