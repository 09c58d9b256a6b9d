import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  MAX_TRUSTED,
  SETTINGS_PROBLEM,
  UNKNOWN_DATE,
  defaultSettings,
  parseSettings,
} from '@/lib/settings';

/** JSON.parse keeps `__proto__` as an own key (an import of the .json file would not). */
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/storage/${name}`, import.meta.url), 'utf8'));
}

const site = (host: string, extra: Record<string, unknown> = {}) => ({
  host,
  addedAt: '2026-05-04T10:00:00.000Z',
  level: 'notice',
  reasons: [{ id: 'uscis-topic', evidence: 'green card renewal' }],
  ...extra,
});

describe('parseSettings: defaults', () => {
  it('gives the defaults, without a problem, when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings() });
    expect(parseSettings(null)).toEqual({ settings: defaultSettings() });
    expect(parseSettings({})).toEqual({ settings: defaultSettings() });
  });

  it('has the documented defaults and a frozen constant', () => {
    expect(DEFAULT_SETTINGS).toEqual({ language: 'auto', showNotice: true, trusted: [] });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.trusted)).toBe(true);
  });

  it('returns a fresh object each time (callers cannot corrupt the defaults)', () => {
    const a = parseSettings(undefined).settings;
    a.trusted.push(site('x.example.com') as never);
    expect(parseSettings(undefined).settings.trusted).toEqual([]);
  });

  it.each([
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', [{ language: 'es' }]],
    ['a boolean', true],
    ['a Date', new Date()],
    ['a Map', new Map([['language', 'es']])],
  ])('repairs a stored value that is %s', (_label, raw) => {
    const r = parseSettings(raw);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problem).toBe(SETTINGS_PROBLEM);
  });
});

describe('parseSettings: field by field', () => {
  it.each([
    ['auto', 'auto', false],
    ['es', 'es', false],
    ['zh_CN', 'zh_CN', false],
    ['fil', 'fil', false],
    ['zh-CN (wrong separator)', 'auto', true],
    ['EN (wrong case)', 'auto', true],
    ['klingon', 'auto', true],
    ['a number', 'auto', true],
  ])('language %s', (label, expected, problem) => {
    const value = { 'zh-CN (wrong separator)': 'zh-CN', 'EN (wrong case)': 'EN', 'a number': 7 }[label] ?? label;
    const r = parseSettings({ language: value, showNotice: false });
    expect(r.settings.language).toBe(expected);
    expect(r.settings.showNotice).toBe(false); // the other field survives
    expect(r.problem !== undefined).toBe(problem);
  });

  it.each([
    [false, false, false],
    [true, true, false],
    ['false', true, true],
    [0, true, true],
    [null, true, true],
  ])('showNotice %j → %j', (value, expected, problem) => {
    const r = parseSettings({ showNotice: value, language: 'ko' });
    expect(r.settings.showNotice).toBe(expected);
    expect(r.settings.language).toBe('ko');
    expect(r.problem !== undefined).toBe(problem);
  });

  it('keeps a valid trusted list untouched and reports nothing', () => {
    const raw = { language: 'vi', showNotice: true, trusted: [site('www.ilrc.org'), site('alice.github.io')] };
    expect(parseSettings(raw)).toEqual({ settings: raw });
  });

  it('repairs the corrupted fixture field by field', () => {
    const r = parseSettings(fixture('corrupted.json'));
    expect(r.problem).toBe(SETTINGS_PROBLEM);
    expect(r.settings).toEqual({
      language: 'auto',
      showNotice: true,
      trusted: [
        {
          host: 'lawyer.example.com',
          addedAt: '2026-03-01T12:00:00.000Z',
          level: 'caution',
          reasons: [{ id: 'paid-form-help', evidence: 'we charge $200' }],
        },
        { host: 'example.com', addedAt: UNKNOWN_DATE, level: 'none', reasons: [] },
        { host: 'evil.example', addedAt: '2026-01-01T00:00:00.000Z', level: 'none', reasons: [{ id: 'ok-id', evidence: '' }] },
      ],
    });
    expect(r.fields).toEqual(expect.arrayContaining([
      'language', 'showNotice', 'unknown:__proto__', 'unknown:constructor',
      'trusted[1].duplicate', 'trusted[2].addedAt', 'trusted[2].level', 'trusted[3].reasons',
      'trusted[4].host', 'trusted[5].host', 'trusted[6]', 'trusted[7]',
    ]));
  });

  it('does not let __proto__ keys pollute prototypes or the result', () => {
    const raw = fixture('corrupted.json');
    const r = parseSettings(raw);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(r.settings)).toBe(Object.prototype);
    expect((r.settings as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(r.settings).sort()).toEqual(['language', 'showNotice', 'trusted']);
  });

  it.each([
    ['an IP address', '10.0.0.1'],
    ['a bare public suffix', 'com'],
    ['a private public suffix', 'github.io'],
    ['a multi-label suffix', 'co.uk'],
    ['a single-label name', 'localhost'],
    ['text with spaces', 'my lawyer'],
    ['an empty string', ''],
    ['a 300-character host', 'a'.repeat(290) + '.example.com'],
    ['a non-web URL', 'file:///etc/passwd'],
  ])('drops a trusted entry whose host is %s (fails closed)', (_label, host) => {
    const r = parseSettings({ trusted: [site(host), site('www.ilrc.org')] });
    expect(r.settings.trusted.map((t) => t.host)).toEqual(['www.ilrc.org']);
    expect(r.problem).toBe(SETTINGS_PROBLEM);
  });

  it.each([
    ['2026-01-01', null], // date only: a real instant (midnight UTC)
    ['yesterday', UNKNOWN_DATE],
    ['', UNKNOWN_DATE],
    ['1999-12-31T00:00:00Z', UNKNOWN_DATE], // before the extension existed
    ['+275760-09-13T00:00:00.000Z', UNKNOWN_DATE],
    [1714816800000, UNKNOWN_DATE], // a number, not an ISO string
  ])('date %j', (addedAt, expected) => {
    const r = parseSettings({ trusted: [site('lawyer.example.com', { addedAt })] });
    const got = r.settings.trusted[0]?.addedAt;
    if (expected === null) {
      expect(got).toBe(new Date(Date.parse(addedAt as string)).toISOString());
      expect(r.problem).toBeUndefined();
    } else {
      expect(got).toBe(expected);
      expect(r.problem).toBe(SETTINGS_PROBLEM);
    }
  });

  it('normalizes hand-edited host spellings (case, trailing dot, IDN)', () => {
    const r = parseSettings({ trusted: [site('WWW.ILRC.ORG.'), site('bücher.example.com')] });
    expect(r.settings.trusted.map((t) => t.host)).toEqual(['www.ilrc.org', 'xn--bcher-kva.example.com']);
  });

  it('caps a huge trusted array quickly', () => {
    const huge = Array.from({ length: 50_000 }, (_, i) => site(`site${i}.example.com`));
    const t0 = performance.now();
    const r = parseSettings({ trusted: huge });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.settings.trusted).toHaveLength(MAX_TRUSTED);
    expect(r.fields).toContain('trusted.length');
  });

  it('caps reasons and evidence', () => {
    const reasons = Array.from({ length: 100 }, (_, i) => ({ id: `signal-${i}`, evidence: 'x'.repeat(10_000) }));
    const r = parseSettings({ trusted: [site('lawyer.example.com', { reasons })] });
    const kept = r.settings.trusted[0]?.reasons ?? [];
    expect(kept.length).toBe(20);
    expect(kept.every((x) => x.evidence.length === 300)).toBe(true);
    expect(r.problem).toBe(SETTINGS_PROBLEM);
  });

  it('survives objects whose getters throw', () => {
    const evil = { language: 'es' };
    Object.defineProperty(evil, 'trusted', { enumerable: true, get() { throw new Error('boom'); } });
    const r = parseSettings(evil);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problem).toBe(SETTINGS_PROBLEM);
  });
});

describe('parseSettings: properties', () => {
  it('never throws and always returns valid, idempotent settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ language: fc.anything(), showNotice: fc.anything(), trusted: fc.array(fc.anything()) })), (raw) => {
        const first = parseSettings(raw);
        const again = parseSettings(first.settings);
        expect(again.problem).toBeUndefined();
        expect(again.settings).toEqual(first.settings);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every valid generated entry', () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
    fc.assert(
      fc.property(fc.uniqueArray(label, { maxLength: 30 }), (names) => {
        const raw = { trusted: names.map((n) => site(`${n}.example.org`)) };
        const r = parseSettings(raw);
        expect(r.problem).toBeUndefined();
        expect(r.settings.trusted.map((t) => t.host)).toEqual(names.map((n) => `${n}.example.org`));
      }),
    );
  });
});
