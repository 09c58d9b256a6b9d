/**
 * Warnings the browser applies itself: declarativeNetRequest rules that send a look-alike's
 * address to warning.html before its first byte is fetched, whether or not the service worker is
 * running (issue 14 item 6). Pure: the worker's adapter (entrypoints/background/blocking.ts)
 * installs what these functions build.
 *
 * Two sets, because the browser keeps them differently:
 *  - dynamic rules (kept across restarts): the static look-alike patterns (lib/domain/
 *    block-patterns.ts), and an `allow` rule for the sites the person trusts ("Always trust");
 *  - session rules (gone when the browser closes, like the rest of a visit): the hosts the detector
 *    judged `danger` from their address this session, so a second visit is stopped even when the
 *    worker sleeps; and a per-tab `allow` rule for "Continue once".
 * Allow rules outrank redirects (priority 2 > 1), whatever set they are in. Each redirect of a
 * page has a twin that blocks the same address in a frame.
 * Only the address verdict (decide(url) without a page) feeds the judged hosts: it depends on the
 * host alone, so the rule never says more than the detector would on the next visit. Page
 * verdicts (a page's words) stay with the worker.
 * The redirect carries the blocked address after `#` (regexSubstitution `\0`, not encoded; a
 * query parameter would need encoding that rules cannot do): see blockedUrlFrom().
 */
import { BLOCK_PATTERNS, BLOCK_TLDS } from '../domain/block-patterns';
import official from '../data/official-hosts.json';

/** The subset of chrome.declarativeNetRequest.Rule these rules use. */
export interface BlockRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'block' } | { type: 'allow' };
  condition: {
    regexFilter?: string;
    requestDomains?: string[];
    tabIds?: number[];
    resourceTypes: ('main_frame' | 'sub_frame')[];
  };
}

const BLOCK = 1;
const ALLOW = 2;
/**
 * Rule ids: patterns from 1 (their frame blocks from 50), trusted sites 100; session: judged hosts
 * 1 (frames 2), continued tabs from 10.
 */
const PATTERN_ID = 1;
const PATTERN_FRAME_ID = 50;
const TRUSTED_ID = 100;
const JUDGED_ID = 1;
const JUDGED_FRAME_ID = 2;
const CONTINUED_ID = 10;
/** What an allow rule lets through: the page, and the same site shown in a frame. */
const PAGES_AND_FRAMES: BlockRule['condition']['resourceTypes'] = ['main_frame', 'sub_frame'];
/** Most judged hosts kept in the session rule (the newest win); Chrome allows 5,000 session rules. */
export const MAX_JUDGED = 1000;

/** A domain as requestDomains takes it: lower-case ASCII labels (punycode for IDNs). */
const RULE_DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/** Marks a warning.html address made by a rule: the blocked address follows `#`. */
const MARK = 'dnr=1';

function redirect(warningUrl: string): BlockRule['action'] {
  return { type: 'redirect', redirect: { regexSubstitution: `${warningUrl}?${MARK}#\\0` } };
}

/** Rules kept across restarts: the look-alike patterns, and the trusted sites let through. */
export function dynamicRules(warningUrl: string, trustedHosts: readonly string[]): BlockRule[] {
  const rules: BlockRule[] = BLOCK_PATTERNS.map((regexFilter, i) => ({
    id: PATTERN_ID + i,
    priority: BLOCK,
    action: redirect(warningUrl),
    // The whole address is matched, so `\0` is all of it.
    condition: { regexFilter: `${regexFilter}.*`, requestDomains: [...BLOCK_TLDS], resourceTypes: ['main_frame'] },
  }));
  rules.push(...rules.map((r, i) => frameBlock(PATTERN_FRAME_ID + i, r)));
  // The browser refuses the whole update for one malformed domain; a host it cannot take is
  // never one a pattern matches either (patterns match such lower-case ASCII hosts only).
  const trusted = trustedHosts.filter((h) => RULE_DOMAIN.test(h));
  if (trusted.length > 0) {
    rules.push({ id: TRUSTED_ID, priority: ALLOW, action: { type: 'allow' }, condition: { requestDomains: trusted, resourceTypes: PAGES_AND_FRAMES } });
  }
  return rules;
}

