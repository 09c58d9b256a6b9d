/**
 * The address guard's registration (entrypoints/guard, registered by the worker in Chromium): which
 * documents it runs in. Pure: the worker passes the result to scripting.registerContentScripts.
 *
 * It runs in every http(s) document, frames included, at document_start, except on the sites the
 * person trusts and the sites they chose "Continue once" for (each with its subdomains).
 * A name that is not a plain host name cannot be written as a match pattern and is left out (such
 * a name is never a look-alike the guard would stop: look-alikes have plain names or punycode).
 */

import { hostOfUrl, proxiedPageUrl } from '../domain/url';

export const GUARD_ID = 'address-guard';
/**
 * The name under which the full address check (entrypoints/address-check, wrapped by wxt.config.ts)
 * hands itself to the guard. The guard deletes it at once, before any script of the page runs.
 */
export const ADDRESS_CHECK = '__officialOrNotAddressDanger';

export interface GuardRegistration {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches: string[];
  runAt: 'document_start';
  allFrames: true;
  persistAcrossSessions: true;
  world: 'MAIN';
}

const PLAIN_HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The registration that skips these sites (each with its subdomains, as trust and "Continue once" cover them). */
export function guardRegistration(allowedSites: readonly string[]): GuardRegistration {
  const exclude = new Set<string>();
  // `*.site` matches the site itself too.
  for (const site of allowedSites) if (PLAIN_HOST.test(site)) exclude.add(`*://*.${site}/*`);
  return {
    id: GUARD_ID,
    js: ['/address-check.js', '/guard.js'],
    matches: ['http://*/*', 'https://*/*'],
    excludeMatches: [...exclude].sort(),
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
    // The page's own world: no script world of the extension's is set up in every document (that
    // cost ~5 ms a page, docs/speed.md), and nothing of the page has run yet at document_start.
    world: 'MAIN',
  };
}

/** Whether the browser's copy (as getRegisteredContentScripts returns it) already is `wanted`. */
export function sameRegistration(current: Partial<GuardRegistration> | undefined, wanted: GuardRegistration): boolean {
  if (current === undefined) return false;
  const list = (v: readonly string[] | undefined) => JSON.stringify([...(v ?? [])].map((f) => f.replace(/^\//, '')).sort());
  return (
    list(current.js) === list(wanted.js) &&
    list(current.matches) === list(wanted.matches) &&
    list(current.excludeMatches) === list(wanted.excludeMatches) &&
    current.runAt === wanted.runAt &&
    current.allFrames === wanted.allFrames &&
    current.world === wanted.world
  );
}

/**
 * What the guard skips after "Continue once" on `url` (`site`: the visit's site, lib/tab pageSite):
 * the site itself, or for a page seen through a translator or a cache, the wrapper's host name — a
 * match pattern cannot name the page shown in a path or a query. For Google's translator and AMP
 * cache that host spells the page's own host (uscis--gov-help.translate.goog); for the others
 * (www.google.com/amp/s/, Yandex's, Microsoft's, Papago's) it is the whole service, so another
 * look-alike seen through it is not stopped before its scripts run: the worker still sends it to the
 * warning page when it commits (the visit is the shown site's, entrypoints/background/tabs.ts).
 */
export function continuedGuardSkip(url: string, site: string): string {
  return (proxiedPageUrl(url) !== undefined && hostOfUrl(url)) || site;
}
