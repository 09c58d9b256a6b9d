/**
 * Floors from `npm run eval:addresses` (tests/corpus/addresses): real look-alike hosts named by
 * their sources, and real legitimate hosts with the same words, judged on the address alone.
 * Measured 2026-12-06 after the family rules of address-families.test.ts; a drop fails.
 * The held-out and fresh parts are asserted as counts only.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { loadAddresses, measureAddresses, numbers } from '@/scripts/eval-addresses';

const { tune, heldOut, fresh, audit, fresh2, fresh3, fresh4, fresh5, fresh6, write, check, writeAi, checkAi, writeAr, checkAr, writeAt, checkAt, writeAv, checkAv } = measureAddresses();

describe('address corpus', () => {
  it('is split by sha256(host): 0-7 tune, 8-f held-out; one entry per host; labels and sources present', () => {
    const all = loadAddresses();
    expect(new Set(all.map((e) => e.host)).size).toBe(all.length);
    for (const e of all) {
      const first = createHash('sha256').update(e.host).digest('hex').charAt(0);
      if (e.batch === 'addresses-2026-12b') expect(e.part, e.host).toBe('fresh');
      else if (e.batch === 'addresses-2026-12n') expect(e.part, e.host).toBe('audit');
      else if (e.batch === 'addresses-2026-12p') expect(e.part, e.host).toBe('fresh2');
      else if (e.batch === 'addresses-2026-12v') expect(e.part, e.host).toBe('fresh3');
      else if (e.batch === 'addresses-2026-12aa') expect(e.part, e.host).toBe('fresh4');
      else if (e.batch === 'addresses-2026-12as') expect(e.part, e.host).toBe('fresh5');
      else if (e.batch === 'addresses-2026-12au') expect(e.part, e.host).toBe('fresh6');
      else if (e.batch === 'addresses-2026-12av') expect(e.part, e.host).toBe(parseInt(first, 16) % 8 < 4 ? 'write' : 'check');
      else if (['addresses-2026-12ab', 'addresses-2026-12ai', 'addresses-2026-12ar', 'addresses-2026-12at'].includes(e.batch)) expect(e.part, e.host).toBe(first < '8' ? 'write' : 'check');
      else expect(e.part, e.host).toBe(first < '8' ? 'tune' : 'held-out');
      expect(['lookalike', 'legit']).toContain(e.label);
      expect(e.source).toMatch(/^https?:\/\//);
      expect(e.reason.length).toBeGreaterThan(10);
    }
    const first = all.filter((e) => e.batch === 'addresses-2026-12');
    expect(first.filter((e) => e.label === 'legit').length).toBeGreaterThanOrEqual(first.filter((e) => e.label === 'lookalike').length);
  });

  it('held-out: recall floors, and no legitimate host at caution or danger', () => {
    const n = numbers(heldOut);
    expect(n.anyLookalike).toBeGreaterThanOrEqual(12);
    expect(n.legitCautionOrDanger).toBe(0);
    expect(n.legitLookalike).toBe(0);
  });

  it('fresh (collected after the rules): recall floor, and no legitimate host at caution or danger', () => {
    const n = numbers(fresh);
    // 3 before the program families of session 16 (program-families.test.ts), 7 after: counts only, never listed.
    expect(n.anyLookalike).toBeGreaterThanOrEqual(7);
    expect(n.legitCautionOrDanger).toBe(0);
  });

  it('fresh2 (sealed hold-out, opened once at the end of session 16): recall floor, no legitimate host flagged', () => {
    const n = numbers(fresh2);
    // 9 on the address rules of the session's start (035622c), 11 at its end: counts only, never listed.
    expect(n.positives).toBe(32);
    // A failure says which floor, never the counts (a tuning helper must not learn them).
    expect(n.anyLookalike >= 12, 'fresh2 (sealed): look-alikes flagged under the floor').toBe(true);
    expect(n.legitLookalike === 0, 'fresh2 (sealed): a legitimate host read as a look-alike').toBe(true);
    expect(n.legitCautionOrDanger === 0, 'fresh2 (sealed): a legitimate host at caution or danger').toBe(true);
  });

  it('fresh3 (sealed hold-out, opened once at the end of session 17): recall floor, no legitimate host flagged', () => {
    const n = numbers(fresh3);
    // 2 on the address rules of session 17's start and end; 7 at session 18's end (the visa-name families): counts only.
    expect(n.positives).toBe(18);
    expect(n.anyLookalike >= 8, 'fresh3 (sealed): look-alikes flagged under the floor').toBe(true); // 7 until session 25's count
    expect(n.legitLookalike === 0, 'fresh3 (sealed): a legitimate host read as a look-alike').toBe(true);
    expect(n.legitCautionOrDanger === 0, 'fresh3 (sealed): a legitimate host at caution or danger').toBe(true);
  });

  it('fresh4 (sealed hold-out, opened once at the end of session 18): recall floor, no legitimate host flagged', () => {
    const n = numbers(fresh4);
    // 18 of 27 on the address rules of the session's start (e253cc4), 20 at its end; most of its look-alikes come
    // from the same blocklists the rules were tuned on, so it is not independent of tuning: counts only.
    expect(n.positives).toBe(27);
    expect(n.legit).toBe(54);
    expect(n.anyLookalike >= 20, 'fresh4 (sealed): look-alikes flagged under the floor').toBe(true);
    expect(n.legitLookalike === 0, 'fresh4 (sealed): a legitimate host read as a look-alike').toBe(true);
    expect(n.legitCautionOrDanger === 0, 'fresh4 (sealed): a legitimate host at caution or danger').toBe(true);
  });

  it('fresh5 (sealed hold-out, opened once at the end of session 25): recall floor, no legitimate host flagged', () => {
    const n = numbers(fresh5);
    // 4 of 21 on the address rules of the session's start (5054560) and end alike (addr25's gold-card family moved none):
    // counts only, never listed.
    expect(n.positives).toBe(21);
    expect(n.legit).toBe(76);
    expect(n.anyLookalike >= 4, 'fresh5 (sealed): look-alikes flagged under the floor').toBe(true);
    expect(n.legitLookalike === 0, 'fresh5 (sealed): a legitimate host read as a look-alike').toBe(true);
    expect(n.legitCautionOrDanger === 0, 'fresh5 (sealed): a legitimate host at caution or danger').toBe(true);
  });

  it('fresh6 (sealed hold-out, collected and opened in session 27): its partition and size, its hosts in no other file, recall floor, no legitimate host flagged', () => {
    const all = loadAddresses();
    const batch = all.filter((e) => e.batch === 'addresses-2026-12au');
    expect(batch.length).toBe(64);
    expect(batch.every((e) => e.part === 'fresh6')).toBe(true);
    expect(all.filter((e) => e.part === 'fresh6').length).toBe(64);
    const own = new Set(batch.map((e) => e.host));
    // A failure says only that a host is shared, never which (a tuning helper must not learn them).
    expect(all.some((e) => e.batch !== 'addresses-2026-12au' && own.has(e.host)), 'fresh6 (sealed): a host also in another file').toBe(false);
    const n = numbers(fresh6);
    expect(n.positives).toBe(9);
    expect(n.legit).toBe(55);
    // Opened once by the lead at the end of session 27: 1 of 9 on the address rules of the session's start (2d8ed142)
    // and end alike (addr27's families moved none here); 0 of 55 legitimate flagged. Counts only, never listed.
    expect(n.anyLookalike >= 1, 'fresh6 (sealed): look-alikes flagged under the floor').toBe(true);
    expect(n.legitLookalike === 0, 'fresh6 (sealed): a legitimate host read as a look-alike').toBe(true);
    expect(n.legitCautionOrDanger === 0, 'fresh6 (sealed): a legitimate host at caution or danger').toBe(true);
  });

  // The blocklist tune batch addresses-2026-12ab (addrfam, session 18), split by sha256(host): write 21 of 26 and check
  // 25 of 29 look-alikes before the visa-name families (visa-name-families.test.ts), 26 and 26 after; check is counts only.
  it('write / check halves of batch 12ab: recall floors, and no legitimate host read as a look-alike', () => {
    const w = numbers(write);
    const c = numbers(check);
    expect(w.anyLookalike).toBeGreaterThanOrEqual(26);
    expect(c.anyLookalike >= 26, 'check: look-alikes flagged under the floor').toBe(true);
    for (const n of [w, c]) {
      expect(n.legitLookalike).toBe(0);
      expect(n.legitCautionOrDanger).toBe(0);
    }
  });

  // The tune batch addresses-2026-12ai (addr20, session 20): look-alikes named by consumer warnings, news and security
  // research, and legit hosts with the same words, split by sha256(host). Write 5 of 17 and check 5 of 13 look-alikes
  // before the IRS family and the bare program name (irs-families.test.ts), 12 and 10 after; check is counts only.
  // Write 13 after the U.S. e-visa family of session 22 (seller-name-families.test.ts: usa.evisas-online.com).
  it('write / check halves of batch 12ai: recall floors, and no legitimate host read as a look-alike', () => {
    const w = numbers(writeAi);
    const c = numbers(checkAi);
    expect(w.positives).toBe(17);
    expect(w.anyLookalike).toBeGreaterThanOrEqual(13);
    expect(c.anyLookalike >= 10, 'check (12ai): look-alikes flagged under the floor').toBe(true);
    for (const n of [w, c]) {
      expect(n.legitLookalike).toBe(0);
      expect(n.legitCautionOrDanger).toBe(0);
    }
  });

  // The tune batch addresses-2026-12ar (addr22, session 22): ESTA and DV sellers named by consumer warnings, news and an
  // ASA ruling or met as their own pages, and legit hosts with the same words, split by sha256(host). Write 3 of 9 and
  // check 5 of 11 look-alikes on the rules of the session's start, 3 and 6 after the seller-name families
  // (seller-name-families.test.ts): the only gain is in check, none of write's misses is of those families.
  it('write / check halves of batch 12ar: recall floors, and no legitimate host read as a look-alike', () => {
    const w = numbers(writeAr);
    const c = numbers(checkAr);
    expect(w.positives).toBe(9);
    expect(w.anyLookalike).toBeGreaterThanOrEqual(3);
    expect(c.anyLookalike >= 6, 'check (12ar): look-alikes flagged under the floor').toBe(true);
    for (const n of [w, c]) {
      expect(n.legitLookalike).toBe(0);
      expect(n.legitCautionOrDanger).toBe(0);
    }
  });

  // The tune batch addresses-2026-12at (addr25, session 25): blocklist rows whose names pass for the U.S. gold card
  // visa or a U.S. visa (mostly jarelllama's parked, dead and pending lists), and popular, .gov (trumpcard.gov,
  // trumpgoldcard.gov) and law-firm hosts with the same words, split by sha256(host). On the rules of the session's
  // start: write 0 of 27 and check 2 of 16 look-alikes, 0 of 44 legitimate hosts read as look-alikes; after the gold
  // card family (gold-card-families.test.ts): write 23 of 27, check 14 of 16, still 0 of 44 legitimate hosts.
  it('write / check halves of batch 12at: recall floors, and no legitimate host read as a look-alike', () => {
    const w = numbers(writeAt);
    const c = numbers(checkAt);
    expect(w.positives).toBe(27);
    expect(w.anyLookalike).toBeGreaterThanOrEqual(23);
    expect(c.anyLookalike >= 14, 'check (12at): look-alikes flagged under the floor').toBe(true);
    for (const n of [w, c]) {
      expect(n.legitLookalike).toBe(0);
      expect(n.legitCautionOrDanger).toBe(0);
    }
  });

  // The tune batch addresses-2026-12av (addr27, session 27): 5 blocklist rows of the sha256 0-7 half that pass for a U.S.
  // service and 13 ESTA agencies met as their own pages; pages, .gov and popular legit hosts with the same words; split
  // 0-3/8-b write, 4-7/c-f check. On the rules of the session's start: write 4 of 8 and check 7 of 10 look-alikes, 0 of 47
  // legitimate hosts read as look-alikes; after the joined visa class, the French ESTA nouns and the fake dot
  // (joined-and-fake-dot-families.test.ts): write 7 of 8, check 8 of 10, still 0 of 47. Round 2 (two form-preparation
  // services named like any firm, four legit hosts): check 8 of 12, 0 of 51.
  it('write / check halves of batch 12av: recall floors, and no legitimate host read as a look-alike', () => {
    const w = numbers(writeAv);
    const c = numbers(checkAv);
    expect(w.positives).toBe(8);
    expect(w.anyLookalike).toBeGreaterThanOrEqual(7);
    expect(c.anyLookalike >= 8, 'check (12av): look-alikes flagged under the floor').toBe(true);
    for (const n of [w, c]) {
      expect(n.legitLookalike).toBe(0);
      expect(n.legitCautionOrDanger).toBe(0);
    }
  });

  it('tune: recall floors, and no legitimate host at caution or danger', () => {
    const n = numbers(tune);
    expect(n.anyLookalike).toBeGreaterThanOrEqual(8);
    expect(n.cautionOrDanger).toBeGreaterThanOrEqual(1);
    expect(n.legitCautionOrDanger).toBe(0);
    expect(n.legitLookalike).toBeLessThanOrEqual(1);
  });

  // The audit batch addresses-2026-12n (fpaudit2, session 15): legitimate hosts most likely to trip the day's rules
  // (hyphen-split words, ESTA + application words, 'travel authorization', ESTA under .us). First measurement: no
  // look-alike verdict and no level above none on any of the first 33; of 9 more, one weak look-alike at notice
  // (uscis-translations.com, a translation company: the agency's name plus a word is the look-alike family itself,
  // weak by design; not changed). Floors, not targets.
  it('audit (legit only): no legitimate host at caution or danger, one weak look-alike', () => {
    const n = numbers(audit);
    expect(n.legit).toBeGreaterThanOrEqual(42);
    expect(n.legitCautionOrDanger).toBe(0);
    expect(n.legitLookalike).toBeLessThanOrEqual(1);
  });
});
