/**
 * Look-alike addresses on the address alone: real host names of sellers and impostors named by
 * their sources, and real legitimate hosts with the same words (tests/corpus/addresses, README there).
 *
 *   npm run eval:addresses     every part's numbers; the tune part's misses and false alarms listed
 *
 * For each host: the look-alike verdict of lib/domain (classifyHost) and the level decide(url)
 * gives with no page, the level the address guard and the message checker act on. Recall counts
 * look-alike hosts that get any look-alike verdict, and those at caution or danger; false alarms
 * count legitimate hosts that get a look-alike verdict, and those at caution or danger.
 * Parts: `tune` and `held-out` (real-2026-12.json, by sha256(host) 0–7 / 8–f) and `fresh`
 * (fresh-2026-12b.json, collected after the rules were written), and `audit` (audit-2026-12n.json, legit hosts
 * collected to find false alarms of the 2026-12-06 rules; tune as a whole, listed). The held-out and fresh parts are
 * printed as counts only: never list them while tuning. `fresh2` (fresh-2026-12p.json, batch addresses-2026-12p,
 * collected with the fourth page hold-out) is sealed like the page eval's fresh2–fresh4: only its size is printed,
 * its counts only with --sealed (the lead, once, at the end of a session); it is never listed. `fresh3`
 * (fresh-2026-12v.json, batch addresses-2026-12v, collected in session 17 by a helper that never read lib/domain
 * nor ran the checker) is sealed the same way. `write` and `check` (tune-2026-12ab.json, batch addresses-2026-12ab:
 * blocklist look-alikes and legit hosts with the same words, session 18) are split by sha256(host) 0–7 / 8–f: write is
 * listed and may be tuned on, check is printed as counts only. `fresh4` (fresh-2026-12aa.json, batch
 * addresses-2026-12aa, collected in session 18 by a helper that never read lib/domain nor ran the checker) is sealed
 * like fresh2 and fresh3. `write` / `check` of tune-2026-12ai.json (batch addresses-2026-12ai: look-alike hosts named by
 * consumer warnings, news and security research - ESTA sellers, IRS/EIN-named filing and phishing hosts - and legit
 * hosts with the same words, session 20) are split the same way and reported as their own rows (writeAi, checkAi), and so
 * are those of tune-2026-12ar.json (batch addresses-2026-12ar: ESTA and DV sellers named by consumer warnings, news and an
 * ASA ruling or met as sellers' own pages, and legit hosts with the same words, session 22; writeAr, checkAr), and those
 * of tune-2026-12at.json (batch addresses-2026-12at: blocklist names passing for the U.S. gold card and U.S. visas, and
 * popular, .gov and law-firm hosts with the same words, session 25; writeAt, checkAt), and those of tune-2026-12av.json
 * (batch addresses-2026-12av: blocklist names of the sha256 0–7 half passing for a U.S. service and ESTA agencies met as
 * their own pages, and legit pages, .gov and popular hosts, session 27; split 0–3/8–b write, 4–7/c–f check; writeAv, checkAv).
 * `fresh5` (fresh-2026-12as.json, batch addresses-2026-12as, collected in session 25 by a helper that never read
 * lib/domain nor ran the checker) is sealed like fresh2-fresh4, and so is `fresh6` (fresh-2026-12au.json, batch
 * addresses-2026-12au, collected the same way in session 27).
 *
 *   npm run eval:addresses -- --sealed    also the sealed fresh2, fresh3, fresh4, fresh5 and fresh6 parts' counts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyInput } from '../lib/domain';
import { decide } from '../lib/verdict/decide';

export interface AddressEntry {
  host: string;
  label: 'lookalike' | 'legit';
  kind: string;
  source: string;
  reason: string;
  alsoIn: string[];
  /** `write` / `check`: tune batch addresses-2026-12ab split by sha256(host) 0-7 / 8-f (write listed, check counts only). `audit`: a legit-only false-alarm audit batch (addresses-2026-12n), tune as a whole. `fresh2`: the sealed batch addresses-2026-12p. `fresh3`: the sealed batch addresses-2026-12v. `fresh4`: the sealed batch addresses-2026-12aa. `fresh5`: the sealed batch addresses-2026-12as. `fresh6`: the sealed batch addresses-2026-12au. */
  part: 'tune' | 'held-out' | 'fresh' | 'audit' | 'fresh2' | 'fresh3' | 'fresh4' | 'fresh5' | 'fresh6' | 'write' | 'check';
  batch: string;
}

