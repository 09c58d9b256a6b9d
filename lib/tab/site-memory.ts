/**
 * Site memory: a site caught selling a free or cheap government service is remembered for the
 * browsing period, and its other pages get at least `caution` (issue 12).
 *
 * Why: a seller's FAQ, refund, terms, blog or "how it works" page carries no cue of its own, so
 * page by page it is `none` or `notice`. People reach those pages from the order page, which is
 * caught; if the banner disappears when they click "FAQ", the extension has told them the site is
 * fine. On real pages never tuned on, about half of the sellers still missed were such pages.
 *
 * What is remembered — only what says "this business sells a government step":
 * - a page whose verdict is `caution` or `danger` with one of SELLER_REASONS (it quotes a price
 *   for a free or cheap service, sells access codes, does the government step for a fee, or
 *   prices its service at the government's fee). Weak or other reasons do not count: an
 *   A-Number field, a disclaimer, Zelle, a notario's offer of legal help, a page about USCIS
 *   services. A lawyer's site with a `notice` page, or a page that is `caution` for a payment
 *   red flag, is not remembered; nor an advertorial ('steers-to-seller'): it sends the reader to a
 *   paid site, so its own site (a magazine, a news site) sells nothing;
 * - never from an official or government host (any .gov/.mil, the sourced allowlist), nor from
 *   another country's government: decide() judges those apart;
 * - never from a host that serves many people's pages by path (docs.google.com, bit.ly …), nor
 *   from a marketplace or platform where anyone sells or publishes (etsy.com, facebook.com,
 *   medium.com …, lib/data/many-sellers.json): one person's seller page there says nothing about
 *   the next person's page;
 * - never from a site the person trusts.
 *
 * What a remembered site's other pages get (any tab, same browsing period):
 * - at least `caution`, with the reason `site-memory` (which service, so the popup and banner name
 *   it and show its official route). Never more: memory alone never makes a page `danger`;
 * - nothing on a page that is `official`, already `danger`, or sells something itself (its own
 *   reasons say more), and nothing at all on a site the person trusts. "Hide for this visit"
 *   works as for any caution banner (lib/tab/surface.ts): memory changes the verdict, not the
 *   person's choices.
 *
 * A site is its siteKey (registrable domain, or the full host on shared hosting; lib/domain), the
 * same key "Always trust" and the notice hint use. The browsing period is the browser session:
 * the record lives in storage.session (lib/platform/site-memory.ts) and is gone when the browser
 * closes. The record holds a service id per site key, no address and no page text, and at most
 * MAX_SITES sites, the oldest forgotten first.
 *
 * Pure: the record and a judged page come in; the verdict to use and the next record go out.
 */
import { classifyHost, parseHost, shownAddress, siteKey } from '../domain';
import { isServiceId } from '../guide/routes';
import { canTrustHost } from '../settings/host';
import { isTrusted } from '../settings/trust';
import type { Settings } from '../settings/types';
import type { Reason, ReasonId, ServiceId, Verdict } from '../types';
import { severity } from './surface';
import manySellers from '../data/many-sellers.json';

/** Reasons that say the site sells a government step that is free or cheap at the source. */
export const SELLER_REASONS: readonly ReasonId[] = ['access-code-for-sale', 'free-service-for-sale', 'middleman-service', 'fee-mirroring'];

/** Sites where many unrelated people sell or publish (lib/data/many-sellers.json): never remembered. */
export const MANY_SELLERS: ReadonlySet<string> = new Set(manySellers.hosts);

/** Most sites remembered; the oldest are forgotten first (the record lives in a size-limited store). */
export const MAX_SITES = 500;

/** What is remembered of a site: the service another of its pages sells. */
interface SiteSale {
  service: ServiceId;
}

/** Site key → what another page of the site sells. */
export type SiteMemory = Readonly<Record<string, SiteSale>>;

/** A page the background has judged. */
export interface JudgedPage {
  url: string;
  verdict: Verdict;
  /** The settings of the moment (the person's trusted sites). */
  settings: Settings;
}

interface MemoryAnswer {
  /** The verdict to use for the page: its own, or raised to `caution` by the memory. */
  verdict: Verdict;
  /** The record to store (the same object when nothing changed). */
  record: SiteMemory;
}

const CAUTION = severity('caution');

const has = (record: SiteMemory, site: string): boolean => Object.prototype.hasOwnProperty.call(record, site);

function sells(verdict: Verdict): boolean {
  return verdict.reasons.some((r) => SELLER_REASONS.includes(r.id));
}

/** The site key to remember or recall for `url`, or '' when memory does not apply there. */
function memorySite(url: string, settings: Settings): string {
  // A seller seen through a translator or cache is the seller's site (not turbopages.org, not ampproject.org).
  const host = parseHost(shownAddress(url));
  if (!host.valid || !canTrustHost(host.hostname) || isTrusted(settings, host.hostname)) return '';
  const kind = classifyHost(host).kind;
  if (kind === 'official' || kind === 'foreign-government') return '';
  const site = siteKey(host);
  return MANY_SELLERS.has(site) ? '' : site;
}

/** The reason a remembered site's page is shown with. */
function memoryReason(site: string, sale: SiteSale): Reason {
  return { id: 'site-memory', evidence: `another page of ${site} sells ${sale.service}`, service: sale.service };
}

/** Records a seller page; gives any other page of a remembered site at least `caution`. */
export function siteMemory(record: SiteMemory, page: JudgedPage): MemoryAnswer {
  const { verdict } = page;
  if (verdict.level === 'official') return { verdict, record };
  const site = memorySite(page.url, page.settings);
  if (site === '') return { verdict, record };
  if (sells(verdict)) {
    if (severity(verdict.level) < CAUTION || has(record, site)) return { verdict, record };
    const sale: SiteSale = { service: verdict.service ?? 'uscis' };
    const kept = Object.entries(record).slice(-(MAX_SITES - 1));
    return { verdict, record: Object.fromEntries([...kept, [site, sale]]) };
  }
  if (!has(record, site) || verdict.level === 'danger' || verdict.reasons.some((r) => r.id === 'site-memory')) return { verdict, record };
  const sale = record[site]!;
  const raised = severity(verdict.level) < CAUTION;
  return {
    verdict: {
      ...verdict,
      level: raised ? 'caution' : verdict.level,
      reasons: [...verdict.reasons, memoryReason(site, sale)],
      // The official route shown is the one for what the site sells, unless the page's own
      // caution already named a service.
      service: raised ? sale.service : (verdict.service ?? sale.service),
    },
    record,
  };
}

/** A stored value made safe: anything that is not a record of sales is an empty record. */
export function readSiteMemory(value: unknown): SiteMemory {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const sales: Array<[string, SiteSale]> = [];
  for (const [site, sale] of Object.entries(value as Record<string, unknown>).slice(-MAX_SITES)) {
    const service = (sale as Partial<SiteSale> | null)?.service;
    if (isServiceId(service)) sales.push([site, { service }]);
  }
  // fromEntries defines own properties: a site named "__proto__" cannot reach the prototype.
  return Object.fromEntries(sales);
}
