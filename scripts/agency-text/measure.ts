/**
 * tsx scripts/agency-text/measure.ts [k ...]: an EXPERIMENT (copyprint23). How much of each real corpus page is
 * the agencies' own wording (scripts/agency-text/reference.txt), by label and kind: the share of the page's k-word
 * shingles found in the reference and the longest run of consecutive ones. Tune pages are listed one by one (those
 * with any overlap); untuned pages only as counts. The sealed hold-outs (every tests/corpus/real/fresh-*.json) are
 * never loaded; held-out counts come from `npm run eval` once a rule exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHost } from '../../lib/domain';
import { fold } from '../../lib/text/normalize';
import { preparePage } from '../../lib/text/prepare';
import { anotherOwner } from '../../lib/signals/claims-official/agency-voice';
import { isPositive, judge, type CorpusEntry } from '../eval';
import { textToSnapshot } from '../html-snapshot';
import { readReference } from './reference';
import { forEachShingle } from './shingles';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'corpus');

function load(): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const real = join(CORPUS, 'real');
  for (const name of readdirSync(real).sort()) {
    if (!name.endsWith('.json') || name.startsWith('fresh-')) continue;
    for (const e of JSON.parse(readFileSync(join(real, name), 'utf8')) as CorpusEntry[]) out.push({ ...e, file: `real/${name}` });
  }
  for (const name of readdirSync(CORPUS).sort()) {
    if (!name.endsWith('.json') || name === 'held-out.json') continue;
    for (const e of JSON.parse(readFileSync(join(CORPUS, name), 'utf8')) as CorpusEntry[]) out.push({ ...e, file: name });
  }
  return out;
}

interface Overlap {
  total: number;
  hits: number;
  /** Longest run of consecutive shingles found, in shingles. */
  run: number;
  /** Start and end (folded-text offsets) of the longest run. */
  at: [number, number];
}

function overlap(folded: string, ref: ReadonlySet<number>, k: number): Overlap {
  let total = 0;
  let hits = 0;
  let run = 0;
  let best = 0;
  let runStart = 0;
  let at: [number, number] = [0, 0];
  forEachShingle(
    folded,
    (h, s, e) => {
      total++;
      if (ref.has(h)) {
        hits++;
        if (run === 0) runStart = s;
        run++;
        if (run > best) {
          best = run;
          at = [runStart, e];
        }
      } else run = 0;
    },
    k,
  );
  return { total, hits, run: best, at };
}

const BINS = [0, 1, 3, 6, 11, 21, 41];
const LINES = [1, 3, 6, 10, 15, 20, 30];
const binOf = (run: number): number => BINS.filter((b) => run >= b).length - 1;
const binName = (i: number): string => (i === BINS.length - 1 ? `${BINS[i]}+` : BINS[i] === BINS[i + 1]! - 1 ? `${BINS[i]}` : `${BINS[i]}-${BINS[i + 1]! - 1}`);