/** The session-20 tune batch (tune-2026-12ai.json): its write/check halves are reported apart from batch 12ab's. */
export const AI_BATCH = 'addresses-2026-12ai';
/** The session-22 tune batch (tune-2026-12ar.json): reported in its own write/check rows too. */
export const AR_BATCH = 'addresses-2026-12ar';
/** The session-25 tune batch (tune-2026-12at.json): reported in its own write/check rows too. */
export const AT_BATCH = 'addresses-2026-12at';
/** The session-27 tune batch (tune-2026-12av.json): reported in its own write/check rows too. */
export const AV_BATCH = 'addresses-2026-12av';
/** Batches whose write/check halves have rows of their own (not 12ab's `write` / `check`). */
const OWN_ROWS: readonly string[] = [AI_BATCH, AR_BATCH, AT_BATCH, AV_BATCH];

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'corpus', 'addresses');

/** Every host of every .json file in tests/corpus/addresses. */
export function loadAddresses(dir = DIR): AddressEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { hosts: AddressEntry[] }).hosts);
}

export interface JudgedAddress {
  entry: AddressEntry;
  /** `weak`/`strong` look-alike, or the verdict kind (`unknown`, `official` …). */
  verdict: string;
  level: ReturnType<typeof decide>['level'];
}

export function judgeAddress(entry: AddressEntry): JudgedAddress {
  const v = classifyInput(entry.host);
  return { entry, verdict: v.kind === 'lookalike' ? v.strength : v.kind, level: decide(`https://${entry.host}/`).level };
}

const isLook = (j: JudgedAddress): boolean => j.verdict === 'weak' || j.verdict === 'strong';
const flagged = (j: JudgedAddress): boolean => j.level === 'caution' || j.level === 'danger';

export interface PartNumbers {
  positives: number;
  /** Look-alike hosts with any look-alike verdict. */
  anyLookalike: number;
  /** Look-alike hosts at caution or danger on the address alone. */
  cautionOrDanger: number;
  danger: number;
  legit: number;
  /** Legitimate hosts with any look-alike verdict (weak ones only show with a second signal from the page). */
  legitLookalike: number;
  legitCautionOrDanger: number;
  legitDanger: number;
}

export function numbers(judged: readonly JudgedAddress[]): PartNumbers {
  const pos = judged.filter((j) => j.entry.label === 'lookalike');
  const neg = judged.filter((j) => j.entry.label === 'legit');
  return {
    positives: pos.length,
    anyLookalike: pos.filter(isLook).length,
    cautionOrDanger: pos.filter(flagged).length,
    danger: pos.filter((j) => j.level === 'danger').length,
    legit: neg.length,
    legitLookalike: neg.filter(isLook).length,
    legitCautionOrDanger: neg.filter(flagged).length,
    legitDanger: neg.filter((j) => j.level === 'danger').length,
  };
}

