/**
 * npm run bench:verdict: the verdict on 200,000 characters, as the background runs it — lib/verdict
 * bundled and minified by esbuild, in a fresh Node process — for this tree and for a baseline
 * tree (BENCH_BASE, a git ref; default: main), measured in the same run, alternating.
 *
 * Pages: the benchmark's 1 MB immigration guide and seller pages (bench/gen-pages.ts), read into a
 * snapshot the way the CLI reads pages, text capped at MAX_TEXT (200,000 characters). Each child
 * process judges one page: the first call (cold: regexes compiled, word index analysed) and then
 * RUNS more calls; the median of those is the number the goal is about (≤ 15 ms).
 * Prints both trees' medians and the ratio current / baseline.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { htmlToSnapshot } from '../scripts/html-snapshot';
import { MAX_TEXT } from '../lib/types';
import { generatePage, type PageKind } from './gen-pages';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASE = process.env.BENCH_BASE ?? 'main';
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const KINDS: readonly PageKind[] = ['guide', 'seller'];

async function bundle(root: string, out: string): Promise<void> {
  await build({
    stdin: { contents: `export { decide } from './lib/verdict';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    minify: true,
    outfile: out,
    logLevel: 'error',
  });
}

// The child: judge one snapshot RUNS + 1 times, print the first time and the later ones.
const CHILD = `
const { decide } = require(process.argv[2]);
const page = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
const runs = Number(process.argv[4]);
const t0 = performance.now(); decide(page.url, page); const first = performance.now() - t0;
const later = [];
for (let i = 0; i < runs; i++) { const t = performance.now(); decide(page.url, page); later.push(performance.now() - t); }
process.stdout.write(JSON.stringify({ first, later }));
`;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-verdict-'));
  try {
    const baseTree = join(dir, 'base');
    execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', baseTree, BASE], { stdio: 'ignore' });
    symlinkSync(join(ROOT, 'node_modules'), join(baseTree, 'node_modules'));
    const trees = { current: join(dir, 'current.cjs'), baseline: join(dir, 'baseline.cjs') };
    await bundle(ROOT, trees.current);
    await bundle(baseTree, trees.baseline);
    const child = join(dir, 'child.cjs');
    writeFileSync(child, CHILD);
    console.log(`\nbench verdict — 200,000 characters, bundled, fresh Node process; ${ROUNDS} rounds x ${RUNS} calls; baseline ${BASE}\n`);
    console.log('page     tree       first call ms   later calls median ms');
    for (const kind of KINDS) {
      const snap = htmlToSnapshot(generatePage(kind, 1_000_000, 7), `https://example.com/${kind}`);
      const page = { ...snap, text: snap.text.slice(0, MAX_TEXT) };
      const file = join(dir, `${kind}.json`);
      writeFileSync(file, JSON.stringify(page));
      const res: Record<string, { first: number[]; later: number[] }> = { current: { first: [], later: [] }, baseline: { first: [], later: [] } };
      for (let r = 0; r < ROUNDS; r++) {
        for (const tree of ['baseline', 'current'] as const) {
          const out = JSON.parse(execFileSync(process.execPath, [child, trees[tree], file, String(RUNS)], { encoding: 'utf8' })) as { first: number; later: number[] };
          res[tree]?.first.push(out.first);
          res[tree]?.later.push(median(out.later));
        }
      }
      for (const tree of ['baseline', 'current'] as const) {
        const r = res[tree];
        if (r) console.log(`${kind.padEnd(8)} ${tree.padEnd(10)} ${median(r.first).toFixed(1).padStart(10)}   ${median(r.later).toFixed(2).padStart(12)}   (text ${page.text.length} chars)`);
      }
      const ratio = median(res.current?.later ?? []) / median(res.baseline?.later ?? []);
      console.log(`${kind.padEnd(8)} ratio current/baseline (later calls): ${ratio.toFixed(2)}x\n`);
    }
  } finally {
    try {
      execFileSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', join(dir, 'base')], { stdio: 'ignore' });
    } catch {
      // the temporary worktree may not exist if `git worktree add` failed
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
