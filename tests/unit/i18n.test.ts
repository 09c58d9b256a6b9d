import { describe, expect, it } from 'vitest';
import { BUNDLES, MESSAGE_KEYS, dirFor, hasMessage, langTag, makeT, matchLocale, resolveLocale, translate } from '@/lib/i18n';

describe('resolveLocale', () => {
  it.each([
    ['es', ['en-US'], 'es'],
    ['ko', [], 'ko'],
    ['auto', ['es-MX', 'en-US'], 'es'],
    ['auto', ['fr-FR', 'vi-VN'], 'vi'],
    ['auto', ['zh-CN'], 'zh_CN'],
    ['auto', ['zh-Hans-CN'], 'zh_CN'],
    ['auto', ['zh'], 'zh_CN'],
    ['auto', ['zh-TW', 'en'], 'en'], // traditional script: do not force simplified
    ['auto', ['zh-Hant', 'ko'], 'ko'],
    ['auto', ['tl-PH'], 'fil'],
    ['auto', ['fil'], 'fil'],
    ['auto', ['ko_KR'], 'ko'],
    ['auto', ['EN-gb'], 'en'],
    ['auto', ['fr', 'de'], 'en'],
    ['auto', [], 'en'],
    ['xx', ['ko'], 'ko'], // unknown setting behaves like auto
    ['', [''], 'en'],
  ] as const)('(%j, %j) → %s', (setting, langs, expected) => {
    expect(resolveLocale(setting, langs)).toBe(expected);
  });

  it('never throws on junk', () => {
    expect(resolveLocale(undefined as never, undefined as never)).toBe('en');
    expect(resolveLocale('auto', [null, 42, 'es'] as never)).toBe('es');
    expect(matchLocale(7 as never)).toBeNull();
  });
});

describe('translate', () => {
  it('fills named placeholders in any case', () => {
    expect(translate('en', 'warning_difference', { HOST: 'uscis-gov.net', NAME: 'USCIS', OFFICIAL: 'uscis.gov' })).toBe(
      'This site is uscis-gov.net. USCIS is uscis.gov.',
    );
    expect(translate('es', 'signal_lookalike_domain_explain', { name: 'USCIS', official: 'uscis.gov' })).toBe(
      'Este sitio no es USCIS. El sitio real es uscis.gov.',
    );
  });

  it('substitutes once: page text containing $NAME$ is not expanded again', () => {
    const out = translate('en', 'popup_evidence', { EVIDENCE: 'pay $HOST$ now $$' });
    expect(out).toBe('Found on the page: pay $HOST$ now $$');
  });

  it('leaves HTML as plain text', () => {
    const out = translate('en', 'popup_site_label', { HOST: '<img src=x onerror=alert(1)>' });
    expect(out).toBe('Site: <img src=x onerror=alert(1)>');
  });

  it('missing substitutions become empty, not "$HOST$"', () => {
    expect(translate('en', 'popup_site_label')).toBe('Site: ');
  });

  it('falls back to English, then to the key', () => {
    expect(translate('xx', 'level_danger')).toBe('Danger');
    expect(translate('ko', 'level_danger')).toBe('위험');
    expect(translate('ko', 'no_such_key')).toBe('no_such_key');
    expect(translate('en', '__proto__')).toBe('__proto__');
    expect(translate('en', 'toString')).toBe('toString');
  });

  it.each(['en', 'es', 'zh_CN', 'vi', 'fil', 'ko'] as const)('%s translates every key', (locale) => {
    const t = makeT(locale);
    for (const key of MESSAGE_KEYS) {
      const s = t(key, { HOST: 'h', OFFICIAL: 'o', NAME: 'n', FIELD: 'f', DATE: 'd', LEVEL: 'l', PRICE: 'p', DAYS: '1', SIGNIN: 's', ACCOUNT: 'a', PHONE: 'p', EVIDENCE: 'e' });
      expect(s, key).not.toBe(key);
      expect(s, key).not.toMatch(/\$[A-Za-z_]+\$/);
    }
    expect(Object.keys(BUNDLES[locale]).length).toBe(MESSAGE_KEYS.length);
  });

  it('reasons are explained in short English sentences (at most 30 words each), the source every translation follows', () => {
    const t = makeT('en');
    const long = MESSAGE_KEYS.filter((k) => k.endsWith('_explain')).flatMap((k) =>
      t(k, { HOST: 'h', OFFICIAL: 'o', NAME: 'n' })
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => sentence.split(/\s+/).length > 30)
        .map((sentence) => `${k}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('hasMessage / langTag / dirFor', () => {
    expect(hasMessage('level_caution')).toBe(true);
    expect(hasMessage('level_nope')).toBe(false);
    expect(langTag('zh_CN')).toBe('zh-CN');
    expect(langTag('fil')).toBe('fil');
    expect(langTag('zz')).toBe('en');
    expect(dirFor('ko')).toBe('ltr');
  });
});