function main(): void {
  const ks = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const blocks = readReference();
  const entries = load().filter((e) => !e.synthetic);
  const judged = entries.map((e) => ({ e, j: judge(e) })).filter(({ j }) => j.verdict.level !== 'official' && ['tune', 'untuned', 'seen'].includes(j.part));
  for (const k of ks.length ? ks : [8]) {
    const ref = new Set<number>();
    for (const b of blocks) forEachShingle(fold(b.text), (h) => ref.add(h), k);
    console.log(`\n=== k = ${k}: reference ${blocks.length} pages, ${ref.size} distinct shingles`);
    const rows = judged.map(({ e, j }) => {
      const host = parseHost(e.url);
      const page = preparePage({ ...textToSnapshot(e.text, e.url, e.title ?? ''), forms: e.forms ?? [], lang: e.lang ?? '' }, host);
      return { e, part: j.part, level: j.verdict.level, pos: isPositive(e.label), o: overlap(page.text, ref, k), owner: anotherOwner(page), raw: page.raw };
    });
    for (const part of ['tune', 'untuned', 'seen'] as const) {
      const set = rows.filter((r) => r.part === part);
      console.log(`\n-- ${part}: ${set.length} pages (not official). Longest run of agency shingles (bins), positives | legit; [missed positives] (legit flagged now)`);
      const header = BINS.map((_, i) => binName(i).padStart(6)).join('');
      console.log(`   ${'group'.padEnd(34)}${header}`);
      const groups = new Map<string, typeof set>();
      for (const r of set) {
        const key = `${r.pos ? 'POS' : 'legit'} ${r.e.kind ?? '-'}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      for (const [key, g] of [...groups].sort()) {
        const counts = BINS.map((_, i) => g.filter((r) => binOf(r.o.run) === i).length);
        if (counts.slice(1).every((c) => c === 0)) continue;
        const missed = BINS.map((_, i) => g.filter((r) => binOf(r.o.run) === i && r.pos && r.level !== 'caution' && r.level !== 'danger').length);
        console.log(`   ${key.padEnd(34)}${counts.map((c, i) => `${c}${r0(missed[i]!)}`.padStart(6)).join('')}`);
      }
      const tot = (pos: boolean): string => BINS.map((_, i) => String(set.filter((r) => r.pos === pos && binOf(r.o.run) === i).length).padStart(6)).join('');
      console.log(`   ${'ALL positives'.padEnd(34)}${tot(true)}`);
      console.log(`   ${'ALL legit'.padEnd(34)}${tot(false)}`);
      const missedPos = BINS.map((_, i) => String(set.filter((r) => r.pos && r.level !== 'caution' && r.level !== 'danger' && binOf(r.o.run) === i).length).padStart(6)).join('');
      console.log(`   ${'missed positives (now)'.padEnd(34)}${missedPos}`);
      const ownerless = (pos: boolean): string => BINS.map((_, i) => String(set.filter((r) => r.pos === pos && !r.owner && binOf(r.o.run) === i).length).padStart(6)).join('');
      console.log(`   ${'positives, no other owner named'.padEnd(34)}${ownerless(true)}`);
      console.log(`   ${'legit, no other owner named'.padEnd(34)}${ownerless(false)}`);
      // The lines a rule could draw: pages whose longest run reaches X shingles, positives (missed now) | legit
      // (without another owner named: a law office, a credit to the agency, a blog speaking as itself).
      for (const x of LINES) {
        const pos = set.filter((r) => r.pos && r.o.run >= x);
        const legit = set.filter((r) => !r.pos && r.o.run >= x);
        const kinds = (rs: typeof set): string => [...new Set(rs.map((r) => r.e.kind ?? '-'))].map((kind) => `${kind} ${rs.filter((r) => (r.e.kind ?? '-') === kind).length}`).join(', ');
        console.log(`   run >= ${String(x).padStart(2)}: positives ${pos.length} (missed now ${pos.filter((r) => r.level !== 'caution' && r.level !== 'danger').length}; ${kinds(pos)}) | legit ${legit.length}, no other owner ${legit.filter((r) => !r.owner).length} (${kinds(legit)})`);
      }
      if (part === 'untuned') continue;
      for (const r of set.filter((x) => x.o.run >= 3).sort((a, b) => b.o.run - a.o.run)) {
        const share = r.o.total ? ((100 * r.o.hits) / r.o.total).toFixed(0) : '0';
        console.log(`     ${r.pos ? 'POS' : 'leg'} ${r.level.padEnd(7)} run ${String(r.o.run).padStart(3)} share ${share.padStart(3)}% ${r.owner ? 'owner' : '     '} ${r.e.kind ?? '-'} ${r.e.id} | ${r.raw.slice(r.o.at[0], Math.min(r.o.at[1], r.o.at[0] + 90))}`);
      }
    }
  }
}

const r0 = (n: number): string => (n ? `[${n}]` : '');

main();
