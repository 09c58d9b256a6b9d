/**
 * Evidence is page text, and a page chooses it. Before any surface shows it (popup, banner,
 * warning page) it goes through `showableEvidence()`: bidi controls and other invisible
 * characters removed (U+202E could turn "…efas dna deifirev…" into "…verified and safe…"
 * and run on into our own words), whitespace collapsed, length capped. The surfaces then show it
 * quoted (`<q>`) and isolated (`<bdi>`), so right-to-left text stays inside its quotes.
 */
import { stripInvisible } from '../domain/invisible';

/** Longest evidence shown. */
export const MAX_SHOWN_EVIDENCE = 160;

export function showableEvidence(evidence: string, max = MAX_SHOWN_EVIDENCE): string {
  const one = stripInvisible(String(evidence)).replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  // Cut at max - 1 code units, not inside a surrogate pair.
  const cut = /[\ud800-\udbff]/.test(one.charAt(max - 2)) ? max - 2 : max - 1;
  return `${one.slice(0, cut)}…`;
}
