/**
 * Look-alike addresses written as regular expressions the browser itself can apply, before any
 * byte of the page is fetched and without the service worker running (declarativeNetRequest
 * rules, lib/blocking/rules.ts). The detector (lookalike.ts) stays the judge; these patterns are a
 * strict subset of what it calls `danger`, chosen so that a match needs no word list:
 *   1. an official host embedded in front of more host (`uscis.gov.example.com`, `uscis.gov-case.com`);
 *   2. USCIS's name next to a government word in the site's own label (`uscis-gov.net`,
 *      `myuscisgov.com`, `gov-uscis.com`, `official-uscis.net`), the words ending at a hyphen or
 *      at the end of the label (`uscisgovcase.com` is not split by the detector either);
 *   3. USCIS's name registered under another generic suffix (`uscis.com`, `uscis.online`).
 * Only under generic top-level domains (GENERIC_TLDS): country codes hold other governments'
 * namespaces (gov.co, gov.uk …) that are never look-alikes (foreign-governments.json), and a
 * pattern must not need the Public Suffix List to know where the site's own label is.
 * Syntax: RE2 (what Chrome accepts) ∩ JavaScript, no look-around, lower-case hosts; every match
 * must be `danger` for decide() (tests/unit/domain/block-patterns.test.ts checks a generated corpus).
 */

/**
 * Generic top-level domains where a site's own label is the one just before the suffix. The
 * browser checks them separately (requestDomains): in the regular expressions they would pass
 * Chrome's 2 KB limit per compiled expression.
 */
export const BLOCK_TLDS: readonly string[] = ['com', 'net', 'org', 'info', 'us', 'online', 'site', 'xyz', 'top', 'app', 'biz', 'live', 'website', 'services', 'support', 'help', 'center', 'click', 'link', 'shop', 'store', 'pro'];

const HOST_HEAD = '^https?://(?:[a-z0-9-]+\\.)*';
const HOST_TAIL = '\\.[a-z]+\\.?(?::[0-9]+)?(?:[/?#]|$)';
const LABEL = '[a-z0-9-]*';

/**
 * Official hosts (without `.gov`) whose embedding in another host is always `danger`
 * (lookalike-targets.json `embed`; cbp.dhs also covers esta.cbp.dhs and i94.cbp.dhs). One
 * expression each: together they pass Chrome's memory limit.
 */
const EMBEDDED = ['uscis', 'e-verify', 'dvprogram\\.state', 'ceac\\.state', 'travel\\.state', 'cbp\\.dhs'];
const GOV_WORD = '(?:gov|govt|usgov|us-gov|official|oficial)';

/** Each must be combined with BLOCK_TLDS (the host's last label is one of them). */
export const BLOCK_PATTERNS: readonly string[] = [
  // 1. uscis.gov.example.com, uscis.gov-case.com, travel.state.gov.example.net
  ...EMBEDDED.map((host) => `${HOST_HEAD}${host}\\.gov[.-][a-z0-9.-]*[a-z0-9]${HOST_TAIL}`),
  // 2. uscis-gov.net, myuscisgov.com, my-uscis-gov.com, uscis-official.com
  `${HOST_HEAD}(?:${LABEL}-)?(?:my-?)?uscis-?${GOV_WORD}(?:-${LABEL})?${HOST_TAIL}`,
  // 2. gov-uscis.com, egovuscis.com, official-uscis.net
  `${HOST_HEAD}(?:${LABEL}-)?e?-?${GOV_WORD}-?(?:my-?)?uscis(?:-${LABEL})?${HOST_TAIL}`,
  // 3. uscis.com, myuscis.online
  `${HOST_HEAD}(?:my)?uscis${HOST_TAIL}`,
];

const COMPILED: readonly RegExp[] = BLOCK_PATTERNS.map((p) => new RegExp(p));
const TLDS: ReadonlySet<string> = new Set(BLOCK_TLDS);

/** Does a static pattern cover `url` (an absolute http(s) URL)? The same test the browser runs. */
export function matchesBlockPattern(url: string): boolean {
  const lower = url.toLowerCase();
  const host = /^https?:\/\/([^/?#:]+)/.exec(lower)?.[1]?.replace(/\.$/, '') ?? '';
  return TLDS.has(host.slice(host.lastIndexOf('.') + 1)) && COMPILED.some((re) => re.test(lower));
}
