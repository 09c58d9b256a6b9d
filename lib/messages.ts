/**
 * Messages between the extension's parts. Types only (pure); the browser calls live in entrypoints.
 * Every message goes through the background, which owns the per-tab verdicts and the settings.
 */
import type { PageSnapshot, Verdict } from './types';

/** What the background knows about one tab. */
export interface TabState {
  tabId: number;
  url: string;
  verdict: Verdict;
  /** The user trusts this site: warnings are off, the verdict is still shown in the popup. */
  trusted: boolean;
}

export type Request =
  /** content script → background: a page snapshot to judge. Answer: Verdict. */
  | { type: 'page-snapshot'; snapshot: PageSnapshot }
  /** popup → background: state of a tab. Answer: TabState | null. */
  | { type: 'get-tab-state'; tabId: number }
  /** banner / field guard → background: state of the sender's own tab. Answer: TabState | null. */
  | { type: 'get-my-state' }
  /** any UI → background: trust a site for good. Answer: true. */
  | { type: 'trust-site'; host: string; tabId?: number }
  /** popup/options → background: stop trusting a site. Answer: true. */
  | { type: 'untrust-site'; host: string }
  /** warning page → background: let this tab load `url` once without the warning page. Answer: true. */
  | { type: 'continue-once'; url: string; tabId?: number }
  /** banner → background: the page keeps removing the banner; show the full warning instead. */
  | { type: 'banner-tampered' };
