/**
 * Keeps the message signals, their registry and their tests in step (the message side of
 * tests/meta/signals.test.ts). For every lib/message/signals/<id>.ts except index.ts, types.ts
 * and agency.ts (shared words, not a signal):
 *  - lib/message/signals/index.ts imports it and registers it under its file name,
 *  - tests/unit/message/signals/<id>.test.ts exists,
 *  - the file ends with an `Examples:` comment naming a message it fires on and one it must not.
 * And every page signal a message runs is a registered page signal, and every reason a message
 * verdict can give has a title and a message explanation in English (tests/meta/locales.test.ts
 * then holds the other languages to the same keys).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_REASON_IDS, MESSAGE_SIGNAL_IDS, PAGE_SIGNALS_IN_MESSAGES, AMPLIFIER_IDS, LINK_SIGNAL_IDS } from '@/lib/message/signals';
import { messageExplainKey } from '@/lib/message/keys';
import { reasonKey } from '@/lib/verdict/reasons';
import en from '@/public/_locales/en/messages.json';
import { SIGNAL_IDS } from '@/lib/signals';

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, 'lib', 'message', 'signals');
const NOT_SIGNALS = new Set(['index.ts', 'types.ts', 'agency.ts']);
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !NOT_SIGNALS.has(f))
  .map((f) => f.replace(/\.ts$/, ''));
const registry = readFileSync(join(DIR, 'index.ts'), 'utf8');

describe('message signals meta', () => {
  it('has signals', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s is imported and registered', (id) => {
    expect(registry, `add: import … from './${id}';`).toContain(`from './${id}';`);
    expect(MESSAGE_SIGNAL_IDS, `add ['${id}', …] to MESSAGE_SIGNALS`).toContain(id);
  });

  it.each(files)('%s has tests/unit/message/signals/%s.test.ts', (id) => {
    expect(existsSync(join(ROOT, 'tests', 'unit', 'message', 'signals', `${id}.test.ts`))).toBe(true);
  });

  it.each(files)('%s ends with an Examples: block (fires / must not)', (id) => {
    const src = readFileSync(join(DIR, `${id}.ts`), 'utf8');
    expect(src).toMatch(/Examples:\n\s+fires:\s+\S[\s\S]*must not:\s+\S[\s\S]*\*\/\s*$/);
  });

  it('every registered id is a file; no id is both a message and a page signal', () => {
    expect([...MESSAGE_SIGNAL_IDS].sort()).toEqual([...files].sort());
    for (const id of MESSAGE_SIGNAL_IDS) expect(SIGNAL_IDS).not.toContain(id);
  });

  it('page signals run on messages are registered page signals; amplifiers and link signals are message signals', () => {
    for (const id of PAGE_SIGNALS_IN_MESSAGES) expect(SIGNAL_IDS).toContain(id);
    for (const id of [...AMPLIFIER_IDS, ...LINK_SIGNAL_IDS]) expect(MESSAGE_SIGNAL_IDS).toContain(id);
  });

  it.each([...MESSAGE_REASON_IDS])('%s has a title and a message explanation', (id) => {
    const keys: Record<string, unknown> = en;
    expect(keys, `add ${reasonKey(id, 'title')} to public/_locales/*/messages.json`).toHaveProperty(reasonKey(id, 'title'));
    expect(keys, `add ${messageExplainKey(id)} to public/_locales/*/messages.json`).toHaveProperty(messageExplainKey(id));
  });
});
