/**
 * The data files as the bundles take them (scripts/data-docs.ts, wxt.config.ts dataWithoutDocs): without the documentation
 * of the file and of its lists' entries, every other value as it is, and no code reading what was left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_KEYS, withoutDocs } from '@/scripts/data-docs';

const ROOT = join(__dirname, '..', '..', '..');
const DATA = join(ROOT, 'lib', 'data');
const files = readdirSync(DATA).filter((f) => f.endsWith('.json') && f !== 'facts.json');
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as Record<string, unknown>;

/** `value` with `keys` removed from the root and from every list entry (the rule, written out again for the test). */
function expected(value: unknown, keys: ReadonlySet<string>): unknown {
  const entryOf = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(entryOf);
    if (typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(Object.entries(v).filter(([k]) => !keys.has(k)).map(([k, x]) => [k, Array.isArray(x) ? x.map(entryOf) : x]));
  };
  return entryOf(value);
}

describe('data files without their documentation', () => {
  it.each(files)('%s: only the documentation goes; maps and values stay', (file) => {
    const original = read(file);
    const stripped = JSON.parse(withoutDocs(readFileSync(join(DATA, file), 'utf8'))) as Record<string, unknown>;
    expect(stripped).toEqual(expected(original, DOC_KEYS));
  });

  it('a map keeps a key named like the documentation (a word "source" of a weights map is data)', () => {
    const stripped = JSON.parse(withoutDocs(JSON.stringify({ about: 'x', weights: { source: 1.5, about: -2 }, hosts: [{ host: 'a.com', source: 'https://x', note: 'n', tags: [{ why: 'w', id: 1 }] }] })));
    expect(stripped).toEqual({ weights: { source: 1.5, about: -2 }, hosts: [{ host: 'a.com', tags: [{ id: 1 }] }] });
  });

  it('the seller model\'s weights and the look-alike words are unchanged', () => {
    const model = read('seller-model.json');
    const targets = read('lookalike-targets.json');
    const strip = (file: string) => JSON.parse(withoutDocs(readFileSync(join(DATA, file), 'utf8'))) as Record<string, unknown>;
    expect(strip('seller-model.json').weights).toEqual(model.weights);
    expect(strip('lookalike-targets.json').words).toEqual(targets.words);
  });

  // The bundles have no documentation to read: code that reads it would read undefined there, and only there.
  it('no code that imports a data file reads a documentation key of it', () => {
    const readers: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.ts') && /from '[./]+(?:\/data|data)\/(?!facts)[\w-]+\.json'/.test(readFileSync(path, 'utf8'))) readers.push(path);
      }
    };
    walk(join(ROOT, 'lib'));
    expect(readers.length).toBeGreaterThan(10);
    const doc = [...DOC_KEYS].join('|');
    for (const path of readers) {
      // comments, and a regular expression's own `.source` (constants in capitals: HOME_PAGE_TITLE's MISSION_SITE.source)
      const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/\b[A-Z][A-Z0-9_]*\.source\b/g, '');
      expect(code, path).not.toMatch(new RegExp(String.raw`\.(?:${doc})\b(?!\()|\{[^}]*\b(?:${doc})\b[^}]*\}\s*=`));
    }
  });
});
