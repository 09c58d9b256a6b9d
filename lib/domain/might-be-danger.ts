/**
 * The address guard's pre-check (entrypoints/guard): could this host name be one the address
 * verdict calls `danger` (isDangerAddress in ./index.ts)? A cheap necessary condition, so the guard
 * runs the full classifier (the Public Suffix List, the word dictionary, the confusables) only on
 * the few hosts that pass; on every other page it costs a few string searches.
 *
 * Every strong look-alike carries one of these (lookalike.ts, words.ts, index.ts; from
 * lookalike-targets.json):
 *   - a letter outside ASCII or `xn--` (homographs),
 *   - a government word (`gov`, `gob`, `official`, `federal` …: embedded official hosts, fake
 *     government suffixes, a brand or service next to a government word),
 *   - an agency name (`uscis`, `cbp`, `dhs`, `ceac`, `everify`, `i94` …) or a label that is
 *     strong under another suffix (`uscis.com`),
 *   - a typo agency name (`uscis`, `myuscis`, `dvprogram`) or the labels of an official host
 *     (`travel.state`) within one edit, digits read as letters and doubled letters folded
 *     (`uscls`, `usc1s`, `usciss`, `travel.statea`: the typo steps),
 * with hyphens and dots ignored (`u-s-c-i-s`, `us.cis.com`), and, as the classifier reads words,
 * doubled letters folded (`evverify`, `goov`, `ds1660`) and digits read as letters (`3verify`). A service word alone (`immigration`,
 * `esta`, `greencard`) makes only a weak look-alike, so an immigration lawyer's host does not pass.
 * It is a superset: a host that passes may well be harmless (then the full check says so). tests/unit/domain/might-be-danger.test.ts
 * checks it against the classifier on the generated look-alikes, the corpora and the popular-site
 * lists, and measures how many popular hosts pass.
 */
import targetsData from '../data/lookalike-targets.json';
import { foreignGovernment } from './foreign';
import { fold, oneEditAt, readDigits } from './spelling';
import { proxiedPageUrl } from './url';

const W = targetsData.words;
const ANCHORS: readonly string[] = [
  ...new Set(
    [
      ...W.gov,
      ...targetsData.govTokens,
      ...targetsData.pseudoGovLabels,
      ...Object.keys(W.agency),
      ...targetsData.targets.flatMap((t) => (t.tldSwap.strength === 'strong' ? t.tldSwap.labels : [])),
    ].map((w) => fold(w.replace(/[.-]/g, ''))),
  ),
];
/** Typo agencies, and official hosts of two or more labels besides `gov` (`travel.state` → `travelstate`: one label misspelt). */
const TYPO_NAMES: readonly string[] = [
  ...new Set([
    ...W.typoAgencies,
    ...targetsData.targets.flatMap((t) => t.embed.map((e) => e.replace(/\.gov$/, '')).filter((e) => e.includes('.')).map((e) => e.replace(/[.-]/g, ''))),
  ]),
];

/** `s` has a stretch within one edit of `word` (or `word` itself). */
function nearWord(s: string, word: string): boolean {
  if (s.includes(word)) return true;
  for (let start = 0; start < s.length; start++) {
    for (let len = word.length - 1; len <= word.length + 1; len++) {
      if (start + len <= s.length && oneEditAt(s, start, start + len, word)) return true;
    }
  }
  return false;
}

export function mightBeDanger(hostname: string): boolean {
  if (typeof hostname !== 'string') return false;
  const h = hostname.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (h.includes('xn--') || /[^\x00-\x7f]/.test(h)) return true;
  // In plain letters, .gov and .mil hosts are official and other countries' governments are never
  // look-alikes (index.ts checks both before any look-alike step): they skip the full check.
  const host = h.endsWith('.') ? h.slice(0, -1) : h;
  if (/\.(?:gov|mil)$/.test(host) || foreignGovernment(host) !== null) return false;
  const s = host.replace(/[.-]/g, '');
  // The classifier reads words with doubled letters folded (`evverify`, `goov`, `ds1660`) and, if
  // that fails, with digits read as letters too (`3verify`): the anchors are sought in both.
  const folded = fold(s);
  const read = fold(readDigits(s));
  if (ANCHORS.some((a) => folded.includes(a) || read.includes(a))) return true;
  return TYPO_NAMES.some((w) => nearWord(s, w) || nearWord(read, w));
}

/**
 * The pre-check for a page's address (what the guard has: its `href` and `hostname`): the host of
 * the page it shows, which for a translator's or cache's page is the original's (./url.ts
 * proxiedPageUrl, as classifyInput reads it): a look-alike through Yandex's translator is on
 * translated.turbopages.org. No URL parser: the shown address is written `scheme://host/…`.
 */
export function mightBeDangerAddress(href: string, hostname: string): boolean {
  if (typeof href !== 'string') return false;
  const shown = proxiedPageUrl(href);
  return mightBeDanger(shown === undefined ? hostname : (/^https?:\/\/([^/?#:]+)/i.exec(shown)?.[1] ?? ''));
}
