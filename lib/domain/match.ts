/**
 * Label-boundary matching and the "site key" used for per-site trust.
 *
 * hostMatches(h, d) is true when h equals d or ends with '.' + d: `my.uscis.gov` matches
 * `uscis.gov`; `evil-uscis.gov.com`, `uscis.gov.evil.com` and `notuscis.gov` do not. Both sides
 * are compared lower-case without trailing dots. Never use includes()/endsWith(d) alone.
 *
 * ownLabel(host) is the site's own name: the registrable domain without its public suffix ('xielaw' for
 * www.xielaw.com, 'esta-america' for esta-america.de, 'me' for me.github.io), the one place it is cut out.
 *
 * siteKey(host) is what "always trust this site" stores: the registrable domain (tldts with
 * private suffixes, so `x.github.io` is its own domain, never `github.io`), but the FULL host
 * name under shared hosts that are not in the Public Suffix List (sites.google.com,
 * *.weebly.com …, lib/data/shared-hosts.json with inPsl=false), so that trusting one user's
 * site never trusts every site on the platform.
 */
import type { HostInfo } from '../types';
import sharedHosts from '../data/shared-hosts.json';

const SHARED_SUFFIXES: readonly string[] = sharedHosts.hosts.map((h) => h.suffix);

function clean(s: string): string {
  let out = typeof s === 'string' ? s.trim().toLowerCase() : '';
  while (out.endsWith('.')) out = out.slice(0, -1);
  return out;
}

export function hostMatches(hostname: string, domain: string): boolean {
  const h = clean(hostname);
  const d = clean(domain);
  if (h === '' || d === '') return false;
  return h === d || (h.length > d.length && h.endsWith(d) && h.charCodeAt(h.length - d.length - 1) === 46);
}

/** The registrable domain without its public suffix ('esta-america' for www.esta-america.de), or '' (an IP, a bare suffix). */
export function ownLabel(host: Pick<HostInfo, 'domain' | 'publicSuffix'>): string {
  const { domain, publicSuffix } = host;
  return domain && publicSuffix && domain.length > publicSuffix.length ? domain.slice(0, -publicSuffix.length - 1) : '';
}

const SHARED: ReadonlySet<string> = new Set(SHARED_SUFFIXES);

/**
 * The shared-hosting suffix `hostname` lives under (or is), or null. `hostname` must already be
 * normalized (lower-case, no trailing dot), as parseHost gives it.
 */
export function sharedHostOf(hostname: string): string | null {
  let at = 0;
  for (;;) {
    const candidate = at === 0 ? hostname : hostname.slice(at);
    if (SHARED.has(candidate)) return candidate;
    const dot = hostname.indexOf('.', at);
    if (dot < 0) return null;
    at = dot + 1;
  }
}

const NOT_IN_PSL: ReadonlySet<string> = new Set(sharedHosts.hosts.filter((h) => !h.inPsl).map((h) => h.suffix));

export function siteKey(host: HostInfo): string {
  if (!host.valid || host.hostname === '') return '';
  if (host.isIp || host.domain === null) return host.hostname;
  const shared = sharedHostOf(host.hostname);
  // PSL private suffixes (github.io …): tldts already made `someone.github.io` the domain, and
  // `a.b.someone.github.io` belongs to the same user. Other shared hosts: the full host.
  if (shared !== null && NOT_IN_PSL.has(shared)) return host.hostname;
  return host.domain;
}
