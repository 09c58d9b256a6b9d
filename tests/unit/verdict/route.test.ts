/**
 * The free official route a verdict shows is the one for the service the page sells (lib/verdict/decide.ts routeService,
 * lib/signals/middleman-service.ts soldService): on the tune batch real-2026-12ba (passport25), a passport courier's
 * "second passport" page showed the USCIS forms route (its "application package" read as a forms package), a courier's
 * terms the visa route and a passport form-filling help centre the EIN route.
 */
import { describe, expect, it } from 'vitest';
import { PASSPORT25_BATCH, flagged, judge, loadCorpus } from '@/scripts/eval';
import type { ServiceId } from '@/lib/types';

/** A corpus `kind` that names one service → that service (kinds naming no single service are left out). */
const KIND_SERVICE: Readonly<Record<string, ServiceId>> = {
  esta: 'esta',
  dv: 'dv-lottery',
  forms: 'forms',
  'access-code': 'access-code',
  ein: 'ein',
  itin: 'itin',
  passport: 'passport',
  visa: 'visa',
  ds160: 'visa',
  'e-verify': 'e-verify',
  'trusted-traveler': 'trusted-traveler',
};

describe('the route shown follows the service the page sells', () => {
  const caught = loadCorpus()
    .filter((e) => e.batch === PASSPORT25_BATCH && e.label === 'charges-free' && KIND_SERVICE[e.kind ?? ''] !== undefined)
    .map(judge)
    .filter((j) => flagged(j.verdict.level));

  it('has caught sellers to check', () => {
    expect(caught.length).toBeGreaterThanOrEqual(20);
  });

  it('shows each caught seller of the passport batch its own service route', () => {
    const wrong = caught
      .filter((j) => j.verdict.service !== KIND_SERVICE[j.entry.kind ?? ''])
      .map((j) => `${j.entry.id}: ${j.entry.kind ?? ''} shown ${j.verdict.service ?? 'uscis'}`);
    expect(wrong).toEqual([]);
  });
});
