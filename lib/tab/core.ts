/**
 * The tab lifecycle, pure: (state, event) → next state. The background feeds it browser events
 * and messages and carries out what comes back (store, badge, surface); tests/unit/tab/ drives
 * it in Node like `decide`.
 *
 * A *visit* is the time a tab stays on one site (siteKey: the registrable domain, or the full host
 * on shared hosting; through a translator or a cache, the site of the page shown: pageSite). What
 * the person chose — "Continue once", "Hide for this visit" — and the banner's tamper count live on
 * the visit and end with it.
 *
 * Events:
 * - navigate  a new address (navigation start, or its commit when the start was missed), judged
 *             on the address alone. Same address again on the same visit: the verdict never drops
 *             (a page verdict already found stays until the page changes address).
 * - snapshot  a page verdict from the reader; replaces the verdict, counts the scan.
 * - dismiss, field-guard-shown, continue   the person's choices, for this visit.
 * - trust     the trusted list changed.
 * - tamper    the banner reports a fight (./tamper.ts decides whether it counts and escalates).
 */
import { parseHost, shownAddress, siteKey } from '../domain';
import { canTrustHost } from '../settings/host';
import { isTrusted } from '../settings/trust';
import type { Settings } from '../settings/types';
import type { Verdict } from '../types';
import { moreSevere } from './surface';
import { countsAsTamper, TAMPER_LIMIT, tamperReason, type TamperReport } from './tamper';
import type { TabState, VisitState } from './types';

export type TabEvent =
  | { type: 'navigate'; url: string; verdict: Verdict }
  | { type: 'snapshot'; url: string; verdict: Verdict }
  | { type: 'dismiss' }
  | { type: 'field-guard-shown' }
  | { type: 'continue'; url: string; verdict: Verdict }
  | { type: 'trust' }
  | { type: 'tamper'; report: TamperReport };

/** What the step needs besides the state: the tab, and the settings of the moment. */
export interface StepContext {
  tabId: number;
  settings: Settings;
}

export interface Step {
  /** The state to store (null: nothing to store, the event did not apply). */
  state: TabState | null;
  /** A tamper report made the page `danger`: show the warning page now. */
  escalated: boolean;
}

/** A new visit of `site`: nothing continued, dismissed or guarded yet (the tab state machine and the warning page). */
export function freshVisit(site: string): VisitState {
  return { site, continued: false, dismissed: false, fieldGuardShown: false };
}

/**
 * The site a page's visit, "Continue once" and "Back to safety" are keyed by: the site of the page
 * shown, which for a page seen through a translator or a cache (lib/domain shownAddress) is the
 * original's, not the wrapper's. Keyed by the wrapper (google.com, translate.goog, turbopages.org),
 * continuing once on one look-alike let every other page shown through the same wrapper in the tab
 * pass (review of session 16). The worker (entrypoints/background) and the warning page use this.
 */
export function pageSite(url: string): { site: string; trustable: boolean; trusted: (settings: Settings) => boolean } {
  const host = parseHost(url);
  // Trusting a wrapped page would cover the wrapper's own site instead (google.com, the translator),
  // and every look-alike seen through it after: not offered. Trust given to the site it shows still counts.
  const shown = shownAddress(url);
  const shownHost = shown === url ? host : parseHost(shown);
  return {
    site: siteKey(shownHost),
    trustable: host.valid && shown === url && canTrustHost(host.hostname),
    trusted: (settings) => shownHost.valid && isTrusted(settings, shownHost.hostname),
  };
}

/**
 * A page that fought the banner until it escalated stays `danger` for the rest of the visit: a
 * later reading of the same site (the reader re-reads a page that changes, and a snapshot can land
 * just before the warning page asks for the tab's state) must not undo the escalation.
 */
function keepFight(previous: TabState | null, verdict: Verdict): Verdict {
  const fight = previous?.verdict.reasons.find((r) => r.id === 'page-fights-warning');
  if (!fight || verdict.reasons.some((r) => r.id === 'page-fights-warning')) return verdict;
  return { ...verdict, level: 'danger', reasons: [...verdict.reasons, fight] };
}

/** A state for `url` with `verdict`, keeping the visit while the tab stays on one site. */
function judged(previous: TabState | null, url: string, verdict: Verdict, page: boolean, ctx: StepContext): TabState {
  const { site, trustable, trusted } = pageSite(url);
  const sameVisit = previous !== null && site !== '' && previous.visit.site === site;
  const keep = !page && sameVisit && previous.url === url;
  return {
    tabId: ctx.tabId,
    url,
    verdict: keepFight(sameVisit ? previous : null, keep ? moreSevere(previous.verdict, verdict) : verdict),
    trusted: trusted(ctx.settings),
    site,
    trustable,
    visit: sameVisit ? previous.visit : freshVisit(site),
    language: ctx.settings.language,
    // Snapshots since the last real navigation (single-page-app URL changes keep counting).
    scans: page ? (sameVisit ? previous.scans : 0) + 1 : 0,
  };
}

function withVisit(state: TabState | null, change: Partial<VisitState>): Step {
  return { state: state && { ...state, visit: { ...state.visit, ...change } }, escalated: false };
}

function tamper(state: TabState | null, report: TamperReport): Step {
  if (!state || !countsAsTamper(state.verdict.level, state.trusted, report)) return { state: null, escalated: false };
  const tampers = (state.visit.tampers ?? 0) + (report.count ?? 1);
  if (tampers < TAMPER_LIMIT || state.verdict.reasons.some((r) => r.id === 'page-fights-warning')) {
    return withVisit(state, { tampers });
  }
  const verdict: Verdict = { ...state.verdict, level: 'danger', reasons: [...state.verdict.reasons, tamperReason(report)] };
  return { state: { ...state, verdict, visit: { ...state.visit, tampers, continued: false } }, escalated: true };
}

export function step(previous: TabState | null, event: TabEvent, ctx: StepContext): Step {
  switch (event.type) {
    case 'navigate':
      return { state: judged(previous, event.url, event.verdict, false, ctx), escalated: false };
    case 'snapshot':
      return { state: judged(previous, event.url, event.verdict, true, ctx), escalated: false };
    case 'dismiss':
      return withVisit(previous, { dismissed: true });
    case 'field-guard-shown':
      return withVisit(previous, { fieldGuardShown: true });
    case 'continue': {
      const { site } = pageSite(event.url);
      const base = previous ?? judged(null, event.url, event.verdict, false, ctx);
      const visit = base.visit.site === site ? base.visit : freshVisit(site);
      return { state: { ...base, visit: { ...visit, continued: true } }, escalated: false };
    }
    case 'trust': {
      if (!previous) return { state: null, escalated: false };
      const trusted = pageSite(previous.url).trusted(ctx.settings);
      return { state: trusted === previous.trusted ? null : { ...previous, trusted }, escalated: false };
    }
    case 'tamper':
      return tamper(previous, event.report);
  }
}
