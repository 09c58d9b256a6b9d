/**
 * Every fact the product states to a user (phone numbers, official addresses, fees, delays)
 * comes from lib/data/facts.json, where each value carries the `source` page it was read on and
 * the date it was last `checked`. Copy never contains these values; it uses placeholders that
 * are filled from here, so a changed number is fixed in one place.
 *
 * `secondary: true` marks a value seen on a third-party copy, not on the agency's own page: show
 * it, but prefer the primary channels, and re-check it first when reviewing the data.
 * `internal: true` marks a value the product must never show (e.g. the "USCIS caller ID": caller
 * ID can be faked); signals may still use it to recognise a real number on a page.
 */
import data from './data/facts.json';

/** One sourced fact. */
interface Fact {
  value: string | number;
  /** The page the value was read on (https). */
  source: string;
  /** ISO date (YYYY-MM-DD) the value was last checked against the source. */
  checked: string;
  /** Seen on a third-party copy or report, not on the agency's own page. */
  secondary?: boolean;
  /** Never shown to users: only used to recognise a real number on a page (tests enforce it). */
  internal?: boolean;
  note?: string;
}

export type FactId = keyof typeof data.facts;

/** All facts, by id. */
export const facts: Readonly<Record<FactId, Fact>> = data.facts as Record<FactId, Fact>;

const table: Readonly<Record<string, Fact | undefined>> = facts;

/** Is `id` a known fact id? Safe for any string. */
export function isFactId(id: string): id is FactId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(table, id);
}

/** The full entry (value, source, checked…) for an id, or undefined for an unknown id. */
export function factEntry(id: string): Fact | undefined {
  return isFactId(id) ? table[id] : undefined;
}

/** The value of a fact. Unknown ids (only possible from untyped callers) give ''. */
export function fact(id: FactId): string | number {
  return factEntry(id)?.value ?? '';
}

/** The value as text: fees and counts as plain digits, strings unchanged. */
export function factText(id: FactId): string {
  return String(fact(id));
}

/** All fact ids, in file order. */
export const FACT_IDS: readonly FactId[] = Object.keys(data.facts) as FactId[];
