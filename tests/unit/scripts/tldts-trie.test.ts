/**
 * The packed public-suffix trie (scripts/tldts-trie.ts, applied by wxt.config.ts to every bundle) holds tldts's own data:
 * the transformed trie.js, loaded as a module, exports the same label string, arrays and roots as tldts's file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packNumbers, packTrie, unpackNumbers } from '@/scripts/tldts-trie';

const TRIE = join(createRequire(import.meta.url).resolve('tldts'), '..', '..', 'es6', 'src', 'data', 'trie.js');
type Trie = Record<string, unknown>;

async function load(code: string): Promise<Trie> {
  const dir = mkdtempSync(join(tmpdir(), 'trie-'));
  try {
    const file = join(dir, 'trie.mjs');
    writeFileSync(file, code.replace(/^\/\/# sourceMappingURL=.*$/m, '')); // no map beside the copy
    return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Trie;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('tldts trie, packed', () => {
  it('decodes to tldts\'s own arrays, label string and roots', async () => {
    const source = readFileSync(TRIE, 'utf8');
    const original = await load(source);
    const packed = packTrie(source);
    expect(packed.length).toBeLessThan(source.length - 30_000);
    const mine = await load(packed);
    expect(Object.keys(mine).sort()).toEqual(Object.keys(original).sort());
    for (const [name, value] of Object.entries(original)) {
      if (ArrayBuffer.isView(value)) {
        expect(mine[name], name).toBeInstanceOf(value.constructor);
        expect([...(mine[name] as Uint16Array)], name).toEqual([...(value as Uint16Array)]);
      } else expect(mine[name], name).toBe(value);
    }
  });

  it.each([
    [[0, 1, 31, 32, 33, 1023, 1024, 65535], false],
    [[0, 0, 3, 40, 41, 1500, 10472], true],
    [[], false],
  ])('numbers round-trip: %j (delta %s)', (values, delta) => {
    expect(unpackNumbers(packNumbers(values, delta), values.length, delta)).toEqual(values);
  });

  it('one character for a number under 32; the digits need no escaping', () => {
    expect(packNumbers([0, 5, 31], false)).toHaveLength(3);
    expect(packNumbers([32, 666], false)).toHaveLength(4);
    expect(packNumbers([...Array(2000).keys()], false)).not.toMatch(/["'`\\${}]/);
  });

  it('refuses a trie.js of another shape', () => {
    expect(() => packTrie('export const labelText = "com";\n')).toThrow(/arrays/);
    expect(() => packTrie('export const labels = ["com"];\n')).toThrow(/labelText/);
  });
});
