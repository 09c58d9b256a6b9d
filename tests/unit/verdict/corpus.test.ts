/**
 * Accuracy targets on the labelled corpus (tests/corpus), so a regression fails CI.
 * `npm run eval` prints every part's numbers and the misclassified pages of the parts one may
 * tune on.
 *
 * The split (partOf in scripts/eval.ts): real pages in tests/corpus/real/ are split once by
 * sha256(url) into `tune` and `untuned`, except the later hold-out batches real-2026-12b,
 * real-2026-12g, real-2026-12l, real-2026-12p, real-2026-12v, real-2026-12aa, real-2026-12ae, real-2026-12ah, real-2026-12aj, real-2026-12an, real-2026-12ar, real-2026-12ay, real-2026-12az, real-2026-12bc and real-2026-12bh, which are their own parts `fresh`, `fresh2` … `fresh15` (never tuned on, like untuned; their
 * sites are in no other corpus file, asserted below), and the later batch real-2026-12c (new sites),
 * which is `tune` as a whole; every other real page is `seen` (the rules were
 * written looking at it), and `synthetic` pages were written knowing the rules. The targets
 * (issue 12) are for the untuned part: recall >= 90%, no danger, caution <= 1%; where they are not
 * met, the measured level is asserted as a floor (see below). Failure messages name no untuned or
 * fresh page (that would be tuning on it): they give counts only.
 *
 * KNOWN (scripts/eval.ts) lists pages the engine gets wrong for reasons owned elsewhere; each entry
 * says why. The test also fails when a KNOWN page starts passing, so the list cannot go stale.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COPY26_BATCH, COPY27_BATCH, OWNFEE26_BATCH, AGENCIES2_BATCH, AGENCIES_BATCH, AUDIT2_BATCH, AUDIT3_BATCH, AUDIT4_BATCH, AUDIT5_BATCH, AUDIT6_BATCH, AUDIT7_BATCH, AUDIT8_BATCH, DV_FORMS_BATCH, DV22_BATCH, VOICE23_BATCH, DVSELL_BATCH, AUDIT_BATCH, COPIES2_BATCH, COPIES3_BATCH, COPIES21_BATCH, COPIES4_BATCH, COPIES_BATCH, FORMS2_BATCH, FRESH2_BATCH, FRESH3_BATCH, FRESH4_BATCH, FRESH5_BATCH, FRESH6_BATCH, FRESH7_BATCH, FRESH8_BATCH, FRESH9_BATCH, FRESH10_BATCH, FRESH11_BATCH, FRESH12_BATCH, FRESH13_BATCH, FRESH14_BATCH, FRESH15_BATCH, FRESH_BATCH, FRESH_BATCHES, ITIN_BATCH, EIN23_BATCH, LANG24_BATCH, SITENAME24_BATCH, FEE25_BATCH, PASSPORT25_BATCH, KNOWN, LANGS_BATCH, LEGIT_BATCH, MIDDLEMEN_BATCH, REAL_DIR, SELLERS5_BATCH, LANGS20_BATCH, SELLERS_BATCH, VISA21_BATCH, FORMS22_BATCH, FEES23_BATCH, TRAVEL_BATCH, TUNE_BATCH, TUNE_BATCHES, flagged, isPositive, judge, loadCorpus, partOf, rates, type Part, AUDIT9_BATCH, ADVERT26_BATCH, WARNESTA27_BATCH } from '@/scripts/eval';
import { parseHost, siteKey } from '@/lib/domain';

const judged = loadCorpus().map(judge);
const inPart = (...parts: Part[]) => judged.filter((j) => parts.includes(j.part));

/** A tune batch's floors: at least so many pages of each side, recall at least `recall`, no false alarm. */
function expectBatchFloors(name: string, min: { positives: number; negatives: number; recall: number }): void {
  const batch = judged.filter((j) => j.entry.batch === name);
  const r = rates(batch);
  expect(r.positives).toBeGreaterThanOrEqual(min.positives);
  expect(r.negatives).toBeGreaterThanOrEqual(min.negatives);
  // a batch of legit pages only (min.positives 0) has no recall to floor
  if (min.positives > 0) expect(r.caught / r.positives, `${r.caught} of ${r.positives} caught`).toBeGreaterThanOrEqual(min.recall);
  const bad = batch.filter((j) => !isPositive(j.entry.label) && flagged(j.verdict.level) && !KNOWN[j.entry.id]);
  expect(bad.map((j) => `${j.entry.id}: ${j.verdict.level}`)).toEqual([]);
}

/**
 * A held-out part's floors, from counts only (never page ids): at least so many pages of each side,
 * recall at least `recall`, no danger, caution on at most the `caution` share of legit + official.
 */
/** The sealed hold-outs: a failing floor says which, never the counts (a tuning helper must not learn them). */
const SEALED_PARTS: readonly Part[] = ['fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15'];

/**
 * `danger` is the most legit or official pages a sealed part may have at danger (0 unless the lead, opening the part,
 * measured more: then that measurement, to lower, never to raise).
 */
function expectHeldOutFloors(part: Part, min: { positives: number; negatives: number; recall: number; caution: number; danger?: number }): void {
  const r = rates(inPart(part));
  expect(r.positives).toBeGreaterThanOrEqual(min.positives);
  expect(r.negatives).toBeGreaterThanOrEqual(min.negatives);
  if (SEALED_PARTS.includes(part)) {
    const sealed = `${part} (sealed: counts only with npm run eval -- --sealed, for the lead)`;
    expect(r.caught / r.positives >= min.recall, `${sealed}: recall under its floor`).toBe(true);
    expect(r.danger <= (min.danger ?? 0), `${sealed}: danger on a legit or official page`).toBe(true);
    expect(r.caution / r.negatives <= min.caution, `${sealed}: caution over its ceiling`).toBe(true);
    return;
  }
  expect(r.caught / r.positives, `${r.caught} of ${r.positives} caught`).toBeGreaterThanOrEqual(min.recall);
  expect(r.danger, 'danger on legit/official').toBe(0);
  expect(r.caution / r.negatives, `${r.caution} of ${r.negatives} at caution`).toBeLessThanOrEqual(min.caution);
}

/** Kinds of page a real/ entry may have (positives first, then legitimate pages). */
const KIND = /^[a-z][a-z0-9-]*$/;
/** A language tag: 'en', 'es', 'zh', 'zh-CN', 'pt-BR'… */
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