export function measureAddresses(): {
  tune: JudgedAddress[];
  heldOut: JudgedAddress[];
  fresh: JudgedAddress[];
  audit: JudgedAddress[];
  fresh2: JudgedAddress[];
  fresh3: JudgedAddress[];
  fresh4: JudgedAddress[];
  fresh5: JudgedAddress[];
  fresh6: JudgedAddress[];
  write: JudgedAddress[];
  check: JudgedAddress[];
  writeAi: JudgedAddress[];
  checkAi: JudgedAddress[];
  writeAr: JudgedAddress[];
  checkAr: JudgedAddress[];
  writeAt: JudgedAddress[];
  checkAt: JudgedAddress[];
  writeAv: JudgedAddress[];
  checkAv: JudgedAddress[];
} {
  const all = loadAddresses().map(judgeAddress);
  const part = (p: AddressEntry['part']): JudgedAddress[] => all.filter((j) => j.entry.part === p && !OWN_ROWS.includes(j.entry.batch));
  const of = (batch: string, p: AddressEntry['part']): JudgedAddress[] => all.filter((j) => j.entry.part === p && j.entry.batch === batch);
  return {
    tune: part('tune'),
    heldOut: part('held-out'),
    fresh: part('fresh'),
    audit: part('audit'),
    fresh2: part('fresh2'),
    fresh3: part('fresh3'),
    fresh4: part('fresh4'),
    fresh5: part('fresh5'),
    fresh6: part('fresh6'),
    write: part('write'),
    check: part('check'),
    writeAi: of(AI_BATCH, 'write'),
    checkAi: of(AI_BATCH, 'check'),
    writeAr: of(AR_BATCH, 'write'),
    checkAr: of(AR_BATCH, 'check'),
    writeAt: of(AT_BATCH, 'write'),
    checkAt: of(AT_BATCH, 'check'),
    writeAv: of(AV_BATCH, 'write'),
    checkAv: of(AV_BATCH, 'check'),
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

function line(name: string, n: PartNumbers): string {
  return (
    `| ${name} | ${n.anyLookalike}/${n.positives} (${pct(n.anyLookalike, n.positives)}) | ${n.cautionOrDanger}/${n.positives} (${pct(n.cautionOrDanger, n.positives)}) | ` +
    `${n.danger} | ${n.legitLookalike}/${n.legit} | ${n.legitCautionOrDanger}/${n.legit} | ${n.legitDanger} |`
  );
}

/** A sealed part's size only (label counts), never its measurement. */
function sealedSize(part: string, batch: string, js: readonly JudgedAddress[]): string {
  const n = (label: AddressEntry['label']): number => js.filter((j) => j.entry.label === label).length;
  return `${part} (sealed hold-out, ${batch}): ${n('lookalike')} look-alike and ${n('legit')} legitimate hosts, not measured here (counts only with --sealed)`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { tune, heldOut, fresh, audit, fresh2, fresh3, fresh4, fresh5, fresh6, write, check, writeAi, checkAi, writeAr, checkAr, writeAt, checkAt, writeAv, checkAv } = measureAddresses();
  const sealed = process.argv.includes('--sealed');
  const quietOrListed = (js: readonly JudgedAddress[]): string[] =>
    js.filter((j) => j.entry.label === 'legit' && (isLook(j) || j.level !== 'none')).map((j) => `  - ${j.entry.host} [${j.entry.kind}]: ${j.verdict}, ${j.level}`);
  const out = [
    'Address corpus (tests/corpus/addresses), judged on the address alone',
    '',
    '| part | recall: any look-alike | recall: caution or danger | danger | legit: any look-alike | legit: caution or danger | legit: danger |',
    '|---|---|---|---|---|---|---|',
    line('fresh (collected after the rules)', numbers(fresh)),
    line('held-out (headline)', numbers(heldOut)),
    line('tune', numbers(tune)),
    line('audit (legit only, tune)', numbers(audit)),
    line('write (tune batch 12ab, listed)', numbers(write)),
    line('check (tune batch 12ab, counts only)', numbers(check)),
    line('write (tune batch 12ai, listed)', numbers(writeAi)),
    line('check (tune batch 12ai, counts only)', numbers(checkAi)),
    line('write (tune batch 12ar, listed)', numbers(writeAr)),
    line('check (tune batch 12ar, counts only)', numbers(checkAr)),
    line('write (tune batch 12at, listed)', numbers(writeAt)),
    line('check (tune batch 12at, counts only)', numbers(checkAt)),
    line('write (tune batch 12av, listed)', numbers(writeAv)),
    line('check (tune batch 12av, counts only)', numbers(checkAv)),
    ...(sealed
      ? [
          line('fresh2 (SEALED hold-out)', numbers(fresh2)),
          line('fresh3 (SEALED hold-out)', numbers(fresh3)),
          line('fresh4 (SEALED hold-out)', numbers(fresh4)),
          line('fresh5 (SEALED hold-out)', numbers(fresh5)),
          line('fresh6 (SEALED hold-out)', numbers(fresh6)),
        ]
      : []),
    '',
    sealed
      ? 'fresh2, fresh3, fresh4, fresh5 and fresh6 (sealed) counted above: --sealed is for the lead, once, at the end of a session'
      : [
          sealedSize('fresh2', 'addresses-2026-12p', fresh2),
          sealedSize('fresh3', 'addresses-2026-12v', fresh3),
          sealedSize('fresh4', 'addresses-2026-12aa', fresh4),
          sealedSize('fresh5', 'addresses-2026-12as', fresh5),
          sealedSize('fresh6', 'addresses-2026-12au', fresh6),
        ].join('\n'),
    '',
    'Tune misses (look-alike hosts below caution):',
    ...tune.filter((j) => j.entry.label === 'lookalike' && !flagged(j)).map((j) => `  - ${j.entry.host} [${j.entry.kind}]: ${j.verdict}, ${j.level}`),
    'Tune legitimate hosts with a look-alike verdict or a level above none:',
    ...quietOrListed(tune),
    'Audit hosts with a look-alike verdict or a level above none:',
    ...quietOrListed(audit),
    'Write misses (batch 12ab, look-alike hosts with no look-alike verdict):',
    ...write.filter((j) => j.entry.label === 'lookalike' && !isLook(j)).map((j) => `  - ${j.entry.host} [${j.entry.kind}]: ${j.verdict}, ${j.level}`),
    'Write legitimate hosts with a look-alike verdict or a level above none:',
    ...quietOrListed(write),
    'Write misses (batch 12ai, look-alike hosts with no look-alike verdict or below notice):',
    ...writeAi.filter((j) => j.entry.label === 'lookalike' && (!isLook(j) || j.level === 'none')).map((j) => `  - ${j.entry.host} [${j.entry.kind}]: ${j.verdict}, ${j.level}`),
    'Write legitimate hosts (batch 12ai) with a look-alike verdict or a level above none:',
    ...quietOrListed(writeAi),
    'Write look-alike hosts (batch 12ar) below caution:',
    ...writeAr.filter((j) => j.entry.label === 'lookalike' && !flagged(j)).map((j) => `  - ${j.entry.host} [${j.entry.kind}]: ${j.verdict}, ${j.level}`),
    'Write legitimate hosts (batch 12ar) with a look-alike verdict or a level above none:',
    ...quietOrListed(writeAr),
    'Write misses (batch 12at, look-alike hosts with no look-alike verdict):',
    ...writeAt.filter((j) => j.entry.label === 'lookalike' && !isLook(j)).map((j) => `  - ${j.entry.host} [${j.entry.kind}]: ${j.verdict}, ${j.level}`),
    'Write legitimate hosts (batch 12at) with a look-alike verdict or a level above none:',
    ...quietOrListed(writeAt),
    'Write misses (batch 12av, look-alike hosts with no look-alike verdict):',
    ...writeAv.filter((j) => j.entry.label === 'lookalike' && !isLook(j)).map((j) => `  - ${j.entry.host} [${j.entry.kind}]: ${j.verdict}, ${j.level}`),
    'Write legitimate hosts (batch 12av) with a look-alike verdict or a level above none:',
    ...quietOrListed(writeAv),
    '(held-out, fresh, fresh2, fresh3, fresh4, fresh5, fresh6 and check hosts are counted, never listed)',
  ];
  console.log(out.join('\n'));
}
