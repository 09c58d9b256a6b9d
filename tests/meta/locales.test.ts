/**
 * Locale parity and hygiene for public/_locales/<code>/messages.json (darkreader-style):
 * same keys and placeholders everywhere, nothing empty, no facts (URLs, phone numbers, fees)
 * hard-coded in copy, and no English left behind in translated sentences.
 */
import targets from '@/lib/data/lookalike-targets.json';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CODES = ['en', 'es', 'zh_CN', 'vi', 'fil', 'ko'] as const;
type Msg = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
const bundles = Object.fromEntries(
  CODES.map((c) => [
    c,
    JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/_locales/${c}/messages.json`, import.meta.url)), 'utf8')) as Record<string, Msg>,
  ]),
) as Record<(typeof CODES)[number], Record<string, Msg>>;
const en = bundles.en;
const enKeys = Object.keys(en).sort();

/** Keys whose text is the same in every language by design. */
const SAME_EVERYWHERE = new Set(['extName', 'service_uscis_name', 'service_e_verify_name']);
const isLanguageName = (k: string) => k.startsWith('language_name_');

const tokens = (s: string) => [...s.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
const ENGLISH_WORDS = new Set(['the', 'and', 'this', 'that', 'you', 'your', 'is', 'are', 'to', 'of', 'for', 'not', 'with', 'on', 'it', 'be', 'only', 'can', 'site', 'here', 'page', 'what', 'free']);
function englishShare(s: string): number {
  const words = s.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length;
}

describe('locale files', () => {
  it('English defines the keys every surface needs', () => {
    const required = [
      'extName', 'extDescription',
      ...['official', 'none', 'notice', 'caution', 'danger'].flatMap((l) => [`level_${l}`, `level_${l}_summary`]),
      ...['official_host', 'government_host', 'lookalike_domain', 'access_code_for_sale', 'free_service_for_sale', 'middleman_service', 'fee_mirroring',
        'claims_official', 'payment_red_flags', 'sensitive_data_request', 'not_affiliated_disclaimer', 'notario_offer',
        'impersonation_phone', 'about_uscis_services', 'page_fights_warning'].flatMap((s) => [`signal_${s}_title`, `signal_${s}_explain`]),
      ...['uscis', 'access_code', 'forms', 'case_status', 'esta', 'i94', 'dv_lottery', 'visa', 'e_verify', 'ein', 'itin', 'legal_help'].flatMap((s) => [`service_${s}_name`, `route_${s}`]),
      'banner_title_caution', 'banner_title_notice', 'banner_notice_body', 'banner_why', 'banner_free_route', 'banner_dismiss', 'banner_trust', 'banner_notice_off', 'banner_close_label',
      'warning_page_title', 'warning_title_impersonation', 'warning_title_generic', 'warning_difference', 'warning_evidence_heading', 'warning_go_official', 'warning_back',
      'warning_continue_once', 'warning_always_trust', 'warning_trust_confirm', 'warning_what_next', 'warning_report_mistake',
      'fieldguard_title', 'fieldguard_body', 'fieldguard_ok',
      ...['card_number', 'a_number', 'receipt_number', 'access_code', 'ssn', 'passport_number'].map((f) => `field_kind_${f}`),
      'options_title', 'options_trusted_heading', 'options_trusted_empty', 'options_trusted_added', 'options_trusted_why', 'options_remove', 'options_add_label',
      'options_add_button', 'options_add_invalid', 'options_restore_defaults', 'options_restore_confirm', 'options_restore_done', 'options_export', 'options_import',
      'options_import_ok', 'options_import_bad', 'options_settings_reset', 'options_language', 'options_language_auto', 'options_show_notice',
      'report_mistake_button', 'report_preview_heading', 'report_open_issue', 'report_open_email', 'report_copy', 'report_scam_heading', 'report_scam_ftc', 'report_scam_uscis',
      ...CODES.map((c) => `language_name_${c}`),
    ];
    expect(required.filter((k) => !(k in en))).toEqual([]);
    expect(tokens(en.signal_lookalike_domain_explain?.message ?? '')).toEqual(['name', 'official']);
    // Every look-alike target (and the generic one) has a translated name for that sentence.
    const targetIds = [targets.genericTarget.id, ...targets.targets.map((t) => t.id)];
    expect(targetIds.map((id) => `agency_${id.replaceAll('-', '_')}_name`).filter((k) => !(k in en))).toEqual([]);
    expect(tokens(en.warning_difference?.message ?? '')).toEqual(['host', 'name', 'official']);
    expect(tokens(en.fieldguard_title?.message ?? '')).toEqual(['field']);
  });

  it.each(CODES)('%s has exactly the English keys', (code) => {
    expect(Object.keys(bundles[code]).sort()).toEqual(enKeys);
  });

  it.each(CODES)('%s: key names are valid Chrome message names', (code) => {
    expect(Object.keys(bundles[code]).filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
  });

  it.each(CODES)('%s: same placeholders as English, each one defined and used', (code) => {
    for (const key of enKeys) {
      const m = bundles[code][key];
      const e = en[key];
      expect(m, key).toBeDefined();
      if (!m || !e) continue;
      const defined = Object.keys(m.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
      expect(defined, `${code}/${key} placeholders`).toEqual(Object.keys(e.placeholders ?? {}).map((n) => n.toLowerCase()).sort());
      expect([...new Set(tokens(m.message))], `${code}/${key} uses`).toEqual(defined);
      for (const p of Object.values(m.placeholders ?? {})) expect(p.content).toMatch(/^\$\d$/);
    }
  });

  it.each(CODES)('%s: no empty messages, no HTML', (code) => {
    for (const [key, m] of Object.entries(bundles[code])) {
      expect(m.message.trim(), `${code}/${key}`).not.toBe('');
      expect(m.message, `${code}/${key}`).not.toMatch(/<\/?[a-z][^>]*>/i);
    }
  });

  it.each(CODES)('%s: no URLs, domains, phone numbers or prices inside messages', (code) => {
    for (const [key, m] of Object.entries(bundles[code])) {
      const s = m.message;
      expect(s, `${code}/${key} URL`).not.toMatch(/https?:|www\.|[a-z0-9-]\.(gov|com|org|net|mil|us)\b/i);
      expect(s, `${code}/${key} digits`).not.toMatch(/\d{3,}/);
      expect(s, `${code}/${key} phone`).not.toMatch(/\d[\d\s().-]{6,}\d/);
      expect(s, `${code}/${key} price`).not.toMatch(/[$€]\s?\d|\d\s?(USD|dollars?)\b/i);
      expect(s, `${code}/${key} e-mail`).not.toMatch(/[\w.-]+@[\w-]+\./);
    }
  });

  it.each(CODES.filter((c) => c !== 'en'))('%s: no English left in translated sentences', (code) => {
    const leftovers: string[] = [];
    for (const key of enKeys) {
      if (SAME_EVERYWHERE.has(key) || isLanguageName(key)) continue;
      const src = en[key]?.message ?? '';
      const dst = bundles[code][key]?.message ?? '';
      const words = src.split(/\s+/).length;
      if (words >= 4 && dst === src) leftovers.push(`${key} (identical)`);
      if ((code === 'zh_CN' || code === 'ko') && words >= 2 && !/[\u3400-\u9fff\uac00-\ud7af]/.test(dst)) leftovers.push(`${key} (no ${code} script)`);
      if (words >= 6 && englishShare(dst) > 0.25) leftovers.push(`${key} (English words ${englishShare(dst).toFixed(2)})`);
    }
    expect(leftovers).toEqual([]);
  });

  it('language names are the same in every locale', () => {
    for (const c of CODES) {
      for (const k of enKeys.filter(isLanguageName)) expect(bundles[c][k]?.message, `${c}/${k}`).toBe(en[k]?.message);
    }
  });

  it.each(CODES)('%s: store listing fits Chrome limits', (code) => {
    expect([...(bundles[code].extName?.message ?? '')].length).toBeLessThanOrEqual(75);
    expect([...(bundles[code].extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
  });

  it('Korean lines break between words: every UI stylesheet sets word-break: keep-all for :lang(ko)', () => {
    const sheets = ['entrypoints/popup/style.css', 'entrypoints/warning/style.css', 'entrypoints/options/style.css', 'entrypoints/banner/style.ts'];
    const missing = sheets.filter((f) => {
      const css = readFileSync(fileURLToPath(new URL(`../../${f}`, import.meta.url)), 'utf8');
      return !/:lang\(ko\)\s*\{[^}]*word-break:\s*keep-all/.test(css);
    });
    expect(missing).toEqual([]);
  });

  it('Chinese copy uses full-width quotation marks, and prices in Chinese read "N 美元"', () => {
    const zh = bundles.zh_CN;
    expect(Object.entries(zh).filter(([, m]) => m.message.includes('"')).map(([k]) => k)).toEqual([]);
    expect(zh.route_fee?.message).toContain('$AMOUNT$ 美元');
    expect(Object.entries(zh).filter(([, m]) => /[()]/.test(m.message)).map(([k]) => k)).toEqual([]);
  });
});

