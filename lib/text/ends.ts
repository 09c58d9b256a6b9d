/**
 * A page's text is read to a bound: its first part and its END, with a seam where the middle was left out. A page
 * longer than the bound keeps what a person sees first (the top, in document order) and what sits last (where a
 * seller that pads its page with filler puts its offer, or the element it draws at the top with CSS). The reader
 * keeps the end while it walks (lib/page/snapshot.ts), the worker cuts what it is sent (lib/text/prepare.ts,
 * lib/page/frames.ts) by the same rule, so a text already cut passes through unchanged. Pure; linear.
 */

/** Put where the middle of a text was left out: words on its two sides never read as one sentence. */
export const SEAM = ' … ';

/** `text` when it fits in `head` + `tail` characters (and the seam), else its first `head`, SEAM and its last `tail`. */
export function keepEnds(text: string, head: number, tail: number): string {
  if (text.length <= head + SEAM.length + tail) return text;
  return `${text.slice(0, head)}${SEAM}${tail > 0 ? text.slice(-tail) : ''}`;
}
