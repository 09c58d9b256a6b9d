/**
 * npm run bench:load — what the built extension (.output/chrome-mv3) adds to real page loads, in
 * real Chromium: large real-world-like pages (bench/gen-pages.ts, 1 and 5 MB) are loaded in a
 * profile WITH the extension and in one WITHOUT it, alternating, RUNS times each.
 *
 *   load        PerformanceNavigationTiming: startTime → loadEventEnd (median ms)
 *   script ms   CDP Performance.getMetrics ScriptDuration of the tab, read IDLE_MS after load:
 *               main-thread JavaScript time (the page has no scripts of its own, so with − without
 *               is the extension's content-script time, plus the banner where one is shown)
 *   before load the extension's own main-thread time in the page before the load event, from a
 *               Chromium trace (devtools.timeline: script evaluation and calls whose script is
 *               the extension's): the most it can add to the load time. Wall-clock load times
 *               on a shared 2-core machine move by more than the 2% goal from run to run, so this
 *               is the figure that decides the goal; the wall-clock difference is printed too.
 *
 * Pages come from a local HTTP server (host names mapped to it with --host-resolver-rules), not
 * context.route(): routing 5 MB bodies through the DevTools protocol made load times vary ±30%.
 *
 * Goal: ≤ 2% added load time. Browser: CHROMIUM_PATH, else /usr/bin/chromium.
 *
 * BENCH_BASE_EXT (a directory with another build, e.g. main's built aside): a fourth profile with
 * that build, traced the same way, alternating with the others; the table then prints its
 * extension JS after load and the ratio of this build's to it (the reader's first look, measured
 * in the same run). BENCH_PAGES (a regular expression) keeps the pages whose name matches.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchArgs, EXTENSION_DIR, readyWorker } from '../tests/e2e/harness';
import { benchPages, FRAME_DOCUMENTS, type BenchPage } from './gen-pages';
import { chromiumPath, printTable } from './page';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const IDLE_MS = 1_500;

async function serve(pages: readonly BenchPage[]): Promise<{ server: Server; port: number }> {
  const byPath = new Map([...pages, ...FRAME_DOCUMENTS].map((p) => [new URL(p.url).pathname, Buffer.from(p.html)]));
  const server = createServer((req, res) => {
    const body = byPath.get((req.url ?? '').split('?')[0] ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port };
}

/** A profile with the extension built in `extension` (none: without an extension). */
async function open(extension: string | undefined, port: number): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const withExtension = extension !== undefined;
  const dir = mkdtempSync(join(tmpdir(), 'oon-bench-'));
  const base = launchArgs(extension).filter((a) => withExtension || !a.includes('extension'));
  const args = [...base, `--host-resolver-rules=MAP * 127.0.0.1:${port}`];
  const context = await chromium.launchPersistentContext(dir, {
    headless: false, // --headless=new comes from launchArgs()
    executablePath: chromiumPath(),
    args,
    viewport: { width: 1100, height: 800 },
  });
  if (withExtension) await readyWorker(context);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** http:// (the local server has no certificate); same host names and paths as the generated pages. */
const httpUrl = (p: BenchPage) => p.url.replace(/^https:/, 'http:');

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; isMainFrame?: boolean } };
}

/** Milliseconds of top-level extension script events before and after the main frame's load mark. */
function extensionTime(events: readonly TraceEvent[]): { before: number; after: number } {
  const load = events.find((e) => e.name === 'MarkLoad' && e.args?.data?.isMainFrame)?.ts ?? Infinity;
  const covered = new Map<number, number>();
  let before = 0;
  let after = 0;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if ((e.name !== 'EvaluateScript' && e.name !== 'FunctionCall') || !e.dur) continue;
    if (!(e.args?.data?.url ?? '').startsWith('chrome-extension://')) continue;
    if (e.ts < (covered.get(e.tid) ?? 0)) continue; // nested in an event already counted
    covered.set(e.tid, e.ts + e.dur);
    if (e.ts < load) before += e.dur / 1000;
    else after += e.dur / 1000;
  }
  return { before, after };
}

