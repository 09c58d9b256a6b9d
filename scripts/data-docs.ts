/**
 * The data files' documentation, left out of the bundles (wxt.config.ts dataWithoutDocs). Each list in lib/data/ says
 * what it is and why (`about`), and each entry where it comes from and when it was checked (`source`, `checked`), with
 * notes for the people who keep it (`note`, `why`, `what`, `example`, `license`, `aboutByPath`). No code reads them:
 * the code reads hosts, names, words and weights. The files in the repository keep every field, and
 * tests/meta/domain-data.test.ts checks them there; the bundles, parsed at every start of the service worker, carry only
 * what the code reads (11 kB of it). facts.json is apart (factsWithoutNotes): a fact's source and check date are shown.
 *
 * Only the file's own fields and its lists' entries lose these keys, never a map's: a map's keys are data (a word of
 * seller-model.json's weights could be "source"; lookalike-targets.json's words.agency maps words to targets). Pure.
 */

/** Keys that document a list or an entry. */
export const DOC_KEYS: ReadonlySet<string> = new Set(['about', 'aboutByPath', 'note', 'why', 'what', 'example', 'license', 'source', 'checked']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An entry of a list without its documentation, and the lists inside it likewise; other values as they are. */
function entry(value: Json): Json {
  if (Array.isArray(value)) return value.map(entry);
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (DOC_KEYS.has(k) ? [] : [[k, Array.isArray(v) ? v.map(entry) : v]])));
}

/** A data file's JSON without the documentation of the file and of its lists' entries (see the header). */
export function withoutDocs(json: string): string {
  return JSON.stringify(entry(JSON.parse(json) as Json));
}
