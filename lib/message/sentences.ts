/**
 * The one loop most message signals share: the first match of a pattern whose sentence is not a
 * warning about scams ("scammers threaten…", "USCIS will never ask…": lib/text/context.ts
 * hasWarning), with that sentence as the evidence.
 */
import type { PreparedPage } from '../signals/types';
import { hasWarning, matches, sentenceAround } from '../text/context';
import { quote } from '../text/normalize';

/** The first unwarned match's sentence, quoted (at most 160 characters), and the match; undefined when none. */
export function firstUnwarned(
  page: PreparedPage,
  re: RegExp,
  max: number,
  skip: (sentence: string) => boolean = () => false,
): { evidence: string; match: string } | undefined {
  for (const m of matches(page, re, max)) {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (hasWarning(sent) || skip(sent)) continue;
    return { evidence: quote(page.raw, s, e, 160), match: m[0] };
  }
  return undefined;
}
