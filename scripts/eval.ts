/**
 * Accuracy of the verdict engine on the labelled corpus (every .json file under tests/corpus, real/
 * included; tests/corpus/messages/ holds pasted messages and tests/corpus/addresses/ host names, other
 * formats, and are skipped).
 *
 *   npm run eval                       every part's numbers; misclassified pages of the tune,
 *                                      seen and synthetic parts
 *   npm run eval -- --reveal-untuned   also the ids of misjudged untuned pages (never while tuning:
 *                                      once looked at, the untuned part is no longer untuned)
 *   npm run eval -- --reveal-fresh     the same for the fresh hold-out part (same rule)
 *   npm run eval -- --sealed           also the sealed hold-outs' counts (fresh2 to fresh15: the lead,
 *                                      once at the end of a session; see SEALED_OPEN)
 *   npm run eval -- --reveal-fresh2    with --sealed, the ids of fresh2's misjudged pages (same rule as above)
 *   npm run eval -- --reveal-fresh3    with --sealed, the same for fresh3 (same rule)
 *   npm run eval -- --reveal-fresh4    with --sealed, the same for fresh4 (same rule)
 *   npm run eval -- --reveal-fresh5    with --sealed, the same for fresh5 (same rule)
 *   npm run eval -- --reveal-fresh6    with --sealed, the same for fresh6 (same rule)
 *   npm run eval -- --reveal-fresh7    with --sealed, the same for fresh7 (same rule)
 *   npm run eval -- --reveal-fresh8    with --sealed, the same for fresh8 (same rule)
 *   npm run eval -- --reveal-fresh9    with --sealed, the same for fresh9 (same rule)
 *   npm run eval -- --reveal-fresh10   with --sealed, the same for fresh10 (same rule)
 *   npm run eval -- --reveal-fresh11   with --sealed, the same for fresh11 (same rule)
 *   npm run eval -- --reveal-fresh12   with --sealed, the same for fresh12 (same rule)
 *   npm run eval -- --reveal-fresh13   with --sealed, the same for fresh13 (same rule)
 *   npm run eval -- --reveal-fresh14   with --sealed, the same for fresh14 (same rule)
 *   npm run eval -- --reveal-fresh15   with --sealed, the same for fresh15 (same rule)
 *
 * Labels: official, legit (must stay official/none/notice), charges-free and impersonation
 * (must be caution or danger).
 *
 * Parts (partOf): the corpus is split once, and the split never changes.
 *  - synthetic  pages written for the corpus (knowing the rules)
 *  - seen       real pages collected in earlier sessions (every file outside tests/corpus/real/):
 *               the rules were written while looking at them
 *  - tune       real pages in tests/corpus/real/ whose sha256(url) starts with 0–7: look at their
 *               misses, fix the family a miss stands for
 *  - untuned    real pages in tests/corpus/real/ whose sha256(url) starts with 8–f (never tuned on);
 *               only counts are printed, so nobody tunes on them
 *  - fresh      the batch real-2026-12b (tests/corpus/real/fresh-2026-12b.json): real pages collected
 *               and labelled after the tune/untuned split, before any detector run on them; never
 *               tuned on, counts only (like untuned), outside both tune and untuned
 *  - fresh2     the batch real-2026-12g (tests/corpus/real/fresh-2026-12g.json): a second hold-out of
 *               real pages on sites in no other file, collected and labelled on 2026-12-06 while other
 *               helpers tuned on other sites, before any detector run on them; never tuned on, counts
 *               only, like fresh
 *  - fresh3     the batch real-2026-12l (tests/corpus/real/fresh-2026-12l.json): a third hold-out, the
 *               same way (session 15, sites in no other file, labelled and committed before any detector
 *               run); sealed like fresh2
 *  - fresh4     the batch real-2026-12p (tests/corpus/real/fresh-2026-12p.json): a fourth hold-out, the
 *               same way (session 16, sites in no other file, labelled and committed before any detector
 *               run); sealed like fresh2
 *  - fresh5     the batch real-2026-12v (tests/corpus/real/fresh-2026-12v.json): a fifth hold-out, the
 *               same way (session 17, sites in no other file, labelled and committed before any detector
 *               run); sealed like fresh2
 *  - fresh6     the batch real-2026-12aa (tests/corpus/real/fresh-2026-12aa.json): a sixth hold-out, the
 *               same way (session 18, sites in no other file, labelled and committed before any detector
 *               run; several pages of the same seller site in visiting order, to measure site memory);
 *               sealed like fresh2
 *  - fresh7     the batch real-2026-12ae (tests/corpus/real/fresh-2026-12ae.json): a seventh hold-out, the
 *               same way (session 19, sites in no other file, labelled and committed before any detector
 *               run; new sources: ITIN/EIN sellers, case-status trackers, sellers and news in languages
 *               little searched before); sealed like fresh2
 *  - fresh8     the batch real-2026-12ah (tests/corpus/real/fresh-2026-12ah.json): an eighth hold-out, the
 *               same way (session 20, sites in no other file, labelled and committed before any detector
 *               run; new sources: ITIN filing and CAA sellers, non-lawyer form preparers for parole, TPS and
 *               travel permits, visa-appointment consultancies, and legit pages in many languages); sealed like fresh2
 *  - fresh9     the batch real-2026-12aj (tests/corpus/real/fresh-2026-12aj.json): a ninth hold-out, the
 *               same way (session 21, sites in no other file, labelled and committed before any detector
 *               run; new sources: ESTA agencies and DV-entry services in Central and Eastern European and
 *               Caucasus languages, form and fee-payment pages, and legit pages in many languages); sealed like fresh2
 *  - fresh10    the batch real-2026-12an (tests/corpus/real/fresh-2026-12an.json): a tenth hold-out, the
 *               same way (session 22, sites in no other file, labelled and committed before any detector
 *               run; new sources: fee-payment middlemen for NVC, SEVIS, visa and embassy fees, non-lawyer form
 *               preparers and I-134A sellers, DV-entry services in Amharic and Turkish, two copies of a
 *               USCIS page, and legit pages in 14 languages); sealed like fresh2
 *  - fresh11    the batch real-2026-12ar (tests/corpus/real/fresh-2026-12ar.json): an eleventh hold-out, the
 *               same way (session 23, sites in no other file, labelled and committed before any detector
 *               run; new sources: Brazilian visa despachantes, an I-90 and a SENTRI application service,
 *               non-lawyer form preparers, a German ESTA seller's flow and USCIS and ustraveldocs pages
 *               copied onto unrelated hosts, and legit lawyers, news and guides in 10 languages); sealed like fresh2
 *  - fresh12    the batch real-2026-12ay (tests/corpus/real/fresh-2026-12ay.json): a twelfth hold-out, the
 *               same way (session 24, sites in no other file, labelled and committed before any detector
 *               run; new sources: ESTA middlemen met as sites, advertorials, a press release and a promo channel,
 *               a DV-entry site, an online visa service, a USCIS FAQ copied onto a .vn host, U.S. passport
 *               expediters (round 2), city passport-acceptance pages, and legit news, guides, blogs, lawyers,
 *               nonprofits and travel agencies in many languages; 211 pages); sealed like fresh2
 *  - fresh13    the batch real-2026-12az (tests/corpus/real/fresh-2026-12az.json): a thirteenth hold-out, the
 *               same way (session 25, sites in no other file, labelled and committed before any detector
 *               run; new sources: ITIN sellers (Certifying Acceptance Agents selling the W-7), SSA, USCIS and IRS pages
 *               copied in the agency's own voice onto unrelated hosts, a forms shop, Global Entry, SENTRI, passport and
 *               ESTA form sellers and advertorials steering to one (round 2), and legit news, guides, lawyers and
 *               forums on the DV-2027 $1 fee, the annual asylum fee, the ESTA, visa-integrity and H-1B fees, the CBP Home
 *               stipend, TSA PreCheck, Global Entry and passports, in en, es, pt, fr, si, ta, bn, ar, zh, de, vi and
 *               more; 134 pages); sealed like fresh2
 *  - fresh14    the batch real-2026-12bc (tests/corpus/real/fresh-2026-12bc.json): a fourteenth hold-out, the
 *               same way (session 26, sites in no other file, labelled and committed before any detector
 *               run; new sources: ESTA sellers (in Norwegian and Tagalog too), ESTA advertorials on unrelated blogs and a
 *               paid press release, DV-entry services, a credit union selling the W-7 as an acceptance agent, a passport
 *               service, a Social Security card filing service, USCIS's Vietnamese N-400 checklist on a homework host, and
 *               legit parish and nonprofit citizenship clinics, Korean, Vietnamese, Chinese, Filipino and Polish community
 *               news, Baltic and Norwegian ESTA news, libraries, universities, lawyers, guides and blogs; round 2: a private .uk
 *               ESTA site, a seller's I-90 FAQ on a pages.dev host, news and nonprofits on fees, DACA and CBP One;
 *               137 pages);
 *               sealed like fresh2
 *  - fresh15    the batch real-2026-12bh (tests/corpus/real/fresh-2026-12bh.json): a fifteenth hold-out, the
 *               same way (session 27, sites in no other file, labelled and committed before any detector
 *               run; new sources: PDF-filler and form-template pages wrapping free USCIS, State Department, SSA and
 *               IRS forms (I-765, I-821D, I-589, DS-11, DS-82, SS-5, W-7), a private Social Security card service,
 *               an ESTA seller's landing text spun onto a personal host, a seller's I-765 FAQ, passport expediters'
 *               checklist pages, a copy of the DS-160 page on an unrelated host; and legit news, guides, blogs,
 *               lawyers, a formation company, city and French town-hall passport pages and an embassy page on CBP
 *               impersonation scams, Global Entry, Real ID, H-1B registration, DV lottery warnings, EIN, ITIN, eTA
 *               and visa steps in en, es, fr, pt, bn, am, fa, ar, ru, sw, rw, ja, vi, zh and sk); sealed like fresh2
 *  The batches in TUNE_BATCHES are tune as a whole, whatever their URL hash: they are not split, and
 *  each is also printed on its own line: real-2026-12c and real-2026-12d (tests/corpus/real/tune-2026-12c.json
 *  and tune-2026-12d.json, new sites collected after the fresh batch to widen the tune data), real-2026-12e
 *  (tune-2026-12e.json, copies of agency pages on other hosts and legit pages quoting the same text) and
 *  real-2026-12f (tune-2026-12f.json, hard legitimate pages on new sites, collected to find false-alarm families),
 *  real-2026-12h (tune-2026-12h.json, more copies of agency pages: appointment-site and DS-160 clones, USAGov
 *  copies, a spun .gov banner, and legit pages in vi, ru, de, zh quoting the same agencies) and
 *  real-2026-12i (tune-2026-12i.json, paid middlemen by family and hard legitimate pages around them) and
 *  real-2026-12j (tune-2026-12j.json, sellers and hard legitimate pages in ja, it, pt, ru, zh, ko, vi, ar:
 *  ESTA, DV and visa agencies, news quoting official fees, DIY guides) and
 *  real-2026-12k (audit-2026-12k.json, a false-alarm audit of the language rules: legit pages in ja, ko, zh, pt, it,
 *  ru, ar, vi, tr, fa, es, en most likely to trip them — licensed scriveners, study-abroad agencies, news on fees) and
 *  real-2026-12r (tune-2026-12r.json, copies of U.S. embassy pages and the appointment service on other hosts, and news,
 *  forums, archives, foreign governments and lawyers in 12 languages quoting or republishing embassy text) and
 *  real-2026-12n (audit-2026-12n.json, a false-alarm audit of session 15's rules: legit pages in zh, ja, ko, de, ru, en
 *  quoting U.S. fees in 美元/美金/元/달러, EIN guides, eTA news, lawyers, know-your-rights pages, a .us school) and
 *  real-2026-12q (tune-2026-12q.json, sellers of U.S. steps other than the ESTA — DS-160, visa appointments, I-90 — and
 *  the legit pages around them: lawyers, news on the $750 appointment fee, guides, a university, in en, hi, ru, es, fr, ar, vi) and
 *  real-2026-12s (tune-2026-12s.json, DV entry services and form sellers with the legit pages around them: DV news and
 *  guides in uk, ru, bn, tr, fr, es and from Kenya, Ethiopia, Cameroon, Togo; a DV photo tool; a free form library; clinics) and
 *  real-2026-12t (tune-2026-12t.json, a false-alarm audit of session 16: lawyers, tax preparers' ITIN/EIN pages, nonprofits
 *  raising fee money, other countries' eTA pages, universities' SEVIS/OPT pages, news and blogs quoting seller prices) and
 *  real-2026-12x (tune-2026-12x.json, copies of embassy and appointment-service FAQ pages on unrelated hosts, and news,
 *  lawyers, blogs and document hosts in en, es, pt, fr republishing embassy or USCIS text) and
 *  real-2026-12o (tune-2026-12o.json, a false-alarm audit of session 17: lawyers' visa pages, DACA fee funds, libraries,
 *  universities and societies quoting the State Department, news on agents' fees, DV helpers, EVUS news, DS-160 how-tos, in 13 languages) and
 *  real-2026-12z (tune-2026-12z.json, paid form preparers — online I-90 sellers, PDF/AI form fillers, notario-style
 *  shops in es/vi — and the legit pages around them: lawyers, nonprofits, news, guides, legal-tech for attorneys) and
 *  real-2026-12ac (tune-2026-12ac.json, a false-alarm audit of session 18 in 19 languages: news quoting visa, ESTA and DV
 *  fees and lottery results, embassies' scam warnings relayed by the press, lawyers, nonprofits, forums, travel firms) and
 *  real-2026-12ai (audit-2026-12ai.json, a false-alarm audit of session 20: CAA and tax-preparer pages with their fees,
 *  universities' SSN/ITIN pages, legal aid, lawyers relaying USCIS notices, news restating U.S. visa fees in taka, rupees, lari) and
 *  real-2026-12ak (tune-2026-12ak.json, visa21: U.S. visa agencies selling DS-160 filling and appointment booking, and the
 *  lawyers, news, guides and study-abroad agencies met on the same searches, in 11 languages) and
 *  real-2026-12am (tune-2026-12am.json, a false-alarm audit of session 21: lawyers' DS-160 and interview pages, law firms relaying
 *  USCIS fee news, ITIN/DACA nonprofits, news on ESTA/DV scams quoting prices, foreign consulates, visa guides in 15 languages) and
 *  real-2026-12al (tune-2026-12al.json, copies of USCIS, USAGov and State Department pages on non-government hosts, and
 *  law firms, nonprofits, wikis, feed readers and document libraries republishing the same text under their own name) and
 *  real-2026-12ao (tune-2026-12ao.json, forms22: sellers and preparers of USCIS forms — PDF-editor sites named after a form,
 *  a form-preparation app, a flat-fee citizenship filer, an immigration consultant — and the legit pages around them) and
 *  real-2026-12aq (tune-2026-12aq.json, a false-alarm audit of session 22: civics-test study sites, news quizzes and libraries,
 *  lawyers' and guides' fee pages, DV help at a library, news on DV fixers, translation firms, universities' SEVIS pages, notaries, foreign missions' warnings on agents, in 13 languages) and
 *  real-2026-12ap (tune-2026-12ap.json, dv22: DV-entry services' terms and pitch pages and the news, embassy relays, guides and
 *  forums met on the same searches in 10 languages) and
 *  real-2026-12as (tune-2026-12as.json, fees23: a payment app paying the SEVIS and visa fees for a charge, and universities'
 *  SEVIS pages, guides to paying the SEVIS, visa, NVC and USCIS immigrant fees, news and study-abroad agencies in 5 languages) and
 *  real-2026-12au (tune-2026-12au.json, a false-alarm audit of session 23: public offices doing a step for free and naming agencies'
 *  fees, SEVIS-fee and visa-fee payment pages, tax preparers, LLC guides, news and lawyers relaying agency fee text in 12 languages) and
 *  real-2026-12at (tune-2026-12at.json, ein23: EIN and ITIN filing sellers and the guides, formation companies, tax offices,
 *  acceptance agents, lawyers, news and a city page met on the same searches in 12 languages) and
 *  real-2026-12av (tune-2026-12av.json, voice23: translated copies of agency pages speaking as the agency on non-government
 *  hosts, and the credited reposts, news quoting the agency, lawyers, guides and a mission's own former site around them) and
 *  real-2026-12aw (tune-2026-12aw.json, lang24: U.S.-visa, ESTA and DV-entry sellers in fa, sr, ka, hy, ro, he, ar and the news,
 *  embassy relays and guides met on the same searches in 16 languages) and
 *  real-2026-12ax (tune-2026-12ax.json, sitename24: pages on sites named after a step whose name is their only cue — guides
 *  that send the reader to the official site, a seller's information page — and news on the I-94's fee) and
 *  real-2026-12ba (tune-2026-12ba.json, passport25: U.S. passport expediters' terms, refund, order and how-it-works pages, an
 *  appointment concierge, a form-filling service — and the guides, news, acceptance facilities and travel pages quoting the
 *  State Department's own fees met on the same searches) and
 *  real-2026-12bb (tune-2026-12bb.json, fee25: pages that warn about scams by naming what the scammers ask for — Western
 *  Union, MoneyGram, gift cards, Bitcoin, wire transfers — from banks, police, councils, lawyers, universities and news) and
 *  real-2026-12bd (tune-2026-12bd.json, copy26: SSA, IRS, USAGov and State Department pages copied onto hosts that are not the
 *  agency's — POMS mirrors, booklets on spam and document hosts, random Pages hosts, a look-alike IRS prototype — and the news,
 *  tax preparers, lawyers, universities, nonprofits and guides that quote or reprint agency text met on the same searches) and
 *  real-2026-12bf (tune-2026-12bf.json, itin26: sellers of the IRS's free tax-ID steps — ITIN (Form W-7), EIN and a Social
 *  Security card filing service — and the acceptance agents, tax offices, formation companies, guides and news met on the
 *  same searches in 9 languages) and
 *  real-2026-12be (tune-2026-12be.json, left26: news and guides in es, fr, de, pt, zh, vi, ko quoting the visa integrity fee,
 *  the ESTA, I-94 and visa fees as the U.S. government's, and a visa agency's news post selling its U.S.-visa service) and
 *  real-2026-12bg (tune-2026-12bg.json, advert26: advertorials — sponsored articles, a paid press release, a directory listing,
 *  spun SEO posts — that send the reader to a paid ESTA or passport service, and the guides, blogs, news and lawyers met on the
 *  same searches that send to the agency's own site or warn against the paid ones) and
 *  real-2026-12bi (tune-2026-12bi.json, warnesta27: pages that warn against paid ESTA, passport and Global Entry sites or
 *  explain the agency's own fee and its parts — news, guides, blogs, a forum, a lawyer in 9 languages, info sites named after
 *  a step — and sellers' fee explainers, news posts and terms pages that look like them) and
 *  real-2026-12bj (tune-2026-12bj.json, copy27: SSA, State Department and IRS pages copied in the agency's voice without the
 *  site's chrome, and the tax preparers, insurance agents, guides, newspapers, a forum and lawyers that retell or credit them).
 * Targets (asserted by tests/unit/verdict/corpus.test.ts on the untuned part): recall >= 90% on
 * charges-free + impersonation; no danger and <= 1% caution on official + legit.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decide } from '../lib/verdict';
import type { FormSnapshot, Level, Verdict } from '../lib/types';
import { LEVELS } from '../lib/types';
import { textToSnapshot } from './html-snapshot';

export type Label = 'official' | 'legit' | 'charges-free' | 'impersonation';
export const LABELS: readonly Label[] = ['official', 'legit', 'charges-free', 'impersonation'];

/**
 * Pages the engine gets wrong for reasons owned outside lib/signals and lib/verdict, each with
 * why. The corpus test excludes them from the targets and fails once one of them passes.
 */
