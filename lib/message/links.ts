/**
 * Links in a pasted message, also the ones written to slip past filters, each turned into a URL
 * the address engine (lib/domain, decide) can judge.
 *
 * Found:
 *  - with a scheme: `https://…`, `hxxps://…`, `hxxp[:]//…`, `https[:]//…` (everything up to the
 *    next space, with the defanging undone, then read by the URL parser: `https://uscis.gov@evil.com`
 *    is evil.com, and disguised);
 *  - without one: `uscis-gov.help/pay`, `www.uscis.gov`, defanged dots `uscis[.]gov-pay[.]com`,
 *    `(.)`, `{.}`, `[dot]`, and spaces around dots `uscis . gov-pay . com`;
 *  - full-width letters and ideographic dots, read as ASCII as browsers do (`ｕｓｃｉｓ。gov-pay。com`);
 *  - an address right after `@` is an e-mail address (its domain is returned apart, as a sender);
 *  - a link through a link shim or a mail filter (google.com/url?q=…, l.facebook.com/l.php?u=…,
 *    Outlook Safe Links, Proofpoint URL Defense) is judged at its target.
 * Traps: "U.S.", "e.g.", "form.pdf", "1.5", "Send it to me.Then": a host counts only when its last
 * label is a real top-level domain (ICANN section of the Public Suffix List, via tldts) and has a
 * letter. A dot with a space after it ("…the form. Info: …") is a sentence end unless the next word
 * is lower case and the ending is a common one (`. com`, `. net`); a dot with spaces on both sides
 * always joins. Hidden characters inside a link (zero-width space) are kept for the address engine,
 * which strips them the way browsers do, and mark the link as disguised.
 * Bounded: every quantifier has a small upper limit and a match can only start after a character
 * that cannot be part of a host, so a scan is linear; at most MAX_LINKS links are returned.
 */
import { parse } from 'tldts';
import { hasInvisible } from '../domain/invisible';
import { linkTarget } from '../domain/url';
import shorteners from '../data/shorteners.json';

/**
 * Agency names in the part of a link its owner chose — a short link's path, a free site's
 * subdomain and path ("bit.ly/USCIS-fee", "uscis-help.weebly.com"), lower case, any separators.
 */
export const AGENCY_IN_LINK_NAME =
  /(?:^|[^a-z])(?:uscis|cbp|dhs|ice|esta|ircc|cic|usembassy|embassy|embajada|consulat\w*|statedept|travelstate)(?:[^a-z]|$)/;
/** Immigration programs in that part ("tinyurl.com/CANADA-immigration2022", "…/citoyennet-et-immigration-cana"). */
export const TOPIC_IN_LINK_NAME =
  /immigra|inmigra|imigra|visa|vis[ao]s?(?:[^a-z]|$)|green-?card|citizenship|ciudadan|citoyen|passport|pasaporte|asylum|asilo|lotter|loteria|parole|work-?permit|permiso|(?:^|[^a-z])(?:dv|tps|daca)(?:[^a-z]|$)/;

/**
 * The part of a link its owner chose: the path, plus the labels left of `suffix` when one is given
 * (a shared host: "uscis-help" of uscis-help.weebly.com). Lower case, percent-decoding undone.
 */
export function linkName(link: Pick<FoundLink, 'url'>, suffix = ''): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)(.*)$/i.exec(link.url);
  const host = (m?.[1] ?? '').toLowerCase();
  const own = suffix !== '' && host.endsWith('.' + suffix) ? host.slice(0, -suffix.length - 1) : '';
  const path = m?.[2] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // a stray % sign: read the path as written
  }
  return `${own} ${decoded}`.toLowerCase();
}

/**
 * A short link carries its code in the path (`bit.ly/3xYz`); the shortener's bare name ("short links like bit.ly",
 * "bit.ly/") is the service named, as warnings do, and goes only to the service's own home page.
 */
