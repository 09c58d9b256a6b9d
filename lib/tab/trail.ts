/**
 * Where "Back to safety" goes. The warning page cannot read the tab's history, and counting steps
 * back fails when a browser replaces or keeps the look-alike's history entry in ways it does not
 * promise (a warning after the page loaded, a redirect that raced the page): one step too few
 * lands on the look-alike or on an earlier copy of the warning, and the person is stuck. So the
 * background keeps a short trail of the web pages each tab showed, and the warning page asks for
 * the newest one that is not on the blocked site and was not dangerous itself.
 *
 * Pure: the trail comes in and the next trail goes out.
 */

export interface TrailStop {
  url: string;
  /** The page's site key (lib/domain siteKey): every page of the look-alike's site is skipped. */
  site: string;
}

export type Trail = readonly TrailStop[];

/** Pages remembered per tab: enough to step over a look-alike's redirects and its own pages. */
export const TRAIL_LENGTH = 8;

/** The trail after the tab showed `stop` (a page reloaded or re-read is not added twice). */
export function extendTrail(trail: Trail, stop: TrailStop): Trail {
  if (trail.at(-1)?.url === stop.url) return trail;
  return [...trail, stop].slice(-TRAIL_LENGTH);
}

/**
 * The newest page of the trail that is safe to go back to: not on `blockedSite`, and not judged
 * dangerous by `isDangerous` (a person can go from one look-alike to another). Undefined: none.
 * `bounced`: the person already went back from a warning about this site, and the page they went
 * back to sent the tab there again (a page that redirects whenever it is shown): that page's site
 * is stepped over too, or "Back to safety" would lead into the same loop for ever.
 */
export function safePlaceBefore(trail: Trail, blockedSite: string, isDangerous: (url: string) => boolean, bounced = false): TrailStop | undefined {
  const newest = (skip: string) => trail.findLast((stop) => stop.site !== blockedSite && stop.site !== skip && !isDangerous(stop.url));
  const place = newest('');
  return bounced && place ? newest(place.site) : place;
}