export const KNOWN: Readonly<Record<string, string>> = {};

export interface CorpusEntry {
  id: string;
  label: Label;
  url: string;
  source: string;
  reason: string;
  text: string;
  title?: string;
  lang?: string;
  /** What the page is (esta, dv, forms, access-code, impersonation, lawyer, news…); required on real/ pages. */
  kind?: string;
  synthetic?: boolean;
  modelledOn?: string;
  /** When the page was collected ('held-out-1', or a real/ collector's batch name). */
  batch?: string;
  forms?: FormSnapshot[];
  /** Set by loadCorpus: the file's path under tests/corpus, with '/' separators. */
  file?: string;
}

/** The hold-out batch collected after the split (see the header): its own part, never tuned on. */
export const FRESH_BATCH = 'real-2026-12b';
/** The second hold-out batch (see the header): its own part, never tuned on. */
export const FRESH2_BATCH = 'real-2026-12g';
/** The third hold-out batch (see the header): its own part, never tuned on, sealed like the second. */
export const FRESH3_BATCH = 'real-2026-12l';
/** The fourth hold-out batch (session 16): its own part, never tuned on, sealed like the second. */
export const FRESH4_BATCH = 'real-2026-12p';
/** The fifth hold-out batch (session 17): its own part, never tuned on, sealed like the second. */
export const FRESH5_BATCH = 'real-2026-12v';
/** The sixth hold-out batch (session 18): its own part, never tuned on, sealed like the second. */
export const FRESH6_BATCH = 'real-2026-12aa';
/** The seventh hold-out batch (session 19): its own part, never tuned on, sealed like the second. */
export const FRESH7_BATCH = 'real-2026-12ae';
/** The eighth hold-out batch (session 20): its own part, never tuned on, sealed like the second. */
export const FRESH8_BATCH = 'real-2026-12ah';
/** The ninth hold-out batch (session 21): its own part, never tuned on, sealed like the second. */
export const FRESH9_BATCH = 'real-2026-12aj';
/** The tenth hold-out batch (session 22): its own part, never tuned on, sealed like the second. */
export const FRESH10_BATCH = 'real-2026-12an';
/** The eleventh hold-out batch (session 23): its own part, never tuned on, sealed like the second. */
export const FRESH11_BATCH = 'real-2026-12ar';
/** The twelfth hold-out batch (session 24): its own part, never tuned on, sealed like the second. */
export const FRESH12_BATCH = 'real-2026-12ay';
/** The thirteenth hold-out batch (session 25): its own part, never tuned on, sealed like the second. */
export const FRESH13_BATCH = 'real-2026-12az';
/** The fourteenth hold-out batch (session 26): its own part, never tuned on, sealed like the second. */
export const FRESH14_BATCH = 'real-2026-12bc';
/** The fifteenth hold-out batch (session 27): its own part, never tuned on, sealed like the second. */
export const FRESH15_BATCH = 'real-2026-12bh';
/**
 * The hold-out batches in order, each its own part: the one list a new hold-out joins (with its FRESHn_BATCH constant).
 * Part, PARTS, SEALED, FRESH_BATCHES, HELD_OUT and partOf are read from it.
 */
