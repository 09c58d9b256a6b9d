/**
 * The quiet `notice` hint (a lawyer's, a nonprofit's or a news page about USCIS services): shown
 * once per site per browsing period, after which the toolbar badge alone carries it. Warnings
 * people see on every page of every visit teach them to click them away (issue 19); a rising
 * level (caution, danger) is not decided here and always shows.
 *
 * - A site is its siteKey: the registrable domain, or the full host on shared hosting
 *   (lib/domain/match.ts), so every page of one law firm's site counts as one site, while two
 *   people's pages on sites.google.com are two.
 * - The browsing period is the browser session: the record lives in storage.session
 *   (lib/platform/notice-hints.ts) and is gone when the browser closes.
 * - The page the hint was first shown on keeps it (same tab, same address): the background asks
 *   again after every page reading, and a single-page app re-reads the same page many times.
 *   The next page of the site, another tab on it or a later visit gets the badge only.
 *
 * Pure: the record comes in and the next record goes out.
 */

/** Where a site's hint was shown in this browsing period. */
interface HintPlace {
  tabId: number;
  url: string;
}

/** Site key → where its hint was shown. */
export type HintRecord = Readonly<Record<string, HintPlace>>;

export interface HintAsk extends HintPlace {
  /** The site key of the page ('' for none: no hint). */
  site: string;
}

interface HintAnswer {
  /** Show the hint on this page. */
  show: boolean;
  /** The record to store (the same object when nothing changed). */
  record: HintRecord;
}

/** Most sites remembered; the oldest are forgotten first (the record lives in a size-limited store). */
export const MAX_SITES = 500;

export function noticeHint(record: HintRecord, ask: HintAsk): HintAnswer {
  if (ask.site === '') return { show: false, record };
  const place = Object.prototype.hasOwnProperty.call(record, ask.site) ? record[ask.site] : undefined;
  if (place !== undefined) return { show: place.tabId === ask.tabId && place.url === ask.url, record };
  const kept = Object.entries(record).slice(-(MAX_SITES - 1));
  return { show: true, record: Object.fromEntries([...kept, [ask.site, { tabId: ask.tabId, url: ask.url }]]) };
}

/** A stored value made safe: anything that is not a record of places is an empty record. */
export function readHintRecord(value: unknown): HintRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const places: Array<[string, HintPlace]> = [];
  for (const [site, place] of Object.entries(value as Record<string, unknown>)) {
    const p = place as Partial<HintPlace> | null;
    if (p && typeof p === 'object' && typeof p.tabId === 'number' && typeof p.url === 'string') places.push([site, { tabId: p.tabId, url: p.url }]);
  }
  // fromEntries defines own properties: a site named "__proto__" cannot reach the prototype.
  return Object.fromEntries(places);
}