describe('corpus', () => {
  it('is big enough and every entry is well-formed', () => {
    const neg = judged.filter((j) => !isPositive(j.entry.label));
    const pos = judged.filter((j) => isPositive(j.entry.label));
    expect(neg.length).toBeGreaterThanOrEqual(60);
    expect(pos.length).toBeGreaterThanOrEqual(30);
    const ids = new Set<string>();
    for (const { entry } of judged) {
      expect(ids.has(entry.id), `duplicate id ${entry.id}`).toBe(false);
      ids.add(entry.id);
      expect(entry.source, entry.id).toMatch(/^https?:\/\//);
      expect(entry.url, entry.id).toMatch(/^https?:\/\//);
      expect(entry.reason.length, entry.id).toBeGreaterThan(10);
      expect(entry.text.length, entry.id).toBeGreaterThan(20);
      if (entry.synthetic) expect(entry.modelledOn, `${entry.id} must say what it is modelled on`).toBeTruthy();
      if (entry.lang !== undefined) expect(entry.lang, entry.id).toMatch(LANG);
      if (entry.kind !== undefined) expect(entry.kind, entry.id).toMatch(KIND);
      if (entry.batch !== undefined) expect(entry.batch.trim().length, entry.id).toBeGreaterThan(0);
    }
  });

  it('every page in real/ says its kind, language and batch, and is not synthetic', () => {
    for (const { entry } of judged.filter((j) => j.entry.file?.startsWith(`${REAL_DIR}/`))) {
      expect(entry.kind, `${entry.id}: add "kind"`).toMatch(KIND);
      expect(entry.lang, `${entry.id}: add "lang"`).toMatch(LANG);
      expect(entry.batch?.trim(), `${entry.id}: add "batch"`).toBeTruthy();
      expect(entry.synthetic, `${entry.id}: real/ holds real pages only`).not.toBe(true);
    }
  });

  it('reads pages from every sub-folder but never the messages/ folder (pasted messages are another format)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    try {
      const page = { id: 'p', label: 'legit', url: 'https://a.example/', source: 'https://a.example/', reason: 'a reason here', text: 'page text' };
      mkdirSync(join(dir, REAL_DIR));
      mkdirSync(join(dir, 'messages'));
      writeFileSync(join(dir, 'a.json'), JSON.stringify([page]));
      writeFileSync(join(dir, REAL_DIR, 'b.json'), JSON.stringify([{ ...page, id: 'r' }]));
      writeFileSync(join(dir, 'messages', 'scam.json'), JSON.stringify([{ id: 'msg-1', label: 'scam', text: 'a message' }]));
      expect(loadCorpus(dir).map((e) => `${e.file}:${e.id}`)).toEqual(['a.json:p', `${REAL_DIR}/b.json:r`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the split is fixed by file and URL hash', () => {
    const base = { id: 'x', label: 'legit' as const, source: 'https://a.example/', reason: 'a reason here', text: 'text' };
    // sha256('https://a.example/') and sha256('https://b.example/') start with different halves
    const a = { ...base, url: 'https://a.example/', file: `${REAL_DIR}/x.json` };
    expect(partOf({ ...a, file: 'x.json' })).toBe('seen');
    expect(partOf({ ...a, synthetic: true })).toBe('synthetic');
    const parts = new Set(['https://a.example/', 'https://b.example/', 'https://c.example/', 'https://d.example/'].map((url) => partOf({ ...a, url })));
    expect(parts).toEqual(new Set(['tune', 'untuned']));
    // The fresh hold-out batch is its own part whatever its URL hash; outside real/ a batch name changes nothing.
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH_BATCH })).toBe('fresh');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH2_BATCH })).toBe('fresh2');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH2_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH3_BATCH })).toBe('fresh3');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH3_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH4_BATCH })).toBe('fresh4');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH4_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH5_BATCH })).toBe('fresh5');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH5_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH6_BATCH })).toBe('fresh6');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH6_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH7_BATCH })).toBe('fresh7');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH7_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH8_BATCH })).toBe('fresh8');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH8_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH9_BATCH })).toBe('fresh9');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH9_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH10_BATCH })).toBe('fresh10');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH10_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH11_BATCH })).toBe('fresh11');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH11_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH12_BATCH })).toBe('fresh12');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH12_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH13_BATCH })).toBe('fresh13');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH13_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH14_BATCH })).toBe('fresh14');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH14_BATCH })).toBe('seen');
    for (const url of ['https://a.example/', 'https://b.example/']) expect(partOf({ ...a, url, batch: FRESH15_BATCH })).toBe('fresh15');
    expect(partOf({ ...a, file: 'x.json', batch: FRESH15_BATCH })).toBe('seen');
    // The later tune batches are tune as a whole: never split by hash, never untuned.
    for (const batch of TUNE_BATCHES) {
      for (const url of ['https://a.example/', 'https://b.example/', 'https://c.example/', 'https://d.example/']) expect(partOf({ ...a, url, batch })).toBe('tune');
      expect(partOf({ ...a, file: 'x.json', batch })).toBe('seen');
    }
  });

  // Untuned real part (the headline). Issue-12 targets: recall >= 90%, 0 danger, caution <= 1%.
  // Measured (docs/accuracy.md): recall 63.3% (50 of 79), 0 danger, caution 1.0% (2 of 205: 3 until the
  // corpus3 warning words in ko/zh/de and the government's-own-fee rule, which came from the tune batch
  // real-2026-12c) (29.1% before this session's middleman-service and claims-official work). Recall does
  // NOT meet the target; caution now does (2 of 205 = 0.98%; 1 of 205 = 0.49% since the SEVIS-fee
  // rule in payment-red-flags, found on the tune batch real-2026-12f: the count was read after the
  // change, no untuned page was looked at). The floors
  // below are the honestly measured levels, so a drop fails the build. Raise them as the
  // detector improves; never lower them to hide a drop.
  // 65.8% (52 of 79) since the learned reads-like-seller signal (session 15, model helper): its
  // configuration and threshold were fixed on tune cross-validation before the count was read.
  // 67.1% (53 of 79) since the DV-service we-do cue (session 16, sellers4: "we will inform you whether you won",
  // "register any time of the year"): written before the count was read; it moved no tune page.
  // 68.4% (54 of 79) since copies4's title rule (session 17: a page whose title ends with an agency site's
  // own name, "… | USCIS", "… - U.S. Embassy & Consulates in Nigeria"): written from the agency sites' title
  // format, not from any untuned page; it moved one untuned impersonation page and no other page anywhere.
  // 70.9% (56 of 79) since reads-like-seller was retrained on session 17's tune part (model2): configuration and
  // threshold (2.0) written in /work/notes/model2.md from tune cross-validation before the count was read.
  const UNTUNED_RECALL_FLOOR = 0.708;
  const UNTUNED_CAUTION_CEILING = 0.005;
  it('untuned real part: recall on sellers and impersonators (floor; target 90% not met)', () => {
    const r = rates(inPart('untuned'));
    expect(r.positives).toBeGreaterThanOrEqual(70);
    expect(r.caught / r.positives, `${r.caught} of ${r.positives} caught`).toBeGreaterThanOrEqual(UNTUNED_RECALL_FLOOR);
  });

  it('untuned real part: no danger on legitimate and official pages (target met)', () => {
    const r = rates(inPart('untuned'));
    expect(r.negatives).toBeGreaterThanOrEqual(150);
    expect(r.danger, 'danger on legit/official').toBe(0);
  });

  it('untuned real part: caution on legitimate and official pages (ceiling; target 1% met)', () => {
    const r = rates(inPart('untuned'));
    expect(r.caution / r.negatives, `${r.caution} of ${r.negatives} at caution`).toBeLessThanOrEqual(UNTUNED_CAUTION_CEILING);
  });

  // Fresh hold-out part (batch real-2026-12b, collected and labelled after the split, before any
  // detector run; never tuned on, counts only). Measured when it landed (docs/accuracy.md, engine of
  // main at 3da581d): recall 38.3% (23 of 60), 0 danger, caution 4.3% (4 of 94); after the issue-12
  // recall work: recall 45.0% (27 of 60), caution 2.1% (2 of 94) (20.0% and 4.3% before it). The floors are those
  // measured levels, not the targets: a drop fails the build; raise them as the detector improves.
  // Lowered once, to 36.7% (22): the site-name cue was narrowed so that lottery-news sites,
  // national lotteries and form builders (lotterypost.com, jotform.com, *platform.com in the
  // Umbrella top 100k) no longer sell the DV lottery or USCIS forms by their name alone; that
  // cost one fresh positive (not looked at). Raised to 45.0% (27) by the issue-12 recall work (a
  // site named after passports needs a money cue of its own since: one fresh positive fewer).
  // Raised to 46.7% (28) by corpus3's agency-page copies (claims-official COPY, found on the tune
  // batch real-2026-12c; the fresh count was read after the change, no fresh page was looked at).
  // Raised to 48.3% (29) by the sellers work on tune batch real-2026-12d (own price / price including
  // the consular fee in other languages, passport expediting companies, "on their behalf"; the fresh
  // count was read after the change, no fresh page was looked at).
  // Raised to 50.0% (30) by the order-button cue and self-describing sentences past a table of contents
  // (same sellers work; counts read after the change).
  // Caution 2 -> 1 of 94 (1.1%) with the SEVIS-fee rule in payment-red-flags (found on the tune batch
  // real-2026-12f; count read after the change, no fresh page looked at).
  // Raised to 51.7% (31) by the sellers rule that a site named after a service stands for it on a page
  // that names none, with a money cue of its own (found on 12d; counts read after the change: a looser
  // variant without the money cue also caught one more untuned positive but added an untuned caution,
  // so the stricter one was kept).
  // Raised to 53.3% (32) by the retrained reads-like-seller (session 17, model2; configuration and threshold fixed
  // on tune cross-validation before the count was read).
  // Raised to 56.6% (34) at session 26's opening (33 on the session start's engine, b6927e25): itin26's order step that
  // names the service as the page's own offer; count read after the change, no fresh page looked at.
  const FRESH_RECALL_FLOOR = 0.566;
  // Caution ceiling 0.011 -> 0 at the end of session 23: the Korean news item on a district office filing the ESTA for
  // residents for free is quiet (audit23's family, built from the lead's description of this page: not blind).
  const FRESH_CAUTION_CEILING = 0;
  it('fresh hold-out part: recall floor, no danger, caution ceiling (targets 90% / 0 / 1% not met)', () => {
    expectHeldOutFloors('fresh', { positives: 60, negatives: 90, recall: FRESH_RECALL_FLOOR, caution: FRESH_CAUTION_CEILING });
  });

  // Second fresh hold-out (real-2026-12g, tests/corpus/real/fresh-2026-12g.json): 126 real pages on
  // 119 sites in no other file, collected on 2026-12-06 while other helpers tuned on other sites, and
  // labelled and committed (aa3e5ba) before any detector run. Measured once, by `npm run eval` on the
  // engine of main at 5ec61c3 (no engine change since e15e8af): recall 40.9% (18 of 44), no caution
  // and no danger on 82 legitimate and official pages. The floors are that one measurement: raise
  // them as the detector improves (counts read after a change, never the pages), never lower them.
  // Counted again at session 25's end: 20 of 44 (passport25's rules, built on its own tune batch): floor 0.409 -> 0.454.
  const FRESH2_RECALL_FLOOR = 0.454;
  it('fresh hold-out 2: recall floor, no caution, no danger (measured once when it landed)', () => {
    expectHeldOutFloors('fresh2', { positives: 44, negatives: 82, recall: FRESH2_RECALL_FLOOR, caution: 0 });
  });

  // Third fresh hold-out (real-2026-12l, tests/corpus/real/fresh-2026-12l.json): 118 real pages on
  // 115 sites in no other file, collected in session 15 while other helpers tuned on other sites,
  // labelled and committed (79e40a2) before any detector run, sealed like fresh2. Measured once, by
  // `npm run eval -- --sealed` on the engine of main at 8ffa372. The floors are that one measurement
  // (the counts are in the lead's notes, not here: tuning helpers read this file); raise them as
  // the detector improves (counts read at the end of a session, never the pages), never lower them.
  const FRESH3_RECALL_FLOOR = 0.513;
  it('fresh hold-out 3: recall floor, no caution, no danger (measured once when it landed)', () => {
    expectHeldOutFloors('fresh3', { positives: 37, negatives: 81, recall: FRESH3_RECALL_FLOOR, caution: 0 });
  });

  // Fourth fresh hold-out (real-2026-12p, tests/corpus/real/fresh-2026-12p.json): 129 real pages on
  // 128 sites in no other file, collected in session 16 by a helper that never read a rule nor ran
  // the detector, labelled and committed (27008d8) before any run, sealed while eight helpers changed
  // the engine, opened once at the end of the session by the lead (`npm run eval -- --sealed`). The
  // floor is that measurement (the same on the engine of the session's start, 035622c); raise it as
  // the detector improves (counts read at the end of a session, never the pages), never lower it.
  // Raised 0.218 -> 0.25 at the end of session 17 (one DV page more; counts read by the lead).
  const FRESH4_RECALL_FLOOR = 0.25;
  it('fresh hold-out 4: recall floor, no caution, no danger (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh4', { positives: 32, negatives: 97, recall: FRESH4_RECALL_FLOOR, caution: 0 });
  });

  // Fifth fresh hold-out (real-2026-12v, tests/corpus/real/fresh-2026-12v.json): 142 real pages on 140
  // sites in no other file, collected in session 17 by a helper that never read a rule nor ran the
  // detector, labelled and committed (998f8bc) before any run, sealed while eight helpers changed the
  // engine, opened once at the end of the session by the lead. The floors are that measurement (the
  // same on the engine of the session's start, d66a530); raise them as the detector improves (counts
  // read at the end of a session, never the pages), never lower them. Session 18's end: 15 of 42 (0.357).
  const FRESH5_RECALL_FLOOR = 0.357;
  const FRESH5_CAUTION_CEILING = 0.01;
  it('fresh hold-out 5: recall floor, caution ceiling, no danger (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh5', { positives: 42, negatives: 100, recall: FRESH5_RECALL_FLOOR, caution: FRESH5_CAUTION_CEILING });
  });

  // Sixth fresh hold-out (real-2026-12aa, tests/corpus/real/fresh-2026-12aa.json): real pages on sites in
  // no other file, collected in session 18 by a helper that never read a rule nor ran the detector,
  // labelled and committed before any run, sealed like fresh2 (a failure names the part, never a count).
  // Opened once by the lead at the end of session 18: 2 of 18 positives (12 of the 18 sell Canada's eTA,
  // 6 a U.S. service; 1 of 6 caught), 0 of 122 legit/official at caution or danger, the same on the engine
  // of the session's start (e253cc4). The floors are that measurement; raise them, never lower them.
  const FRESH6_RECALL_FLOOR = 0.111;
  const FRESH6_CAUTION_CEILING = 0;
  it('fresh hold-out 6: recall floor, caution ceiling, no danger (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh6', { positives: 18, negatives: 122, recall: FRESH6_RECALL_FLOOR, caution: FRESH6_CAUTION_CEILING });
  });

  // Seventh fresh hold-out (real-2026-12ae, tests/corpus/real/fresh-2026-12ae.json): real pages on sites in
  // no other file, from sources little searched before (ITIN/EIN sellers, case-status trackers, Hebrew,
  // Georgian, Arabic, Swedish sellers), collected in session 19 by a helper that never read a rule nor ran
  // the detector, labelled and committed before any run, sealed like fresh2 (a failure names the part, never
  // a count). Opened once by the lead at the end of session 19: 3 of 36 positives, 0 of 84 legit/official at
  // caution or danger, the same on the engine of the session's start (3edf027). Counted again at the end of session
  // 20: 16 of 36 (ITIN sellers 11 of 13 after itin20 — which had read two seller pages of three of this part's ITIN
  // sites before the site-overlap test caught them, so that gain is not independent), 0 of 84 flagged. The floors
  // are the latest measurement; raise them, never lower them.
  const FRESH7_RECALL_FLOOR = 0.444;
  const FRESH7_CAUTION_CEILING = 0;
  it('fresh hold-out 7: recall floor, caution ceiling, no danger (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh7', { positives: 36, negatives: 84, recall: FRESH7_RECALL_FLOOR, caution: FRESH7_CAUTION_CEILING });
  });

  // Eighth fresh hold-out (real-2026-12ah, tests/corpus/real/fresh-2026-12ah.json): real pages on sites in
  // no other file (ITIN filing and CAA sellers, non-lawyer form preparers for parole, TPS, travel permits and I-130,
  // visa-appointment and DS-160 consultancies, legit pages in many languages), collected in session 20 by a helper that
  // never read a rule nor ran the detector, labelled and committed before any run, sealed like fresh2 (a
  // failure names the part, never a count). When it was wired, its starting checks on legit and official pages
  // failed (pass/fail only). Opened once by the lead at the end of session 20: 4 of 27 positives (2 on the engine of
  // the session's start, 90d7240); legit/official 3 at caution and 2 at danger of 91 on main before the lead's fix (2
  // and 2 at the start). The lead then read those five legit pages only: three guides on sites named after the ITIN
  // or the DV entry (fixed: FREE_AT_SOURCE, now 0 at caution) and two guides on strong look-alike addresses (a
  // blogspot blog named 'esta official application', theusciscasestatus.com), left at danger: the address decides at
  // navigation. The floors are that measurement; raise them, never lower them.
  const FRESH8_RECALL_FLOOR = 0.148;
  const FRESH8_CAUTION_CEILING = 0;
  const FRESH8_DANGER_CEILING = 2;
  it('fresh hold-out 8: recall floor, caution and danger ceilings (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh8', { positives: 27, negatives: 91, recall: FRESH8_RECALL_FLOOR, caution: FRESH8_CAUTION_CEILING, danger: FRESH8_DANGER_CEILING });
  });

  // Ninth fresh hold-out (real-2026-12aj, tests/corpus/real/fresh-2026-12aj.json): real pages on sites in no other
  // file (ESTA agencies and DV-entry services in Central and Eastern European and Caucasus languages, form and
  // fee-payment pages, copies of agency pages on unrelated hosts, legit news, guides, lawyers and forums in many
  // languages), collected in session 21 by a helper that never read a rule nor ran the detector, labelled and
  // committed before any run, sealed like fresh2 (a failure names the part, never a count).
  // Opened once by the lead at the end of session 21 (counts by kind and language only): 11 of 23 positives caught on
  // the session start's engine (1871f5c) and on main alike (ESTA 9/12, DV 2/5, forms 0/3, copies, E-Verify and trusted
  // traveler 0/1 each) — this session's rules gained nothing here; 1 of 108 legit pages at caution on both (a civics-test
  // quiz on a site named after U.S. citizenship: the site-name cue), 0 danger. The floors are that measurement; raise
  // them, never lower them. Counted again at the end of session 22 (main 2a2393c): 11 of 23, 0 of 108 at caution (the
  // civics-quiz family made quiet by audit22 from the lead's description, not from the page).
  const FRESH9_RECALL_FLOOR = 0.478;
  const FRESH9_CAUTION_CEILING = 0;
  const FRESH9_DANGER_CEILING = 0;
  it('fresh hold-out 9: recall floor, caution and danger ceilings (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh9', { positives: 23, negatives: 108, recall: FRESH9_RECALL_FLOOR, caution: FRESH9_CAUTION_CEILING, danger: FRESH9_DANGER_CEILING });
  });

  // Tenth fresh hold-out (real-2026-12an, tests/corpus/real/fresh-2026-12an.json): real pages on sites in no other
  // file (fee-payment middlemen for NVC, SEVIS, visa and embassy fees, mostly Persian; non-lawyer form preparers and
  // I-134A sellers; DV-entry services in Amharic and Turkish; two copies of a USCIS page; legit lawyers, nonprofits,
  // news, guides, forums and universities in 14 languages), collected in session
  // 22 by a helper that never read a rule nor ran the detector, labelled and committed before any run, sealed like
  // fresh2 (a failure names the part, never a count). Opened once by the lead at the end of session 22 (counts by kind
  // and language only): 2 of 15 positives caught on the session start's engine (97a9c9f) and on main (2a2393c) alike
  // (fee-payment middlemen 0/6, forms 1/4, DV 1/2, copies 0/2, visa agency 0/1) — this session's rules gained nothing
  // here; 2 of 98 legit pages at caution on both (a SEVIS-fee guide and a college's SEVIS page naming Western Union as a
  // way to pay that fee: payment-red-flags), 0 danger. The floors are that measurement; raise them, never lower them.
  // Counted again at the end of session 23 (start 74010e1 / main): 2 -> 4 of 15 (fee-payment middlemen 0 -> 2 of 6, the
  // family built in session 23 after this part's counts by kind named it: not a blind gain) and 2 -> 1 of 98 legit at
  // caution (the college's Western Union page quiet; a Persian guide left).
  const FRESH10_RECALL_FLOOR = 0.266;
  const FRESH10_CAUTION_CEILING = 0.011;
  const FRESH10_DANGER_CEILING = 0;
  it('fresh hold-out 10: recall floor, caution and danger ceilings (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh10', { positives: 15, negatives: 98, recall: FRESH10_RECALL_FLOOR, caution: FRESH10_CAUTION_CEILING, danger: FRESH10_DANGER_CEILING });
  });

  // Eleventh fresh hold-out (real-2026-12ar, tests/corpus/real/fresh-2026-12ar.json): real pages on sites in no other
  // file (Brazilian visa despachantes, an I-90 preparer and a SENTRI application service, non-lawyer form preparers,
  // copies of USCIS and ustraveldocs pages in the agency's own voice on random pages.dev hosts, a German ESTA seller's
  // flow spun onto an unrelated host; legit lawyers, news, guides, blogs and universities in 10 languages), collected
  // in session 23 by a helper that never read a rule nor ran the detector, labelled and committed before any run,
  // sealed like fresh2 (a failure names the part, never a count).
  // Opened once by the lead at the end of session 23 (counts by kind and language only): 4 of 13 positives caught on
  // the session start's engine (74010e1) and on main alike (copies 2/5, visa agencies 0/3, forms 1/3, trusted traveler
  // 1/1, ESTA 0/1): nothing built in session 23 moved it. 5 of 126 legit pages at caution on both, 0 danger: four
  // information pages on sites named after a green card or a form (the site-name cue alone, which carries 11 of 79
  // untuned catches) and a cross-border bridge's page on paying CBP's own I-94 fee. Counted again at the end of
  // session 24: 3 of 126 (sitename24 quieted the bridge's page and one of the four information pages, built from the
  // lead's description of these pages, so not blind). The floors are that measurement; raise them (lower the caution
  // ceiling), never the other way.
  const FRESH11_RECALL_FLOOR = 0.307;
  const FRESH11_CAUTION_CEILING = 0.024;
  const FRESH11_DANGER_CEILING = 0;
  it('fresh hold-out 11: recall floor, caution and danger ceilings (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh11', { positives: 13, negatives: 126, recall: FRESH11_RECALL_FLOOR, caution: FRESH11_CAUTION_CEILING, danger: FRESH11_DANGER_CEILING });
  });

  // Twelfth fresh hold-out (real-2026-12ay, tests/corpus/real/fresh-2026-12ay.json): real pages on sites in no other
  // file (ESTA middlemen met as their own sites, advertorials, a press release and a promotional channel; a DV-entry
  // site; an online visa service; a USCIS FAQ in the agency's own voice copied onto a .vn host and two more agency
  // pages copied onto throwaway hosts; in round 2, U.S. passport expediters' order, checklist, FAQ and terms pages and
  // three city passport-acceptance pages (official); legit news, guides, blogs, lawyers, nonprofits, universities and
  // travel agencies in many languages; 211 pages in two rounds), collected in session 24 by a
  // helper that never read a rule nor ran the detector, labelled and committed before any run, sealed like fresh2 (a
  // failure names the part, never a count). Opened once by the lead at the end of session 24 (counts by kind and
  // language only): 24 of 56 positives caught on the session start's engine (c3f99b6) and on main alike (passport
  // expediters 13/28, ESTA 9/21, copies 1/3, forms 1/2, visa service 0/1, DV 0/1): nothing built in session 24 moved
  // it. 2 of 155 legit pages at caution on both (a how-passports-work article quoting the State Department's own $60
  // expedite fee; a blogspot blog named after U.S. immigration, the site-name cue), 0 danger. Then 1 of 155: a name on
  // a free shared host is no business name for the site-name cue (the lead, from reading that page: not blind). The
  // floors are that measurement; raise them (lower the ceilings), never the other way.
  // Counted again at session 25's end: 29 of 56 (passport25's expediter family, built on its own tune batch of sites the
  // claim tool kept apart; the family was chosen from this part's counts by kind, so not blind), 0 of 155 legit at caution
  // (the State Department's own fee read as the agency's: described to passport25, not blind). Floors 0.428 -> 0.517, 0.0065 -> 0.
  const FRESH12_RECALL_FLOOR = 0.517;
  const FRESH12_CAUTION_CEILING = 0;
  const FRESH12_DANGER_CEILING = 0;
  it('fresh hold-out 12: recall floor, caution and danger ceilings (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh12', { positives: 56, negatives: 155, recall: FRESH12_RECALL_FLOOR, caution: FRESH12_CAUTION_CEILING, danger: FRESH12_DANGER_CEILING });
  });

  // Thirteenth fresh hold-out (real-2026-12az, tests/corpus/real/fresh-2026-12az.json): real pages on sites in no other
  // file (ITIN sellers, a forms shop, SSA, USCIS and IRS pages copied in the agency's own voice onto unrelated hosts,
  // Global Entry, SENTRI, passport and ESTA form sellers and advertorials steering to one; legit news, guides, lawyers
  // and forums on the DV-2027 $1 fee, the annual asylum fee, the ESTA, visa-integrity and H-1B fees, the CBP Home
  // stipend, TSA PreCheck, Global Entry and passports, in English, Spanish, Portuguese, French, Sinhala, Tamil, Bengali,
  // Arabic, Chinese, German, Vietnamese and more; 134 pages in two rounds), collected in session 25 by a
  // helper that never read a rule nor ran the detector, labelled and committed before any run, sealed like fresh2 (a
  // failure names the part, never a count). Starting floors only, so wide that they hold whatever the engine does
  // (recall 0, caution ceiling 1.0, danger ceiling far above its size): only pass/fail may ever be seen, never a
  // count. The lead sets the real floors and ceilings when opening it once (`npm run eval -- --sealed`); then raise
  // them, never lower them.
  // Opened once by the lead at the end of session 25 (counts by kind and language only): 6 of 20 on the session start's
  // engine (5054560) and on main alike (itin 2/7, impersonation 0/5, global-entry 2/2, advertorial 0/2, esta 1/1,
  // trusted-traveler 1/1, passport 0/1, forms 0/1); 1 of 114 legit at caution on both (a Chinese blog on the visa
  // integrity fee, the agency's own fee in Chinese read as a service fee) and 1 at danger on both (a law firm's refund
  // page on an address built from "uscis" + "filing online": the look-alike address rule, kept by design as for usis.us).
  // The floors are that measurement: raise them, never lower them.
  const FRESH13_RECALL_FLOOR = 0.3;
  // Caution ceiling 0.0088 -> 0 at session 26's opening: the Chinese blog is quiet on main (left26's agency's own fee in
  // other languages, built from the lead's description of this page: not blind).
  const FRESH13_CAUTION_CEILING = 0;
  const FRESH13_DANGER_CEILING = 1;
  it('fresh hold-out 13: recall floor, caution and danger ceilings (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh13', { positives: 20, negatives: 114, recall: FRESH13_RECALL_FLOOR, caution: FRESH13_CAUTION_CEILING, danger: FRESH13_DANGER_CEILING });
  });

  // Fourteenth fresh hold-out (real-2026-12bc, tests/corpus/real/fresh-2026-12bc.json): real pages on sites in no other
  // file (ESTA sellers, in Norwegian and Tagalog too, ESTA advertorials on unrelated blogs and a paid press release,
  // DV-entry services, a credit union selling the W-7 as an acceptance agent, a passport service, a Social Security card
  // filing service, a private .uk ESTA site, a seller's I-90 FAQ copied onto a pages.dev host, USCIS's Vietnamese
  // N-400 checklist copied onto a homework host; legit parish and nonprofit
  // citizenship clinics, Korean, Vietnamese, Chinese, Filipino and Polish community news, Baltic and Norwegian ESTA news,
  // libraries, universities, lawyers, guides and blogs in 15 languages), collected in session 26 by a helper that never
  // read a rule nor ran the detector, labelled and committed before any run, sealed like fresh2 (a failure names the part,
  // never a count). Starting floors only, so wide that they hold whatever the engine does (recall 0, caution ceiling
  // 1.0, danger ceiling far above its size) until the lead opened it.
  // Opened once by the lead at the end of session 26 (counts by kind and language only): 6 of 20 on the session start's
  // engine (b6927e25), 7 of 20 on main (advertorial 0 -> 1 of 6: advert26, whose family the lead chose knowing this
  // part's counts by kind; esta 4/6, dv 1/2, itin 1/1, copy 0/2, passport, SSN card and directory listing 0/1 each);
  // 5 of 117 legit at caution on both engines, 0 danger: two blogs and a news story that warn against paid ESTA sites
  // or explain CBP's own ESTA fee, a green-card information blog on a service-named address, and a Chinese page of a
  // Global Entry appointment-alert site quoting CBP's own $100 fee — all middleman-service, all left (reading them
  // and tuning would unseal the part). The floors are that measurement: raise them, never lower them.
  const FRESH14_RECALL_FLOOR = 0.35;
  const FRESH14_CAUTION_CEILING = 0.0428;
  const FRESH14_DANGER_CEILING = 0;
  it('fresh hold-out 14: recall floor, caution and danger ceilings (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh14', { positives: 20, negatives: 117, recall: FRESH14_RECALL_FLOOR, caution: FRESH14_CAUTION_CEILING, danger: FRESH14_DANGER_CEILING });
  });

  // Fifteenth fresh hold-out (real-2026-12bh, tests/corpus/real/fresh-2026-12bh.json): real pages on sites in no other
  // file (PDF-filler and form-template pages wrapping free USCIS, State Department, SSA and IRS forms, a private Social
  // Security card service, an ESTA seller's landing text spun onto a personal host, a seller's I-765 FAQ, passport
  // expediters' checklist pages, a copy of the DS-160 page on an unrelated host; legit news, guides, blogs, lawyers, a
  // formation company, city and French town-hall passport pages and an embassy page, on CBP impersonation scams, Global
  // Entry, Real ID, H-1B registration, DV lottery warnings, EIN, ITIN, eTA and visa steps, in many languages),
  // collected in session 27 by a helper that never read a rule nor ran the detector, labelled and committed before any
  // run, sealed like fresh2 (a failure names the part, never a count). Starting floors only, so wide that they hold
  // whatever the engine does (recall 0, caution ceiling 1.0, danger ceiling far above its size): only pass/fail may
  // ever be seen, never a count.
  // Opened once by the lead at the end of session 27 (counts by kind and language only): 2 of 17 on the session start's
  // engine (2d8ed142) and on main alike (forms 1/11, passport 1/2; ESTA, copy, ITIN, SSN card 0/1 each); 2 of 101 legit
  // at caution on both engines, 0 danger: a paid green-card and DV photo service ('refund you twice' read as a DV
  // seller's refund) and a Japanese wedding site's ESTA guide weighing a travel agency's fee against doing it alone —
  // both middleman-service, both left (reading them and tuning would unseal the part). The floors are that
  // measurement: raise them, never lower them.
  const FRESH15_RECALL_FLOOR = 0.117;
  const FRESH15_CAUTION_CEILING = 0.0199;
  const FRESH15_DANGER_CEILING = 0;
  it('fresh hold-out 15: recall floor, caution and danger ceilings (measured once when it was opened)', () => {
    expectHeldOutFloors('fresh15', { positives: 17, negatives: 101, recall: FRESH15_RECALL_FLOOR, caution: FRESH15_CAUTION_CEILING, danger: FRESH15_DANGER_CEILING });
  });


  // Tune real part: every miss is listed by `npm run eval`. Measured: recall 84.4% (65 of 77),
  // no caution or danger on 169 legitimate and official pages; 87.0% (67 of 77) after sellers2 (two
  // seller refund pages with no immigration word, read because the host's name opens the gate).
  it('tune real part (hash 0-7): recall floor, no false alarm', () => {
    const hashed = inPart('tune').filter((j) => !TUNE_BATCHES.includes(j.entry.batch ?? ''));
    const r = rates(hashed);
    expect(r.caught / r.positives, `${r.caught} of ${r.positives} caught`).toBeGreaterThanOrEqual(0.87);
    const bad = hashed.filter((j) => !isPositive(j.entry.label) && flagged(j.verdict.level));
    expect(bad.map((j) => `${j.entry.id}: ${j.verdict.level}`)).toEqual([]);
  });

  // The later tune batch real-2026-12c (new sites, tune as a whole). Measured when it landed on the
  // engine of main at a34faff: recall 45.9% (17 of 37), caution 8 and danger 1 of 107; after the
  // corpus3 fixes (warning words in ko/zh/de, the government's own fee; ESTA support-site names, 'our …
  // registration service'; copies of agency pages; '$25 million' is no price): recall 67.6% (25 of 37),
  // the one false alarm below; 70.3% (26 of 37) after the sellers work (an ESTA blog's order button);
  // 73.0% (27 of 37) on main at 63ff59d (the languages helper's 12j words). Floors, not targets.
  it('tune batch real-2026-12c: recall floor, no false alarm', () => {
    const batch = judged.filter((j) => j.entry.batch === TUNE_BATCH);
    const r = rates(batch);
    expect(r.positives).toBeGreaterThanOrEqual(35);
    expect(r.negatives).toBeGreaterThanOrEqual(100);
    expect(r.caught / r.positives, `${r.caught} of ${r.positives} caught`).toBeGreaterThanOrEqual(0.72);
    const bad = batch.filter((j) => !isPositive(j.entry.label) && flagged(j.verdict.level)).map((j) => `${j.entry.id}: ${j.verdict.level}`);
    // rg-dvlotteryusa-faq (a guide named after the DV lottery: site-name cue, caution) is fixed: a site
    // named after the step that sends the reader to the official site does not sell it by its name alone
    // (middleman-service, SENDS_TO_OFFICIAL). rg-visapics-dv2027-fee ("$25 million") is fixed in money.ts.
    expect(bad).toEqual([]);
  });

  // The tune batch real-2026-12d (new sites: ESTA sites in other languages, visa/passport/trusted-traveler
  // agencies, DV services, seller pages with no cue of their own; tune as a whole). Measured when it
  // landed on the engine of main at 66f2195: recall 42.5% (17 of 40), caution 2 and danger 0 of 69
  // (the fresh hold-out, also new sites, was at 46.7% on the same engine); after the sellers fixes
  // (own price and agency fee in fr/fi/sr, passport expediting companies, a DV service submitting on
  // the entrant's behalf): 57.5% (23 of 40), the same two false alarms. Floors, not targets.
  // Then 62.5% (25 of 40): an appointment-booking agency and a DS-160 agency saying "we".
  // Then 65.0% (26 of 40): a SENTRI page of a site named after forms, with a money cue.
  // Then 82.5% (33 of 40): CBP's Trusted Traveler Programs became a service (Global Entry, NEXUS,
  // SENTRI, TSA PreCheck; route cbp.gov), so 7 of the 9 trusted-traveler sellers are caught.
  const TUNE_12D_RECALL_FLOOR = 0.82;
  it('tune batch real-2026-12d: recall floor; its false alarms are the listed ones', () => {
    const batch = judged.filter((j) => j.entry.batch === SELLERS_BATCH);
    const r = rates(batch);
    expect(r.positives).toBeGreaterThanOrEqual(40);
    expect(r.negatives).toBeGreaterThanOrEqual(60);
    expect(r.caught / r.positives, `${r.caught} of ${r.positives} caught`).toBeGreaterThanOrEqual(TUNE_12D_RECALL_FLOOR);
    expect(r.danger, 'danger on legit/official').toBe(0);
    const bad = batch.filter((j) => !isPositive(j.entry.label) && flagged(j.verdict.level)).map((j) => `${j.entry.id}: ${j.verdict.level}`);
    // Both false alarms it had are fixed: rdl-perlesdevoyages-vigilance-esta (a travel-trade warning that
    // quotes seller prices, middleman-service: fr warning words) and rdl-gurnanilaw-n400 (a law firm's
    // N-400 guide: "pay by check or money order … through the USCIS website" is not a checkout, fee-mirroring).
    expect(bad).toEqual([]);
  });

  // The tune batch real-2026-12e: copies of agency pages on other hosts and legitimate pages quoting
  // the same text (archives, search indexes, lawyers, nonprofits, libraries, news, event pages).
  // Measured when it landed: recall 14.3% (1 of 7: the copy with the .gov banner), no false alarm;
  // after the agency-site structure in claims-official (menus, help headings, form instructions,
  // footers): 85.7% (6 of 7), still no false alarm. 4 legit pages added later (7fcae4f): an archive
  // capture of dhs.gov with its banner line stays quiet only because archive captures are exempt.
  // Then 100% (7 of 7): a .gov page served by a web proxy under its own host (the blog.uscis.gov
  // mirror) is a copy (claims-official, proxiedGovHost). Floors, not targets.
  it('tune batch real-2026-12e: recall floor, no false alarm on the pages quoting agency text', () => {
    expectBatchFloors(COPIES_BATCH, { positives: 7, negatives: 41, recall: 1 });
  });

  // The tune batch real-2026-12f: hard legitimate pages on new sites (international-student offices,
  // news and guides quoting seller prices and official fees, lawyers, agencies, translators, notaries,
  // foreign governments). Measured when it landed (132 pages): caution 8 of 126 (6.3%); after the
  // SEVIS-fee rule (payment-red-flags) and the reports-on-sellers rules (middleman-service, warning
  // words): none. 10 pages that turned out to be in real-2026-12d too were removed; its one positive
  // left (a paid SEVIS-payment platform) is missed: it was caught only by its sentence naming the
  // official Western Union channel, which the SEVIS-fee rule lets go (no recall floor here). 31 Korean
  // pages added later (3 false cautions: Korean reports and a fee table, fixed): none flagged.
  it('tune batch real-2026-12f: no false alarm on the hard legitimate pages', () => {
    expectBatchFloors(LEGIT_BATCH, { positives: 1, negatives: 150, recall: 0 });
  });

  // The tune batch real-2026-12h: more copies of agency pages (the visa-appointment service's and the
  // DS-160 start page's text on other hosts, USAGov pages with their footer, a spun .gov banner, the
  // ESTA site's Spanish help) and legitimate pages in vi, ru, de, zh, en quoting the same agencies.
  // Measured when it landed: recall 11.1% (1 of 9: the USAGov copy with the banner), caution 2 and
  // danger 1 of 45; after the appointment-service, DS-160, USAGov-footer and ESTA-help pieces and the
  // spun banner (claims-official): 9 of 9; after the DV-instructions video (middleman-service) and the
  // retold scam demand (payment-red-flags): no false alarm outside KNOWN (the U.S. Mission in China's
  // own site, a data gap until session 15 allowlisted it with a sourced entry). 3 pages added later (2 Vietnamese copies of consular and appointment-service
  // fee pages, 1 guide): 11 of 11 after the Vietnamese agency sentences (COPY_VI). Floors, not targets.
  it('tune batch real-2026-12h: recall floor, no false alarm on the pages quoting agency text', () => {
    expectBatchFloors(COPIES2_BATCH, { positives: 11, negatives: 46, recall: 1 });
  });

  // The tune batch real-2026-12r (copies3): copies of U.S. embassy pages and of the visa-appointment
  // service on other hosts (a clone keeping the service's file layout, a copy tool, a mirror, a shop page
  // with the Customer Service Statement and its contact line) and legit pages in 12 languages quoting or
  // republishing embassy text. Measured when it landed: 0 of 4, no false alarm of 31; after the mission
  // template pieces, the flattened-scheme mirror folder and the service's file layout (claims-official):
  // 4 of 4, and 0 of 36 legit (5 added after the rule, before running it on them). Addendum 2: 2 French copies
  // of USCIS fee pages, missed by those rules (0 of 2), caught after USCIS's French voice lines (6 of 6);
  // addendum 3: 7 legit pages, quiet before they were ever run. Floors, not targets.
  it('tune batch real-2026-12r: recall floor, no false alarm on news, forums and governments quoting embassies', () => {
    expectBatchFloors(COPIES3_BATCH, { positives: 6, negatives: 46, recall: 1 });
  });

  // The tune batch real-2026-12x (copies4): copies of the appointment service's and a U.S. embassy's FAQ pages
  // on unrelated hosts (both in the CHECK half by URL hash) and 28 legit pages republishing embassy, State
  // Department or USCIS text (news from Nigeria, Ghana, Senegal, Brazil, El Salvador, the Philippines; lawyers;
  // blogs; a document host). Measured when it landed: 0 of 2, no false alarm of 28 (the title rule does not
  // reach them: their excerpts carry no title). Floors, not targets: the batch holds no false alarm.
  it('tune batch real-2026-12x: no false alarm on news, lawyers and blogs republishing embassy text', () => {
    expectBatchFloors(COPIES4_BATCH, { positives: 2, negatives: 28, recall: 0 });
  });

  // The tune batch real-2026-12z (forms2, session 17): paid form preparers (online I-90 sellers, PDF and AI form fillers,
  // es and vi paperwork shops) and the legit pages met on the same searches (lawyers, a nonprofit charging $75 per DACA
  // renewal, news, guides in ten languages, legal-tech sold to attorneys, a county page), labelled before any run. First
  // measurement: 2 of 16 sellers caught, no false alarm (the paperwork-business rule measured on it was not landed: it added
  // a false caution on a held-out part; see the forms2 notes). Floors, not targets.
  it('tune batch real-2026-12z: paid form preparers and the legit pages around them', () => {
    expectBatchFloors(FORMS2_BATCH, { positives: 16, negatives: 48, recall: 0.12 });
  });

  // The tune batch real-2026-12i (sellers2): paid middlemen by family (DV services in en/ja/tr/fa,
  // NEXUS / Global Entry / EIN sellers, ESTA sellers in other languages, form sellers, their FAQ and
  // refund pages) and hard legitimate pages (lawyers' FOIA, AR-11 and K-1 pages, DV/ESTA/NEXUS guides
  // and news naming prices). Measured when it landed (5d7d356, engine of main e15e8af): recall 60.0%
  // (24 of 40), caution 2 and danger 1 of 46 (DV guides named after the lottery); after the sellers2
  // rules: 80.0% (32 of 40), no false alarm. A second round of 8 Arabic and Russian DV guides and news
  // (the $1 and $330 fees), labelled before any run on them: none flagged. Floors, not targets.
  it('tune batch real-2026-12i: recall floor, no false alarm', () => {
    expectBatchFloors(MIDDLEMEN_BATCH, { positives: 40, negatives: 54, recall: 0.8 });
  });

  // The tune batch real-2026-12j: sellers and hard legitimate pages in the languages beyond en/es/fr/de
  // (Japanese ESTA and DV agencies, Italian ESTA and DV sellers, a Brazilian visa consultancy; news,
  // guides, blogs and a Japanese consumer agency in pt, ru, zh, ko, vi, it, ja, ar). Measured when it landed (6c14307, engine of main 71ffd75):
  // recall 4 of 8, caution 1 of 35 (Japan's consumer agency); after the languages rules: 8 of 8, none. 8 Japanese pages
  // added later: 2 of 4 sellers caught (student-visa paperwork missed), then 4 of 4; 7 pt/it/ko legit pages added last:
  // none flagged. Floors, not targets.
  it('tune batch real-2026-12j: recall floor, no false alarm on the pages in other languages', () => {
    expectBatchFloors(LANGS_BATCH, { positives: 12, negatives: 46, recall: 1 });
  });

  // The tune batch real-2026-12k: a false-alarm audit of this session's language rules — legit pages in ja, ko, zh,
  // pt, it, ru, ar, vi, tr, fa, es, en most likely to trip them (licensed scriveners, study-abroad agencies, news on
  // ESTA/DV fees, DS-160 and appointment how-tos, university offices) and one ESTA seller's Japanese FAQ. First
  // measurement (engine of main 3b47d45): caution 4 of 67 (Korean news restating the ESTA fee in won in brackets:
  // free-service-for-sale), danger 0; the seller at notice; one ru news page dropped later, its site being in the fresh batch. After money.ts read a bracketed conversion as the same
  // price and the bare '수수료' (any fee) stopped being a selling word: no false alarm. Floors, not targets.
  it('tune batch real-2026-12k: no false alarm on legit pages in twelve languages', () => {
    expectBatchFloors(AUDIT_BATCH, { positives: 1, negatives: 66, recall: 1 });
  });

  // The tune batch real-2026-12m (sellers3, session 15): travel businesses (tour operators, cruise and airline help
  // pages, travel blogs) that name the ESTA in passing, several speaking of themselves ("one of our ships", "we will be
  // in touch"), and accountants, payroll companies, a law firm, a nonprofit and a finance blog naming the EIN: hard
  // negatives for the rule that lets one self-describing cue decide on an ESTA, DV or EIN page. First measurement
  // (engine of main dfc4471, before the EIN rule): none of 25 flagged; after it: none. Floors, not targets.
  it('tune batch real-2026-12m: no false alarm on travel and accounting businesses naming the ESTA or the EIN', () => {
    expectBatchFloors(TRAVEL_BATCH, { positives: 0, negatives: 25, recall: 1 });
  });

  // The tune batch real-2026-12n (fpaudit2, session 15): a false-alarm audit of the day's rules (the EIN as a step
  // one self-describing cue decides, 元/美金 read as U.S. dollars, CJK word edges): 62 legit pages in zh-CN, zh-Hant,
  // ja, ko, de, ru, en — news and forums quoting U.S. visa and SEVIS fees in 美元/美金/元/달러, EIN guides, Kenya and
  // Canada eTA news, lawyers, universities, know-your-rights pages, a .us school. First measurement (engine of main
  // e9ecdbd): none flagged (16 none, 26 notice); one ja Q&A page dropped after the run, its site being in the fresh
  // batch (the site-overlap test below named it). Round 2 (10 pages on the $100,000 H-1B fee in zh/ja/en — 10万美元,
  // 10万ドル — and a translation company on a uscis-named host, engine of main 226bbd0 with the learned seller
  // signal and the CJK rules): none flagged. Round 4 (12 DV and VWP news pages in bs, sr, mk, bg, uk, ru, el, run after
  // the page reader read Cyrillic and Greek look-alike letters as Latin): none flagged; one (VOA in Ukrainian) dropped
  // after the run, its site being in the fresh batch (the test below named it). 62 pages, 61 sites. Floors, not targets.
  it('tune batch real-2026-12n: no false alarm on the pages most likely to trip the day\'s rules', () => {
    expectBatchFloors(AUDIT2_BATCH, { positives: 0, negatives: 62, recall: 1 });
  });

  // The tune batch real-2026-12q (agencies, session 16): sellers of U.S. steps other than the ESTA (a DS-160 sold for
  // $165, Russian visa agencies filling the questionnaire and booking the interview, a Vietnamese-American paperwork
  // service, an I-90 helper, a paid visa service's blog) and hard legit pages around them (news on the State
  // Department's own $750 expedited appointment, news quoting agencies, lawyers preparing the DS-260, guides in nine
  // languages, a college). First measurement (engine of main 035622c): 0 of 10 sellers, no false alarm. After the
  // visa-agency package rule (middleman-service 'package' cue, ru/vi clerical words): 4 of 10, no false alarm; it moved
  // no page outside this batch (CHECK batches 12d and 12j, untuned and fresh unchanged). Floors, not targets.
  it('tune batch real-2026-12q: visa agencies and the legit pages around them', () => {
    expectBatchFloors(AGENCIES_BATCH, { positives: 10, negatives: 41, recall: 0.4 });
  });

  // The tune batch real-2026-12w (agencies2, session 17): sellers of the State Department's clerical steps in pl, tr, uk,
  // ru, pt, es, en (agencies filling the DS-160 and booking the interview, an appointment-moving platform, advertorials,
  // NVC/DS-260 pre-processing by non-lawyers, a DS-11 expediter) and the legit pages met on the same searches (news on
  // appointment touts, guides, law firms, licensed Japanese scriveners, a forum). Its helper kept half of it (sha256(url)
  // 8-f) as a CHECK set read by counts only. First measurement (main d66a530): 1 of 21, no false alarm (WRITE 0/13,
  // CHECK 1/8). The agencies' own words in pl/uk/tr/pt/id (4 of 21, CHECK 2/8) landed in 396cb11 and were taken out
  // again: with the other rules of the day they put the background bundle over its 480 kB budget. Floors, not targets.
  it('tune batch real-2026-12w: visa agencies in more languages and the legit pages around them', () => {
    expectBatchFloors(AGENCIES2_BATCH, { positives: 21, negatives: 30, recall: 0.04 });
  });

  // The tune batch real-2026-12s (sellers4, session 16): DV entry services and the hard legit pages around them (DV news
  // and guides in uk, ru, bn, tr, fr, es and from Kenya, Ethiopia, Cameroon, Togo; a DV photo tool; a free form library;
  // clinics). First measurement (engine of main 035622c): 3 of 4 sellers, 2 false cautions (news on the DV $1 fee, fixed
  // by GOVERNMENT_ACTS; rs-dvlotteryinfo-step4, a DV-named host restating the State Department's instructions: the
  // site-name cue, left as it is — that family carries best to held-out sites). Round 2 (three law firms' DV pages and a
  // photo-information page on the DV-named host dv2009photo.com): the law firms stay notice; dv2009photo is a second
  // false caution of the same site-name family, also left. Both fixed in session 19 (mends19: middleman-service
  // GUIDE_VOICE, a guide's voice on a site named after the step). Floors, not targets.
  it('tune batch real-2026-12s: DV entry services and the legit pages around them', () => {
    const batch = judged.filter((j) => j.entry.batch === DV_FORMS_BATCH);
    const r = rates(batch);
    expect(r.positives).toBeGreaterThanOrEqual(4);
    expect(r.negatives).toBeGreaterThanOrEqual(37);
    expect(r.caught / r.positives, `${r.caught} of ${r.positives} caught`).toBeGreaterThanOrEqual(0.75);
    const bad = batch.filter((j) => !isPositive(j.entry.label) && flagged(j.verdict.level));
    expect(bad.map((j) => j.entry.id)).toEqual([]);
  });

  // The tune batch real-2026-12t (fpaudit3, session 16): a false-alarm audit while four helpers added recall rules —
  // tax preparers' ITIN/EIN pages, lawyers' fee pages, nonprofits raising USCIS fee money, other countries' eTA pages
  // (a Welsh Government page, legislation.gov.au), universities' SEVIS and OPT pages, news and blogs quoting seller
  // prices, a photo shop. First measurement (engine of main 035622c): 3 of 48 at caution (a photo shop's prices beside
  // the DV photo rules, a blog retelling an ESTA seller's checkout line beside "the US Government fee", a college's
  // numbered Western Union Quick Pay steps); fixed as families (middleman-service, payment-red-flags). Three quiet pages
  // dropped after the run (their sites are in the fresh batch; the test below named them). Floors, not targets.
  it('tune batch real-2026-12t: no false alarm on the session 16 audit pages', () => {
    expectBatchFloors(AUDIT3_BATCH, { positives: 0, negatives: 45, recall: 1 });
  });

  // The tune batch real-2026-12ac (fpaudit5, session 18): a false-alarm audit while helpers taught the engine
  // multilingual government-impostor, fine and lottery texts and DV/form sellers — news quoting U.S. visa, ESTA, SEVIS
  // and DV fees and lottery results in 19 languages, embassy scam warnings relayed by the press, lawyers, a union's and
  // nonprofits' TPS notices in Haitian Creole, forums, airlines and travel firms. First measurement (main e253cc4):
  // 0 of 61 flagged. Floors, not targets.
  it('tune batch real-2026-12ac: no false alarm on the session 18 audit pages', () => {
    expectBatchFloors(AUDIT5_BATCH, { positives: 0, negatives: 61, recall: 1 });
  });

  // The tune batch real-2026-12ai (fpaudit20, session 20): a false-alarm audit while helpers taught the engine ITIN/EIN
  // filing sellers, sellers writing he/fa/ar/th/ka/bn/hi/ur/sv, look-alike addresses and pasted e-mails — Certifying
  // Acceptance Agents and tax preparers with their fees, universities' SSN/ITIN pages, legal aid and lawyers relaying
  // USCIS fee notices, news in bn, hi, ka, fa, he restating U.S. visa fees in taka and rupees or relaying embassy
  // statements, a U.S. embassy page in Georgian. First measurement (main 663ecd7): 0 of 42 flagged; one page dropped after the run, its site being in a sealed batch (the site-overlap test named it). Floors, not targets.
  it('tune batch real-2026-12ai: no false alarm on the session 20 audit pages', () => {
    expectBatchFloors(AUDIT6_BATCH, { positives: 0, negatives: 41, recall: 1 });
  });

  // The tune batch real-2026-12am (audit21, session 21): a false-alarm audit while helpers added visa-agency, agency-copy
  // and message rules — immigration lawyers' interview and consular pages, law firms relaying USCIS fee news and AILA
  // alerts, ITIN/DACA nonprofits and the news about them, news and blogs on ESTA and DV scams quoting sellers' prices,
  // travel and study agencies' visa advice, Philippine consulates, a licensed Japanese scrivener, DS-160 and appointment
  // guides in 15 languages; and 5 sellers and copies met on the way. First measurement (main 1871f5c): 0 of 61 legit
  // flagged; 3 of 5 positives caught. A second round aimed at the session's new visa-agency and agency-voice rules (a
  // school issuing its I-20 for a fee, an au pair sponsor, law firms' visa-stamping and pending-I-485 pages, a university
  // office assembling employees' I-485 packets for a fee, a bar pamphlet keeping USCIS's 'our Web site', Afghan SIV help
  // sites), committed before its run: 0 of 19 flagged on main 99d8e3c and on the visa21/copies21/attack21 branches as
  // they stood at 07:00. Six more (Spanish law firms' and counsel's consular pages, Vietnamese study-abroad agencies):
  // 1 at caution on main a54082a, the issue-12 site-name rule reading a law practice named usimmigrationcounsel as a
  // forms seller; fixed as a family (a site name that names a lawyer is the practice's: LAW_PRACTICE_NAME). Main at 07:40
  // (f6270d9, with visa21's, copies21's and msg21's rules) and at 08:00 (de41d70): 0 of 86 legit flagged, 3 of 5 positives. Floors, not targets.
  it('tune batch real-2026-12am: no false alarm on the session 21 audit pages', () => {
    expectBatchFloors(AUDIT7_BATCH, { positives: 5, negatives: 86, recall: 3 / 5 });
  });

  // The tune batch real-2026-12aq (audit22, session 22): a false-alarm audit while helpers added form-seller, DV-entry, message
  // and address rules — civics-test study sites (several named after U.S. citizenship), news and library civics quizzes, the
  // civics questions in es, vi and zh, lawyers' and guides' fee pages, a library's free DV-entry help, news on DV fixers,
  // translation firms, universities' SEVIS pages. Labelled by reading and committed before any run. Floors, not targets.
  it('tune batch real-2026-12aq: no false alarm on the session 22 audit pages', () => {
    expectBatchFloors(AUDIT8_BATCH, { positives: 0, negatives: 85, recall: 1 });
  });

  // The tune batch real-2026-12au (audit23, session 23): a false-alarm audit while helpers added fee-payment, EIN and copy rules —
  // district offices doing the ESTA for free and naming agencies' fees (ko), SEVIS- and visa-fee payment pages, tax preparers, LLC
  // guides, lawyers and news relaying agency fee text in 12 languages. Labelled by reading and committed before any run; first run
  // (main 74010e1 with this session's message fix): 1 of 59 legit at caution (a Brazilian newspaper's embassy steps: the MRV fee's
  // local name read as a service fee), fixed; the one seller (a scrivener's ESTA proxy pitch with no price in the excerpt) is
  // missed. Round 2 (7 legit pages retelling USCIS's electronic fee payment and fee schedule, a nonprofit reposting a USCIS
  // announcement in its "we"; committed before its run): 0 of 7 on main f492f67. Floors, not targets.
  it('tune batch real-2026-12au: no false alarm on the session 23 audit pages', () => {
    expectBatchFloors(AUDIT9_BATCH, { positives: 1, negatives: 66, recall: 0 });
  });

  // The tune batch real-2026-12o (fpaudit4, session 17): a false-alarm audit while helpers added visa-agency, copy,
  // DV/EVUS-seller and form-preparer rules — lawyers' visa pages, DACA fee funds, libraries, universities and societies
  // quoting the State Department, news on agents' fees and DV helpers, EVUS news, DS-160 how-tos in 13 languages.
  // First measurement (main at 19:30): 1 of 70 at caution (a traveller's blog 'how to get your money back' from a fake
  // ESTA site: middleman-service's refund cue), fixed; two quiet pages dropped after the run, their sites being in the
  // fresh batch (the site-overlap test below named them). Floors, not targets.
  it('tune batch real-2026-12o: no false alarm on the session 17 audit pages', () => {
    expectBatchFloors(AUDIT4_BATCH, { positives: 0, negatives: 68, recall: 1 });
  });

  // The tune batch real-2026-12y (dvsell, session 17): DV-entry, Global Entry and EIN middlemen (6) and the legit pages met
  // on the same searches in 12 languages (50). Split by URL hash into a WRITE half (1 seller, 23 legit: all judged right on
  // the first run) and a CHECK half (5 sellers, 27 legit) whose misjudged pages are never read: 1 of 5 sellers caught and
  // 1 legit page at caution there on the first run (engine of main d66a530). So this test checks counts only and its
  // messages name no page. Floors, not targets.
  it('tune batch real-2026-12y: DV, trusted-traveler and EIN middlemen and the legit pages around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === DVSELL_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(6);
    expect(r.negatives).toBeGreaterThanOrEqual(50);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(2 / 6);
    expect(r.caution <= 1, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12ad (sellers5, session 18): a form filler's terms and two DV agencies' FAQ pages (pl, da), and
  // 18 legit pages met on the same searches. Split by URL hash: the WRITE half holds the 3 sellers (1 caught on the first run,
  // engine of main e253cc4) and 7 legit (none flagged); the CHECK half holds 11 legit pages whose misjudged ones are never
  // read: 2 of them at caution on the first run (1 after fp18 7da1537, 0 after mends19's GUIDE_VOICE; both were read
  // by fp18 with the lead's leave, so that half is no longer blind for false alarms). Counts only; its messages name no
  // page. Floors.
  it('tune batch real-2026-12ad: DV and form sellers and the legit pages around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === SELLERS5_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(3);
    expect(r.negatives).toBeGreaterThanOrEqual(18);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(1 / 3);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12af (itin20, session 20): third-party ITIN and EIN filing sellers for non-residents (14
  // pages on 12 sites) and 39 legit/official pages met on the same searches (CPA/EA acceptance agents, one priced;
  // nonprofits; IRS Taxpayer Advocate pages; guides and news in 10 languages). First run (engine of main 90d7240):
  // 1 of 14 caught, 0 legit at caution. Split by URL hash: WRITE 7 sellers (1 -> 5 caught) + 16 legit (0 flagged),
  // CHECK 7 sellers (0 -> 5) + 23 legit, read by counts only (0 flagged). Floors.
  it('tune batch real-2026-12af: ITIN/EIN filing sellers and the legit pages around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === ITIN_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(14);
    expect(r.negatives).toBeGreaterThanOrEqual(39);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(10 / 14);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12al (copies21, session 21): 8 copies of USCIS, USAGov and State Department pages on
  // non-government hosts and 59 legit pages republishing the same agency text under their own name (law firms keeping
  // USCIS's 'we', nonprofits, wikis and mirrors, a feed reader, document libraries, news). First run (engine of main
  // 1871f5c): 2 of 8 caught (1 danger, 1 caution), 0 legit flagged. Split by URL hash: WRITE 5 copies (1 -> 4 at
  // danger after the agency's first person, agency-voice.ts) + 36 legit (0 flagged); CHECK 3 copies (1 -> 2) + 23 legit,
  // read by counts only (0 flagged). Its messages name no page. Floors.
  it('tune batch real-2026-12al: copies of agency pages and the pages republishing them under their own name (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === COPIES21_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(8);
    expect(r.negatives).toBeGreaterThanOrEqual(59);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(6 / 8);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12ag (langs20, session 20): 8 sellers of U.S. visa steps in he, fa, bn (DS-160 filling,
  // embassy appointments, their fee payment) and 24 legit/official pages in 11 languages met on the same searches
  // (two more, a Turkish and a Greek guide, dropped after the run: their sites are in sealed batches, the site-overlap
  // test below named them). Split by URL hash: the WRITE half holds 3 sellers (0 caught on the first run, engine of
  // main 90d7240; 1 after langs20) and 12 legit (1 at caution on the first run, a Japanese blog quoting an ESTA
  // agency's fine print; 0 after); the CHECK half (5 sellers, 12 legit/official) is read by counts only: 0 -> 1 of 5
  // sellers, 1 legit page at caution before and after (never read). Its messages name no page. Floors.
  it('tune batch real-2026-12ag: visa sellers in he, fa, bn and the legit pages around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === LANGS20_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(8);
    expect(r.negatives).toBeGreaterThanOrEqual(24);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(2 / 8);
    expect(r.caution <= 1, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12ak (visa21, session 21): 20 pages of U.S. visa agencies selling the DS-160 filling, the
  // appointment booking or moving, "visa assistance" (es, en, vi, id, uk, bn) and 47 legit pages met on the same searches
  // in 11 languages (lawyers that file the DS-160 within a case, news relaying embassies, guides, study-abroad agencies).
  // First run (engine of main cccfd03): 0 of 20 caught, 0 legit flagged. Split by URL hash: WRITE 10 sellers (0 -> 4 with
  // the 'offer' cue and the appointment-for-you anchor, 5 with the visitor visa as a clerical step) + 22 legit (0 flagged),
  // CHECK 10 sellers (0 -> 0) + 25 legit (0 flagged), read by counts only. Its messages name no page. Floors.
  it('tune batch real-2026-12ak: U.S. visa agencies and the legit pages around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === VISA21_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(20);
    expect(r.negatives).toBeGreaterThanOrEqual(47);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(5 / 20);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12ap (dv22, session 22): DV-entry services (an Armenian agency's terms and statistics pages
  // in visiting order, an Iranian agency's terms, a DV-named service page, an Israeli agency's pitch, a blog advertorial)
  // and 31 legit pages met on the same searches in 10 languages (news and embassy relays from Ghana, Kenya, Nigeria, the
  // Gambia, Ethiopia, Nepal, Armenia, Iran; a DV-named FAQ saying entry is free; a DV-named guide quoting the winners'
  // visa fee; photo how-tos; a forum; an embassy blog quoting a scam e-mail's fee). First run (engine of main 97a9c9f):
  // 4 of 9 sellers caught, 0 legit at caution, 3 at danger. Split by URL hash: WRITE 4 sellers (2 -> 3 with the
  // lottery as agencies' terms name it) + 15 legit (2 at danger -> 0: the visa stage's fee told, middleman/dv.ts);
  // CHECK 5 sellers (2 -> 2) + 16 legit (1 at danger before and after, never read), counts only. Floors.
  it('tune batch real-2026-12ap: DV-entry services and the pages around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === DV22_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(9);
    expect(r.negatives).toBeGreaterThanOrEqual(31);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(5 / 9);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger <= 1, 'danger over its ceiling').toBe(true);
  });

  // The tune batch real-2026-12av (voice23, session 23): 3 translated copies of agency pages speaking as the agency on
  // non-government hosts (travel.state.gov's visa page in Vietnamese under a tour agency's menu, a U.S. mission's visa page
  // run through a spinner on a content site, the Guangzhou consulate's interview guidance on an EB-5 agency's blog) and 29
  // legit pages met on the same searches in 8 languages (credited reposts, news quoting the agency, lawyers, guides, a relayed
  // embassy release, the U.S. Embassy in Brazil's own former site). Split by URL hash before any run: WRITE 0 copies + 10
  // legit, CHECK 3 copies + 19 legit (counts only). First run (engine of main at the session's start): 0 of 3 caught, 1
  // CHECK legit page at danger (never read). Floors.
  it('tune batch real-2026-12av: translated copies of agency pages and the legit pages around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === VOICE23_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(3);
    expect(r.negatives).toBeGreaterThanOrEqual(29);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(0 / 3);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger <= 1, 'danger over its ceiling').toBe(true);
  });

  // The tune batch real-2026-12ax (sitename24, session 24): pages on sites named after a step whose name is their only cue — two
  // ESTA guides sending the reader to the official ESTA site (estaform.org, esta-authorization.us), an ESTA seller's page on a
  // refused ESTA naming usembassy.gov (esta-america.com) — and a news item on the I-94's cost; labelled by reading before any
  // run. The stored pages held almost no unclaimed site-named page, so 4, not the 55 asked. Split by URL hash before any run:
  // WRITE 1 legit (notice before and after), CHECK 2 legit + 1 seller, counts only: the seller caught before and after; the two
  // guides at danger before and after (not the site-name cue alone: a finding left for the look-alike and step cues). Floors.
  it('tune batch real-2026-12ax: pages on sites named after a step and the I-94 fee news (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === SITENAME24_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(1);
    expect(r.negatives).toBeGreaterThanOrEqual(3);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(1);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger <= 2, 'danger over its ceiling').toBe(true);
  });

  // The tune batch real-2026-12bg (advert26, session 26): 15 advertorials sending the reader to a paid ESTA or passport service
  // (sponsored articles, a paid press release, a directory listing, spun SEO posts) and 28 legit neighbours (guides and blogs
  // sending to esta.cbp.dhs.gov or warning against proxies, a law firm, news), labelled by reading before any run. Split by URL
  // hash before any run: WRITE 8 + 17 (0 -> 5 caught; 2 -> 0 legit at caution), CHECK 7 + 11 (0 -> 3; 1 -> 1), counts only. Floors.
  it('tune batch real-2026-12bg: advertorials and the guides around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === ADVERT26_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(15);
    expect(r.negatives).toBeGreaterThanOrEqual(28);
    expect(r.caught, 'recall under its floor').toBeGreaterThanOrEqual(8);
    expect(r.caution <= 1, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12bi (warnesta27, session 27): 63 legit pages that warn against paid ESTA, passport and Global
  // Entry sites or explain the agency's own fee and its parts (news on the 2025 ESTA, I-94, EVUS and DV fees in 9 languages,
  // guides, blogs, a forum, a lawyer, info sites named after a step) and 7 sellers' pages that look like them; labelled by
  // reading, committed before any run. Split by URL hash before any run: WRITE 5 sellers + 29 legit, CHECK 2 + 34. First run
  // (main at 2d8ed142): 6 of 7 sellers caught (the passport courier's fee blog missed), 5 legit at caution (WRITE 2, CHECK 3);
  // with the ESTA fee's own parts read as the agency's (middleman/agency-fee.ts FEE_PARTS): 4 (WRITE 1: a news item's family
  // total read by free-service-for-sale; CHECK 3); with a family's total of the fee read as the agency's (familyTotal): 3
  // (WRITE 0, CHECK 3). Floors (counts only).
  it('tune batch real-2026-12bi: warnings about paid sites, the agency fee explained, and sellers like them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === WARNESTA27_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(7);
    expect(r.negatives).toBeGreaterThanOrEqual(63);
    expect(r.caught, 'recall under its floor').toBeGreaterThanOrEqual(6);
    expect(r.caution <= 3, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12be (left26, session 26): 24 legit pages quoting the U.S. government's own fees in es, fr, de,
  // pt, zh, vi, ko (news and guides on the $250 visa integrity fee, the ESTA, I-94 and visa fees) and a visa agency's news
  // post selling its U.S.-visa service; labelled by reading, committed before any run. Split by URL hash before any run:
  // WRITE 16 legit + 1 seller, CHECK 8 legit. First run (main at a7c9cb11): 4 legit at caution (WRITE 3, CHECK 1: German
  // news on the fee, read as a seller's 'Bearbeitungsgebühr', refund and price), the seller not caught. With the agency's own
  // fee read in other languages (lib/signals/middleman/agency-fee.ts): 2 (WRITE 3 -> 1, CHECK 1 -> 1). Floors (counts only).
  it("tune batch real-2026-12be: the U.S. government's own fees quoted in other languages (counts only)", () => {
    const r = rates(judged.filter((j) => j.entry.batch === OWNFEE26_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(1);
    expect(r.negatives).toBeGreaterThanOrEqual(24);
    expect(r.caution <= 2, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12bd (copy26, session 26): 16 copies of SSA, IRS and USAGov pages on hosts that are not the
  // agency's and 85 legit/official pages met on the same searches (newspapers printing the SSA's own columns, tax preparers
  // retelling IRS pages, lawyers, universities, nonprofits, guides); labelled by reading, committed before any run. Split by
  // URL hash before any run: WRITE 2 copies + 41 legit/official, CHECK 14 + 44. First run (main at b59e6855): 1 of 16
  // copies flagged (a rebuilt IRS page with the .gov banner), 2 legit at caution (SSA scam columns naming the scammers'
  // payments: payment-red-flags), 0 danger; with ssa.gov's and irs.gov's chrome pieces: 3 of 16 (WRITE 1 of 2, CHECK 2 of
  // 14), legit unchanged. Floors at that measurement (counts only). warn26: the two SSA columns at caution read as warnings
  // (lib/text/warning-voice.ts reportsAsk: the scam's calls as the asker, its threat, victims asked): 0 legit at caution.
  // copy27: with the booklets' own first lines and table of contents, the card page's older free-services box and a manual
  // section's first-edition line (lib/signals/claims-official/agency-pages.ts): 7 of 16, legit unchanged.
  it('tune batch real-2026-12bd: copies of SSA, IRS and USAGov pages and the pages that quote them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === COPY26_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(16);
    expect(r.caught).toBeGreaterThanOrEqual(7);
    expect(r.negatives).toBeGreaterThanOrEqual(85);
    expect(r.caution).toBe(0);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12bj (copy27, session 27): 3 copies of SSA, State Department and IRS pages that keep the body in
  // the agency's voice but not the site chrome, and 26 legit/official pages met on the same searches (tax preparers, insurance
  // agents, guides, newspapers, a forum and lawyers retelling or crediting agency text); labelled by reading, committed before
  // any run; the whole batch is CHECK (counts only). First run (main at 2d8ed142): 0 of 3 copies, 0 legit at caution or danger.
  it('tune batch real-2026-12bj: copies without the site chrome and the pages that retell agency text (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === COPY27_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(3);
    expect(r.negatives).toBeGreaterThanOrEqual(25);
    expect(r.caution).toBe(0);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12bb (fee25, session 25): 45 legit pages that warn about scams by naming what the scammers ask for
  // (Western Union, MoneyGram, gift cards, Bitcoin, wire transfers, payment apps) — banks, police, councils, lawyers,
  // universities, news, an embassy in 9 languages — and a shop's own Western Union instructions; labelled by reading before
  // any run. No page asking for such payments was found on an unclaimed site. Split by URL hash before any run: WRITE 20,
  // CHECK 25. First run (engine of main 5054560): 0 of 45 at caution or danger (the relevance gate keeps most of these pages
  // from the payment signal); payment-red-flags itself fired on WRITE 1 (a "will never:" list item) and CHECK 1, the message
  // checker put WRITE 0 and CHECK 3 at caution; after reportsAsk and inNegatedList: WRITE 0 and 0, CHECK 1 and 3 (counts only).
  it('tune batch real-2026-12bb: warnings that name the scammers\' payment methods (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === FEE25_BATCH));
    expect(r.negatives).toBeGreaterThanOrEqual(45);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12ba (passport25, session 25): 25 pages of U.S. passport expediters (couriers' terms, refund and
  // order pages, an appointment concierge, a DS-11/DS-82 form-filling service) and 35 legit or official pages met on the same
  // searches (guides, news and travel pages quoting the State Department's own fees, a city acceptance facility, DMV-information
  // sites, Korean news), labelled by reading before any run (two rounds). Split by URL hash before any run: WRITE 9 sellers
  // (4 -> 9 caught) + 19 legit/official (2 -> 0 at caution: a passport-fee chart and a guide to the agency's own $60 expedite,
  // on passport-named sites), CHECK 16 sellers (8 -> 12) + 16 legit/official (2 -> 1 at caution), counts only; two CHECK legit
  // pages' reasons were seen once in an eval diff, not tuned on (docs/accuracy.md). Floors.
  it('tune batch real-2026-12ba: U.S. passport expediters and the pages quoting the agency\'s fees (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === PASSPORT25_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(25);
    expect(r.negatives).toBeGreaterThanOrEqual(35);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(21 / 25);
    expect(r.caution <= 1, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12ao (forms22, session 22): 10 pages of USCIS form sellers and preparers (PDF-editor sites named
  // after a form, a form-preparation app in Russian, a $500 flat-fee citizenship filer, a California immigration consultant,
  // a DIY green-card site) and 58 legit pages met on the same searches in 13 languages. First run (engine of main 97a9c9f):
  // 1 of 10 caught, 1 legit at caution (USCIS's 'who can help me' guidance on a document host). Split by URL hash: WRITE 6
  // sellers (1 -> 3: the preparer naming its own trade, a form number after "form" in the site name) + 30 legit (1 -> 0:
  // others' help and others' permission rules), CHECK 4 sellers (0 -> 0) + 28 legit (0 -> 0), read by counts only. Its
  // messages name no page. Floors.
  it('tune batch real-2026-12ao: USCIS form sellers and preparers and the legit pages around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === FORMS22_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(10);
    expect(r.negatives).toBeGreaterThanOrEqual(58);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(3 / 10);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12at (ein23, session 23): 7 pages of EIN and ITIN filing sellers (a Chinese agency's EIN service,
  // a non-resident tax service, Taxback's EIN order page, an ITIN-named seller's two pages, a filing company's and a Chinese
  // agency's ITIN service) and 61 legit or official pages met on the same searches in 12 languages (EIN guides, formation
  // companies, tax offices and an acceptance agent, lawyers, FTC-warning news, a city portal). First run (engine of main
  // 97a9c9f+): 2 of 7 caught, 1 legit at caution (a Japanese blog). Split by URL hash: WRITE 3 sellers (1 -> 2: the page
  // offering its own EIN/ITIN service, middleman/taxid.ts) + 33 legit (1 -> 0: paid services reported as existing);
  // CHECK 4 sellers (1 -> 2) + 28 legit (0 -> 0), read by counts only. Its messages name no page. Floors.
  it('tune batch real-2026-12at: EIN and ITIN sellers and the pages around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === EIN23_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(7);
    expect(r.negatives).toBeGreaterThanOrEqual(61);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(4 / 7);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12aw (lang24, session 24): 13 pages of visa and DV-lottery sellers in languages the rules had not
  // been read in (Persian, Serbian, Georgian, Armenian, Romanian, Hebrew, Arabic and an English ESTA-style visa site) and 46
  // legit pages met on the same searches in 16 languages (news and guides in ro, pt, bn, hy, ru, tr, sr, id, cs, uk, hu, he, ka,
  // tg, hi; a DV photo site). First run (engine of main c3f99b6): 1 of 13 caught, 0 legit flagged. Split by URL hash: WRITE 7
  // sellers (1 -> 4: the clerical steps, the lottery, the "we do" and the price in Georgian, Persian, Hebrew and Romanian) + 26
  // legit (0 -> 0); CHECK 6 sellers (0 -> 0) + 20 legit (0 -> 0), read by counts only. Floors.
  it('tune batch real-2026-12aw: visa and DV-lottery sellers in more languages (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === LANG24_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(13);
    expect(r.negatives).toBeGreaterThanOrEqual(46);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(4 / 13);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // The tune batch real-2026-12as (fees23, session 23): fee-payment middlemen (a payment app's SEVIS-fee and visa-fee pages) and
  // 25 legit pages met on the same searches in 5 languages (universities' SEVIS pages, guides to paying the SEVIS, visa, NVC and
  // USCIS immigrant fees oneself, news on Nigeria's reciprocity fee, study-abroad agencies). First run (engine of main
  // 578d869): 1 of 2 caught (the WRITE seller, by the forms rule for a wrong reason), 0 legit flagged. Split by URL hash:
  // WRITE 1 seller (1 -> 1, now as the SEVIS-fee payer: middleman/fees.ts) + 13 legit (0 -> 0), CHECK 1 seller (0 -> 0) +
  // 12 legit (0 -> 0), read by counts only. Floors.
  it('tune batch real-2026-12as: fee-payment middlemen and the legit pages around them (counts only)', () => {
    const r = rates(judged.filter((j) => j.entry.batch === FEES23_BATCH));
    expect(r.positives).toBeGreaterThanOrEqual(2);
    expect(r.negatives).toBeGreaterThanOrEqual(25);
    expect(r.caught / r.positives, 'recall under its floor').toBeGreaterThanOrEqual(1 / 2);
    expect(r.caution === 0, 'caution over its ceiling').toBe(true);
    expect(r.danger).toBe(0);
  });

  // Parts one may tune on: the old targets (every miss and false alarm is printed by `npm run eval`).
  it('seen + synthetic: recall >= 95% on pages that charge for free services or impersonate', () => {
    const pos = inPart('seen', 'synthetic').filter((j) => isPositive(j.entry.label));
    const missed = pos.filter((j) => !flagged(j.verdict.level)).map((j) => j.entry.id);
    expect((pos.length - missed.length) / pos.length, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('seen + synthetic: no danger on a legitimate or official page (outside KNOWN)', () => {
    const bad = inPart('seen', 'synthetic').filter((j) => !isPositive(j.entry.label) && j.verdict.level === 'danger' && !KNOWN[j.entry.id]);
    expect(bad.map((j) => `${j.entry.id}: ${j.verdict.reasons.map((r) => r.id).join(',')}`)).toEqual([]);
  });

  it('seen + synthetic: caution on at most 1% of legitimate and official pages (outside KNOWN)', () => {
    const neg = inPart('seen', 'synthetic').filter((j) => !isPositive(j.entry.label));
    const bad = neg.filter((j) => j.verdict.level === 'caution' && !KNOWN[j.entry.id]);
    expect(bad.length / neg.length, bad.map((j) => j.entry.id).join(', ')).toBeLessThanOrEqual(0.01);
  });

  it('official pages seen in earlier sessions are official', () => {
    for (const j of inPart('seen').filter((x) => x.entry.label === 'official')) expect(j.verdict.level, j.entry.id).toBe('official');
  });

  // Includes the U.S. Mission in China's own site (usembassy-china.org.cn, batch 12h), official through
  // its sourced allowlist entry since session 15 (before: danger, listed in KNOWN).
  it('official pages of the tune part are official', () => {
    const official = inPart('tune').filter((x) => x.entry.label === 'official');
    expect(official.length).toBeGreaterThanOrEqual(15);
    for (const j of official) expect(j.verdict.level, j.entry.id).toBe('official');
  });

  it('KNOWN is not stale: each listed page is still misjudged', () => {
    for (const id of Object.keys(KNOWN)) {
      const j = judged.find((x) => x.entry.id === id);
      expect(j, `${id} is not in the corpus`).toBeDefined();
      expect(j?.wrong, `${id} now passes: remove it from KNOWN`).toBe(true);
    }
  });
});

// A fresh hold-out (12b, 12g, 12l, 12p, 12v, 12aa, 12ae, 12ah, 12aj, 12an, 12ar, 12ay, 12az, 12bc, 12bh: FRESH_BATCHES) measures the detector on sites nobody tuned on, so none of its sites may have a
// page in any other corpus file (a tune collector adding one would leak it). A site is what site
// memory and "always trust" key on: siteKey (the registrable domain by tldts, private suffixes
// included, so each blogspot.com blog is its own site). Government pages are exempt: agency hosts
// (usembassy.gov, ftc.gov) are in many files by design and are judged by the known-good list.
// real-2026-12b was checked by host name when it was collected; two of its sites share a
// registrable domain with earlier files (found when this test was written, listed here so that any
// new overlap fails): usaestaonline.com (travel-sellers.json; 12b's host has a trailing dot) and
// immigrationhelp.org (held-out.json, another host of the same site). Failures name sites only.
describe('fresh hold-out batches: their sites are in no other corpus file', () => {
  const KNOWN_SHARED: Readonly<Record<string, readonly string[]>> = { [FRESH_BATCH]: ['immigrationhelp.org', 'usaestaonline.com'] };
  const corpus = loadCorpus();
  const siteOf = (url: string): string => siteKey(parseHost(new URL(url).hostname));
  it.each(FRESH_BATCHES)('%s', (batch) => {
    const pages = corpus.filter((e) => e.batch === batch);
    expect(pages.length).toBeGreaterThan(100);
    const files = new Set(pages.map((e) => e.file));
    expect(files.size, 'one file per fresh batch').toBe(1);
    const sites = new Set(pages.filter((e) => e.label !== 'official').map((e) => siteOf(e.url)));
    const elsewhere = new Set(corpus.filter((e) => !files.has(e.file)).map((e) => siteOf(e.url)));
    const shared = [...sites].filter((s) => elsewhere.has(s)).sort();
    expect(shared).toEqual(KNOWN_SHARED[batch] ?? []);
  });
});
