/**
 * npm run bench:load — what the built extension (.output/chrome-mv3) adds to real page loads, in
 * real Chromium: large real-world-like pages (bench/gen-pages.ts, 1 and 5 MB) are loaded in a
 * profile WITH the extension and in one WITHOUT it, alternating, RUNS times each.
 *
 *   load        PerformanceNavigationTiming: startTime → loadEventEnd (median ms)
 *   script ms   CDP Performance.getMetrics ScriptDuration of the tab, read IDLE_MS after load:
 *               main-thread JavaScript time (the page has no scripts of its own, so with − without
 *               is the extension's content-script time, plus the banner where one is shown)
 *
 * Pages come from a local HTTP server (host names mapped to it with --host-resolver-rules), not
 * context.route(): routing 5 MB bodies through the DevTools protocol made load times vary ±30%.
 *
 * Goal: ≤ 2% added load time. Browser: CHROMIUM_PATH, else /usr/bin/chromium.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchArgs, EXTENSION_DIR } from '../tests/e2e/harness';
import { benchPages, type BenchPage } from './gen-pages';
import { chromiumPath, printTable } from './page';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const IDLE_MS = 1_500;

async function serve(pages: readonly BenchPage[]): Promise<{ server: Server; port: number }> {
  const byPath = new Map(pages.map((p) => [new URL(p.url).pathname, Buffer.from(p.html)]));
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

async function open(withExtension: boolean, port: number): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'oon-bench-'));
  const base = launchArgs().filter((a) => withExtension || !a.includes('extension'));
  const args = [...base, `--host-resolver-rules=MAP * 127.0.0.1:${port}`];
  const context = await chromium.launchPersistentContext(dir, {
    headless: false, // --headless=new comes from launchArgs()
    executablePath: chromiumPath(),
    args,
    viewport: { width: 1100, height: 800 },
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
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

async function measure(context: BrowserContext, url: string): Promise<{ load: number; script: number }> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd - nav.startTime : NaN;
  });
  await page.waitForTimeout(IDLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
  await cdp.detach();
  await page.close();
  return { load, script };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} is missing: run \`npx wxt build\` first`);
  const pages = benchPages();
  const { server, port } = await serve(pages);
  const withExt = await open(true, port);
  const without = await open(false, port);
  const rows: string[][] = [];
  let worst = -Infinity;
  for (const p of pages) {
    const a: { load: number[]; script: number[] } = { load: [], script: [] };
    const b: { load: number[]; script: number[] } = { load: [], script: [] };
    // one warm-up load each, then alternate which profile goes first
    await measure(without.context, httpUrl(p));
    await measure(withExt.context, httpUrl(p));
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? ([without, withExt] as const) : ([withExt, without] as const);
      for (const o of order) {
        const m = await measure(o.context, httpUrl(p));
        const into = o === withExt ? a : b;
        into.load.push(m.load);
        into.script.push(m.script);
      }
    }
    const added = (median(a.load) - median(b.load)) / median(b.load);
    worst = Math.max(worst, added);
    rows.push([
      p.name,
      median(b.load).toFixed(1),
      median(a.load).toFixed(1),
      `${added >= 0 ? '+' : ''}${(added * 100).toFixed(1)}%`,
      median(b.script).toFixed(1),
      median(a.script).toFixed(1),
      (median(a.script) - median(b.script)).toFixed(1),
    ]);
  }
  await withExt.close();
  await without.close();
  server.close();
  console.log(`\nbench:load — built extension, median of ${RUNS} alternating loads per profile, ms\n`);
  printTable(['page', 'load without', 'load with', 'added', 'JS without', 'JS with', 'extension JS (main thread)'], rows);
  console.log(`\nworst added load time: ${(worst * 100).toFixed(1)}% (goal ≤ 2%) ${worst <= 0.02 ? 'OK' : 'OVER'}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