async function measure(context: BrowserContext, url: string, trace = false): Promise<{ load: number; script: number; before: number; after: number }> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  }
  await page.goto(url, { waitUntil: 'load' });
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd - nav.startTime : NaN;
  });
  await page.waitForTimeout(IDLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
  let ext = { before: NaN, after: NaN };
  if (trace) {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    ext = extensionTime(events);
  }
  await cdp.detach();
  await page.close();
  return { load, script, ...ext };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} is missing: run \`npx wxt build\` first`);
  const pages = benchPages();
  const { server, port } = await serve(pages);
  const withExt = await open(EXTENSION_DIR, port);
  const without = await open(undefined, port);
  // A/A control: a second profile without the extension, measured the same way. Its difference
  // from `without` is this machine's noise, the yardstick for the wall-clock column.
  const control = await open(undefined, port);
  const baseDir = process.env.BENCH_BASE_EXT;
  const baseline = baseDir ? await open(baseDir, port) : undefined;
  const rows: string[][] = [];
  let worst = -Infinity;
  let worstBound = -Infinity;
  let worstNoise = 0;
  for (const p of pages) {
    const a = { load: [] as number[], script: [] as number[], before: [] as number[], after: [] as number[] };
    const b = { load: [] as number[], script: [] as number[] };
    const c = { load: [] as number[] };
    const d = { after: [] as number[] };
    // one warm-up load each, then alternate which profile goes first
    await measure(without.context, httpUrl(p));
    await measure(withExt.context, httpUrl(p));
    await measure(control.context, httpUrl(p));
    if (baseline) await measure(baseline.context, httpUrl(p));
    for (let i = 0; i < RUNS; i++) {
      const orders = [
        [without, withExt, control, baseline],
        [withExt, baseline, control, without],
        [baseline, control, without, withExt],
      ] as const;
      for (const o of orders[i % 3] ?? orders[0]) {
        if (!o) continue;
        const m = await measure(o.context, httpUrl(p), o === withExt || o === baseline);
        if (o === baseline) {
          d.after.push(m.after);
          continue;
        }
        if (o === control) {
          c.load.push(m.load);
          continue;
        }
        const into = o === withExt ? a : b;
        into.load.push(m.load);
        into.script.push(m.script);
        if (o === withExt) {
          a.before.push(m.before);
          a.after.push(m.after);
        }
      }
    }
    const noise = (median(c.load) - median(b.load)) / median(b.load);
    worstNoise = Math.max(worstNoise, Math.abs(noise));
    const added = (median(a.load) - median(b.load)) / median(b.load);
    const bound = median(a.before) / median(b.load);
    worst = Math.max(worst, added);
    worstBound = Math.max(worstBound, bound);
    rows.push([
      p.name,
      median(b.load).toFixed(1),
      median(a.load).toFixed(1),
      `${added >= 0 ? '+' : ''}${(added * 100).toFixed(1)}%`,
      `${noise >= 0 ? '+' : ''}${(noise * 100).toFixed(1)}%`,
      median(a.before).toFixed(2),
      `${(bound * 100).toFixed(2)}%`,
      median(a.after).toFixed(1),
      ...(baseline ? [median(d.after).toFixed(1), `${(median(a.after) / median(d.after)).toFixed(2)}×`] : []),
      (median(a.script) - median(b.script)).toFixed(1),
    ]);
  }
  await baseline?.close();
  await withExt.close();
  await without.close();
  await control.close();
  server.close();
  console.log(`\nbench:load — built extension, median of ${RUNS} alternating loads per profile, ms\n`);
  printTable(
    [
      'page',
      'load without',
      'load with',
      'added (wall clock)',
      'A/A control (no extension)',
      'extension JS before load',
      '÷ load without',
      'extension JS after load',
      ...(baseline ? [`the same, ${baseDir}`, 'this ÷ that'] : []),
      'JS with − without',
    ],
    rows,
  );
  console.log(`\nworst extension main-thread time before the load event: ${(worstBound * 100).toFixed(2)}% of the load time (goal ≤ 2%) ${worstBound <= 0.02 ? 'OK' : 'OVER'}`);
  console.log(`worst wall-clock difference: ${(worst * 100).toFixed(1)}%; worst A/A difference between two profiles without the extension: ${(worstNoise * 100).toFixed(1)}% (the machine's noise)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
