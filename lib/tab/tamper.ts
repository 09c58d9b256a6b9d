/**
 * When does a page's fight with the banner earn the full-page warning? The banner reports what it
 * sees (entrypoints/banner/tamper-guard.ts); this decides. Pure, so the policy is tested in Node.
 *
 * - Never on `notice` (a lawyer's page with a cookie dialog is not a scam) nor on a trusted site.
 * - A cover counts only when it overlaps the banner; full screen and modal dialogs the person
 *   opened (a video, a dialog opened by their click) never count.
 * - One report is not enough: TAMPER_LIMIT reports on one visit — repeated removal, or a cover
 *   that stays (the banner re-checks every second, so three reports are three seconds).
 */
import type { Reason } from '../types';

/** Reports on one visit before the page is shown the full warning. The one definition. */
export const TAMPER_LIMIT = 3;
/** Longest evidence kept from a report (it comes from the page's world). */
const MAX_EVIDENCE = 200;

/** What the banner saw (the `banner-tampered` message minus its type). */
export interface TamperReport {
  /** 'removed', 'restyled', 'hidden', 'covered', 'made invisible', 'shrunk', … */
  kind: string;
  /** Optional detail for the person (shown as the reason's evidence). */
  evidence?: string;
  /** For covers: does the covering element overlap the banner? (absent: assumed yes) */
  overlapsBanner?: boolean;
  /** Full screen or a modal dialog the person opened themselves (a user gesture). */
  userOpened?: boolean;
  /** How many such fights the banner saw (it counts with countsAsTamper and reports at TAMPER_LIMIT); default 1. */
  count?: number;
}

/** Does this report count towards TAMPER_LIMIT on a page at `level`? */
export function countsAsTamper(level: string, trusted: boolean, report: TamperReport): boolean {
  if (trusted || (level !== 'caution' && level !== 'danger')) return false;
  if (report.userOpened === true) return false;
  if (report.overlapsBanner === false) return false;
  return true;
}

/** The reason added to a verdict escalated for tampering. */
export function tamperReason(report: TamperReport): Reason {
  const what = typeof report.evidence === 'string' && report.evidence !== '' ? report.evidence : String(report.kind);
  return { id: 'page-fights-warning', evidence: what.slice(0, MAX_EVIDENCE) };
}

/** A report from an untrusted sender, made safe: unknown fields dropped, strings capped. */
export function readTamperReport(message: Record<string, unknown>): TamperReport {
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_EVIDENCE) : undefined);
  const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
  return {
    kind: str(message.kind) ?? str(message.evidence) ?? 'tampered',
    evidence: str(message.evidence),
    overlapsBanner: bool(message.overlapsBanner),
    userOpened: bool(message.userOpened),
    count: typeof message.count === 'number' && Number.isInteger(message.count) ? Math.min(Math.max(message.count, 1), TAMPER_LIMIT) : 1,
  };
}