const FRESH_PARTS = [
  ['fresh', FRESH_BATCH],
  ['fresh2', FRESH2_BATCH],
  ['fresh3', FRESH3_BATCH],
  ['fresh4', FRESH4_BATCH],
  ['fresh5', FRESH5_BATCH],
  ['fresh6', FRESH6_BATCH],
  ['fresh7', FRESH7_BATCH],
  ['fresh8', FRESH8_BATCH],
  ['fresh9', FRESH9_BATCH],
  ['fresh10', FRESH10_BATCH],
  ['fresh11', FRESH11_BATCH],
  ['fresh12', FRESH12_BATCH],
  ['fresh13', FRESH13_BATCH],
  ['fresh14', FRESH14_BATCH],
  ['fresh15', FRESH15_BATCH],
] as const;
type FreshPart = (typeof FRESH_PARTS)[number][0];
const FRESH_PART_NAMES: readonly FreshPart[] = FRESH_PARTS.map(([part]) => part);
export type Part = 'untuned' | FreshPart | 'tune' | 'seen' | 'synthetic';
export const PARTS: readonly Part[] = ['untuned', ...FRESH_PART_NAMES, 'tune', 'seen', 'synthetic'];
/** The batches whose sites must be in no other corpus file (asserted by tests/unit/verdict/corpus.test.ts). */
/**
 * The second and third hold-outs are sealed: `npm run eval` and `npm run eval:sites` leave their counts out, so
 * nobody picks a rule variant by them while tuning (the first hold-out's counts were read after
 * changes and steered two choices, docs/accuracy.md). The lead opens them once at the end of a
 * session with `--sealed`; their floor tests still guard them.
 */
