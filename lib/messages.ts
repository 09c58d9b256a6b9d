/**
 * Messages between the extension's parts. Types only (pure); the browser calls live in entrypoints.
 * Every message goes through the background, which owns the per-tab verdicts and the settings.
 */
import type { LocaleCode } from './settings/types';
import type { PageSnapshot, Verdict } from './types';

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
  visit: VisitState;
  /** The UI language setting ('auto' follows the browser). */
  language: 'auto' | LocaleCode;
  /** How many page snapshots the background judged for this tab since the last navigation. */
  scans: number;
}

export type Request =
  /** content script → background: a page snapshot to judge. Answer: Verdict. */
  | { type: 'page-snapshot'; snapshot: PageSnapshot }
  /** popup → background: state of a tab. Answer: TabState | null. */
  | { type: 'get-tab-state'; tabId: number }
  /** banner / field guard / warning page → background: state of the sender's own tab. Answer: TabState | null. */
  | { type: 'get-my-state' }
  /** any UI → background: trust a site for good. Answer: true. */
  | { type: 'trust-site'; host: string; tabId?: number }
  /** popup/options → background: stop trusting a site. Answer: true. */
  | { type: 'untrust-site'; host: string }
  /** warning page → background: let this tab load `url` once without the warning page. Answer: true. */
  | { type: 'continue-once'; url: string }
  /** warning page → background: close this tab (there is no page to go back to). */
  | { type: 'close-me' }
  /** banner → background: hide the banner until the tab leaves this site. */
  | { type: 'dismiss-banner' }
  /** banner → background: turn off the quiet `notice` reminders. */
  | { type: 'notice-off' }
  /** banner → background: the field guard was shown on this visit. */
  | { type: 'field-guard-shown' }
  /** banner → background: the page keeps hiding or removing the banner; show the full warning instead. */
  | { type: 'banner-tampered'; evidence: string }
  /** banner / field guard → background: open the extension's help page at a section (a web page cannot link to it). Answer: true. */
  | { type: 'open-help'; section: HelpSection };

/** Help sections the warnings link to: "If you already paid or typed your details". */
export const HELP_SECTIONS = ['paid'] as const;
export type HelpSection = (typeof HELP_SECTIONS)[number];

/** Query for the popup page (/popup.html) that opens its help tab at a section. */
export function helpQuery(section: HelpSection): string {
  return `?tab=channels&section=${section}`;
}
