import { describe, expect, it } from 'vitest';
import { FACT_IDS, fact, factEntry, facts, factText, isFactId } from '@/lib/facts';
import raw from '@/lib/data/facts.json';

// lib/domain/index.ts is written in parallel; use its classifier when present, else a .gov/.mil check.
const domainModules = import.meta.glob('../../lib/domain/index.ts', { eager: true }) as Record<
  string,
  { classifyHost?: (h: unknown) => { kind: string }; parseHost?: (s: string) => unknown }
>;
const domain = Object.values(domainModules)[0];
function isOfficial(url: string): boolean {
  if (domain?.classifyHost && domain.parseHost) return domain.classifyHost(domain.parseHost(url)).kind === 'official';
  const host = new URL(url).hostname;
  return /(^|\.)[a-z0-9-]+\.(gov|mil)$/.test(host);
}

const ids = Object.keys(raw.facts);

describe('facts.json', () => {
  it('has the facts the product states', () => {
    for (const id of [
      'phone.uscis-contact-center',
      'phone.uscis-tty',
      'phone.uscis-abroad',
      'phone.uscis-callback-caller-id',
      'phone.ftc',
      'fee.esta',
      'fee.esta-previous',
      'fee.dv-lottery',
      'url.uscis',
      'url.my-uscis',
      'url.create-account',
      'url.access-code-help',
      'url.forms',
      'url.case-status',
      'url.processing-times',
      'url.address-change',
      'url.avoid-scams',
      'url.report-scam-uscis',
      'url.report-scam-uscis-es',
      'url.ftc-report',
      'url.esta',
      'url.i94',
      'url.dv-lottery',
      'url.e-verify',
      'url.eoir-legal-help',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it.each(ids)('%s has an https source and a checked date', (id) => {
    const f = factEntry(id);
    expect(f).toBeDefined();
    expect(f?.source).toMatch(/^https:\/\/[^\s]+$/);
    expect(f?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(f?.checked ?? ''))).toBe(false);
    expect(typeof f?.value === 'string' ? f.value.length > 0 : Number.isFinite(f?.value)).toBe(true);
    const allowed = new Set(['value', 'source', 'checked', 'secondary', 'internal', 'note']);
    expect(Object.keys(f ?? {}).filter((k) => !allowed.has(k))).toEqual([]);
    if ('secondary' in (f ?? {})) expect(f?.secondary).toBe(true);
    if ('internal' in (f ?? {})) expect(f?.internal).toBe(true);
  });

  it.each(ids.filter((id) => id.startsWith('url.')))('%s is an https URL on an official host', (id) => {
    const url = String(fact(id as never));
    expect(url).toMatch(/^https:\/\//);
    expect(isOfficial(url), url).toBe(true);
  });

  it.each(ids.filter((id) => id.startsWith('phone.')))('%s looks like a phone number', (id) => {
    expect(String(fact(id as never))).toMatch(/^\+?[0-9A-Z-]{10,16}$/);
  });

  it.each(ids.filter((id) => id.startsWith('fee.') || id.startsWith('count.')))('%s is a positive number', (id) => {
    const v = fact(id as never);
    expect(typeof v).toBe('number');
    expect(v as number).toBeGreaterThan(0);
  });

  it('keeps the values FACTS.md gives', () => {
    expect(fact('phone.uscis-contact-center')).toBe('800-375-5283');
    expect(fact('phone.uscis-tty')).toBe('800-767-1833');
    expect(fact('fee.esta')).toBe(40);
    // Primary source for the ESTA fee: the CBP notice in the Federal Register (FR doc 2025-16453).
    expect(factEntry('fee.esta')?.source).toBe('https://www.federalregister.gov/d/2025-16453');
    expect(factEntry('fee.esta')?.secondary).toBeUndefined();
    // The FTC line as digits, sourced on an FTC page.
    expect(fact('phone.ftc')).toBe('1-877-382-4357');
    expect(new URL(factEntry('phone.ftc')?.source ?? '').hostname).toMatch(/(^|\.)ftc\.gov$/);
    expect(fact('fee.esta-previous')).toBe(21);
    expect(fact('fee.dv-lottery')).toBe(1);
    expect(fact('url.access-code-help')).toBe('https://my.uscis.gov/account/v1/needhelp');
    expect(factEntry('phone.uscis-abroad')?.secondary).toBe(true);
    expect(factEntry('phone.uscis-callback-caller-id')?.secondary).toBe(true);
    expect(factEntry('phone.uscis-callback-caller-id')?.internal).toBe(true);
  });

  it.each(ids.filter((id) => id.startsWith('fee.uscis-')))('%s (a USCIS filing fee) is sourced on the USCIS fee schedule', (id) => {
    expect(factEntry(id)?.source).toBe('https://www.uscis.gov/g-1055');
  });
});

describe('lib/facts accessors', () => {
  it.each([
    ['', false],
    ['url.uscis', true],
    ['URL.USCIS', false],
    ['toString', false],
    ['__proto__', false],
    ['url.uscis ', false],
  ])('isFactId(%j) → %s', (id, expected) => {
    expect(isFactId(id)).toBe(expected);
  });

  it('returns undefined / empty for unknown ids without throwing', () => {
    expect(factEntry('nope')).toBeUndefined();
    expect(factEntry('constructor')).toBeUndefined();
    expect(fact('nope' as never)).toBe('');
  });

  it('factText renders numbers as digits', () => {
    expect(factText('fee.esta')).toBe('40');
    expect(FACT_IDS.length).toBe(ids.length);
    expect(facts['url.uscis'].value).toBe('https://www.uscis.gov/');
  });
});