export const SEALED_OPEN = process.argv.includes('--sealed');
/** The sealed held-out parts, each with its batch and the flag that lists its misjudged pages (with --sealed). */
export const SEALED: readonly { part: Part; batch: string; title: string; reveal: string }[] = FRESH_PARTS.slice(1).map(([part, batch]) => ({
  part,
  batch,
  title: `FRESH HOLD-OUT ${part.slice('fresh'.length)}`,
  reveal: `--reveal-${part}`,
}));
export const FRESH_BATCHES: readonly string[] = FRESH_PARTS.map(([, batch]) => batch);
/** A later batch of new sites collected to widen the tune data: tune as a whole, never split by hash. */
export const TUNE_BATCH = 'real-2026-12c';
/** More new sites (ESTA sites in other languages, visa/passport/trusted-traveler agencies, DV services): tune as a whole too. */
export const SELLERS_BATCH = 'real-2026-12d';
/** Copies of agency pages on other hosts and legit pages quoting the same text (issue 12): tune as a whole too. */
export const COPIES_BATCH = 'real-2026-12e';
/** Hard legitimate pages (and a few sellers) on new sites, collected to find false-alarm families: tune as a whole. */
export const LEGIT_BATCH = 'real-2026-12f';
/** Paid middlemen by family (DV services, form sellers, seller pages with no cue, trusted-traveler/EIN sellers) and hard legit pages: tune as a whole. */
export const MIDDLEMEN_BATCH = 'real-2026-12i';
/** Every batch that is tune as a whole, each also printed on its own line. */
/** More copies of agency pages (appointment-site, DS-160 and USAGov copies) and legit pages in vi, ru, de, zh: tune as a whole. */
export const COPIES2_BATCH = 'real-2026-12h';
/** Sellers and hard legitimate pages in the languages beyond en/es/fr/de (ja, it, pt, ru, zh, ko, vi, ar): tune as a whole. */
export const LANGS_BATCH = 'real-2026-12j';
/** A false-alarm audit of the language rules: legit pages in twelve languages most likely to trip them: tune as a whole. */
export const AUDIT_BATCH = 'real-2026-12k';
/** Travel businesses (tour operators, cruise and airline help pages) that mention the ESTA in passing while speaking of themselves: tune as a whole. */
export const TRAVEL_BATCH = 'real-2026-12m';
/** A false-alarm audit of session 15's rules (EIN middleman, 元/美金 money, CJK word edges): legit pages most likely to trip them: tune as a whole. */
export const AUDIT2_BATCH = 'real-2026-12n';
/** Copies of U.S. embassy pages and the appointment service on other hosts (mirrors, copy tools, a shop) and legit pages in 12 languages quoting embassies: tune as a whole. */
export const COPIES3_BATCH = 'real-2026-12r';
/** Sellers of U.S. steps other than the ESTA (DS-160, visa appointments, I-90) and the legit pages around them (lawyers, news on the $750 appointment fee, guides): tune as a whole. */
export const AGENCIES_BATCH = 'real-2026-12q';
/** DV entry services, form sellers and the hard legitimate pages around them (DV news in Africa/South Asia/Eastern Europe, photo tools, form libraries, clinics): tune as a whole. */
export const DV_FORMS_BATCH = 'real-2026-12s';
/** A false-alarm audit of session 16 (lawyers, tax preparers with ITIN/EIN help, nonprofits raising fee money, other countries' eTA pages, universities, news on scam prices): tune as a whole. */
export const AUDIT3_BATCH = 'real-2026-12t';
export const JOURNEY_BATCH = 'real-2026-12u';
/** Paid middlemen for the DV entry, EVUS, I-94, trusted-traveler and EIN steps, and the legit pages met on the same searches in 12 languages (session 17, dvsell). */
export const DVSELL_BATCH = 'real-2026-12y';
/** Sellers of the State Department's clerical steps (DS-160 filling, visa appointments, NVC/DS-260 and DS-11 handling) in pl, tr, uk, ru, pt, es, en and the legit pages around them (news on appointment touts, guides, lawyers, licensed scriveners): tune as a whole. */
export const AGENCIES2_BATCH = 'real-2026-12w';
/** Copies of embassy and appointment-service pages on unrelated hosts and the legit pages republishing embassy text (news in Africa/Latin America, lawyers, blogs): tune as a whole; split WRITE/CHECK by URL hash in the notes (copies4). */
export const COPIES4_BATCH = 'real-2026-12x';
/** Paid form preparers (online I-90 sellers, PDF/AI form fillers, es/vi paperwork shops) and the legit pages around them (lawyers, nonprofits, news, guides): tune as a whole; split WRITE/CHECK by URL hash in the notes (forms2). */
export const FORMS2_BATCH = 'real-2026-12z';
/** A false-alarm audit of session 17 (lawyers' visa pages with prices, nonprofits' fee help, universities and societies quoting the State Department, news on agents' fees, DV photo studios, libraries, foreign-government notices): tune as a whole. */
export const AUDIT4_BATCH = 'real-2026-12o';
/** DV-entry and form-filling sellers (a form filler's terms, DV agencies' FAQ pages in pl and da) and the legit pages met on the same searches (DV news in es, ar, is, en; lawyers; fee guides; a DV-named guide host): tune as a whole; split WRITE/CHECK by URL hash in the notes (sellers5). */
export const SELLERS5_BATCH = 'real-2026-12ad';
/** A false-alarm audit of session 18 (news on visa/ESTA/DV fees and lottery results, relayed embassy scam warnings, lawyers, nonprofits, forums, travel firms; 19 languages): tune as a whole. */
export const AUDIT5_BATCH = 'real-2026-12ac';
/** Third-party ITIN and EIN filing sellers for non-residents (their order, FAQ, refund and terms pages) and the legit pages met on the same searches (CPA/EA acceptance agents, nonprofits, IRS pages, guides, news in 10 languages): tune as a whole; split WRITE/CHECK by URL hash in the itin20 notes. */
export const ITIN_BATCH = 'real-2026-12af';
/** Sellers of U.S. visa steps in languages the engine barely knew (he, fa, bn: DS-160 filling, appointment booking and fee payment for a service charge) and the legit pages met on the same searches (news, guides, blogs quoting sellers' prices, an airline, two embassy pages; th, ur, ar, sv, ja): tune as a whole; split WRITE/CHECK by URL hash in the langs20 notes. */
export const LANGS20_BATCH = 'real-2026-12ag';
/** A false-alarm audit of session 20 (CAA and tax-preparer pages with fees, universities' SSN/ITIN pages, legal aid, lawyers relaying USCIS notices, news in bn/hi/ka/fa/he restating U.S. visa fees in local money): tune as a whole. */
export const AUDIT6_BATCH = 'real-2026-12ai';
/** A false-alarm audit of session 21 (lawyers' DS-160 and interview pages, law firms relaying USCIS fee news, ITIN/DACA nonprofits, news on ESTA/DV scams quoting prices, foreign consulates, visa guides and blogs in 15 languages; a few sellers and copies met on the way): tune as a whole. */
export const AUDIT7_BATCH = 'real-2026-12am';
/** U.S. visa agencies selling the DS-160 filling, the appointment booking or "visa packages" (es, en, vi, id, uk, bn) and the legit pages met on the same searches (lawyers, news relaying embassies in 11 languages, DIY guides, study-abroad agencies): tune as a whole; split WRITE/CHECK by URL hash in the visa21 notes. */
export const VISA21_BATCH = 'real-2026-12ak';
/** Copies of agency pages on non-government hosts (USCIS, USAGov and State Department pages on content farms, random Pages hosts, blogs; a spun copy) and the hard legit pages around them (law firms, nonprofits, wikis and mirrors, feed readers, document libraries republishing the same text under their own name): tune as a whole; split WRITE/CHECK by URL hash in the copies21 notes. */
export const COPIES21_BATCH = 'real-2026-12al';
/** Sellers and preparers of USCIS forms (PDF-editor sites named after a form, a form-preparation app in Russian, a flat-fee citizenship filer, a California immigration consultant's pages, a DIY green-card site) and the legit pages met on the same searches (lawyers offering forms within representation, accredited nonprofits, a free PDF host, wiki mirrors, news and guides in 13 languages): tune as a whole; split WRITE/CHECK by URL hash in the forms22 notes. */
export const FORMS22_BATCH = 'real-2026-12ao';
/** A false-alarm audit of session 22 (civics-test study sites, many named after U.S. citizenship; news quizzes, libraries, lawyers' and guides' fee pages, a library's free DV-entry help, news on DV fixers, translation firms, universities' SEVIS pages, licensed notaries, foreign missions warning against agents; 13 languages): tune as a whole. */
export const AUDIT8_BATCH = 'real-2026-12aq';
/** A false-alarm audit of session 23 (district offices and libraries doing the ESTA or citizenship forms for free and naming what agencies charge, universities' SEVIS-fee pages naming Western Union, Chinese and Korean guides to paying the visa fee at a bank, tax preparers' fees, LLC cost guides, lawyers and news relaying USCIS and State Department fee text in ar, pt, ko, zh, ja, vi, tl; one ESTA proxy seller on a scrivener's site): tune as a whole. */
export const AUDIT9_BATCH = 'real-2026-12au';
/** DV-entry services (an Armenian and an Iranian agency's terms, a DV-named service page, an agency's pitch, an advertorial) and the legit pages met on the same searches (news and embassy relays from Africa, Nepal, Armenia, Iran; a DV-named FAQ saying entry is free; photo how-tos; a forum) in 10 languages: tune as a whole; split WRITE/CHECK by URL hash in the dv22 notes. */
export const DV22_BATCH = 'real-2026-12ap';
/** Fee-payment middlemen (a payment app paying the SEVIS and visa fees for a charge) and the legit pages met on the same searches (universities' SEVIS pages, guides to paying the SEVIS, visa, NVC and USCIS immigrant fees in en, fa, ru, tr, vi, news on Nigeria's reciprocity fee, study-abroad agencies): tune as a whole; split WRITE/CHECK by URL hash in the fees23 notes. */
export const FEES23_BATCH = 'real-2026-12as';
export const VOICE23_BATCH = 'real-2026-12av';
/** EIN and ITIN filing sellers (an agency's EIN service, a non-resident tax service, Taxback's EIN order page, an ITIN-named seller, a filing company, a Chinese agency's ITIN service) and the legit pages met on the same searches (EIN guides, formation companies whose EIN is a step of the company they form, CPA and tax offices, an IRS acceptance agent, lawyers, FTC-warning news, a city business portal) in 12 languages: tune as a whole; split WRITE/CHECK by URL hash in the ein23 notes. */
export const EIN23_BATCH = 'real-2026-12at';
/** U.S.-visa, ESTA and DV-entry sellers in languages the engine barely read (fa, sr, ka, hy, ro, he, ar) and the legit pages met on the same searches (news restating U.S. fees in lei, Kč, TL, taka, reais; embassy relays; guides; a report on a DV intermediary's price) in 16 languages: tune as a whole; split WRITE/CHECK by URL hash in the lang24 notes. */
export const LANG24_BATCH = 'real-2026-12aw';
/** Pages on sites named after a government step whose name is their only cue (ESTA guides sending the reader to the official site, an ESTA seller's information page) and news on the I-94 permit's fee: tune as a whole; split WRITE/CHECK by URL hash in the sitename24 notes. */
export const SITENAME24_BATCH = 'real-2026-12ax';
/** U.S. passport expediters (terms, refund, order and how-it-works pages; an appointment concierge; a DS-11/DS-82 form-filling service) and the guides, news, acceptance facilities, a university and travel pages quoting the State Department's own passport fees met on the same searches: tune as a whole; split WRITE/CHECK by URL hash in the passport25 notes. */
export const PASSPORT25_BATCH = 'real-2026-12ba';
/** Pages that warn about immigration, tax, police and bank impostors by naming what the scammers ask for (Western Union, MoneyGram, gift cards, Bitcoin, wire transfers, payment apps): banks, police, councils, lawyers, universities, news and an embassy in 9 languages, and a shop's own Western Union instructions met on the same searches: tune as a whole; split WRITE/CHECK by URL hash in the fee25 notes. */
export const FEE25_BATCH = 'real-2026-12bb';
/** Copies of SSA, IRS, USAGov and State Department pages on hosts that are not the agency's (POMS mirrors, SSA booklets on spam and document hosts, IRS tax topics on random Pages hosts, a spun IRS topic, an IRS look-alike prototype) and the news columns, tax preparers, lawyers, universities, nonprofits and guides that quote or reprint agency text met on the same searches: tune as a whole; split WRITE/CHECK by URL hash in the copy26 notes. */
export const COPY26_BATCH = 'real-2026-12bd';
/** Sellers of the IRS's free tax-ID steps (ITIN terms, help-centre, service and refund pages; EIN filing sites; a placed article sending readers to a paid Social Security card filing service) and the IRS acceptance agents, tax offices, formation companies, guides, blogs and news met on the same searches in 9 languages: tune as a whole; split WRITE/CHECK by URL hash in the itin26 notes. */
export const ITIN26_BATCH = 'real-2026-12bf';
/** The agency's own fee in other languages: news and guides in es, fr, de, pt, zh, vi, ko quoting the visa integrity fee and the ESTA, I-94 and visa fees as the U.S. government's, and a visa agency's news post selling its service: tune as a whole; split WRITE/CHECK by URL hash in its commit (WRITE 16 legit + 1 seller, CHECK 8 legit). */
export const OWNFEE26_BATCH = 'real-2026-12be';
/** Advertorials (sponsored articles, a paid press release, a directory listing, spun SEO posts) that send the reader to a paid ESTA or passport service, and the guides, blogs, news and lawyers met on the same searches that send to the agency's own site or warn against paid ones: tune as a whole; split WRITE/CHECK by URL hash in the advert26 notes. */
export const ADVERT26_BATCH = 'real-2026-12bg';
/** Pages that warn against paid ESTA, passport and Global Entry sites or explain the agency's own fee and its parts (news on the 2025 ESTA, I-94 and DV fees, guides, blogs, a forum, a lawyer, info sites named after a step; 9 languages) and sellers' fee explainers, fee-rise news posts and terms pages that look like them: tune as a whole; split WRITE/CHECK by URL hash in its commit. */
export const WARNESTA27_BATCH = 'real-2026-12bi';
/** Copies of SSA, State Department and IRS pages that keep the body but not the site chrome, on hosts that are not the agency's (an SSA answer on an office directory, a passport page on a travel site, an IRS video transcript on a form-named site), and the tax preparers, insurance agents, guides, newspapers, a forum and lawyers that retell or credit agency text met on the same searches: tune as a whole, all of it CHECK (counts only) in the copy27 notes. */
export const COPY27_BATCH = 'real-2026-12bj';
export const TUNE_BATCHES: readonly string[] = [TUNE_BATCH, SELLERS_BATCH, COPIES_BATCH, LEGIT_BATCH, COPIES2_BATCH, MIDDLEMEN_BATCH, LANGS_BATCH, AUDIT_BATCH, TRAVEL_BATCH, AUDIT2_BATCH, COPIES3_BATCH, AGENCIES_BATCH, DV_FORMS_BATCH, AUDIT3_BATCH, JOURNEY_BATCH, COPIES4_BATCH, AGENCIES2_BATCH, DVSELL_BATCH, AUDIT4_BATCH, FORMS2_BATCH, SELLERS5_BATCH, AUDIT5_BATCH, LANGS20_BATCH, AUDIT6_BATCH, ITIN_BATCH, AUDIT7_BATCH, VISA21_BATCH, COPIES21_BATCH, AUDIT8_BATCH, FORMS22_BATCH, DV22_BATCH, FEES23_BATCH, AUDIT9_BATCH, VOICE23_BATCH, EIN23_BATCH, SITENAME24_BATCH, LANG24_BATCH, PASSPORT25_BATCH, FEE25_BATCH, COPY26_BATCH, ITIN26_BATCH, OWNFEE26_BATCH, ADVERT26_BATCH, WARNESTA27_BATCH, COPY27_BATCH];
/** Parts never tuned on: measured as counts by `npm run eval`, never asserted or listed page by page. */
export const HELD_OUT: readonly Part[] = ['untuned', ...FRESH_PART_NAMES];
/** The folder of pages collected after the rules of earlier sessions (split into tune and untuned). */
export const REAL_DIR = 'real';
/** The folder of pasted messages (issue 18): another format, judged as messages, never read as pages. */
export const MESSAGES_DIR = 'messages';
/** The folder of host names judged on the address alone (`npm run eval:addresses`), another format. */
export const ADDRESSES_DIR = 'addresses';