function hasShortCode(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*[/?#]+[^/?#\s]/i.test(url);
}

/** Links judged per message; more are counted, not judged. */
export const MAX_LINKS = 50;
/** E-mail addresses kept per message. */
const MAX_EMAILS = 20;

/** One link as the message wrote it and as the address engine reads it. */
export interface FoundLink {
  /** As written (clipped to 200 characters). */
  written: string;
  /**
   * The URL to judge: defanging undone, `http://` added when the message had no scheme, and a link
   * shim's or mail filter's wrapper taken off (its target: lib/domain/url.ts linkTarget).
   */
  url: string;
  /** Written to dodge filters: hxxp, [.], spaces around dots, hidden characters. */
  disguised: boolean;
  /** On a link-shortening service: where it goes cannot be seen. */
  shortener: boolean;
  /** Index in the message text. */
  index: number;
}

export interface FoundEmail {
  written: string;
  /** The domain after @, lower case. */
  domain: string;
  index: number;
}

// Host characters: ASCII letters and digits, Latin, Greek and Cyrillic letters (look-alike
// letters are what homograph links use), and the invisible characters links hide.
const C = String.raw`a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u200b-\u200d\u2060\ufeff\u00ad`;
const LABEL = String.raw`[${C}](?:[${C}-]{0,62})`;
// A dot: plain, defanged ([.] (.) {.} [dot] (dot)), or with spaces around it.
const DOT = String.raw`(?:\s?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))\s?|\s\.\s?|\.\s?)`;
const SCHEME = String.raw`\b(?:h[tx]{2}ps?|fxp)\s?(?:\[:\]|\(:\)|:)\s?\/\/`;
// A link ends at a space, a quote or an angle bracket, and at CJK or Hangul text written against it.
const END = String.raw`\s<>"'\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef`;
const PATH = String.raw`(?::\d{1,5})?(?:[/?#][^${END}]{0,1000})?`;
const LINK = new RegExp(
  String.raw`${SCHEME}[^${END}]{1,2000}|(?<![${C}@-])${LABEL}(?:${DOT}${LABEL}){1,9}${PATH}`,
  'gi',
);
const EMAIL = new RegExp(String.raw`(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@(${LABEL}(?:\.${LABEL}){1,9})`, 'gi');

const SHORTENERS: ReadonlySet<string> = new Set(shorteners.hosts);
/** Endings a sentence-spaced dot ("uscis. gov-pay. com") may join with. */
const COMMON_TLDS = new Set(['com', 'net', 'org', 'gov', 'info', 'us', 'co', 'io', 'xyz', 'top', 'site', 'online', 'live', 'app', 'biz', 'me', 'cc', 'ly', 'help', 'link', 'click', 'icu', 'vip', 'shop', 'store']);

/**
 * A link with user info before its host: `https://www.uscis.gov@pay-case-fee.com/` opens pay-case-fee.com, and a person
 * reads uscis.gov (session 27: "Not a government website", the message only `notice`). No office sends one.
 */
const USER_INFO = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*@/i;

function refang(s: string): string {
  return s
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.')
    .replace(/\s*\.\s*/g, '.')
    .replace(/^h[tx]{2}p(s?)\s?(?:\[:\]|\(:\)|:)\s?\/\//i, 'http$1://')
    .replace(/^fxp/i, 'ftp');
}

/**
 * Full-width letters, digits, dots and hyphens, and ideographic full stops, as ASCII: browsers read
 * them so (IDNA), and `https://ｕｓｃｉｓ。gov-pay。com` opens uscis.gov-pay.com. One code unit for
 * one, so indices into the pasted text hold. Other full-width signs still end a link.
 */
function narrow(raw: string): string {
  return raw.replace(/[\uff0d\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u3002\uff61]/g, '.');
}

/** Trailing punctuation is the sentence's, not the link's ("Visit uscis.gov."). */
function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && '.,;:!?)]}>\'"*'.includes(s.charAt(end - 1))) {
    // keep a closing bracket that has its opening one inside the link: wikipedia.org/wiki/A_(b)
    const c = s.charAt(end - 1);
    if (c === ')' && s.lastIndexOf('(', end - 1) > s.lastIndexOf(')', end - 2)) break;
    end--;
  }
  return s.slice(0, end);
}

