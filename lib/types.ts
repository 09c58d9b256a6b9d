/**
 * The shared vocabulary of the detector. Everything in lib/ is pure: no browser APIs,
 * no DOM globals, so the same code runs in the extension, in Vitest and in the CLI.
 */
import type { SignalId } from './signals';

/** What the extension tells the user about a page, from calmest to most severe. */
export type Level = 'official' | 'none' | 'notice' | 'caution' | 'danger';

export const LEVELS: readonly Level[] = ['official', 'none', 'notice', 'caution', 'danger'];

/** The government service a page seems to be about; picks the free official route to show. */
export type ServiceId =
  | 'uscis'
  | 'access-code'
  | 'forms'
  | 'case-status'
  | 'esta'
  | 'i94'
  | 'dv-lottery'
  | 'visa'
  | 'e-verify'
  | 'trusted-traveler'
  | 'ein'
  | 'itin'
  | 'sevis-fee'
  | 'passport'
  | 'legal-help'
  | 'ssa'
  | 'irs';

/** Facts about one URL's host, parsed once with tldts. Never throws: bad input gives valid=false. */
export interface HostInfo {
  /** The string we were given. */
  input: string;
  /** Lower-case ASCII (punycode) host name without a trailing dot; '' when there is none. */
  hostname: string;
  /** The same host with punycode labels decoded, for display and homograph checks. */
  unicodeHostname: string;
  /** Registrable domain (private suffixes such as github.io count), or null (IPs, bare suffixes). */
  domain: string | null;
  /** Public suffix, e.g. 'gov', 'com', 'co.uk', 'github.io'; null when unknown. */
  publicSuffix: string | null;
  /** Labels left of the registrable domain, '' when none. */
  subdomain: string;
  isIp: boolean;
  /** True for http: and https: URLs (and for bare host names). */
  isWeb: boolean;
  /** False when no usable host name could be read. */
  valid: boolean;
}

/** One form field, as the content script saw it (attributes only, never the value). */
export interface FieldSnapshot {
  type: string;
  name: string;
  id: string;
  placeholder: string;
  autocomplete: string;
  /** Text of the field's <label> or aria-label, trimmed and capped. */
  label: string;
}

export interface FormSnapshot {
  /** Host the form submits to ('' for the page's own host). */
  actionHost: string;
  fields: FieldSnapshot[];
}

/** A bounded, read-only copy of what a page shows. Built by the content script or by the CLI. */
export interface PageSnapshot {
  url: string;
  title: string;
  /** Visible text: text nodes trimmed and joined by single spaces (runs inside one node are left for preparePage to collapse), at most MAX_RAW_TEXT characters from the top and MAX_RAW_TAIL from the end, joined by SEAM (lib/text/ends.ts). */
  text: string;
  /** True when text was cut at the cap. */
  truncated: boolean;
  forms: FormSnapshot[];
  /** <html lang>, '' when missing. */
  lang: string;
}

/** The cap on the text a verdict reads from a page's top, in characters after whitespace is collapsed. Pages longer than this are read up to the cap and by their last MAX_TAIL characters. */
export const MAX_TEXT = 200_000;
/**
 * The cap on a snapshot's text before whitespace inside text nodes is collapsed (preparePage does
 * that): room for indentation and line breaks, so that an indented page still yields MAX_TEXT
 * characters of words. The same margin the text walk has always had.
 */
export const MAX_RAW_TEXT = 240_000;
/**
 * The end of a page longer than MAX_RAW_TEXT, kept beside its first MAX_RAW_TEXT characters (lib/text/ends.ts): a
 * seller that pads its page before its offer is read by its offer too. A fifth of the head: such pages only cost up
 * to a fifth more to judge. MAX_TAIL is the same after whitespace is collapsed.
 */
export const MAX_RAW_TAIL = 48_000;
export const MAX_TAIL = 40_000;
export const MAX_FIELDS = 200;

/**
 * Reasons not found by a signal: the host rules (lib/verdict/decide.ts), the banner's report
 * that the page fought it and another page of the site that sells a government service (lib/tab).
 * Each has `signal_<id>_title`/`_explain` messages like a signal.
 */
export const RULE_REASON_IDS = ['official-host', 'government-host', 'lookalike-domain', 'foreign-government', 'page-fights-warning', 'site-memory'] as const;

/**
 * Reasons a signal gives in place of its own id when what it found is another thing to tell (SignalHit.reason): a page
 * that sells nothing but sends the reader to a private site for the step (middleman-service's advertorial,
 * lib/signals/middleman/advert.ts) is not "a business that offers" it. Each has its messages like a signal.
 */
export const HIT_REASON_IDS = ['steers-to-seller'] as const;
export type HitReasonId = (typeof HIT_REASON_IDS)[number];

/** Every reason a verdict can give: a signal id (lib/signals/index.ts) or a rule or hit reason id above. */
export type ReasonId = SignalId | (typeof RULE_REASON_IDS)[number] | HitReasonId;

/** Why a verdict was reached. `id` is a signal id or a domain rule id; evidence is what matched. */
export interface Reason {
  id: ReasonId;
  /** What matched, for logs, reports and the CLI (English; may be written by the product). Not shown to users. */
  evidence: string;
  /** The page's own words, when the reason quotes the page: the only page text the UI shows (lib/verdict/evidence.ts). */
  quote?: string;
  /** Kinds of form fields the page asks for (lib/fields.ts FieldKind, or 'password'): shown as a translated sentence. */
  fields?: string[];
  /** The service the reason is about, when its explanation names it (site-memory: what another page of the site sells). */
  service?: ServiceId;
}

/** The outcome for one page. */
export interface Verdict {
  level: Level;
  reasons: Reason[];
  /** The host the verdict is about (ASCII), '' when not applicable. */
  host: string;
  /** What the page seems to be about: picks the official route to offer. */
  service?: ServiceId;
  /**
   * When a site pretends to be (or its address looks like) an agency: what, e.g. { id: 'uscis',
   * name: 'USCIS', host: 'uscis.gov' }. `id` picks the translated name (message
   * `agency_<id>_name`); `name` is English, for logs and the CLI only.
   */
  impersonates?: { id: string; name: string; host: string };
  /** For official pages: which kind of government host ('uscis', 'federal', 'government', 'allowlisted'). */
  official?: string;
}