/** Which part of the split a page belongs to (see the header); fixed by its file and URL. */
export function partOf(entry: CorpusEntry): Part {
  if (entry.synthetic) return 'synthetic';
  if (!entry.file?.startsWith(`${REAL_DIR}/`)) return 'seen';
  const fresh = FRESH_PARTS.find(([, batch]) => batch === entry.batch);
  if (fresh) return fresh[0];
  if (entry.batch !== undefined && TUNE_BATCHES.includes(entry.batch)) return 'tune';
  const first = createHash('sha256').update(entry.url).digest('hex').charAt(0);
  return first < '8' ? 'tune' : 'untuned';
}

export interface Judged {
  entry: CorpusEntry;
  part: Part;
  verdict: Verdict;
  wrong: boolean;
}

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'corpus');

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    if (d.isDirectory()) {
      if (d.name !== MESSAGES_DIR && d.name !== ADDRESSES_DIR) out.push(...jsonFiles(path));
    } else if (d.name.endsWith('.json')) out.push(path);
  }
  return out;
}

/** Every entry of every .json file under dir (sub-folders included, except messages/ and addresses/), each tagged with its file. */
export function loadCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const path of jsonFiles(dir).sort()) {
    const file = relative(dir, path).split(sep).join('/');
    for (const entry of JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry[]) out.push({ ...entry, file });
  }
  return out;
}

