/**
 * Messages between the extension's parts. Types only (pure); the browser calls live in entrypoints.
 * Every message goes through the background, which owns the per-tab verdicts and the settings.
 */
import type { FrameBox } from './page/frames';
import type { PageSnapshot } from './types';

export type { Surface, TabState, TabView, VisitState } from './tab/types';

export type Request =
  /**
   * reader → background: a page snapshot to judge. Answer: Verdict (null for a frame's that does not
   * change the tab's). `frames`: frames in this document that may be the page; `size`: a frame's own
   * size (lib/page/frames.ts).
   */
  | { type: 'page-snapshot'; snapshot: PageSnapshot; frames?: FrameBox[]; size?: { width: number; height: number } }
  /** popup → background: state of a tab. Answer: TabState | null. */
  | { type: 'get-tab-state'; tabId: number }
  /** banner / field guard / warning page → background: state of the sender's own tab and what it shows. Answer: TabView | null. */
  | { type: 'get-my-state' }
  /** any UI → background: trust a site for good. Answer: true. */
  | { type: 'trust-site'; host: string; tabId?: number }
  /** popup/options → background: stop trusting a site. Answer: true. */
  | { type: 'untrust-site'; host: string }
  /** warning page → background: let this tab load `url` once without the warning page. Answer: true. */
  | { type: 'continue-once'; url: string }
  /** warning page → background: close this tab (there is no page to go back to). */
  | { type: 'close-me' }
  /** warning page → background: open the newest page this tab showed before the blocked site (lib/tab/trail.ts). Answer: true if there was one. */
  | { type: 'back-to-safety'; url: string; bounced?: boolean }
  /** banner → background: hide the banner until the tab leaves this site. */
  | { type: 'dismiss-banner' }
  /** banner → background: turn off the quiet `notice` reminders. */
  | { type: 'notice-off' }
  /** banner → background: the field guard was shown on this visit. */
  | { type: 'field-guard-shown' }
  /** banner → background: the page fought the banner TAMPER_LIMIT times in ways that count (lib/tab/tamper.ts). Answer: escalated. */
  | {
      type: 'banner-tampered';
      /** What the banner saw: 'removed', 'restyled', 'covered', … */
      kind?: string;
      evidence: string;
      /** For covers (lib/tab/tamper.ts): does the cover overlap the banner; did the person open it. */
      overlapsBanner?: boolean;
      userOpened?: boolean;
      /** Fights that counted (lib/tab/tamper.ts); the banner reports once, at TAMPER_LIMIT. */
      count?: number;
    }
  /** banner / field guard → background: open the extension's help page at a section (a web page cannot link to it). Answer: true. */
  | { type: 'open-help'; section: HelpSection };

/** Help sections the warnings link to: "If you already paid or typed your details". */
export const HELP_SECTIONS = ['paid'] as const;
type HelpSection = (typeof HELP_SECTIONS)[number];

/** Query for the popup page (/popup.html) that opens its help tab at a section. */
export function helpQuery(section: HelpSection): string {
  return `?tab=channels&section=${section}`;
}
