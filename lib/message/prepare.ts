/**
 * A pasted message made ready once and shared by the message signals: the text collapsed and
 * folded exactly as a page's is (lib/text/prepare.ts, so the page signals and the shared text
 * helpers run on it unchanged), and the links, e-mail addresses and phone numbers found in it.
 * Pure; never throws; any input (not a string, 1 MB, binary junk) gives a prepared message.
 */
import { parseHost } from '../domain';
import type { PreparedPage } from '../signals/types';
import { fold } from '../text/normalize';
import { preparePage } from '../text/prepare';
import { shownText } from '../text/shown';
import { MAX_TEXT } from '../types';
import { findEmails, findLinks, type FoundEmail, type FoundLink } from './links';
import { findPhones, type FoundPhone } from './phones';
import { SCAM_WORD } from './sentences';

/** The part of a message that is read, in characters as pasted. A longer message is read up to here. */
export const MAX_MESSAGE = MAX_TEXT;

export interface PreparedMessage {
  /** The message as a page: raw (collapsed) and text (folded, same indices) for the text helpers. */
  page: PreparedPage;
  links: readonly FoundLink[];
  /** Links found beyond MAX_LINKS (counted, not judged). */
  moreLinks: number;
  emails: readonly FoundEmail[];
  phones: readonly FoundPhone[];
  /** True when the message was longer than MAX_MESSAGE and only its start was read. */
  truncated: boolean;
  /** The message is a link or two and little else (at most LINK_ONLY_LETTERS letters besides them). */
  linkOnly: boolean;
}

/** "Little more than the link": at most this many letters besides the links ("Check this: …"). */
const LINK_ONLY_LETTERS = 40;

function isLinkOnly(text: string, links: readonly FoundLink[]): boolean {
  if (links.length === 0 || text.length > 2_000) return false;
  let rest = text;
  for (const l of links) rest = rest.split(l.written).join(' ');
  return (rest.match(/\p{L}/gu) ?? []).length <= LINK_ONLY_LETTERS;
}

const NO_HOST = parseHost('');

/** A short question on its own (after a sentence, a colon or a line break), in folded text; Chinese and Japanese end it with '？'. */
const SHORT_QUESTION = /(?<=^|[.!?:\n。！？]\s?)[^.!?:\n。！？]{1,60}[?？]/g;

/**
 * The reader's own question about what they paste ("Is this a scam?", "¿Es una estafa?", "È una truffa?", "Ist das
 * Betrug?", "Arnaque ou pas ?"), before or after it: the checker is where people ask just that, and its scam word is
 * not a warning the message gives (it silenced every family that yields to warnings). A short question naming a scam
 * is blanked, its "?" kept (a warning's "…? No." still reads as answered). A warning says the scam again in statements.
 */
function withoutReaderQuestion(text: string): string {
  if (!text.includes('?') && !text.includes('？')) return text;
  const folded = fold(text);
  const parts: string[] = [];
  let from = 0;
  for (const m of folded.matchAll(SHORT_QUESTION)) {
    SCAM_WORD.lastIndex = 0;
    if (!SCAM_WORD.test(m[0])) continue;
    const end = m.index + m[0].length - 1;
    parts.push(text.slice(from, m.index), ' '.repeat(end - m.index));
    from = end;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** A run of quoted-printable bytes that is one or more UTF-8 letters ("=C3=A4" ä, "=E2=80=93" –): upper-case hex, as the encoding writes it. */
const QP_RUN = /(?:=(?:C[2-9A-F]|D[0-9A-F]|E[0-9A-F]|F[0-4])(?:=[89AB][0-9A-F]){1,3})+/g;
const QP_SOFT_BREAK = /=\r?\n/g;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A mail pasted from its source or from a client that did not decode it: "best=C3=A4tigen" is "bestätigen", and "=" at a
 * line's end joins the line to the next. Only runs that decode as UTF-8 are read (an "=3F" or "=ZZ" stays as written),
 * and soft line breaks are joined only in text that has such a run. Linear time.
 */
function readQuotedPrintable(text: string): string {
  if (!text.includes('=')) return text;
  let decoded = false;
  const out = text.replace(QP_RUN, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split('='), (h) => parseInt(h, 16));
    try {
      const letters = UTF8.decode(bytes);
      decoded = true;
      return letters;
    } catch {
      return run;
    }
  });
  return decoded ? out.replace(QP_SOFT_BREAK, '') : text;
}

export function prepareMessage(input: unknown): PreparedMessage {
  const pasted = typeof input === 'string' ? input : '';
  const truncated = pasted.length > MAX_MESSAGE;
  const text = truncated ? pasted.slice(0, MAX_MESSAGE) : pasted;
  // The words are read as shown (invisible characters inside them removed, as the page reader does), a mail client's
  // quoted-printable leftovers as the letters they encode, without the reader's own "is this a scam?"; links, addresses
  // and numbers from the text as pasted.
  const page = preparePage({ url: '', title: '', text: withoutReaderQuestion(shownText(readQuotedPrintable(text))), truncated, forms: [], lang: '' }, NO_HOST);
  // Links and numbers are read from the text as pasted (line breaks end a link; collapsing would
  // not change what is found, only the indices).
  const { links, more } = findLinks(text);
  return { page, links, moreLinks: more, emails: findEmails(text), phones: findPhones(text), truncated, linkOnly: isLinkOnly(text, links) };
}