export const isPositive = (label: Label): boolean => label === 'charges-free' || label === 'impersonation';
export const flagged = (level: Level): boolean => level === 'caution' || level === 'danger';

export function judge(entry: CorpusEntry): Judged {
  const page = { ...textToSnapshot(entry.text, entry.url, entry.title ?? ''), forms: entry.forms ?? [], lang: entry.lang ?? '' };
  const verdict = decide(entry.url, page);
  const wrong = isPositive(entry.label) ? !flagged(verdict.level) : flagged(verdict.level);
  return { entry, part: partOf(entry), verdict, wrong };
}

export interface Rates {
  positives: number;
  /** positives judged caution or danger */
  caught: number;
  negatives: number;
  caution: number;
  danger: number;
}

/** Recall on the positives and false alarms on the negatives of a set of judged pages. */
export function rates(judged: readonly Judged[]): Rates {
  const pos = judged.filter((j) => isPositive(j.entry.label));
  const neg = judged.filter((j) => !isPositive(j.entry.label) && !KNOWN[j.entry.id]);
  return {
    positives: pos.length,
    caught: pos.filter((j) => flagged(j.verdict.level)).length,
    negatives: neg.length,
    caution: neg.filter((j) => j.verdict.level === 'caution').length,
    danger: neg.filter((j) => j.verdict.level === 'danger').length,
  };
}

