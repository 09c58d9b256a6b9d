/**
 * Keeps signals, registry, tests and examples in step (refined-github's features meta-test).
 * For every lib/signals/<id>.ts except index.ts and types.ts:
 *  - lib/signals/index.ts imports it and registers it under its file name,
 *  - tests/unit/signals/<id>.test.ts exists,
 *  - every locale has its title and explanation (reasonKey: signal_<id>_title / _explain), and so
 *    does every rule reason (RULE_REASON_IDS: host rules, the banner's tamper report) and every reason a signal gives
 *    in place of its own id (HIT_REASON_IDS: an advertorial),
 *  - the README's signal table has its row (`<a id="<id>">`),
 *  - the file ends with an `Examples:` comment; the corpus entries named under "fires:" exist in
 *    tests/corpus and the signal really fires on each of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNALS, SIGNAL_IDS } from '@/lib/signals';
import { parseHost } from '@/lib/domain';
import { preparePage } from '@/lib/text/prepare';
import { loadCorpus, type CorpusEntry } from '@/scripts/eval';
import { reasonKey, SERVICE_WORDING } from '@/lib/verdict/reasons';
import { HIT_REASON_IDS, RULE_REASON_IDS } from '@/lib/types';
import { textToSnapshot } from '@/scripts/html-snapshot';

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, 'lib', 'signals');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const registry = readFileSync(join(DIR, 'index.ts'), 'utf8');
const corpus = new Map<string, CorpusEntry>(loadCorpus().map((e) => [e.id, e]));

function fires(id: string, entry: CorpusEntry): boolean {
  const run = SIGNALS.find(([sid]) => sid === id)?.[1];
  const page = preparePage({ ...textToSnapshot(entry.text, entry.url, entry.title ?? ''), forms: entry.forms ?? [] }, parseHost(entry.url));
  return run?.(page) !== undefined;
}

describe('signals meta', () => {
  it('has signals', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s is imported and registered in lib/signals/index.ts', (id) => {
    expect(registry, `add: import … from './${id}';`).toContain(`from './${id}';`);
    expect(SIGNAL_IDS, `add ['${id}', …] to SIGNALS`).toContain(id);
  });

  it.each(files)('%s has tests/unit/signals/%s.test.ts', (id) => {
    expect(existsSync(join(ROOT, 'tests', 'unit', 'signals', `${id}.test.ts`)), `create tests/unit/signals/${id}.test.ts`).toBe(true);
  });

  it.each(files)('%s ends with an Examples: block naming existing corpus pages', (id) => {
    const src = readFileSync(join(DIR, `${id}.ts`), 'utf8');
    const block = /Examples:\n([\s\S]*?)\*\/\s*$/.exec(src);
    expect(block, `end lib/signals/${id}.ts with an Examples: comment`).not.toBeNull();
    const listed = /fires:\s*(.+)/.exec(block?.[1] ?? '')?.[1] ?? '';
    const named = listed.split(',').map((s) => s.replace(/\(.*\)/, '').trim()).filter(Boolean);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) {
      const entry = corpus.get(name);
      expect(entry, `${id}: corpus entry "${name}" does not exist`).toBeDefined();
      if (entry) expect(fires(id, entry), `${id} does not fire on its example "${name}"`).toBe(true);
    }
  });

  const LOCALES_DIR = join(ROOT, 'public', '_locales');
  const locales = readdirSync(LOCALES_DIR);
  const bundles = new Map(locales.map((l) => [l, JSON.parse(readFileSync(join(LOCALES_DIR, l, 'messages.json'), 'utf8')) as Record<string, unknown>]));
  it.each([...files, ...RULE_REASON_IDS, ...HIT_REASON_IDS])('%s has its title and explanation in every locale', (id) => {
    expect(locales.length).toBeGreaterThanOrEqual(6);
    for (const [locale, bundle] of bundles) {
      for (const part of ['title', 'explain'] as const) {
        const key = reasonKey(id, part);
        expect(bundle[key], `add "${key}" to public/_locales/${locale}/messages.json`).toBeDefined();
      }
    }
  });

  // A reason with its own words for a service (lib/verdict/reasons.ts SERVICE_WORDING: an ITIN seller) has them in
  // every locale too, and they state no government fee (no stored IRS page gives the ITIN's cost).
  it.each([...SERVICE_WORDING].flatMap(([id, services]) => services.map((s) => [id, s] as const)))('%s has its own %s words in every locale, naming no fee', (id, service) => {
    for (const [locale, bundle] of bundles) {
      for (const part of ['title', 'explain'] as const) {
        const key = reasonKey(id, part, service);
        expect(key).not.toBe(reasonKey(id, part));
        const message = (bundle[key] as { message?: string } | undefined)?.message;
        expect(message, `add "${key}" to public/_locales/${locale}/messages.json`).toBeDefined();
        expect((message ?? '').replace(/W-7/g, ''), `${locale} ${key} names an amount`).not.toMatch(/\d/);
        if (locale === 'en') expect(message ?? '', `${key} calls the step free`).not.toMatch(/\bfree\b/i);
      }
    }
  });

  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it.each(files)('%s has a row in the README signal table', (id) => {
    expect(readme, `add a row | <a id="${id}"></a>\`${id}\` | … | … | to README.md "Page signals"`).toMatch(
      new RegExp(`^\\| <a id="${id}"></a>\`${id}\` \\|`, 'm'),
    );
  });

  it('every registered id is a file', () => {
    for (const id of SIGNAL_IDS) expect(files).toContain(id);
  });
});
