import { describe, expect, it } from 'vitest';
import { isAboutImmigration } from '@/lib/text/relevance';
import { loadCorpus } from '@/scripts/eval';
import { SIGNALS } from '@/lib/signals';
import { parseHost } from '@/lib/domain';
import { preparePage } from '@/lib/text/prepare';
import { textToSnapshot } from '@/scripts/html-snapshot';

describe('isAboutImmigration', () => {
  it.each([
    'Check your USCIS case status',
    'Solicitud de visa y tarjeta verde',
    'Apply for ESTA before you travel',
    'Formulario I-130 para su familia',
    'Notario público: le ayudamos',
    'Green Card Lottery DV-2027',
    'Get your EIN today',
    'An official website of the United States government',
  ])('true: %s', (text) => {
    expect(isAboutImmigration(text)).toBe(true);
  });

  it.each(['', 'Bake the bread for forty minutes.', 'Football scores and weather', 'Esta receta es fácil'])('false: %j', (text) => {
    expect(isAboutImmigration(text)).toBe(false);
  });

  it('never throws on odd input', () => {
    for (const v of [undefined, null, 42, {}, '\u0000\uffff', 'x'.repeat(300_000)]) {
      expect(() => isAboutImmigration(v as unknown as string)).not.toThrow();
    }
  });

  it('is true for every corpus page on which any signal fires (the pre-filter never hides a hit)', () => {
    let checked = 0;
    for (const entry of loadCorpus()) {
      const prepared = preparePage({ ...textToSnapshot(entry.text, entry.url, entry.title ?? ''), forms: entry.forms ?? [] }, parseHost(entry.url));
      const fires = SIGNALS.some(([, run]) => run(prepared) !== undefined);
      if (fires) {
        checked++;
        expect(isAboutImmigration(prepared.raw), entry.id).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
