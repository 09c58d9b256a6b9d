/**
 * "What a person sees on the address alone" for generated look-alikes (bench/fuzz.ts), the
 * FTC-named impostor domains and the foreign-government and legitimate-business lists: the
 * level decide() gives with no page. Visible = notice or above; danger = the full-page warning.
 * Part of `npm run bench:domains`.
 */
import wordListPath from 'word-list';
import { readFileSync } from 'node:fs';
import { decide } from '../lib/verdict/decide';
import { FUZZERS, generate, isEnglishVariant, PROTECTED, USCIS_GROUP, type Fuzzer, type Variant } from './fuzz';

const ENGLISH: ReadonlySet<string> = new Set(readFileSync(wordListPath, 'utf8').split('\n'));

/** Domains named in FTC government-impostor cases (issue 13). */
export const FTC_NAMED = [
  'uscis-ins.us', 'immigrationhelpline.org', 'usgovernmenthelpline.com', 'usimmigration.us', 'us-immigration.com',
  'uscitizenship.info', 'usimmigrationcitizenship.com',
];

export type Level = ReturnType<typeof decide>['level'];
export const levelOf = (host: string): Level => decide(`https://${host}/`).level;
const visible = (l: Level): boolean => l === 'notice' || l === 'caution' || l === 'danger';

interface Cell {
  n: number;
  visible: number;
  danger: number;
}
const cell = (): Cell => ({ n: 0, visible: 0, danger: 0 });
const add = (c: Cell, l: Level): void => {
  c.n++;
  if (visible(l)) c.visible++;
  if (l === 'danger') c.danger++;
};
const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

export interface FuzzResult {
  lines: string[];
  uscisAscii: Cell;
  otherAscii: Cell;
  homograph: Cell;
  hookStroke: Cell;
  english: Variant[];
}

/** The table per fuzzer × target, and the totals the issue's targets are stated in. */
export function fuzzReport(): FuzzResult {
  const variants = generate();
  const table = new Map<string, Cell>();
  const totals = { uscisAscii: cell(), otherAscii: cell(), homograph: cell(), hookStroke: cell() };
  const english: Variant[] = [];
  const missedSample = new Map<string, string[]>();
  for (const v of variants) {
    if (isEnglishVariant(v, (w) => ENGLISH.has(w))) {
      english.push(v);
      continue;
    }
    const l = levelOf(v.host);
    const key = `${v.fuzzer}|${v.target}`;
    if (!table.has(key)) table.set(key, cell());
    add(table.get(key) as Cell, l);
    if (v.fuzzer === 'unicode-cyrillic-greek') add(totals.homograph, l);
    else if (v.fuzzer === 'unicode-hook-stroke') add(totals.hookStroke, l);
    else add(USCIS_GROUP.has(v.target) ? totals.uscisAscii : totals.otherAscii, l);
    if (!visible(l) && !v.fuzzer.startsWith('unicode')) {
      const list = missedSample.get(v.target) ?? [];
      if (list.length < 12) list.push(v.host);
      missedSample.set(v.target, list);
    }
  }
  const fuzzers: Fuzzer[] = [...FUZZERS, 'unicode-cyrillic-greek', 'unicode-hook-stroke'];
  const lines = [
    `Generated look-alikes: ${variants.length} (${english.length} ordinary English words left out, listed below).`,
    'Each cell: visible on the address alone (notice or above) / danger (full-page warning), of n.',
    '',
    `| fuzzer | ${PROTECTED.join(' | ')} |`,
    `|---|${PROTECTED.map(() => '---').join('|')}|`,
  ];
  for (const f of fuzzers) {
    const cells = PROTECTED.map((t) => {
      const c = table.get(`${f}|${t}`);
      return c === undefined ? '-' : `${pct(c.visible, c.n)} / ${pct(c.danger, c.n)} of ${c.n}`;
    });
    lines.push(`| ${f} | ${cells.join(' | ')} |`);
  }
  const row = (name: string, c: Cell, goal: string): string =>
    `| ${name} | ${c.visible}/${c.n} (${pct(c.visible, c.n)}) | ${c.danger}/${c.n} (${pct(c.danger, c.n)}) | ${goal} |`;
  lines.push(
    '',
    '| group | visible | danger | goal |',
    '|---|---|---|---|',
    row('ASCII look-alikes of uscis / my.uscis / egov.uscis', totals.uscisAscii, 'visible ≥ 95%'),
    row('ASCII look-alikes of the other agencies (English words left out)', totals.otherAscii, 'visible ≥ 60%'),
    row('Cyrillic/Greek homographs (all targets)', totals.homograph, 'danger ≥ 95%'),
    row('Latin hook/stroke letters (all targets)', totals.hookStroke, '-'),
    '',
    `Not visible, first few per target: ${[...missedSample].map(([t, hs]) => `${t}: ${hs.join(' ')}`).join('; ')}`,
    `English words left out (${english.length}): ${english.map((v) => v.host).join(' ')}`,
  );
  return { lines, ...totals, english };
}

/** Level counts on a list of hosts (FTC-named, foreign governments, legitimate businesses). */
export function levelsOf(hosts: readonly string[]): { visible: string[]; danger: string[] } {
  const out = { visible: [] as string[], danger: [] as string[] };
  for (const h of hosts) {
    const l = levelOf(h);
    if (visible(l)) out.visible.push(h);
    if (l === 'danger') out.danger.push(h);
  }
  return out;
}
