/**
 * Hygiene of the labelled corpus of pasted messages (tests/corpus/messages/, issue 18): every entry
 * well-formed, ids unique, each file holds one label, and the counts in its README are the counts
 * of the files (so the README cannot go stale). The page eval never reads this folder
 * (scripts/eval.ts skips it); how the message checker does on it is the engine's test, not this one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FRESH2_BATCH, FRESH3_BATCH, FRESH4_BATCH, FRESH5_BATCH, FRESH6_BATCH, FRESH7_BATCH, FRESH8_BATCH, FRESH9_BATCH, FRESH10_BATCH, FRESH11_BATCH, FRESH12_BATCH, FRESH13_BATCH, FRESH14_BATCH, FRESH_BATCH, TUNE_BATCHES } from '@/scripts/eval-messages';

const DIR = fileURLToPath(new URL('../corpus/messages/', import.meta.url));
const LABELS = ['scam', 'ok'] as const;
const CHANNELS = ['sms', 'email', 'chat', 'call-transcript', 'letter', 'link'] as const;
const QUALITIES = ['verbatim', 'fragment', 'reconstruction'] as const;
/** A language tag: 'en', 'es', 'zh', 'zh-TW', 'pt-BR'… */
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

interface Message {
  id: string;
  label: (typeof LABELS)[number];
  channel: (typeof CHANNELS)[number];
  quality: (typeof QUALITIES)[number];
  lang: string;
  text: string;
  source: string;
  reason: string;
  /** Only in a tune batch (scripts/eval-messages.ts TUNE_BATCHES) or a fresh hold-out batch (FRESH_BATCH, FRESH2_BATCH … FRESH14_BATCH). */
  batch?: string;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const byFile = files.map((file) => ({ file, entries: JSON.parse(readFileSync(DIR + file, 'utf8')) as Message[] }));
const all = byFile.flatMap((f) => f.entries);
const readme = readFileSync(DIR + 'README.md', 'utf8');

describe('message corpus', () => {
  it('has one file per label, each an array of that label only', () => {
    expect(files).toEqual(LABELS.map((l) => `${l}.json`).sort());
    for (const { file, entries } of byFile) {
      expect(Array.isArray(entries), file).toBe(true);
      for (const e of entries) expect(`${e.label}.json`, e.id).toBe(file);
    }
  });

  it('every entry is well-formed and every id unique', () => {
    const ids = new Set<string>();
    for (const e of all) {
      const keys = ['channel', 'id', 'label', 'lang', 'quality', 'reason', 'source', 'text', ...(e.batch === undefined ? [] : ['batch'])];
      expect(Object.keys(e).sort(), e.id).toEqual(keys.sort());
      if (e.batch !== undefined) expect([...TUNE_BATCHES, FRESH_BATCH, FRESH2_BATCH, FRESH3_BATCH, FRESH4_BATCH, FRESH5_BATCH, FRESH6_BATCH, FRESH7_BATCH, FRESH8_BATCH, FRESH9_BATCH, FRESH10_BATCH, FRESH11_BATCH, FRESH12_BATCH, FRESH13_BATCH, FRESH14_BATCH], e.id).toContain(e.batch);
      expect(e.id).toMatch(/^msg-[a-z0-9-]+$/);
      expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
      ids.add(e.id);
      expect(CHANNELS, e.id).toContain(e.channel);
      expect(QUALITIES, e.id).toContain(e.quality);
      expect(e.lang, e.id).toMatch(LANG);
      expect(e.source, e.id).toMatch(/^https?:\/\/\S+$/);
      expect(e.text.trim().length, e.id).toBeGreaterThan(10);
      expect(e.reason.length, e.id).toBeGreaterThan(20);
    }
  });

  it('the README counts per label and quality are the counts of the files', () => {
    for (const label of LABELS) {
      const of = all.filter((e) => e.label === label);
      const n = QUALITIES.map((q) => of.filter((e) => e.quality === q).length);
      expect(readme, `README row for ${label}`).toContain(`| ${label} | ${n.join(' | ')} | ${of.length} |`);
    }
  });

  it('the README counts per language are the counts of the files', () => {
    const langs = [...new Set(all.map((e) => e.lang))].sort();
    for (const lang of langs) {
      const n = LABELS.map((l) => all.filter((e) => e.lang === lang && e.label === l).length);
      expect(readme, `README row for ${lang}`).toContain(`| ${lang} | ${n.join(' | ')} |`);
    }
  });
});
