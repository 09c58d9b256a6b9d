/**
 * lib/i18n/worker.ts copies a few messages per locale by name (so the worker bundle drops the
 * rest): each must be the same entry as in the locale file, and every key the worker translates
 * must be among them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLES, LOCALES } from '@/lib/i18n';
import { makeWorkerT, WORKER_BUNDLES, WORKER_KEYS } from '@/lib/i18n/worker';

describe('worker translations', () => {
  it.each(LOCALES.map((l) => [l]))('%s: the same entries as the locale file', (locale) => {
    for (const key of WORKER_KEYS) expect(WORKER_BUNDLES[locale][key], `${locale} ${key}`).toEqual(BUNDLES[locale][key]);
    expect(makeWorkerT(locale)('level_danger')).toBe(BUNDLES[locale].level_danger?.message ?? BUNDLES.en.level_danger?.message);
  });

  it('covers every key the worker code translates', () => {
    const sources = ['entrypoints/background/effects.ts', 'lib/platform/check-link.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = [...sources.matchAll(/\bt\('([a-zA-Z_]+)'/g)].map((m) => m[1]);
    for (const level of ['official', 'none', 'notice', 'caution', 'danger']) used.push(`level_${level}`, `level_${level}_summary`);
    expect(used.length).toBeGreaterThan(10);
    for (const key of used) expect(WORKER_KEYS as readonly string[], key).toContain(key);
  });
});
