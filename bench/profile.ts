/**
 * npm run bench:profile: where the analysis time goes on the
 * large benchmark pages, part by part (snapshot parts, prepare, each signal), median ms, in real
 * Chromium. Use it to find what to optimise; bench/page.ts gives the headline ratios.
 */
import { benchBundle } from './bundle';
import { benchPages } from './gen-pages';
import { openPagesContext, printTable } from './page';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function main(): Promise<void> {
  const bundle = await benchBundle();
  const pages = benchPages();
  const { browser, context } = await openPagesContext(pages);
  const names: string[] = [];
  const table: Record<string, Record<string, number>> = {};
  for (const p of pages) {
    const page = await context.newPage();
    await page.goto(p.url, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    await page.addScriptTag({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    const r = await page.evaluate((runs) => {
      type Fn = (...a: unknown[]) => unknown;
      const api = (globalThis as unknown as { __oonBench: { parts: Record<string, unknown> } }).__oonBench;
      const parts = api.parts as { collectText: Fn; collectForms: Fn; parseHost: Fn; preparePage: Fn; wordIndex: Fn; signals: Array<[string, Fn]> };
      const times: Record<string, number[]> = {};
      const time = (name: string, f: () => unknown) => {
        const t0 = performance.now();
        const v = f();
        (times[name] ??= []).push(performance.now() - t0);
        return v;
      };
      for (let i = 0; i < runs + 2; i++) {
        const quick = time('textContent', () => document.body.textContent ?? '') as string;
        time('isAboutImmigration (pre-filter)', () => (api as unknown as { isAboutImmigration(t: string): boolean }).isAboutImmigration(document.title + ' ' + quick));
        time('floor regex (1 pass, no match)', () => /qqzx\d{3}yy|zzkw[aeiou]{4}/i.test(quick));
        const text = time('collectText', () => parts.collectText(document)) as { text: string; truncated: boolean };
        const forms = time('collectForms', () => parts.collectForms(document, location.href));
        const snap = { url: location.href, title: document.title, ...text, forms, lang: 'en' };
        time('JSON.stringify(snapshot)', () => JSON.stringify(snap));
        const host = parts.parseHost(location.href);
        const prepared = time('preparePage', () => parts.preparePage(snap, host));
        time('word index (shared by the signals)', () => parts.wordIndex(prepared));
        for (const [id, run] of parts.signals) time(`signal ${id}`, () => run(prepared));
      }
      const out: Record<string, number> = {};
      for (const [k, xs] of Object.entries(times)) out[k] = [...xs.slice(2)].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? NaN;
      return out;
    }, RUNS);
    names.push(p.name);
    for (const [k, v] of Object.entries(r)) (table[k] ??= {})[p.name] = v;
    await page.close();
  }
  await browser.close();
  console.log(`\nbench profile — median of ${RUNS} runs, ms\n`);
  printTable(['part', ...names], Object.entries(table).map(([k, row]) => [k, ...names.map((n) => (row[n] ?? NaN).toFixed(2))]));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
