import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MIGRATIONS, SETTINGS_VERSION, defaultSettings, detectVersion, migrateSettings, parseSettings } from '@/lib/settings';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/storage/${name}`, import.meta.url), 'utf8'));
}

describe('settings migrations', () => {
  it('has one step per version up to the current one', () => {
    for (let v = 1; v <= SETTINGS_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
    expect(MIGRATIONS[SETTINGS_VERSION + 1]).toBeUndefined();
  });

  it('migrates the v0 fixture to the v1 fixture', () => {
    expect(migrateSettings(fixture('v0.json'), 0)).toEqual(fixture('v1.json'));
  });

  it('the v1 fixture is valid current settings and migrating from v1 leaves it alone', () => {
    expect(parseSettings(fixture('v1.json')).problem).toBeUndefined();
    expect(migrateSettings(fixture('v1.json'), 1)).toEqual(fixture('v1.json'));
  });

  it('v0 → v1 step leaves v1-shaped values alone (WXT may hand us either)', () => {
    const v1 = fixture('v1.json');
    expect(MIGRATIONS[1]?.(v1)).toEqual(v1);
  });

  it.each([
    ['v0 shape', { trustedHosts: ['a.example.com'] }, 0],
    ['v1 shape', { trusted: [] }, SETTINGS_VERSION],
    ['both keys (v1 wins)', { trustedHosts: [], trusted: [] }, SETTINGS_VERSION],
    ['empty object', {}, SETTINGS_VERSION],
    ['not an object', 'trustedHosts', SETTINGS_VERSION],
  ])('detectVersion: %s', (_label, raw, expected) => {
    expect(detectVersion(raw)).toBe(expected);
  });

  it.each([
    ['trustedHosts not an array', { trustedHosts: 'a.example.com', showReminders: true }, { ...defaultSettings() }],
    ['showReminders wrong type', { trustedHosts: [], showReminders: 'no' }, defaultSettings()],
    ['unknown language', { trustedHosts: ['www.ilrc.org'], language: 'xx' }, {
      ...defaultSettings(),
      trusted: [{ host: 'www.ilrc.org', addedAt: '1970-01-01T00:00:00.000Z', level: 'none', reasons: [] }],
    }],
    ['a string', 'junk', defaultSettings()],
    ['null', null, defaultSettings()],
  ])('v0 → v1 repairs bad v0 data: %s', (_label, raw, expected) => {
    expect(migrateSettings(raw, 0)).toEqual(expected);
  });

  it.each([
    [-1], [0.5], [Number.NaN], [Number.POSITIVE_INFINITY],
  ])('a nonsense fromVersion (%s) is guessed from the shape', (from) => {
    expect(migrateSettings(fixture('v0.json'), from)).toEqual(fixture('v1.json'));
    expect(migrateSettings(fixture('v1.json'), from)).toEqual(fixture('v1.json'));
  });

  it('reads a newer version best-effort (unknown fields dropped)', () => {
    const future = { ...(fixture('v1.json') as object), theme: 'dark' };
    expect(migrateSettings(future, SETTINGS_VERSION + 3)).toEqual(fixture('v1.json'));
  });

  it('never throws, whatever the input and version', () => {
    fc.assert(fc.property(fc.anything(), fc.integer({ min: -2, max: 5 }), (raw, v) => {
      const s = migrateSettings(raw, v);
      expect(parseSettings(s).problem).toBeUndefined();
    }));
  });
});
