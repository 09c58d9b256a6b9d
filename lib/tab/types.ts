/**
 * The per-tab state the background keeps (in storage.session, through lib/platform/tab-store.ts)
 * and sends to the popup, the banner and the warning page.
 */
import type { LocaleCode } from '../settings/types';
import type { Verdict } from '../types';

/** What the user did on the current visit to a site in one tab. A visit ends when the tab leaves the site. */
export interface VisitState {
  /** Site key (registrable domain, or full host on shared hosting) the visit is about. */
  site: string;
  /** "Continue once" was chosen on the warning page for this visit. */
  continued: boolean;
  /** "Hide for this visit" was chosen on the banner. */
  dismissed: boolean;
  /** The field guard has been shown on this visit. */
  fieldGuardShown: boolean;
  /** Banner tamper reports that counted on this visit (lib/tab/tamper.ts); absent means 0. */
  tampers?: number;
}

/** What the background knows about one tab. */
export interface TabState {
  tabId: number;
  url: string;
  verdict: Verdict;
  /** The user trusts this site: warnings are off, the verdict is still shown in the popup. */
  trusted: boolean;
  /** Key to trust or untrust this site with. */
  site: string;
  /** "Always trust" is offered (false on hosts many people share by path; absent in older states: true). */
  trustable?: boolean;
  visit: VisitState;
  /** The UI language setting ('auto' follows the browser). */
  language: 'auto' | LocaleCode;
  /** How many page snapshots the background judged for this tab since the last navigation. */
  scans: number;
}

/** What a tab shows (decided in ./surface.ts). */
export interface Surface {
  /** The full-page warning, the banner across the top, the quiet corner reminder, or nothing. */
  page: 'warning' | 'banner' | 'notice' | 'none';
  /** The field guard watches card, A-Number, receipt-number, access-code, SSN and passport fields. */
  fieldGuard: boolean;
}

/** A tab's state with what it shows: the answer to the banner's `get-my-state`. */
export interface TabView extends TabState {
  surface: Surface;
}
