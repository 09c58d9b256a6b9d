/**
 * npm run bench:coldstart — how soon a look-alike is replaced by the warning page, and whether
 * its own script ran first (issue 14 item 6): worker cold (stopped through the DevTools protocol,
 * as Chrome does after ~30 s idle) or warm, address typed directly or reached through a link
 * shortener's 302, for THIS build and a BASELINE build measured in the same run.
 *
 *   baseline  the commit before lib/blocking/rules.ts existed (override: BENCH_BASELINE_REF), built
 *             into a temporary git worktree; or BENCH_BASELINE_DIR, an already built chrome-mv3.
 *   host      pattern: uscis-gov.net (a static rule knows it);
 *             new:     a fresh subdomain of dvprogram-gov.com each try (danger for the detector,
 *                      unknown to every rule: the first visit of a host no pattern covers).
 *   ms        Node's clock from page.goto() to the warning page's commit (median of RUNS).
 *   ran       tries in which the look-alike's inline script reached the server (/ran).
 *   fetched   tries in which the look-alike's page was requested at all.
 * Pages come from a local HTTPS server with --host-resolver-rules (tests/e2e/local-sites.ts):
 * context.route() would change the timing. Numbers move with the machine's load (2 shared cores):
 * compare the two columns of one run, not runs with each other.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR } from '../tests/e2e/harness';
import { LOCAL, launchLocal, startLocalSites, stopWorker, type LocalSites } from '../tests/e2e/local-sites';
import { printTable } from './page';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Case {
  cold: boolean;
  via302: boolean;
  host: 'pattern' | 'new';
}

interface Result {
  /** NaN: no warning page within 10 s. */
  ms: number[];
  ran: number;
  fetched: number;
}

/** The baseline build: BENCH_BASELINE_DIR, or the commit before the rules, built in a temporary worktree. */
function baselineDir(): { dir: string; cleanup: () => void } {
  if (process.env.BENCH_BASELINE_DIR) return { dir: resolve(process.env.BENCH_BASELINE_DIR), cleanup: () => undefined };
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const first = git('log', '--diff-filter=A', '--format=%H', '--', 'lib/blocking/rules.ts').split('\n').pop() ?? '';
  const ref = process.env.BENCH_BASELINE_REF ?? `${first}^1`;
  const tree = mkdtempSync(join(tmpdir(), 'oon-baseline-'));
  git('worktree', 'add', '--detach', tree, ref);
  symlinkSync(resolve('node_modules'), join(tree, 'node_modules'));
  execFileSync('npx', ['wxt', 'build'], { cwd: tree, stdio: 'ignore' });
  return {
    dir: join(tree, '.output/chrome-mv3'),
    cleanup: () => {
      git('worktree', 'remove', '--force', tree);
    },
  };
}

function target(c: Case, n: number): string {
  const lookalike = c.host === 'pattern' ? LOCAL.pattern : `https://try${n}-${Date.now() % 100000}.dvprogram-gov.com/apply`;
  return c.via302 ? LOCAL.shortener(lookalike) : lookalike;
}

async function once(page: Page, extensionId: string, sites: LocalSites, c: Case, n: number): Promise<{ ms: number; ran: boolean; fetched: boolean }> {
  await page.goto(LOCAL.start).catch(() => page.goto(LOCAL.start));
  await page.waitForTimeout(300); // the reader goes in after load; let the worker go idle
  if (c.cold) await stopWorker(page, extensionId);
  const url = target(c, n);
  const lookalike = c.via302 ? new URL(url).searchParams.get('to') ?? '' : url;
  sites.log.length = 0;
  const t0 = performance.now();
  void page.goto(url).catch(() => undefined);
  // page.url() follows commits; waitForURL would throw on the navigation the warning aborts.
  while (!/^chrome-extension:\/\/[^/]+\/warning\.html/.test(page.url()) && performance.now() - t0 < 10_000) {
    await new Promise((r) => setTimeout(r, 2));
  }
  // No warning page within 10 s (seen: Chromium's error page after a 302 raced the worker): a miss.
  const ms = /warning\.html/.test(page.url()) ? performance.now() - t0 : NaN;
  await page.waitForTimeout(200); // a late /ran would still be logged
  return { ms, ran: sites.ran(lookalike), fetched: sites.requested(lookalike) };
}

async function measure(dir: string, cases: readonly Case[]): Promise<Result[]> {
  const sites = await startLocalSites();
  const { context, extensionId, close } = await launchLocal(sites, dir);
  try {
    const results: Result[] = cases.map(() => ({ ms: [], ran: 0, fetched: 0 }));
    const page = context.pages()[0] ?? (await context.newPage());
    // Interleaved: each round runs every case once, so load changes spread over all of them.
    for (let n = 0; n < RUNS; n++) {
      for (const [i, c] of cases.entries()) {
        const r = await once(page, extensionId, sites, c, n);
        const into = results[i];
        if (!into) continue;
        into.ms.push(r.ms);
        into.ran += r.ran ? 1 : 0;
        into.fetched += r.fetched ? 1 : 0;
      }
    }
    return results;
  } finally {
    await close();
    await sites.close();
  }
}

const median = (xs: number[]) => {
  const ok = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const misses = xs.length - ok.length;
  return `${(ok[Math.floor(ok.length / 2)] ?? NaN).toFixed(0)}${misses > 0 ? ` (${misses} no warning)` : ''}`;
};
const ratio = (a: number[], b: number[]) => (Number.parseFloat(median(a)) / Number.parseFloat(median(b))).toFixed(2);
const kB = (dir: string) => (existsSync(join(dir, 'background.js')) ? `${(statSync(join(dir, 'background.js')).size / 1024).toFixed(0)} kB` : '?');

async function main(): Promise<void> {
  const cases: Case[] = [];
  for (const host of ['pattern', 'new'] as const) for (const cold of [true, false]) for (const via302 of [false, true]) cases.push({ cold, via302, host });
  const base = baselineDir();
  // A copy of this build: Chromium rereads the worker's files at each start, and a rebuild while
  // the bench runs would otherwise change what is measured.
  const mine = mkdtempSync(join(tmpdir(), 'oon-this-'));
  cpSync(EXTENSION_DIR, mine, { recursive: true });
  try {
    const before = await measure(base.dir, cases);
    const after = await measure(mine, cases);
    console.log(`\nCold start to warning, ${RUNS} tries per cell (median ms; ran/fetched = tries in which the look-alike's script ran / page was requested)`);
    console.log(`background.js: baseline ${kB(base.dir)}, this build ${kB(EXTENSION_DIR)}\n`);
    printTable(
      ['host', 'worker', 'route', 'baseline ms', 'ran', 'fetched', 'this ms', 'ran', 'fetched', 'ms ratio'],
      cases.map((c, i) => {
        const b = before[i] ?? { ms: [], ran: 0, fetched: 0 };
        const a = after[i] ?? { ms: [], ran: 0, fetched: 0 };
        return [
          c.host,
          c.cold ? 'cold' : 'warm',
          c.via302 ? '302' : 'direct',
          median(b.ms),
          `${b.ran}/${RUNS}`,
          `${b.fetched}/${RUNS}`,
          median(a.ms),
          `${a.ran}/${RUNS}`,
          `${a.fetched}/${RUNS}`,
          ratio(a.ms, b.ms),
        ];
      }),
    );
  } finally {
    base.cleanup();
    rmSync(mine, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
