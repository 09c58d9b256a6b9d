/**
 * Acronyms whose letters in lower case spell an ordinary word: the ESTA (Spanish and Portuguese "esta", "this"), the
 * EIN (German "ein", "a"), the ITIN. Only their capitals tell them apart, so they count only as written in capitals
 * (acronyms.ts writtenAsAcronym, relevance.ts), and the page reader reports the case a person sees when a style changes
 * it (lib/page/shown-case.ts). One list for the three. Pure.
 */
export const CASE_ACRONYMS = ['ESTA', 'EIN', 'ITIN'] as const;
export type CaseAcronym = (typeof CASE_ACRONYMS)[number];

/** One of them in capitals, as a word. */
export const CASE_ACRONYM = new RegExp(String.raw`\b(?:${CASE_ACRONYMS.join('|')})\b`);

/** One of them as a word in any case ("esta", "Ein", "ESTA"): a style can show it in capitals. */
export const CASE_WORD = new RegExp(String.raw`\b(?:${CASE_ACRONYMS.join('|')})\b`, 'i');
