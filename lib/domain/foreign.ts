/**
 * Other countries' governments (lib/data/foreign-governments.json): `immigration.gov.vu`,
 * `evisa.immigration.gov.ag`, `ircc.canada.ca`. They are never U.S. look-alikes, whether or not
 * the Public Suffix List knows their government suffix. Pure.
 */
import data from '../data/foreign-governments.json';

const NAMESPACES: ReadonlySet<string> = new Set(data.namespaces);
const NOT_COUNTRIES: ReadonlySet<string> = new Set(data.notCountries.map((c) => c.cc));
const HOSTS: readonly string[] = data.hosts.map((h) => h.host);
const DOTTED: readonly string[] = HOSTS.map((h) => '.' + h);
const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * The government suffix or host `hostname` lives under (`gov.vu`, `canada.ca`), or null.
 * `hostname` is lower-case ASCII without a trailing dot (as parseHost gives it).
 */
export function foreignGovernment(hostname: string): string | null {
  const last = hostname.lastIndexOf('.');
  if (last <= 0) return null;
  if (hostname.length - last === 3 && isLetter(hostname.charCodeAt(last + 1)) && isLetter(hostname.charCodeAt(last + 2))) {
    const cc = hostname.slice(last + 1);
    const ns = hostname.slice(hostname.lastIndexOf('.', last - 1) + 1, last);
    if (NAMESPACES.has(ns) && !NOT_COUNTRIES.has(cc)) return `${ns}.${cc}`;
  }
  for (let i = 0; i < HOSTS.length; i++) {
    if (hostname === HOSTS[i] || hostname.endsWith(DOTTED[i] as string)) return HOSTS[i] as string;
  }
  return null;
}
