/**
 * Site memory on the corpus (lib/tab/site-memory.ts): the corpus is judged page by page, but a
 * person reaches a seller's FAQ or refund page from its order page. For every site (siteKey) with
 * at least two real pages in tests/corpus/real/, this supposes the person opened a page the memory
 * records first, then the others, and counts what changes:
 *  - missed positives (charges-free, impersonation) that become `caution` through the memory;
 *  - legitimate or official pages that become `caution` through it (false alarms it would add).
 * Counts only, per part of the split (a raised page counts in its own part), so the held-out
 * parts stay unread. Nothing here tunes a rule.
 *
 *   npm run eval:sites
 */
import { parseHost, siteKey } from '../lib/domain';
import { DEFAULT_SETTINGS } from '../lib/settings';
import type { Settings } from '../lib/settings/types';
import { siteMemory, type SiteMemory } from '../lib/tab/site-memory';
import type { Verdict } from '../lib/types';
import { flagged, isPositive, judge, loadCorpus, type Judged, type Part, REAL_DIR, SEALED, SEALED_OPEN } from './eval';

export interface SiteCounts {
  /** Sites with at least two real pages. */
  sites: number;
  /** Of those, sites where a page is remembered (it sells, and is caught). */
  remembered: number;
  /** Positives on remembered sites not caught on their own, and how many the memory raises. */
  missed: number;
  raised: number;
  /** Legitimate or official pages on remembered sites, and how many the memory raises to caution. */
  legit: number;
  falseAlarms: number;
}

const settings = DEFAULT_SETTINGS as Settings;

/** The record after the site's pages that the memory keeps have been seen. */
function recordOf(pages: readonly Judged[]): SiteMemory {
  let record: SiteMemory = {};
  for (const j of pages) record = siteMemory(record, { url: j.entry.url, verdict: j.verdict, settings }).record;
  return record;
}

function raisedBy(record: SiteMemory, j: Judged): Verdict {
  return siteMemory(record, { url: j.entry.url, verdict: j.verdict, settings }).verdict;
}

/** Site-level counts per part (the part of each page counted). */
export function simulateSites(judged: readonly Judged[]): Map<Part, SiteCounts> {
  const bySite = new Map<string, Judged[]>();
  for (const j of judged) {
    if (!j.entry.file?.startsWith(`${REAL_DIR}/`) || j.entry.synthetic) continue;
    const site = siteKey(parseHost(j.entry.url));
    if (site !== '') bySite.set(site, [...(bySite.get(site) ?? []), j]);
  }
  const out = new Map<Part, SiteCounts>();
  const counts = (p: Part): SiteCounts => {
    let c = out.get(p);
    if (!c) out.set(p, (c = { sites: 0, remembered: 0, missed: 0, raised: 0, legit: 0, falseAlarms: 0 }));
    return c;
  };
  for (const pages of bySite.values()) {
    if (pages.length < 2) continue;
    const record = recordOf(pages);
    const remembered = Object.keys(record).length > 0;
    for (const p of new Set(pages.map((j) => j.part))) {
      counts(p).sites++;
      if (remembered) counts(p).remembered++;
    }
    if (!remembered) continue;
    for (const j of pages) {
      const c = counts(j.part);
      const rises = !flagged(j.verdict.level) && flagged(raisedBy(record, j).level);
      if (isPositive(j.entry.label)) {
        if (flagged(j.verdict.level)) continue;
        c.missed++;
        if (rises) c.raised++;
      } else {
        c.legit++;
        if (rises) c.falseAlarms++;
      }
    }
  }
  return out;
}

export function printSites(judged: readonly Judged[]): void {
  console.log('== site memory (lib/tab/site-memory.ts): real sites with >= 2 pages, the remembered page seen first');
  for (const [part, c] of [...simulateSites(judged)].sort(([a], [b]) => a.localeCompare(b))) {
    if (!SEALED_OPEN && SEALED.some((x) => x.part === part)) {
      console.log(`   ${part.padEnd(8)} sealed (npm run eval:sites -- --sealed, once at the end of a session)`);
      continue;
    }
    const positives = judged.filter((j) => j.part === part && isPositive(j.entry.label));
    const caught = positives.filter((j) => flagged(j.verdict.level)).length;
    console.log(
      `   ${part.padEnd(8)} ${c.sites} sites, ${c.remembered} remembered; missed positives there ${c.missed}, raised to caution ${c.raised}; legit/official pages there ${c.legit}, raised ${c.falseAlarms}` +
        `; recall ${caught}/${positives.length} page by page, ${caught + c.raised}/${positives.length} with the memory`,
    );
  }
}

if (process.argv[1] !== undefined && /site-memory-sim\.ts$/.test(process.argv[1])) printSites(loadCorpus().map(judge));