/** Recall on the positives of each value of key (kind, lang), largest group first. */
export function recallBy(judged: readonly Judged[], key: (e: CorpusEntry) => string): { value: string; positives: number; caught: number }[] {
  const groups = new Map<string, Judged[]>();
  for (const j of judged) {
    if (!isPositive(j.entry.label)) continue;
    const value = key(j.entry);
    groups.set(value, [...(groups.get(value) ?? []), j]);
  }
  return [...groups]
    .map(([value, set]) => ({ value, positives: set.length, caught: set.filter((j) => flagged(j.verdict.level)).length }))
    .sort((a, b) => b.positives - a.positives || a.value.localeCompare(b.value));
}

/** False alarms on the legitimate and official pages of each value of key (kind, lang), largest group first. */
export function alarmsBy(judged: readonly Judged[], key: (e: CorpusEntry) => string): { value: string; negatives: number; caution: number; danger: number }[] {
  const groups = new Map<string, Judged[]>();
  for (const j of judged) {
    if (isPositive(j.entry.label) || KNOWN[j.entry.id]) continue;
    const value = key(j.entry);
    groups.set(value, [...(groups.get(value) ?? []), j]);
  }
  return [...groups]
    .map(([value, set]) => ({
      value,
      negatives: set.length,
      caution: set.filter((j) => j.verdict.level === 'caution').length,
      danger: set.filter((j) => j.verdict.level === 'danger').length,
    }))
    .sort((a, b) => b.negatives - a.negatives || a.value.localeCompare(b.value));
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const kindOf = (e: CorpusEntry): string => e.kind ?? '(no kind)';
const langOf = (e: CorpusEntry): string => e.lang ?? 'en';

/**
 * hidden: the flag that lists this part's misjudged pages, or undefined when they are always listed;
 * listedAbove: the part's pages are a subset of a part already printed, so their misjudged pages are not listed twice.
 */
function printPart(title: string, set: readonly Judged[], hidden?: string, listedAbove?: string): void {
  const r = rates(set);
  console.log(`== ${title}: ${set.length} pages`);
  console.log(`   recall (caution+danger) ${pct(r.caught, r.positives)}  ${r.caught} of ${r.positives} positives`);
  console.log(`   on legit+official       caution ${pct(r.caution, r.negatives)} (${r.caution})  danger ${pct(r.danger, r.negatives)} (${r.danger})  of ${r.negatives}`);
  if (r.positives > 0) {
    console.log(`   positives by kind:  ${recallBy(set, kindOf).map((g) => `${g.value} ${g.caught}/${g.positives}`).join(', ')}`);
    console.log(`   positives by lang:  ${recallBy(set, langOf).map((g) => `${g.value} ${g.caught}/${g.positives}`).join(', ')}`);
  }
  if (r.negatives > 0) {
    const alarms = (g: { value: string; negatives: number; caution: number; danger: number }): string => `${g.value} ${g.caution}c/${g.danger}d of ${g.negatives}`;
    console.log(`   legit+official by kind (caution c / danger d):  ${alarmsBy(set, kindOf).map(alarms).join(', ')}`);
    console.log(`   legit+official by lang (caution c / danger d):  ${alarmsBy(set, langOf).map(alarms).join(', ')}`);
  }
  console.log(`   levels (rows: label):${LEVELS.map((l) => l.padStart(9)).join('')}`);
  for (const label of LABELS) {
    const rows = set.filter((j) => j.entry.label === label);
    if (rows.length > 0) console.log(`   ${label.padEnd(19)}${LEVELS.map((l) => String(rows.filter((j) => j.verdict.level === l).length).padStart(9)).join('')}`);
  }
  const wrong = set.filter((j) => j.wrong);
  if (listedAbove !== undefined) {
    if (wrong.length > 0) console.log(`   misjudged: ${wrong.length} (listed above under ${listedAbove})`);
    return;
  }
  if (hidden !== undefined && !process.argv.includes(hidden)) {
    if (wrong.length > 0) console.log(`   misjudged: ${wrong.length} (not listed: never tuned on; see ${hidden} in scripts/eval.ts)`);
    return;
  }
  for (const j of wrong) {
    const why = j.verdict.reasons.map((x) => `${x.id}: ${x.evidence}`).join(' | ') || '(no reasons)';
    const known = KNOWN[j.entry.id] ? `  (KNOWN: ${KNOWN[j.entry.id]})` : '';
    console.log(`   - ${j.entry.id} [${j.entry.label}${j.entry.kind ? `/${j.entry.kind}` : ''}${j.entry.lang ? `, ${j.entry.lang}` : ''}] -> ${j.verdict.level}  ${j.entry.url}${known}\n       ${why}`);
  }
}

function main(): void {
  const judged = loadCorpus().map(judge);
  const inPart = (p: Part): Judged[] => judged.filter((j) => j.part === p);
  printPart('REAL, UNTUNED (never tune on it; some of its sites also have pages in the tune part)', inPart('untuned'), '--reveal-untuned');
  printPart(`REAL, FRESH HOLD-OUT (the headline: ${FRESH_BATCH}, sites in no other file, never tuned on)`, inPart('fresh'), '--reveal-fresh');
  for (const s of SEALED) {
    if (SEALED_OPEN) printPart(`REAL, ${s.title} (${s.batch}, collected 2026-12-06, never tuned on)`, inPart(s.part), s.reveal);
    else console.log(`== REAL, ${s.title} (${s.batch}): sealed, ${inPart(s.part).length} pages; counted once at the end of a session (--sealed), so no rule is picked by it`);
  }
  printPart(`real, tune (URL hash 0-7, plus the whole batches ${TUNE_BATCHES.join(', ')}, not split by hash)`, inPart('tune'));
  for (const batch of TUNE_BATCHES) {
    printPart(`real, tune batch ${batch} alone (new sites; tuned on as a whole)`, judged.filter((j) => j.entry.batch === batch), undefined, 'tune');
  }
  printPart('real, seen (collected in earlier sessions)', inPart('seen'));
  printPart('synthetic (written knowing the rules)', inPart('synthetic'));
  for (const batch of [...new Set(judged.map((j) => j.entry.batch).filter((b) => b !== undefined))]) {
    if (!SEALED_OPEN && SEALED.some((s) => s.batch === batch)) continue;
    const set = judged.filter((j) => j.entry.batch === batch);
    const held = set.filter((j) => HELD_OUT.includes(j.part)).length;
    console.log(`batch ${batch}: ${set.length} pages (${held} never tuned on: untuned or a fresh hold-out), ${set.filter((j) => j.wrong).length} misjudged now`);
  }
}

// Piping into `head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
if (process.argv[1] !== undefined && /eval\.ts$/.test(process.argv[1])) main();
