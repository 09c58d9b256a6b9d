/**
 * Hygiene of the domain data files (lib/data/official-hosts.json, lookalike-targets.json,
 * shared-hosts.json, confusables.json): sources and dates on every fact, clean host names,
 * no host both official and neutral/target-of-a-rule, examples that really trigger their rule,
 * and a size budget (these files ship in the background script).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import type { ServiceId } from '@/lib/types';
import { classifyHost, parseHost } from '@/lib/domain';
import official from '@/lib/data/official-hosts.json';
import targets from '@/lib/data/lookalike-targets.json';
import shared from '@/lib/data/shared-hosts.json';
import confusables from '@/lib/data/confusables.json';
import customerHosts from '@/lib/data/customer-subdomain-hosts.json';

const DATA = fileURLToPath(new URL('../../lib/data/', import.meta.url));
const FILES = ['official-hosts.json', 'lookalike-targets.json', 'shared-hosts.json', 'confusables.json'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const URL_RE = /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/;
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
// Every ServiceId, checked by the compiler: adding a ServiceId without listing it fails tsc.
const SERVICES: Record<ServiceId, true> = {
  uscis: true, 'access-code': true, forms: true, 'case-status': true, esta: true, i94: true,
  'dv-lottery': true, visa: true, 'e-verify': true, 'trusted-traveler': true, ein: true, itin: true, 'sevis-fee': true, passport: true, 'legal-help': true, ssa: true, irs: true,
};

const sourced = [
  ...official.suffixes.map((s) => ({ what: `suffix ${s.suffix}`, source: s.source, checked: s.checked })),
  ...official.hosts.map((h) => ({ what: h.host, source: h.source, checked: h.checked })),
  ...official.allowlist.map((h) => ({ what: h.host, source: h.source, checked: h.checked })),
  ...targets.targets.map((t) => ({ what: `target ${t.id}`, source: t.source, checked: t.checked })),
  ...targets.neutral.map((n) => ({ what: `neutral ${n.host}`, source: n.source, checked: n.checked })),
  { what: 'genericTarget', source: targets.genericTarget.source, checked: targets.genericTarget.checked },
  ...shared.hosts.map((h) => ({ what: `shared ${h.suffix}`, source: h.source, checked: h.checked })),
  ...customerHosts.hosts.map((h) => ({ what: `customer subdomains ${h.host}`, source: h.source, checked: h.checked })),
];

describe('domain data files', () => {
  it.each(sourced)('$what has an https source and a checked date', ({ source, checked }) => {
    expect(source).toMatch(URL_RE);
    expect(checked).toMatch(DATE);
    expect(Number.isNaN(Date.parse(checked))).toBe(false);
  });

  it('host names are bare, lower-case ASCII, duplicate-free', () => {
    const hosts = [
      ...official.hosts.map((h) => h.host),
      ...official.allowlist.map((h) => h.host),
      ...targets.neutral.map((n) => n.host),
      ...shared.hosts.map((h) => h.suffix),
      ...customerHosts.hosts.map((h) => h.host),
      ...targets.targets.flatMap((t) => [t.host, ...t.embed]),
    ];
    for (const h of hosts) expect(h, h).toMatch(HOST);
    const official_ = [...official.hosts.map((h) => h.host), ...official.allowlist.map((h) => h.host)];
    expect(new Set(official_).size).toBe(official_.length);
  });

  it('named official hosts are .gov; allowlist entries are registrable domains outside .gov/.mil', () => {
    for (const h of official.hosts) expect(h.host.endsWith('.gov'), h.host).toBe(true);
    for (const h of official.allowlist) {
      expect(parse(h.host).domain, h.host).toBe(h.host);
      expect(/\.(gov|mil)$/.test(h.host)).toBe(false);
    }
    expect(official.hosts.filter((h) => h.entity === 'uscis').map((h) => h.host)).toEqual(['uscis.gov']);
  });

  it('every protected target is an official host, with a real ServiceId', () => {
    for (const t of targets.targets) {
      expect(classifyHost(parseHost(t.host)).kind, t.host).toBe('official');
      for (const e of t.embed) expect(classifyHost(parseHost(e)).kind, e).toBe('official');
      expect(Object.keys(SERVICES)).toContain(t.service);
    }
    expect(Object.keys(SERVICES)).toContain(targets.genericTarget.service);
  });

  it('neutral hosts are neither official nor flagged, and no list contradicts another', () => {
    for (const n of targets.neutral) {
      expect(classifyHost(parseHost(n.host))).toEqual({ kind: 'unknown' });
      expect(official.allowlist.map((a) => a.host)).not.toContain(n.host);
    }
  });

  it.each(targets.targets.flatMap((t) => t.contexts.map((c) => ({ id: t.id, ...c }))))(
    '$id context /$re/ matches its example $example, which is flagged for that target',
    ({ re, example, id }) => {
      expect(new RegExp(re).test(example)).toBe(true);
      const target = targets.targets.find((t) => t.id === id);
      const v = classifyHost(parseHost(example));
      expect(v).toMatchObject({ kind: 'lookalike', target: { host: target?.host } });
    },
  );

  it("every brand, embedded host, tldSwap label and context example spells one of its target's triggers (the prefilter is sound)", () => {
    // Hyphens between a word's letters are allowed, as scan.ts matches them (tests/unit/domain/scan.test.ts).
    const spells = (words: readonly string[]) => new RegExp(words.map((w) => [...w].join('-*')).join('|'));
    // Alternatives of the context patterns that their one example does not show.
    const alternatives: Record<string, string[]> = {
      uscis: ['us-cis', 'u-s-c-i-s', 'inmigracion', 'green-card', 'greencard'],
      'e-verify': ['everify'],
      i94: ['i-94'],
      'dv-lottery': ['dv2025', 'dv-2026', 'dv-program', 'dv-lotto', 'dvlottery', 'green-card-lottery'],
      visa: ['travel-state', 'visa-usa', 'us-visa', 'visa-gov', 'state.gov.example'],
      'gold-card': ['trump-visa', 'trumpinvestorvisa', 'usa-goldenvisa'],
      dhs: ['us-dhs', 'dhs-portal'],
    };
    for (const t of targets.targets) {
      const own = spells(t.triggers);
      const literals = [...t.brands, ...t.weakBrands, ...t.embed, ...t.tldSwap.labels, ...t.contexts.map((c) => c.example), ...(alternatives[t.id] ?? [])];
      for (const w of literals) expect(own.test(w), `${t.id}: ${w}`).toBe(true);
    }
    const any = spells(targets.triggerWords);
    for (const w of targets.pseudoGovLabels) expect(any.test(w), w).toBe(true);
    // A government word turns a typo host strong, so every one must send the host to the full checks.
    const govOrOfficial = spells([...targets.triggerWords, 'official']);
    for (const w of targets.govTokens) expect(govOrOfficial.test(w), w).toBe(true);
  });

  it('the example of each context is found only through its own triggers (no pattern relies on another target)', () => {
    const all = new Set([...targets.triggerWords, ...targets.targets.flatMap((t) => t.triggers)]);
    for (const t of targets.targets) for (const w of t.triggers) expect(all.has(w)).toBe(true);
    expect(targets.targets.every((t) => t.triggers.length > 0)).toBe(true);
  });

  it('shared hosts marked inPsl are private PSL suffixes in tldts, the others are not', () => {
    for (const h of shared.hosts) {
      const p = parse('someone.' + h.suffix, { allowPrivateDomains: true });
      expect(p.publicSuffix === h.suffix, h.suffix).toBe(h.inPsl);
    }
  });

  it('confusables.json maps single non-ASCII characters to short ASCII skeletons only', () => {
    const entries = Object.entries(confusables.map as Record<string, string>);
    expect(entries.length).toBeGreaterThan(500);
    for (const [from, to] of entries) {
      expect([...from]).toHaveLength(1);
      // eslint-disable-next-line no-control-regex
      expect(/^[\x00-\x7f]$/.test(from)).toBe(false);
      expect(to).toMatch(/^[a-z0-9-]{1,3}$/);
    }
    expect(confusables.map['ѕ']).toBe('s'); // Cyrillic dze
    expect(confusables.map['і']).toBe('i'); // Cyrillic i
    expect(confusables.map['ο']).toBe('o'); // Greek omicron
  });

  // 40 kB until session 15, when the files stood at exactly 40,960 bytes and one sourced allowlist
  // entry (usembassy-china.org.cn) did not fit; raised by 1 kB rather than cut the sources' notes.
  // 41 kB until session 19 (41,982 bytes): the Postal Service's own usps.com (GSA's list of
  // government URLs) did not fit, and without it a real USPS redelivery text was caution; +1 kB.
  // 42 kB until session 22 (42,961 bytes): the seller-name families (ESTA after a Romance application
  // noun, a U.S. e-visa, the DV lottery in Portuguese and Russian transliteration) added 231 bytes of
  // patterns after the old ones were folded (formula(r|rio|ire), lott?[ae]r); +1 kB.
  // 43 kB until session 25 (44,040 bytes): the gold card's target (trumpcard.gov, its two .gov names and one
  // pattern for the card's, Trump's and the U.S.'s words beside the visa word) added 835 bytes; +1 kB.
  it('the data files stay small enough for the background script (≤ 44 kB together)', () => {
    const total = FILES.reduce((n, f) => n + statSync(DATA + f).size, 0);
    expect(total).toBeLessThanOrEqual(44 * 1024);
  });

  it('data files are pretty-printed JSON that round-trips (tidy diffs)', () => {
    for (const f of FILES.filter((x) => x !== 'confusables.json')) {
      const text = readFileSync(DATA + f, 'utf8');
      expect(JSON.stringify(JSON.parse(text), null, 2) + '\n', f).toBe(text);
    }
  });
});
