/**
 * What the full-page warning (entrypoints/warning) may say about the address it was opened for.
 *
 * warning.html is web-accessible (a browser sends a navigation a web page started to an extension page only when it
 * is: docs/tamper-resistance.md), and in Chromium its address is the same in every install. So any web page can open
 * it with an address of its choosing: a seller sent the person to `warning.html?url=https://esta.cbp.dhs.gov/`, and
 * the extension's own page said "Danger: this site may be pretending to be a government agency" about the official
 * ESTA site. The page now warns only about an address the extension judged `danger`: the tab's stored verdict about
 * that very address (the worker stores it before it sends the tab there), or, with no such state (a browser rule sent
 * the tab with the worker asleep; the browser was restarted), the address verdict itself. Anything else was not our
 * warning: the page goes on to the address (where the usual checks run), or nowhere when it names no web address.
 */
import { decide } from '../verdict';
import { isWebUrl } from '../domain/url';
import { parseHost } from '../domain';
import { freshVisit, pageSite } from './core';
import type { TabState } from './types';

/** The warning to show: a `state`, or `goTo` (no warning was given about this address; '' = about:blank). */
export type WarningShown = { state: TabState } | { goTo: string };

/**
 * `stored`: the tab's state as the worker has it (null when none); `blocked`: the address in the warning page's own
 * address (lib/blocking/rules.ts blockedUrlFrom; '' when it names none).
 */
export function warningShown(stored: TabState | null, blocked: string): WarningShown {
  if (stored && stored.verdict.level === 'danger' && (blocked === '' || stored.url === blocked)) return { state: stored };
  const judged = addressWarning(blocked);
  if (judged) return { state: judged };
  return { goTo: isWebUrl(blocked) ? blocked : '' };
}

/**
 * The address verdict of `url` as a tab state, when it is `danger`: the state the worker had not stored yet (a
 * browser rule's redirect wins the race with its bookkeeping) or any more (a restart, a restored tab).
 */
function addressWarning(url: string): TabState | null {
  if (!isWebUrl(url) || !parseHost(url).valid) return null;
  const verdict = decide(url);
  if (verdict.level !== 'danger') return null;
  const { site, trustable } = pageSite(url);
  return {
    tabId: -1,
    url,
    verdict,
    trusted: false,
    site,
    trustable,
    visit: freshVisit(site),
    language: 'auto',
    scans: 0,
  };
}
