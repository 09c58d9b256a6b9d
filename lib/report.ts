/**
 * "Report a mistake": builds the exact report a user may send about a verdict they think is
 * wrong. Pure; nothing is sent from here. The options page shows `text` verbatim and only opens
 * `issueUrl` / `mailtoUrl` when the user clicks, so what is shown is exactly what leaves.
 *
 * Privacy rules:
 * - By default only the page's host goes in the report, never the path, query or fragment (they
 *   can hold case numbers, names, tokens). The full address is included only when the user ticks
 *   `includeAddress`, and even then user:password@ is removed.
 * - Everything else is what the extension itself shows: the level, reason ids, the extension
 *   version and the browser language. The user's own comment is capped.
 * - Inputs are cleaned (ids and language tags by pattern, lengths capped) so a hostile page
 *   cannot inject text into the report through a reason id.
 * The report is written in English on purpose: it is read by the maintainers.
 */
import { LEVELS, type Level } from './types';
import { hostOfUrl } from './domain/url';

export interface ReportInput {
  /** The page address (or a bare host) the verdict was about. */
  pageUrl: string;
  /** The user ticked "include the full address". @default false */
  includeAddress?: boolean;
  /** The level the extension showed. */
  level: Level | string;
  /** Reason ids the extension showed (signal or domain-rule ids). */
  reasonIds: readonly string[];
  /** From the manifest, e.g. '0.1.0'. */
  extensionVersion: string;
  /** navigator.language, e.g. 'es-MX'. */
  browserLanguage: string;
  /** What the user thinks is wrong (free text). */
  comment?: string;
  /** package.json `repository.url`, e.g. 'https://github.com/owner/repo' (git+…/.git accepted). */
  repositoryUrl: string;
  /** Address for the e-mail report. Without a valid one there is no e-mail report (a "Send by e-mail" with no recipient sends nothing). @default '' */
  email?: string;
}

interface Report {
  /** Exactly what is sent: shown to the user before anything opens. */
  text: string;
  /** Title used for the issue and the e-mail subject. */
  title: string;
  /** New-issue URL with title and body, or '' when the repository URL is not a GitHub https URL. */
  issueUrl: string;
  /** mailto: URL to the project's report address with subject and body, or '' when there is no address. */
  mailtoUrl: string;
}

/** Caps keep the new-issue URL under 8,000 characters even for CJK text (9 URL characters each): very long URLs get refused. */
export const MAX_COMMENT = 500;
const MAX_REASONS = 20;
const MAX_ADDRESS = 500;
const REASON_ID = /^[a-z0-9][a-z0-9._:-]{0,63}$/i;
const LANG_TAG = /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/;
const VERSION = /^[0-9A-Za-z.+-]{1,32}$/;

/** The host of `input` (URL or bare host), lower-cased; '' when none can be read. */
function hostOf(input: string): string {
  const trimmed = input.trim();
  if (trimmed === '') return '';
  return hostOfUrl(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
}

/** The full address without credentials, capped; '' when it is not a web URL. */
function addressOf(input: string): string {
  try {
    const url = new URL(input.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    url.username = '';
    url.password = '';
    const href = url.href;
    return href.length > MAX_ADDRESS ? href.slice(0, MAX_ADDRESS) + '…' : href;
  } catch {
    return '';
  }
}

/** 'https://github.com/owner/repo' from common package.json spellings, or '' when not GitHub. */
export function githubRepoBase(repositoryUrl: string): string {
  const m = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:git@)?github\.com[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(
    typeof repositoryUrl === 'string' ? repositoryUrl.trim() : '',
  );
  return m ? `https://github.com/${m[1]}/${m[2]}` : '';
}

function clean(s: unknown, max: number): string {
  if (typeof s !== 'string') return '';
  // Drop control characters except newline and tab; normalise newlines.
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}

/** Build the report. Never throws; missing or bad fields show as "unknown". */
export function buildReport(input: ReportInput): Report {
  const pageUrl = typeof input.pageUrl === 'string' ? input.pageUrl : '';
  const host = hostOf(pageUrl) || 'unknown';
  const address = input.includeAddress ? addressOf(pageUrl) : '';
  const level = (LEVELS as readonly unknown[]).includes(input.level) ? String(input.level) : 'unknown';
  const reasons = (Array.isArray(input.reasonIds) ? input.reasonIds : [])
    .filter((id): id is string => typeof id === 'string' && REASON_ID.test(id))
    .slice(0, MAX_REASONS);
  const version = typeof input.extensionVersion === 'string' && VERSION.test(input.extensionVersion) ? input.extensionVersion : 'unknown';
  const lang = typeof input.browserLanguage === 'string' && LANG_TAG.test(input.browserLanguage) ? input.browserLanguage : 'unknown';
  const comment = clean(input.comment, MAX_COMMENT);

  const title = `Possible mistake: "${level}" on ${host}`;
  const lines = [
    `Site: ${host}`,
    `Full address: ${input.includeAddress ? address || 'not a web address' : 'not included'}`,
    `The extension said: ${level}`,
    `Reasons shown: ${reasons.length > 0 ? reasons.join(', ') : 'none'}`,
    `Extension version: ${version}`,
    `Browser language: ${lang}`,
    '',
    'What I think is wrong:',
    comment || '(no comment)',
  ];
  const text = lines.join('\n');

  const repo = githubRepoBase(input.repositoryUrl);
  const issueUrl = repo
    ? `${repo}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(text)}`
    : '';
  const email = typeof input.email === 'string' && /^[^\s@?&#]+@[^\s@?&#]+$/.test(input.email) ? input.email : '';
  const mailtoUrl = email ? `mailto:${email}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(text)}` : '';
  return { text, title, issueUrl, mailtoUrl };
}

export interface ReportPrefill {
  pageUrl: string;
  level: string;
  reasonIds: string[];
}

/**
 * Read a prefill from the options page's query string, e.g. the popup opens
 * `options.html?report=1&url=<page>&level=caution&reasons=a,b#report`. Unknown or bad values are
 * dropped; returns null when `report` is absent.
 */
export function parseReportParams(search: string): ReportPrefill | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return null;
  }
  if (!params.has('report')) return null;
  const level = params.get('level') ?? '';
  return {
    pageUrl: (params.get('url') ?? '').slice(0, 4000),
    level: (LEVELS as readonly string[]).includes(level) ? level : '',
    reasonIds: (params.get('reasons') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => REASON_ID.test(s))
      .slice(0, MAX_REASONS),
  };
}
