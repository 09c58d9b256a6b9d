/**
 * The address guard's registration (entrypoints/guard, registered by the worker in Chromium): which
 * documents it runs in. Pure: the worker passes the result to scripting.registerContentScripts.
 *
 * It runs in every http(s) document, frames included, at document_start, except on the sites the
 * person trusts and the sites they chose "Continue once" for (each with its subdomains).
 * A name that is not a plain host name cannot be written as a match pattern and is left out (such
 * a name is never a look-alike the guard would stop: look-alikes have plain names or punycode).
 */

import { hostOfUrl, wrappedPage } from '../domain/url';

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

/** The match pattern of a site with its subdomains (`*.site` matches the site itself too), if its name can be written in one. */
function sitePattern(site: string): string | undefined {
  return PLAIN_HOST.test(site) ? `*://*.${site}/*` : undefined;
}

/**
 * The registration that skips these sites (each with its subdomains, as trust and "Continue once"
 * cover them) and the documents `skipped` names (match patterns, continuedGuardSkip).
 */
export function guardRegistration(allowedSites: readonly string[], skipped: readonly string[] = []): GuardRegistration {
  const exclude = new Set(skipped);
  for (const site of allowedSites) {
    const pattern = sitePattern(site);
    if (pattern !== undefined) exclude.add(pattern);
  }
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
 * What the guard skips after "Continue once" on `url` (`site`: the visit's site, lib/tab pageSite), as
 * a match pattern: the site itself; for a page seen through a translator or a cache whose host spells
 * the page's own (Google's translator and AMP cache: uscis--gov-help.translate.goog), that host; for
 * the shared ones (www.google.com/amp/s/, Yandex's, Microsoft's, Papago's, Baidu's), the service's
 * addresses that name the page's host in their path or query (a match pattern reads both, not the
 * fragment): another look-alike seen through the same service is still stopped before its scripts
 * run (a look-alike whose name CONTAINS the continued host's is skipped too; the worker still warns at
 * commit). Undefined for a name no pattern can write.
 */
export function continuedGuardSkip(url: string, site: string): string | undefined {
  const inner = wrappedPage(url);
  if (inner === undefined) return sitePattern(site);
  const wrapper = hostOfUrl(url);
  // The host as the wrapper's address writes it (one level: a translator's page of a translate.goog page names that host).
  const host = hostOfUrl(inner);
  if (wrapper.startsWith(`${host.replace(/-/g, '--').replace(/\./g, '-')}.`)) return sitePattern(wrapper);
  // Spelt as the address writes it (a pattern's path is read case by case); not found before the
  // fragment (Youdao's page reads its field after "#"): the service's host, as a pattern cannot say more.
  const address = url.split('#')[0] ?? '';
  const at = address.toLowerCase().indexOf(host, address.indexOf(wrapper) + wrapper.length);
  const written = address.slice(at, at + host.length);
  return at < 0 || !PLAIN_HOST.test(host) ? sitePattern(wrapper) : `*://${wrapper}/*${written}*`;
}