/** Hosts official by name (allowlist included); a judged host above one of them is left out. */
const OFFICIAL_NAMED: readonly string[] = [...official.hosts, ...official.allowlist].map((h) => h.host);

/**
 * Rules for this session: the judged hosts (requestDomains also covers their subdomains, as the
 * detector does), and per tab the site the person chose "Continue once" for.
 */
export function sessionRules(warningUrl: string, judgedHosts: readonly string[], continued: ReadonlyMap<number, string>): BlockRule[] {
  const hosts = judgedHosts.filter((h) => RULE_DOMAIN.test(h) && !OFFICIAL_NAMED.some((o) => o === h || o.endsWith('.' + h))).slice(-MAX_JUDGED);
  const rules: BlockRule[] = [];
  if (hosts.length > 0) {
    const judged: BlockRule = { id: JUDGED_ID, priority: BLOCK, action: redirect(warningUrl), condition: { regexFilter: '^.+$', requestDomains: hosts, resourceTypes: ['main_frame'] } };
    rules.push(judged, frameBlock(JUDGED_FRAME_ID, judged));
  }
  let id = CONTINUED_ID;
  for (const [tabId, site] of continued) {
    if (site === '') continue;
    rules.push({ id: id++, priority: ALLOW, action: { type: 'allow' }, condition: { tabIds: [tabId], requestDomains: [site], resourceTypes: PAGES_AND_FRAMES } });
  }
  return rules;
}

/**
 * The same address shown in a frame of another page (a benign-looking host framing the look-alike
 * full-window, tests/e2e/blocking.spec.ts) is not loaded: a frame cannot show warning.html (its CSP
 * forbids framing), and the person's address bar shows the framing page, not the look-alike.
 */
function frameBlock(id: number, page: BlockRule): BlockRule {
  return { id, priority: BLOCK, action: { type: 'block' }, condition: { ...page.condition, resourceTypes: ['sub_frame'] } };
}

/** Is `hostname` one of the judged hosts or under one (what requestDomains matches)? */
export function blockedByRule(judgedHosts: readonly string[], hostname: string): boolean {
  return sessionRules('', judgedHosts, new Map())[0]?.condition.requestDomains?.some((h) => hostname === h || hostname.endsWith('.' + h)) ?? false;
}

/**
 * Are the look-alike patterns among these installed dynamic rules? They outlive the worker: when it
 * wakes, the browser may already have sent the tab to the warning page (the worker must not send it
 * there a second time, or "Back to safety" steps back onto the first copy).
 */
export function hasPatternRules(installed: readonly { id: number; condition: { regexFilter?: string } }[]): boolean {
  const byId = new Map(installed.map((r) => [r.id, r.condition.regexFilter]));
  return dynamicRules('', []).every((r) => byId.get(r.id) === r.condition.regexFilter);
}

/** The judged hosts of the session rules sessionRules() built (to refill the worker's memory when it wakes). */
export function judgedHostsOf(rules: readonly { id: number; condition: { requestDomains?: string[] } }[]): string[] {
  return rules.find((r) => r.id === JUDGED_ID)?.condition.requestDomains ?? [];
}

/**
 * The blocked address a warning.html address carries: `?url=<encoded>` when the worker sent the
 * tab there, `?dnr=1#<address>` when a rule did. '' when there is none.
 */
export function blockedUrlFrom(search: string, hash: string): string {
  const params = new URLSearchParams(search);
  const url = params.get('url');
  if (url !== null) return url;
  if (!params.has('dnr') || !hash.startsWith('#')) return '';
  const raw = hash.slice(1);
  return /^https?:\/\//i.test(raw) ? raw : '';
}
