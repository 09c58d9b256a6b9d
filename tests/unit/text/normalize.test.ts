import { describe, expect, it } from 'vitest';
import { fold, foldSlow } from '@/lib/text/normalize';

describe('fold fast path', () => {
  it('agrees with the reference fold on mixed text, controls and accents', () => {
    const samples = [
      'Árbol NIÑO Über “quoted” – dash\u00a0nbsp\ttab\u0001ctl ＄5 İstanbul',
      'USCIS Access Code — $129. ¿Código de acceso? ÇA',
      'plain ascii only',
      '日本語 텍스트 Tiếng Việt ĐÂY',
    ];
    for (const s of samples) {
      expect(fold(s)).toBe(foldSlow(s));
      expect(fold(s)).toHaveLength(s.length);
    }
    let random = '';
    for (let i = 0; i < 5000; i++) random += String.fromCharCode((i * 7919) % 0x2100);
    expect(fold(random)).toBe(foldSlow(random));
  });
});
