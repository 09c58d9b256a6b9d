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

  // Everyday pages the content script must leave alone (a reviewer found each one opening the gate).
  it.each([
    ['president', 'The president met the board on Tuesday.'],
    ['residential', 'Residential and commercial cleaning, residents get 10% off.'],
    ['medical residency', 'She finished her medical residency in Boston.'],
    ['advisable', 'It is advisable to book early.'],
    ['card brand', 'We accept Visa and Mastercard.'],
    ['card brand, list', 'Payment: Mastercard, Visa, Amex. Visa debit cards welcome.'],
    ['shop', 'Free shipping over $50. We accept Visa.'],
    ['database migrations', 'Run the database migrations before you upgrade.'],
    ['changelog', 'v2.3.0: new migration tool, faster schema migrations, bug fixes.'],
    ['Spanish sports club', 'El Club Deportivo ganó el partido del domingo.'],
    ['sports news', 'The Lakers beat the Celtics 112-104; deportes y resultados.'],
    ['N-95 masks', 'N-95 masks are back in stock.'],
    ['I-95 highway', 'Traffic on I-95 is backed up near exit 12.'],
    ['Passport.js', "app.post('/login', passport.authenticate('local'));"],
    ['recipe', 'Mix the flour, eggs and milk; bake at 350°F for 40 minutes.'],
    ['German ein', 'Das ist ein schöner Tag.'],
    ['textbook access code', 'MyMathLab access code, only $99.99. Buy now.'],
    ['nursing home', 'Asilo de ancianos con atención las 24 horas.'],
  ])('false: %s', (_why, text) => {
    expect(isAboutImmigration(text)).toBe(false);
  });

  it.each([
    'Apply for your tourist visa and book your visa interview.',
    'Visa Waiver Program travelers need an approved travel authorization.',
    'Passport renewal: renew your passport by mail.',
    'Lawful permanent residents may apply for naturalization.',
    'Le ayudamos con su residencia permanente.',
    'Deportation defense lawyers.',
    'File Form I-765 for a work permit.',
    'Renew with I-90 today.',
    'Inmigración y asilo',
  ])('true (immigration, not everyday): %s', (text) => {
    expect(isAboutImmigration(text)).toBe(true);
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

  it('is true for every positive (charges-free, impersonation) in tests/corpus', () => {
    const positives = loadCorpus().filter((e) => e.label === 'charges-free' || e.label === 'impersonation');
    expect(positives.length).toBeGreaterThan(30);
    for (const entry of positives) {
      const prepared = preparePage({ ...textToSnapshot(entry.text, entry.url, entry.title ?? ''), forms: entry.forms ?? [] }, parseHost(entry.url));
      expect(isAboutImmigration(prepared.raw), entry.id).toBe(true);
    }
  });
});
