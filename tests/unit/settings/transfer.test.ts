import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPORT_FORMAT, MAX_IMPORT_CHARS, SETTINGS_VERSION, defaultSettings, exportSettings, importChanges, importSettings, parseSettings, unchanged } from '@/lib/settings';

const fixtureText = (name: string) => readFileSync(new URL(`../../fixtures/storage/${name}`, import.meta.url), 'utf8');
const v1 = JSON.parse(fixtureText('v1.json')) as ReturnType<typeof defaultSettings>;

describe('exportSettings', () => {
  it('writes the documented envelope as pretty JSON', () => {
    const text = exportSettings(v1);
    expect(text).toContain('\n  "format": "official-or-not-settings",\n');
    expect(JSON.parse(text)).toEqual({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: v1 });
  });

  it('validates before writing (a bad in-memory value exports clean)', () => {
    const bad = { ...v1, language: 'xx', trusted: [...v1.trusted, { host: 'com', addedAt: '', level: 'none', reasons: [] }] };
    const parsed = JSON.parse(exportSettings(bad as never)) as { settings: unknown };
    expect(parsed.settings).toEqual({ ...v1, language: 'auto' });
  });
});

describe('importSettings', () => {
  it('round-trips any valid settings', () => {
    fc.assert(fc.property(fc.anything(), (raw) => {
      const s = parseSettings(raw).settings;
      expect(importSettings(exportSettings(s))).toEqual({ settings: s });
    }));
  });

  it('imports an old (v0) file by migrating it', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 0, settings: JSON.parse(fixtureText('v0.json')) });
    const r = importSettings(text);
    expect('settings' in r && r.settings).toEqual(v1);
  });

  it('imports what is valid in a damaged file and says it was repaired', () => {
    const text = `{"format":"${EXPORT_FORMAT}","version":1,"settings":${fixtureText('corrupted.json')}}`;
    const r = importSettings(text);
    expect('settings' in r && r.settings.trusted.map((t) => t.host)).toEqual(['lawyer.example.com', 'example.com', 'evil.example']);
    expect('settings' in r && r.problem).toBe('options_settings_reset');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(importSettings('\uFEFF' + exportSettings(v1))).toEqual({ settings: v1 });
  });

  it.each([
    ['empty text', '', 'not-json'],
    ['not JSON', 'language=es', 'not-json'],
    ['truncated JSON', exportSettings(v1).slice(0, 40), 'not-json'],
    ['a bare settings object', JSON.stringify(v1), 'wrong-format'],
    ['another extension\'s file', JSON.stringify({ format: 'ublock-backup', version: 1, settings: {} }), 'wrong-format'],
    ['settings not an object', JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: [] }), 'wrong-format'],
    ['JSON null', 'null', 'wrong-format'],
    ['version missing', JSON.stringify({ format: EXPORT_FORMAT, settings: {} }), 'bad-version'],
    ['version a string', JSON.stringify({ format: EXPORT_FORMAT, version: '1', settings: {} }), 'bad-version'],
    ['version fractional', JSON.stringify({ format: EXPORT_FORMAT, version: 0.5, settings: {} }), 'bad-version'],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION + 1, settings: {} }), 'newer-version'],
    ['too large', JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: {}, pad: 'x'.repeat(MAX_IMPORT_CHARS) }), 'too-large'],
  ])('rejects %s', (_label, text, error) => {
    expect(importSettings(text)).toEqual({ error });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (t) => {
      const r = importSettings(t);
      expect('error' in r || 'settings' in r).toBe(true);
    }));
    expect(importSettings(42 as never)).toEqual({ error: 'not-json' });
  });
});

describe('importChanges', () => {
  const site = (host: string) => ({ host, addedAt: '2026-10-02T09:00:00.000Z', level: 'none' as const, reasons: [] });
  const base = { language: 'auto' as const, showNotice: true, trusted: [site('a.example'), site('b.example')] };

  it('lists sites the file would trust and stop trusting, sorted', () => {
    const next = { ...base, trusted: [site('z.example'), site('b.example'), site('c.example')] };
    expect(importChanges(base, next)).toEqual({ trust: ['c.example', 'z.example'], untrust: ['a.example'], other: false });
  });

  it('notices a changed language or reminder setting; the same settings change nothing', () => {
    expect(importChanges(base, { ...base, language: 'es' }).other).toBe(true);
    expect(importChanges(base, { ...base, showNotice: false }).other).toBe(true);
    expect(unchanged(importChanges(base, { ...base, trusted: [...base.trusted].reverse() }))).toBe(true);
    expect(unchanged(importChanges(base, { ...base, language: 'ko' }))).toBe(false);
  });
});