/** The host part of a refanged, scheme-less link ("uscis.gov/x" → "uscis.gov"). */
function hostPart(link: string): string {
  const m = /^[^/?#:]*/.exec(link);
  return (m?.[0] ?? '').toLowerCase();
}

/** A written host is a link only when its ending is a real top-level domain with a letter in it. */
function realHost(host: string, spacedDot: boolean): boolean {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (!/[a-z]/.test(tld) && !tld.startsWith('xn--')) return false;
  const p = parse(host, { allowPrivateDomains: true });
  if (!p.domain || !(p.isIcann === true || p.isPrivate === true)) return false;
  return !spacedDot || COMMON_TLDS.has(tld);
}

/**
 * Every link in the text (at most MAX_LINKS), in order, and how many more there were.
 * `raw` is the message as pasted; matching is case-insensitive. Never throws.
 */
export function findLinks(raw: string): { links: FoundLink[]; more: number } {
  const links: FoundLink[] = [];
  let more = 0;
  const scanned = narrow(raw);
  LINK.lastIndex = 0;
  for (let m = LINK.exec(scanned); m !== null; m = LINK.exec(scanned)) {
    const written = trimEnd(m[0]);
    if (written === '') continue;
    const before = scanned.charAt(m.index - 1);
    if (before === '@' || scanned.charAt(m.index + m[0].length) === '@') continue; // an e-mail address
    const hasScheme = /^(?:h[tx]{2}ps?|fxp)/i.test(written) && /\/\//.test(written.slice(0, 12));
    // A dot followed by a space and an upper-case letter ends a sentence: cut the link there.
    let text = written;
    if (!hasScheme) {
      const cut = /\.\s(?=[A-Z\u00c0-\u00de])/.exec(text);
      if (cut) text = text.slice(0, cut.index);
      if (!/\.|\[dot\]|\(dot\)/i.test(text)) continue;
    }
    const spaced = !hasScheme && /\s/.test(text) && !/\s\.\s/.test(text);
    const plain = refang(text);
    const url = hasScheme ? plain : `http://${plain}`;
    if (!hasScheme) {
      const host = hostPart(plain);
      if (host === '' || !realHost(host.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ''), spaced)) {
        // not a link: let the scan go on right after the first label (a later part may be one)
        continue;
      }
    }
    if (links.length >= MAX_LINKS) {
      more++;
      continue;
    }
    // A link shim or a mail filter's rewrite (google.com/url?q=…, Safe Links…) is judged at its target.
    const target = linkTarget(url);
    let host: string;
    try {
      host = new URL(target ?? url).hostname.toLowerCase();
    } catch {
      host = hostPart(plain);
    }
    const pasted = raw.slice(m.index, m.index + text.length);
    links.push({
      written: pasted.length > 200 ? `${pasted.slice(0, 199)}…` : pasted,
      url: target ?? url,
      disguised: plain !== pasted || /^hxxp|^fxp/i.test(text) || hasInvisible(text) || USER_INFO.test(url),
      shortener: SHORTENERS.has(host.replace(/^www\./, '')) && hasShortCode(target ?? url),
      index: m.index,
    });
  }
  return { links, more };
}

/** E-mail addresses in the text (at most MAX_EMAILS), e.g. the From line's sender. Never throws. */
export function findEmails(raw: string): FoundEmail[] {
  const out: FoundEmail[] = [];
  if (!raw.includes('@')) return out;
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(raw); m !== null && out.length < MAX_EMAILS; m = EMAIL.exec(raw)) {
    const domain = trimEnd(m[1] ?? '').toLowerCase();
    if (!realHost(domain, false)) continue;
    out.push({ written: trimEnd(m[0]), domain, index: m.index });
  }
  return out;
}
