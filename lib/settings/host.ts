/**
 * Which host names may be trusted, and what "trusting a host" covers.
 *
 * A trusted entry is a site the user vouched for: the extension stops warning on it. So the
 * rules are strict and fail closed:
 * - the input is parsed once with lib/domain's parseHost (full URL or bare host, IDN → punycode,
 *   trailing dot dropped). Invalid input, IP literals, bare public suffixes ("com", "github.io",
 *   "co.uk") and single-label names ("localhost") are refused: trusting a suffix would silence
 *   every site under it;
 * - coverage is on label boundaries only: trusting `example.com` covers `example.com` and
 *   `www.example.com`, never `example.com.evil.net` nor `evil-example.com` (no `includes()`).
 * Known trap: shared hosts (`*.github.io`, `*.pages.dev`) are their own registrable domains
 * with tldts' private suffixes, so trusting `alice.github.io` does not cover `bob.github.io`.
 */
// parse-host directly (re-exported by lib/domain/index.ts) keeps the options page bundle free of the lookalike tables.
import { parseHost } from '../domain/parse-host';
import { MAX_HOST } from './limits';
import sharedHosts from '../data/shared-hosts.json';

export type HostError = 'invalid-host' | 'not-a-site';

/** Longest text we hand to the parser (a pasted URL can be long; a host cannot). */
const MAX_INPUT = 2048;

/**
 * The canonical host to store for `input` (a host name or a URL), or why it cannot be trusted.
 * Never throws.
 */
export function normalizeTrustHost(input: unknown): { host: string } | { error: HostError } {
  if (typeof input !== 'string') return { error: 'invalid-host' };
  const trimmed = input.trim();
  if (trimmed === '' || trimmed.length > MAX_INPUT) return { error: 'invalid-host' };
  let info;
  try {
    info = parseHost(trimmed);
  } catch {
    return { error: 'invalid-host' };
  }
  if (!info.valid || !info.isWeb || info.hostname === '' || info.hostname.length > MAX_HOST) {
    return { error: 'invalid-host' };
  }
  if (info.isIp || info.domain === null) return { error: 'not-a-site' };
  return { host: info.hostname };
}

/** True when `hostname` is `site` or one of its subdomains (label boundary; both lower-case ASCII). */
export function hostCovers(site: string, hostname: string): boolean {
  if (site === '' || hostname === '') return false;
  return hostname === site || (hostname.length > site.length && hostname.endsWith('.' + site));
}

/**
 * Lower-case ASCII form of a page's hostname for matching, or '' when it is not a usable host.
 * Cheap path for the common case (already ASCII); IDN input goes through parseHost.
 */
export function matchableHost(hostname: unknown): string {
  if (typeof hostname !== 'string' || hostname === '' || hostname.length > MAX_INPUT) return '';
  const simple = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (/^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/.test(simple)) return simple.length <= MAX_HOST ? simple : '';
  try {
    const info = parseHost(hostname);
    return info.valid ? info.hostname : '';
  } catch {
    return '';
  }
}

/** Hosts that serve many people's pages told apart only by path (lib/data/shared-hosts.json `byPath`). */
const BY_PATH: readonly string[] = sharedHosts.byPath;

/**
 * Is "Always trust" offered for a page on `hostname`? Not on hosts that serve many people's pages
 * by path (docs.google.com, forms.office.com, storage.googleapis.com, ipfs.io, bit.ly …): trusting
 * the host — let alone its registrable domain — would trust every page on it, and a trusted path
 * prefix could still be any user's. Each page there is judged on its own instead.
 */
export function canTrustHost(hostname: string): boolean {
  const h = matchableHost(hostname);
  return h !== '' && !BY_PATH.some((shared) => hostCovers(shared, h));
}
