/**
 * The worker's side of lib/blocking: installs the declarativeNetRequest rules that stop a
 * look-alike before its first byte, even while this worker sleeps (Chromium), and tells the
 * navigation handler when a rule (not the worker) will show the warning, so the tab is not sent
 * there twice. Firefox uses its blocking webRequest instead (./firefox-block.ts): no rules here.
 */
import { browser } from 'wxt/browser';
import { blockedByRule, dynamicRules, hasPatternRules, judgedHostsOf, sessionRules, type BlockRule } from '@/lib/blocking/rules';
import { matchesBlockPattern } from '@/lib/domain/block-patterns';
import { parseHost, shownAddress } from '@/lib/domain';
import type { Settings } from '@/lib/settings/types';
import { guardAllowing } from './guard';

const USES_RULES = !import.meta.env.FIREFOX;
const judged: string[] = [];
let continued: ReadonlyMap<number, string> = new Map();
/** What the address guard skips for those tabs (lib/blocking/guard.ts continuedGuardSkip). */
let continuedGuard: readonly string[] = [];
/** Undefined until the settings are read: the guard is not registered without them (it would stop trusted pages). */
let trustedHosts: readonly string[] | undefined;
let ready: Promise<void> | undefined;
/** The pattern rules are in place (installed now or found from an earlier start). */
let patternsInstalled = false;

const warningUrl = () => browser.runtime.getURL('/warning.html');
const dnr = () => browser.declarativeNetRequest;

/** Replaces every rule of one set with `rules` (skipped when the browser already has them). */
async function replace(set: 'session' | 'dynamic', rules: BlockRule[]): Promise<boolean> {
  try {
    const current = (set === 'session' ? await dnr().getSessionRules() : await dnr().getDynamicRules()) as unknown as BlockRule[];
    if (JSON.stringify(current.map(comparable)) === JSON.stringify(rules.map(comparable))) return true;
    const update = { removeRuleIds: current.map((r) => r.id), addRules: rules as never };
    await (set === 'session' ? dnr().updateSessionRules(update) : dnr().updateDynamicRules(update));
    return true;
  } catch (e) {
    // A rule the browser refuses must not stop the worker: it still warns at navigation.
    console.warn('official-or-not: rules not installed', e);
    return false;
  }
}

/** The fields lib/blocking sets, in one order (the browser adds defaults and orders keys its own way). */
function comparable(r: BlockRule): unknown[] {
  const c = r.condition;
  return [r.id, r.priority, r.action, c.regexFilter, c.requestDomains, c.tabIds, c.resourceTypes];
}

/** When the worker starts: the judged hosts the session rules kept, then the patterns and trusted sites. */
export function startBlocking(settings: Promise<Settings>): Promise<void> {
  if (!USES_RULES) return Promise.resolve();
  ready ??= Promise.all([
    dnr()
      .getSessionRules()
      .then((rules) => void judged.push(...judgedHostsOf(rules as unknown as BlockRule[]))),
    // Kept from an earlier start: the browser already applies them while this start installs nothing.
    dnr()
      .getDynamicRules()
      .then((rules) => void (patternsInstalled ||= hasPatternRules(rules as unknown as BlockRule[]))),
  ])
    .then(() => undefined)
    .catch(() => undefined);
  void settings.then(trustChanged);
  return ready;
}

/** After trust changes: the allow rule follows ("Always trust" must let the next load through). */
export async function trustChanged(settings: Settings): Promise<void> {
  const hosts = settings.trusted.map((t) => t.host);
  trustedHosts = hosts;
  if (!USES_RULES) return;
  const [installed] = await Promise.all([replace('dynamic', dynamicRules(warningUrl(), hosts)), guardAllowed()]);
  patternsInstalled = installed;
}

/** The address guard (./guard.ts) skips what the person allowed, like the rules. */
function guardAllowed(): Promise<void> {
  return trustedHosts ? guardAllowing(trustedHosts, continuedGuard) : Promise.resolve();
}

/** A host the address verdict called danger: from now on the browser stops it before the worker wakes. */
export async function judgedDanger(url: string): Promise<void> {
  if (!USES_RULES) return;
  // The host of the page shown (a look-alike's, not the translator's or Google's that shows it).
  const host = parseHost(shownAddress(url)).hostname;
  // The hosts an earlier start of the worker judged are read first: rules written without them
  // would drop their rules (startBlocking).
  await ready;
  if (host === '' || judged.includes(host)) return;
  judged.push(host);
  if (!(await replace('session', sessionRules(warningUrl(), judged, continued)))) judged.splice(judged.indexOf(host), 1);
}

/** A tab's "Continue once": the visit's site, and what the address guard skips for it (lib/blocking/guard.ts continuedGuardSkip). */
export interface ContinuedTab {
  readonly site: string;
  /** A match pattern; none for a name no pattern can write. */
  readonly guard: string | undefined;
}

/** "Continue once" per tab: the allow rules follow before the tab is sent on. */
export async function continuedChanged(next: ReadonlyMap<number, ContinuedTab>): Promise<void> {
  continued = new Map([...next].map(([tab, { site }]) => [tab, site]));
  continuedGuard = [...new Set([...next.values()].flatMap(({ guard }) => guard ?? []))];
  // As in judgedDanger: wait for the judged hosts a sleeping worker's rules kept. Without this, the
  // worker's first update on waking (warmUp) rewrote the session rules from an empty list and
  // dropped them, and the next visit was fetched (coldstart.spec.ts, once in a CI run).
  if (!USES_RULES) return;
  await ready;
  await Promise.all([replace('session', sessionRules(warningUrl(), judged, continued)), guardAllowed()]);
}

/**
 * Will the browser itself send this danger address to the warning page? (Then the worker must
 * not navigate the tab too: two warning pages would leave one in the history.) Firefox: always,
 * its blocking webRequest listener sees every top-level request.
 */
export async function warnedByBrowser(url: string): Promise<boolean> {
  if (!USES_RULES) return true;
  await ready;
  return (patternsInstalled && matchesBlockPattern(url)) || blockedByRule(judged, parseHost(url).hostname);
}
