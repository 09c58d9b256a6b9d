/**
 * parseHost: any string (full URL or bare host name) → HostInfo. Never throws.
 *
 * - URLs with a scheme go through the WHATWG URL parser (the same IDNA/UTS #46 processing the
 *   browser applied before we see the URL), so `HTTPS://USCIS.GOV.:443/x` → `uscis.gov`.
 * - Bare hosts get `http://` prepended; if the URL parser rejects them (`xn--zz`, stray
 *   characters), a manual fallback lower-cases and strips port/userinfo/path, and tldts then
 *   decides validity.
 * - Non-web schemes (about:, chrome:, file:, data:, mailto:, …) give isWeb=false.
 * - Invisible characters (zero-width space/joiners, soft hyphen, BOM) are removed the way IDNA
 *   maps them (see invisible.ts). Punycode labels are decoded for unicodeHostname; invalid punycode stays as is.
 * - tldts runs with allowPrivateDomains, so `x.github.io` is its own registrable domain.
 */
import { parse } from 'tldts';
import punycode from 'punycode/punycode.js';
import type { HostInfo } from '../types';
import { stripInvisible } from './invisible';
import { lastLabelFirstCode, PLAIN, rememberScan, scanHost, XN } from './scan';

const MAX_HOST = 253;
const SCHEME_RE = /^([a-z][a-z0-9+.-]*):/i;
/** Schemes written without `//` that are never web pages (`about:blank`, `mailto:x@y`). */
const NON_WEB_SCHEMES = new Set([
  'about', 'blob', 'chrome', 'chrome-extension', 'data', 'edge', 'file', 'javascript', 'mailto',
  'moz-extension', 'resource', 'sms', 'tel', 'view-source', 'ws', 'wss', 'ftp', 'urn', 'news',
]);

function invalid(input: string, isWeb = true): HostInfo {
  return {
    input,
    hostname: '',
    unicodeHostname: '',
    domain: null,
    publicSuffix: null,
    subdomain: '',
    isIp: false,
    isWeb,
    valid: false,
  };
}

/** Decode each xn-- label; a label that is not valid punycode is kept as it is. */
function toUnicodeHost(hostname: string): string {
  return hostname
    .split('.')
    .map((label) => {
      if (!label.startsWith('xn--')) return label;
      try {
        const decoded = punycode.decode(label.slice(4));
        return decoded === '' ? label : decoded;
      } catch {
        return label;
      }
    })
    .join('.');
}

function toAsciiLabel(label: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(label)) return label;
  try {
    return 'xn--' + punycode.encode(label);
  } catch {
    return label;
  }
}

/** Pull a host out of a string without a scheme, when the URL parser refused it. */
function manualHost(rest: string): string {
  let s = rest.replace(/^[/\\]+/, '');
  s = s.split(/[/?#\\]/, 1)[0] ?? '';
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  if (s.startsWith('[')) {
    const end = s.indexOf(']');
    return end > 0 ? s.slice(0, end + 1) : s;
  }
  const colon = s.indexOf(':');
  if (colon >= 0) s = s.slice(0, colon);
  return s
    .normalize('NFKC')
    .toLowerCase()
    .split('.')
    .map(toAsciiLabel)
    .join('.');
}

function urlHost(candidate: string): string | null {
  try {
    return new URL(candidate).hostname;
  } catch {
    return null;
  }
}


/** Longest scheme + userinfo + host + port read; longer is not a host any browser would load. */
const MAX_AUTHORITY = 4096;
const SLASHES_RE = /^[a-z][a-z0-9+.-]*:[/\\]*/i;

/**
 * `s` up to where its path, query or fragment starts (`/`, `?`, `#`, or `\\`, which web URLs
 * treat as `/`): `https://user@host:8/x?y#z` → `https://user@host:8`. Bare hosts likewise.
 * A scheme's own slashes are kept.
 */
export function beforePath(s: string): string {
  const from = SLASHES_RE.exec(s)?.[0].length ?? 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 92) return s.slice(0, i);
  }
  return s;
}

const HOST_RE = /^[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63})*$/;

