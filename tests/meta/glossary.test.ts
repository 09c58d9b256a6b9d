/**
 * The glossary's checked rules (docs/glossary.md, marked ✓) and the reading level of the English
 * copy. Each rule names a mistake that was in the product: it fails if the mistake comes back.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Bundle = Record<string, { message: string }>;
const load = (code: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/_locales/${code}/messages.json`, import.meta.url)), 'utf8')) as Bundle;
const [en, es, vi, ko, fil] = ['en', 'es', 'vi', 'ko', 'fil'].map(load) as [Bundle, Bundle, Bundle, Bundle, Bundle];
const msg = (b: Bundle, k: string) => b[k]?.message ?? '';

describe('glossary (docs/glossary.md)', () => {
  it('es: our warnings are "advertencias"; "aviso" is kept for what USCIS mails', () => {
    const ours = Object.keys(es).filter((k) => /^(banner_|warning_|popup_trusted|signal_page_fights)/.test(k));
    expect(ours.filter((k) => /\baviso/i.test(msg(es, k)))).toEqual([]);
    expect(msg(es, 'guide_arrives_body')).toContain('Aviso de Acceso a la Cuenta');
  });

  it('es: USCIS\'s own terms and the notario sentence', () => {
    expect(msg(es, 'service_access_code_name')).toContain('Código de Acceso en Línea');
    expect(msg(es, 'guide_new_step2')).toContain('Servicio de Asistencia Técnica');
    expect(msg(es, 'signal_notario_offer_explain')).toContain('notario público no es abogado');
    expect(msg(es, 'warning_trust_confirm')).toContain('si sabe que es de confianza');
    expect(msg(en, 'signal_notario_offer_explain')).toContain('is not a lawyer');
  });

  it('vi: "giả mạo" for impersonation, "cung cấp thông tin", "Không thực hiện được"', () => {
    expect(Object.keys(vi).filter((k) => msg(vi, k).includes('giả làm'))).toEqual([]);
    for (const k of ['level_danger_summary', 'warning_title_generic']) expect(msg(vi, k)).toContain('giả mạo');
    expect(Object.keys(vi).filter((k) => /\bcho thông tin\b/.test(msg(vi, k)))).toEqual([]);
    expect(msg(vi, 'popup_trust_failed')).toContain('Không thực hiện được');
  });

  it('tl: the payment tip says the person is never asked to pay (not that USCIS sends money)', () => {
    expect(msg(fil, 'guide_safety_payment')).toContain('magbayad ka');
    expect(msg(fil, 'guide_safety_payment')).not.toContain('ipinapadala ang pera');
  });

  it('ko: the safety heading is "안전 수칙"', () => {
    expect(msg(ko, 'guide_safety_title')).toBe('안전 수칙');
  });
});

/**
 * Flesch-Kincaid grade of one English message. Names and set terms a reader meets on official
 * pages ("accredited representative", "Social Security") count as one short word: they cannot be
 * made simpler without becoming wrong.
 */
const TERMS = /\b(?:accredited representatives?|Social Security|Justice Department|State Department|Customs and Border Protection|Technical Help Desk|Contact Center|two-step verification|identity theft|immigration|USCIS|FTC|ESTA|E-Verify|myE-Verify Self Check|myUSCIS|Diversity Visa|government|official|information|interpreters?|Vietnamese|Tagalog|Mandarin|Korean)\b/gi;
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}
function grade(text: string): number {
  const plain = text.replace(/\$[A-Z_]+\$/g, 'it').replace(TERMS, 'it');
  const words = plain.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const sentences = Math.max(1, (plain.match(/[.!?:](?:\s|$)/g) ?? []).length);
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syl / Math.max(1, words.length)) - 15.59;
}

describe('reading level (grade 6-8)', () => {
  const long = Object.entries(en).filter(([, m]) => (m.message.match(/[A-Za-z]+/g) ?? []).length >= 8);

  it('no English sentence a person reads is above grade 9', () => {
    expect(long.filter(([, m]) => grade(m.message) > 9).map(([k, m]) => `${k} (${grade(m.message).toFixed(1)})`)).toEqual([]);
  });

  it('the copy averages grade 8 or below', () => {
    const avg = long.reduce((n, [, m]) => n + grade(m.message), 0) / long.length;
    expect(avg).toBeLessThanOrEqual(8);
  });

  it('the grade measure can fail (a college-level sentence scores above 9)', () => {
    expect(grade('Only a lawyer or an accredited representative of a recognized organization may give immigration legal advice, notwithstanding jurisdictional considerations.')).toBeGreaterThan(9);
  });
});