export const TLDTS_OPTIONS = { allowPrivateDomains: true, extractHostname: false } as const;
/**
 * For hosts that passed the PLAIN scan with a non-numeric last label: tldts' IP detection cannot
 * fire on them (IPv4 needs all-digit labels, IPv6 a colon), so skip it.
 */
const TLDTS_PLAIN_OPTIONS = { allowPrivateDomains: true, extractHostname: false, detectIp: false } as const;

/** `scan`: scanHost(hostname) when `checked` (parseHost's fast path), else unused. */
function build(input: string, hostname: string, checked = false, scan = 0): HostInfo {
  if (!checked && (hostname.length > MAX_HOST || !HOST_RE.test(hostname))) return invalid(input);
  const p = parse(hostname, checked ? TLDTS_PLAIN_OPTIONS : TLDTS_OPTIONS);
  if (p.isIp === true) {
    return { ...invalid(input), hostname, unicodeHostname: hostname, isIp: true, valid: true };
  }
  let unicodeHostname = hostname;
  if (checked ? (scan & XN) !== 0 : hostname.includes('xn--')) {
    unicodeHostname = toUnicodeHost(hostname);
    // An xn-- label that does not decode is not a host name any browser would resolve.
    if (unicodeHostname.split('.').some((l) => l.startsWith('xn--'))) return invalid(input);
  }
  return {
    input,
    hostname,
    unicodeHostname,
    domain: p.domain ?? null,
    publicSuffix: p.publicSuffix ?? null,
    subdomain: p.subdomain ?? '',
    isIp: false,
    isWeb: true,
    valid: true,
  };
}

export function parseHost(input: string): HostInfo {
  if (typeof input !== 'string') return invalid(String(input));
  try {
    // Already a clean lower-case ASCII host name (the common case): no URL parser needed.
    const scan = input.length <= MAX_HOST + 1 ? scanHost(input) : 0;
    if ((scan & PLAIN) !== 0) {
      const hostname = input.charCodeAt(input.length - 1) === 46 ? input.slice(0, -1) : input;
      // The first character of the last label (a PLAIN host has no empty label, so a trailing
      // dot is the only dot the scan saw after it).
      const first = lastLabelFirstCode();
      // A numeric last label means an IPv4 literal in some spelling (`127.1`, `0x7f.1`): slow path.
      if (first < 48 || first > 57) {
        // No scanned word contains a dot, so the trailing dot does not change the flags.
        const info = build(input, hostname, true, scan);
        rememberScan(hostname, scan, info.domain, info.publicSuffix);
        return info;
      }
    }
    // Only the part up to the end of the host is read: a 5 MB `#fragment` or `?ref=` must not
    // hide the host (issue 14: the cap used to apply to the whole URL). The cap is on that part.
    const raw = stripInvisible(beforePath(input.trim()));
    if (raw === '' || raw.length > MAX_AUTHORITY) return invalid(input);

    let host: string | null = null;
    if (/^[0-9a-f:.]+$/i.test(raw) && raw.split(':').length > 2) {
      const v6 = urlHost('http://[' + raw + ']');
      if (v6 !== null) return { ...invalid(input), hostname: v6.slice(1, -1), unicodeHostname: v6.slice(1, -1), isIp: true, valid: true };
    }
    const scheme = SCHEME_RE.exec(raw)?.[1]?.toLowerCase();
    const hasSlashes = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw);
    if (scheme && (hasSlashes || NON_WEB_SCHEMES.has(scheme))) {
      // A real scheme (not `localhost:3000`, `example.com:8080` or `user:pw@host`).
      if (scheme !== 'http' && scheme !== 'https') return invalid(input, false);
      host = urlHost(raw) ?? manualHost(raw.slice(scheme.length + 1));
    } else {
      host = urlHost('http://' + raw) ?? manualHost(raw);
    }

    let hostname = host.toLowerCase();
    if (hostname.startsWith('[') && hostname.endsWith(']')) {
      return { ...invalid(input), hostname: hostname.slice(1, -1), unicodeHostname: hostname.slice(1, -1), isIp: true, valid: true };
    }
    while (hostname.endsWith('.')) hostname = hostname.slice(0, -1);
    if (hostname === '' || hostname.length > MAX_HOST) return invalid(input);
    return build(input, hostname);
  } catch {
    return invalid(input);
  }
}
