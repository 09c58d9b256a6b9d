/**
 * The message checker on the labelled message corpus (tests/corpus/messages), measured on the
 * untuned part (sha256(id) starting 8–f; scripts/eval-messages.ts), verbatim quotes and fragments
 * only — the headline. The targets are recall >= 90% on scam messages, no danger and
 * <= 2% caution on ok messages. NOT MET yet: the floors below are what was honestly measured when
 * the corpus landed (npm run eval:messages prints the numbers), with a small margin, so the test
 * fails when the checker gets worse; raise them as it gets better. Danger on an ok message is never
 * allowed.
 */
import { describe, expect, it } from 'vitest';
import { FRESH2_BATCH, FRESH3_BATCH, FRESH4_BATCH, FRESH5_BATCH, FRESH6_BATCH, FRESH7_BATCH, FRESH8_BATCH, FRESH9_BATCH, FRESH10_BATCH, FRESH11_BATCH, FRESH12_BATCH, FRESH13_BATCH, FRESH14_BATCH, FRESH_BATCH, isHeadline, judgeMessage, loadMessages, messagePart, messageRates, TUNE_BATCHES } from '@/scripts/eval-messages';

/**
 * Measured 2026-12-06 04:55 on 39 untuned scam and 45 untuned ok messages (corpus of 196; its last
 * 16 were added after the tuning, unseen by it): recall 38.5% (15), caution 4.4% (2). At 04:30 on
 * 180 messages: 39.5%, 5.6%; before that round of tuning, on those 180: 21.1% (8), 5.6% (2).
 * Earlier (02:40, 25 and 23 messages): 28.0%, 4.3%. 10:05 (msgtune helper, after the generic-lure
 * families of tune batch tune-2026-12-06d): recall 41.0% (16), caution 4.4% (2).
 */
const FLOOR = { recall: 0.41, caution: 0.045 } as const;

/**
 * The tune part (verbatim + fragment, the new tune batch included) is not a held-out number: its
 * floor only keeps the families fixed on it from breaking. Measured 2026-12-06 07:45 (msgs helper):
 * recall 46/56 (82.1%), caution 0/47, danger 0; before that round 29/56 and 1/47. At 08:05: 47/56
 * (83.9%), caution 0/51. 10:05 (msgtune helper, with tune batch tune-2026-12-06d: 40 scam, 32 ok):
 * 50/96 and 1/83 on its first run, 84/96 (87.5%) and 0/83 after. 10:40 (msgtune2 helper, with tune batch
 * tune-2026-12-06e: 23 scam, 47 ok, immigration and consular impersonation in 11 languages): 89/119 with 1
 * danger of 130 on its first run (the batch alone 5/23, 1 danger of 47), 100/119 (84.0%) and 0/130 after;
 * every message caught before is still caught. The floor is lowered from 0.87 to 0.84 only because the
 * part grew by a harder batch, not because anything regressed. 11:30 (msgok helper, with tune batch tune-2026-12-06f: 54 ok and 3 scam real messages aimed at the quiet side of
 * the generic-lure rules): 108/129 and 5/194 ok at caution on its first run (the batch alone 0/3, 5/54: a raffle's
 * winner text and e-mails and a state lottery's unclaimed-prize release, all lottery-win); 109/129 (84.5%) and
 * 0/194 after (the organiser's own draw is weak; the "delivery failure" e-mail's label to print is a request).
 * Round 2 of that batch (15 ok, 4 scam): 109/133 and 1/209 on its first run; 111/133 (83.5%) and 0/209 after.
 * The floor is lowered from 0.84 to 0.83 only because the part grew by scams still missed (a "call this number"
 * card text, a fake nephew's call, two fake BBVA texts quoted without their link); every message caught before
 * is still caught. Round 3 (8 ok, 2 scam): 112/135 (82.96%), 0/217 on its first run, no change; the floor goes
 * to 0.82 for the same reason (one new scam still missed: an HMRC refund e-mail quoted without its link).
 * 13:25 (msgtune3 helper, with tune batch tune-2026-12-06h: 12 scam and 8 ok real messages, each committed before
 * the checker ran on it): 113/147 and 1/225 on main's rules (the batch alone 1/12 and 1/8); 117/147 (79.6%) and
 * 1/225 after the secrecy and family-emergency signals (2 of the 4 new catches are messages the rules were not
 * written from). The floor is lowered from 0.82 to 0.79, and the caution ceiling from 0 to one message (0.005),
 * only because the part grew: every message caught before is still caught. The one ok message at caution is a
 * rapid-response group's know-your-rights guide (msg-ok-h-rapidmn-what-not-to-do: "additional charges" read as a
 * fee, a warrant in "you are not required to open your door … without a warrant"); a fix written from it did not
 * move any other message, so it was not landed (docs/messages.md, round of 13:25).
 * 13:50 (fpaudit2 helper, with tune batch tune-2026-12-06i: 24 ok real messages aimed at the quiet side of the day's
 * secrecy and family-emergency rules — know-your-rights texts in es, zh, vi, church and community appeals for detained
 * relatives' bonds and legal fees, bank and carrier fraud alerts in en and ko — each committed before the checker ran
 * on it): 117/147 and 2/249 on main's rules (the batch alone 1/24 at caution: a letter asking for bond donations,
 * "released from ICE custody" read as ICE speaking); 117/147 and 1/249 after claims-agency stopped reading ICE as the
 * place someone is held as its voice. Neither new rule fired on the batch. Round 2 (13 ok: court juror instructions
 * 'do not discuss this case with anyone' with jail and fines, real calls from children after car accidents, letters
 * home from prison about money, a jail's phone-account page, a law firm on privilege) and round 3 (4 ok: Kenya's and
 * Canada's eTA notices naming the governments' own sites and fees, a travel agency's update), each committed before
 * the checker ran on it: none flagged (41 in all: 30 none, 11 notice).
 * 16:30 (msgfines helper, with tune batch tune-2026-12-06q: 23 scam and 25 ok real messages, government-impostor
 * texts of many countries and real government notices on fines and payments, each committed before the checker ran
 * on it): 118/170 and 1/291 on main's rules (the batch alone 1/23, 0/25); 134/170 (78.8%) and 1/291 after the
 * office-notice rule (reported by claims-agency) and the English/Spanish accusation in threat. The floor is lowered from 0.79 to 0.77 only
 * because the part grew by a batch that was mostly missed: every message caught before is still caught. Round 2 of
 * the batch (6 scam, 2 ok) was collected after the rule was committed: it caught 1 of 6 (0 of 2 ok raised) as first
 * written, 3 of 6 after it was widened; round 3 (4 scam, 1 ok), after the rule was final: 0 of 4, 0 of 1. The untuned,
 * fresh and CHECK (tune-2026-12-06e) counts did not move.
 * Session 17 (msgok2): tune-2026-12-06w added 3 scam lines and 14 ordinary messages of office-notice's shape. The old
 * part is unchanged (134/174, 1/303); with the batch 134/177 (75.7%) and 2/317 after the fixes (one ok message of the
 * batch's CHECK half still at caution, not read). Floors lowered 0.77 -> 0.75 and 0.005 -> 0.007 only because the
 * part grew: no message caught before is missed, no ok message quiet before is raised.
 * Session 18 (msglang): tune-2026-12-06ab added 33 scam and 32 ok messages in 17 languages (0 of 33 caught, 0 of 32 raised on
 * main's rules). After the other-language words of office-notice, payment-demand, threat and lottery-win: 20/33 (WRITE half
 * 9/14, CHECK half 11/19), 0/32 raised; the old part 135/177 (one more caught), 1/330. The part is 155/210 (73.8%): floor
 * lowered 0.75 -> 0.73 only because it grew by a mostly-missed batch; no message caught before is missed.
 */
// Session 19 (msgfam19): the tune part grew by tune-2026-12-06af (41 scams in 16 languages, 4 of them caught by the rules
// before it); with the family rules 177 of 251 (70.5%), the 210 earlier scams all still caught as before (155): lowered
// 0.73 -> 0.70 only for the new batch's misses; then its round-2 probe (8 scams collected after the rules, 1 caught): 178 of
// 259 (68.7%), lowered again to 0.68 for the probe's misses.
// Session 20 (msgmail20): the part grew by tune-2026-12-06ag (30 scams, pasted e-mails in de/it/en/fr, 3 caught before its rules);
// with them 188 of 289 (65.1%), every scam caught before still caught: lowered 0.68 -> 0.65 only for the new batch's misses; then
// charge-callback 190 of 289, and the batch's round-2 probe (6 scams collected after the rules, 0 caught): 190 of 295 (64.4%),
// lowered again to 0.64 for the probe's misses. Session 21 (msg21): tune batch tune-2026-12-06aj (16 scam, 13 ok, collected and
// committed before any run) came in at 2 of 16 and one of its ok messages (CHECK half, counts only) already at caution on the
// engine of main: 192 of 311 (61.7%) and 4 of 529 at caution; with sender-link-mismatch 193 of 311. Lowered to 0.62 and the
// caution ceiling raised 0.007 -> 0.008 only for the batch (every message caught before still caught). Its round-2 and
// round-3 probes (8 scam, 2 ok) came in at 3 and 0 of 4 with cheap-host-link: 197 of 319 (61.8%), lowered to 0.61 for them.
// Session 22 (msgshape22): tune batch tune-2026-12-06am (9 scam, 14 ok; committed before any run) came in at 1 of 9 with one ok
// message (its CHECK half, counts only) already at caution on the engine of main: 198 of 328, 5 of 545 at caution (0.92%), so
// the caution ceiling 0.008 -> 0.01 for that message only; with pressure-ask 214 of 328 (65.2%), no ok message more at caution
// (5 of 575 with tune-2026-12-06an's 30 ok messages): the recall floor raised 0.61 -> 0.65. Its round-2 probe (6 scam, 6 ok,
// collected after pressure-ask landed, committed before any run) came in at 1 of 6 (0 ok at caution): 215 of 334 (64.4%), the
// floor 0.64 for the probe's misses.
// Session 23 (audit23): tune batch tune-2026-12-06ao (29 ok, committed before any run) came in with 3 of 29 at caution (news
// retelling a scam call in the third person, zh); with RETOLD (sentences.ts) 5 of 618 (0.8%), recall unchanged (215 of 334).
// Then the pt/de/fr warnings (sentences.ts) and the Spanish "we" in the verb (office-notice.ts FIRST_PERSON): 0 of 620 at
// caution, recall unchanged; the ceiling stays at 0.01 (one ok message is 0.16%).
// Session 24 (msglure24): tune batch tune-2026-12-06ap (24 scam, 42 ok; committed before any run) came in at 2 of 24 with one
// ok message (its WRITE half: a Spanish warning naming the DGT's real site) at caution on the engine of main: 217 of 358 (60.6%),
// 1 of 662 at caution. With the everyday-lure words in the hold-outs' languages (shape-words.ts, family-words.ts, office-words.ts,
// account-locked's "A/C" and KYC fix) and the Spanish, Japanese, Dutch, Hindi and Arabic warning words (sentences.ts): 224 of 358
// (62.6%), 0 at caution; every message caught before is still caught. The floor 0.64 -> 0.62 only because the part grew by a
// mostly-missed batch; the batch's CHECK half came in 1 -> 2 of 10 against the WRITE half's 1 -> 7 of 14.
// Session 25 (msg25): tune batch tune-2026-12-06ar (30 scam, 36 ok; committed before any run) came in at 2 of 30: 226 of 388
// (58.2%) on main's engine. With pressure-ask's closing-send reading: 243 of 388 (62.6%), 0 ok at caution; its round-2 probe (9
// scam, 5 ok, collected after the rule landed) 3 of 9 before and after, so with the probe 246 of 397 (62.0%). The floor 0.62 -> 0.61
// only because the part grew by mostly-missed messages.
// (lead, session 25) an ellipsis as a message's last mark is no cut link any more (family chat trails off with one): 246 -> 242
// of 397, floor 0.61 -> 0.60.
const TUNE_FLOOR = { recall: 0.6, caution: 0.01 } as const;

/**
 * The fresh hold-out batch (fresh-2026-12-06b, 20 scam and 22 ok real messages from sources in no
 * other message, labelled before the checker ran on them; never tuned on). Measured once, 2026-12-06
 * (msgfresh helper), on the checker of main at 8599c51: recall 2/20 (10.0%), caution 1/22 (4.5%),
 * danger 0. Its scams are mostly generic advance-fee, loan and job lures posted as GitHub spam, not
 * agency impersonation. The floors are those measured levels, so a drop fails; raise them as the
 * checker gets better (reading only these counts, never the misjudged ids). 10:05 (msgtune helper,
 * after the loan, investment, refund, locked-account, document-seller and fund-release families,
 * tuned on another batch): recall 4/20 (20.0%), caution 1/22.
 */
const FRESH_FLOOR = { recall: 0.2, caution: 0.046 } as const;

/**
 * The second fresh hold-out batch (fresh-2026-12-06c, 32 scam and 27 ok real messages, verbatim and
 * fragments only, from sources in no other message, labelled and committed before the checker ran on
 * them; never tuned on). More immigration impersonation than the first (fake USCIS work e-visa, SIV
 * evacuation post, Canada job/visa posts, Japanese immigration and Chinese-embassy robocalls,
 * appointment and fake-document sellers) plus generic lures. Measured once, 2026-12-06 (msgholdout
 * helper), on the checker of main at 5ec61c3: recall 4/32 (12.5%), caution 1/27 (3.7%), danger 0.
 * Floors are those levels (caution 1/27 rounded up to 0.038), so a drop fails; raise them as the
 * checker gets better (reading only these counts, never the misjudged ids). 10:20 (msgtune helper, its
 * rules were written from tune batch tune-2026-12-06d while this batch was being collected, unseen):
 * recall 12/32 (37.5%), caution 1/27, danger 0.
 */
const FRESH2_FLOOR = { recall: 0.437, caution: 0.038 } as const; // 0.37 until session 16's count (13 of 32); 0.4 until session 19's (14 of 32)

/**
 * The third fresh hold-out batch (fresh-2026-12-06g, 30 scam and 25 ok real messages, verbatim and
 * fragments only, from sources claimed first and cited by no other message, labelled and committed
 * before the checker ran on them; never tuned on; sealed like the second). Measured once, 2026-12-06
 * (msgholdout3 helper), on the checker of main at dfc4471; the floors are the measured levels, so a
 * drop fails. Its misses are not described anywhere while it is sealed.
 */
const FRESH3_FLOOR = { recall: 0.333, caution: 0 } as const; // caution 0.04 until session 26's count (0 of 25; 1 on its start) // 0.299 until session 25's count (10 of 30) // 0.1 (3 of 30) until session 16's count: 9 of 30

/**
 * The fourth fresh hold-out batch (fresh-2026-12-06p: 31 scam and 35 ok real messages, verbatim and
 * fragments, sources claimed first; collected in session 16 by a helper that never read a rule nor
 * ran the checker, committed before any run, sealed while the session's helpers tuned). Opened once
 * at the end of the session by the lead: the floors are that measurement (recall the same on the
 * checker of the session's start, 035622c; one more ok message at caution than there: 2 → 3).
 */
const FRESH4_FLOOR = { recall: 0.354, caution: 0.086 } as const;

/**
 * The fifth fresh hold-out batch (fresh-2026-12-06v: 20 scam and 44 ok real messages, 57 not in English;
 * collected in session 17 like the fourth, sealed while the session's helpers tuned, opened once at the
 * end by the lead). The checker of the session's start (d66a530) and of its end catch none of its scams,
 * so its recall floor is 0 (a floor to raise, not a target); its ceilings can fail: no ok message at
 * caution or danger.
 */
const FRESH5_FLOOR = { recall: 0.15, caution: 0 } as const; // session 18's end: 2 of 20 (its languages were described to msglang, so not blind); 0.1 until session 22's count (3 of 20)

/**
 * The sixth fresh hold-out batch (fresh-2026-12-06aa: 27 scam and 52 ok real messages, 74 not in English;
 * collected in session 18 by a helper that never read a rule nor ran the checker, committed before any run,
 * sealed while the session's helpers tuned, opened once at the end by the lead): 2 of 27 scams caught and 1 of
 * 52 ok messages at caution, the same on the checker of the session's start (e253cc4) and of its end. The
 * floors are that measurement: raise them, never lower them.
 */
const FRESH6_FLOOR = { recall: 0.148, caution: 0.02 } as const; // 0.074 until session 25's count (4 of 27, msg25's closing send)

/**
 * The seventh fresh hold-out batch (fresh-2026-12-06ae: 40 scam and 64 ok real messages, 98 not in English; collected in
 * session 19 by a helper that never read a rule nor ran the checker, committed before any run, sealed while the
 * session's helpers tuned, opened once at the end by the lead): 3 of 40 scams caught (2 on the checker of the
 * session's start, 3edf027), no ok message at caution or danger. The floors are that measurement: raise them,
 * never lower them.
 */
const FRESH7_FLOOR = { recall: 0.1, caution: 0 } as const; // 0.075 until session 22's count (4 of 40)

/**
 * The eighth fresh hold-out batch (fresh-2026-12-06ah: 37 scam and 83 ok real messages, 101 not in English;
 * collected in session 20 by a helper that never read a rule nor ran the checker, committed before any run, sealed
 * while the session's helpers tune). Its 2% caution ceiling failed when it was wired (pass/fail only). Opened once by
 * the lead at the end of session 20: 3 of 37 scams caught, the same on the checker of the session's start (90d7240);
 * 6 of 83 ok messages at caution on both. The lead read those six ok messages only (warnings retelling the scam in
 * fr, it, pt, en; fixed in lib/message/sentences.ts: 1 left, the U.S. Embassy in Mexico's real post naming its
 * appointment contractor's address). The floors are that measurement: raise them, never lower them.
 */
const FRESH8_FLOOR = { recall: 0.108, caution: 0.013 } as const; // 0.081 until session 25's count (4 of 37)

/**
 * The ninth fresh hold-out batch (fresh-2026-12-06ak: real messages, most not in English; collected in session 21 by
 * a helper that never read a rule nor ran the checker, committed before any run, sealed while the session's helpers
 * tune). Opened once by the lead at the end of session 21 (counts by channel and language only): 7 of 48 scams on the
 * session start's engine (1871f5c) and on main alike (this session's message rules gained nothing here); 2 of 107 ok
 * messages at caution on both. The lead read those two ok messages only, never a scam, and fixed one family (a
 * shortener's bare name in a Turkish news warning, the wave told in the plural); the other (a Spanish tips list with no
 * scam word) was fixed by msgedges21 (isSafetyTips in check.ts), so 0 at caution. The floors are that measurement:
 * raise them, never lower them.
 */
const FRESH9_FLOOR = { recall: 0.145, caution: 0 } as const;

/**
 * The tenth fresh hold-out batch (fresh-2026-12-06al: real messages, most not in English; collected in session 22 by
 * a helper that never read a rule nor ran the checker, committed before any run, sealed while the session's helpers
 * tuned). Opened once by the lead at the end of session 22 (counts only): 8 of 37 scams caught on the session start's
 * engine (97a9c9f) and on main (2a2393c) alike; 1 of 79 ok messages at caution on both (a Chinese news story retelling a
 * fake immigration-bureau call in the third person), 0 danger. The floors are that measurement; raise them, never
 * lower them.
 */
const FRESH10_FLOOR = { recall: 0.216, caution: 0.013 } as const;

/**
 * The eleventh fresh hold-out batch (fresh-2026-12-06ao: real messages, most not in English; collected in session 23 by
 * a helper that never read a rule nor ran the checker, committed before any run, sealed while the session's helpers
 * tune). Opened once by the lead at the end of session 23 (counts only): 7 of 47 scams caught on the session start's
 * engine (74010e1) and on main alike; 1 of 56 ok messages at caution on both, 0 danger. The floors are that
 * measurement; raise them, never lower them.
 */
// Session 24: 1 -> 0 of 56 ok at caution after the Tagalog "do not give" words (found on fresh 12's message: not blind here either).
const FRESH11_FLOOR = { recall: 0.148, caution: 0 } as const;

/**
 * The twelfth fresh hold-out batch (fresh-2026-12-06aq: real messages, most not in English; collected in session 24 by
 * a helper that never read a rule nor ran the checker, committed before any run, sealed while the session's helpers
 * tuned). Opened once by the lead at the end of session 24 (counts by channel and language only): 5 of 47 scams on the
 * session start's engine (c3f99b6) and on main alike — msglure24's everyday-lure words moved none of it — and 2 of 73
 * ok messages at caution on both (a Philippine police warning against lottery scams, a university's page on scam calls
 * naming deportation and Western Union), 0 danger. Then the Tagalog "huwag ibigay" (do not give) tips were read as a
 * warning (the lead, from reading that message: not blind): 1 of 73. The floors are that measurement; raise them,
 * never lower them.
 */
const FRESH12_FLOOR = { recall: 0.127, caution: 0.014 } as const; // 0.106 until session 25's count (6 of 47)

/**
 * The thirteenth fresh hold-out batch (fresh-2026-12-06ar: real messages, most not in English; collected in session 25 by
 * a helper that never read a rule nor ran the checker, committed before any run, sealed while the session's helpers
 * tuned). Opened once by the lead at the end of session 25 (counts by channel and language only): 7 of 47 scams on the
 * session start's engine (5054560) and on main alike — msg25's closing send moved none of it — and 0 of 81 ok messages
 * at caution, 0 danger. The floors are that measurement: raise them, never lower them.
 */
const FRESH13_FLOOR = { recall: 0.148, caution: 0 } as const;

/**
 * The fourteenth fresh hold-out batch (fresh-2026-12-06as: real messages, most not in English; collected in session 26 by
 * a helper that never read a rule nor ran the checker, committed before any run, sealed while the session's helpers
 * tune). Opened once by the lead at the end of session 26 (counts by channel and language only): 6 of 40 scams on the
 * session start's engine (b6927e25) and on main alike, 0 of 55 ok messages at caution, 0 danger. The floors are that
 * measurement: raise them, never lower them.
 */
const FRESH14_FLOOR = { recall: 0.15, caution: 0 } as const;

const all = loadMessages();
const untuned = all.filter((e) => messagePart(e) === 'untuned' && isHeadline(e)).map(judgeMessage);
const tune = all.filter((e) => messagePart(e) === 'tune' && isHeadline(e)).map(judgeMessage);
const fresh = all.filter((e) => messagePart(e) === 'fresh' && isHeadline(e)).map(judgeMessage);
const fresh2 = all.filter((e) => messagePart(e) === 'fresh2' && isHeadline(e)).map(judgeMessage);
const fresh3 = all.filter((e) => messagePart(e) === 'fresh3' && isHeadline(e)).map(judgeMessage);
const fresh4 = all.filter((e) => messagePart(e) === 'fresh4' && isHeadline(e)).map(judgeMessage);
const fresh5 = all.filter((e) => messagePart(e) === 'fresh5' && isHeadline(e)).map(judgeMessage);
const fresh6 = all.filter((e) => messagePart(e) === 'fresh6' && isHeadline(e)).map(judgeMessage);
const fresh7 = all.filter((e) => messagePart(e) === 'fresh7' && isHeadline(e)).map(judgeMessage);
const fresh8 = all.filter((e) => messagePart(e) === 'fresh8' && isHeadline(e)).map(judgeMessage);
const fresh9 = all.filter((e) => messagePart(e) === 'fresh9' && isHeadline(e)).map(judgeMessage);
const fresh10 = all.filter((e) => messagePart(e) === 'fresh10' && isHeadline(e)).map(judgeMessage);
const fresh11 = all.filter((e) => messagePart(e) === 'fresh11' && isHeadline(e)).map(judgeMessage);
const fresh12 = all.filter((e) => messagePart(e) === 'fresh12' && isHeadline(e)).map(judgeMessage);
const fresh13 = all.filter((e) => messagePart(e) === 'fresh13' && isHeadline(e)).map(judgeMessage);
const fresh14 = all.filter((e) => messagePart(e) === 'fresh14' && isHeadline(e)).map(judgeMessage);

describe('message corpus', () => {
  it('has a corpus with an untuned headline part of both labels', () => {
    const r = messageRates(untuned);
    expect(r.scams).toBeGreaterThanOrEqual(10);
    expect(r.ok).toBeGreaterThanOrEqual(10);
  });

  it('untuned ok messages: never danger, caution under the floor', () => {
    const r = messageRates(untuned);
    expect(r.danger).toBe(0);
    expect(r.caution / r.ok).toBeLessThanOrEqual(FLOOR.caution);
  });

  it('untuned scam messages: recall over the floor', () => {
    const r = messageRates(untuned);
    expect(r.caught / r.scams).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it('tune part (not held out): the fixed families stay caught, ok messages stay quiet', () => {
    const r = messageRates(tune);
    expect(r.caught / r.scams).toBeGreaterThanOrEqual(TUNE_FLOOR.recall);
    expect(r.caution / r.ok).toBeLessThanOrEqual(TUNE_FLOOR.caution);
    expect(r.danger).toBe(0);
  });

  it('tune batch tune-2026-12-06i (false-alarm audit of the secrecy and family-emergency rules): no ok message flagged', () => {
    const batch = tune.filter((j) => j.entry.batch === 'tune-2026-12-06i');
    expect(batch.length).toBeGreaterThanOrEqual(41);
    expect(batch.filter((j) => j.wrong).map((j) => `${j.entry.id}: ${j.verdict.level}`)).toEqual([]);
  });

  /** The fresh hold-out parts: each batch's minimum size, its floors. */
  const freshParts = [
    { name: 'fresh hold-out part', judged: fresh, floor: FRESH_FLOOR, min: { scams: 20, ok: 15 }, sealed: false },
    { name: 'second fresh hold-out part', judged: fresh2, floor: FRESH2_FLOOR, min: { scams: 30, ok: 25 }, sealed: true },
    { name: 'third fresh hold-out part', judged: fresh3, floor: FRESH3_FLOOR, min: { scams: 30, ok: 25 }, sealed: true },
    { name: 'fourth fresh hold-out part', judged: fresh4, floor: FRESH4_FLOOR, min: { scams: 31, ok: 35 }, sealed: true },
    { name: 'fifth fresh hold-out part', judged: fresh5, floor: FRESH5_FLOOR, min: { scams: 20, ok: 44 }, sealed: true },
    { name: 'sixth fresh hold-out part', judged: fresh6, floor: FRESH6_FLOOR, min: { scams: 27, ok: 52 }, sealed: true },
    { name: 'seventh fresh hold-out part', judged: fresh7, floor: FRESH7_FLOOR, min: { scams: 40, ok: 64 }, sealed: true },
    { name: 'eighth fresh hold-out part', judged: fresh8, floor: FRESH8_FLOOR, min: { scams: 37, ok: 83 }, sealed: true },
    { name: 'ninth fresh hold-out part', judged: fresh9, floor: FRESH9_FLOOR, min: { scams: 48, ok: 107 }, sealed: true },
    { name: 'tenth fresh hold-out part', judged: fresh10, floor: FRESH10_FLOOR, min: { scams: 37, ok: 79 }, sealed: true },
    { name: 'eleventh fresh hold-out part', judged: fresh11, floor: FRESH11_FLOOR, min: { scams: 47, ok: 56 }, sealed: true },
    { name: 'twelfth fresh hold-out part', judged: fresh12, floor: FRESH12_FLOOR, min: { scams: 47, ok: 73 }, sealed: true },
    { name: 'thirteenth fresh hold-out part', judged: fresh13, floor: FRESH13_FLOOR, min: { scams: 47, ok: 81 }, sealed: true },
    { name: 'fourteenth fresh hold-out part', judged: fresh14, floor: FRESH14_FLOOR, min: { scams: 40, ok: 55 }, sealed: true },
  ];
  for (const part of freshParts) {
    it(`${part.name}: recall floor, no danger, caution ceiling (targets 90% / 0 / 2% not met)`, () => {
      const r = messageRates(part.judged);
      expect(r.scams).toBeGreaterThanOrEqual(part.min.scams);
      expect(r.ok).toBeGreaterThanOrEqual(part.min.ok);
      // A sealed part's failure says which floor, never the counts (a tuning helper must not learn them).
      const said = (counts: string) => (part.sealed ? `${part.name} (sealed: counts only with --sealed, for the lead)` : counts);
      expect(r.caught / r.scams >= part.floor.recall, said(`${r.caught} of ${r.scams} caught`) + ': recall under its floor').toBe(true);
      expect(r.danger === 0, said(`${r.danger} ok messages at danger`) + ': danger').toBe(true);
      expect(r.caution / r.ok <= part.floor.caution, said(`${r.caution} of ${r.ok} at caution`) + ': caution over its ceiling').toBe(true);
    });
  }

  it('splits by a hash of the id, fixed forever', () => {
    expect(messagePart({ id: 'msg-a' })).toBe(messagePart({ id: 'msg-a' }));
    const parts = new Set(all.map(messagePart));
    expect(parts).toEqual(new Set(['tune', 'untuned', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14']));
  });

  it('the fresh batch is its own part whatever its hash, and only that batch is', () => {
    for (const id of ['msg-a', 'msg-b', 'msg-c', 'msg-d', 'msg-e']) expect(messagePart({ id, batch: FRESH_BATCH })).toBe('fresh');
    expect(TUNE_BATCHES).not.toContain(FRESH_BATCH);
    for (const e of all) expect(messagePart(e) === 'fresh', e.id).toBe(e.batch === FRESH_BATCH);
  });

  /** The later hold-out batches: each its own part, and no message outside it cites its sources. */
  const laterHoldouts = [
    { name: 'second', batch: FRESH2_BATCH, part: 'fresh2' },
    { name: 'third', batch: FRESH3_BATCH, part: 'fresh3' },
    { name: 'fourth', batch: FRESH4_BATCH, part: 'fresh4' },
    // The fifth (fresh-2026-12-06v, session 17): sealed, never judged here; no floors until the lead opens it once.
    { name: 'fifth', batch: FRESH5_BATCH, part: 'fresh5' },
    // The sixth (fresh-2026-12-06aa, session 18): sealed; floors in FRESH6_FLOOR until the lead opens it once.
    { name: 'sixth', batch: FRESH6_BATCH, part: 'fresh6' },
    // The seventh (fresh-2026-12-06ae, session 19): sealed; floors in FRESH7_FLOOR until the lead opens it once.
    { name: 'seventh', batch: FRESH7_BATCH, part: 'fresh7' },
    // The eighth (fresh-2026-12-06ah, session 20): sealed; floors in FRESH8_FLOOR until the lead opens it once.
    { name: 'eighth', batch: FRESH8_BATCH, part: 'fresh8' },
    // The ninth (fresh-2026-12-06ak, session 21): sealed; floors in FRESH9_FLOOR until the lead opens it once.
    { name: 'ninth', batch: FRESH9_BATCH, part: 'fresh9' },
    // The tenth (fresh-2026-12-06al, session 22): sealed; floors in FRESH10_FLOOR until the lead opens it once.
    { name: 'tenth', batch: FRESH10_BATCH, part: 'fresh10' },
    // The eleventh (fresh-2026-12-06ao, session 23): sealed; floors in FRESH11_FLOOR until the lead opens it once.
    { name: 'eleventh', batch: FRESH11_BATCH, part: 'fresh11' },
    // The twelfth (fresh-2026-12-06aq, session 24): sealed; floors in FRESH12_FLOOR until the lead opens it once.
    { name: 'twelfth', batch: FRESH12_BATCH, part: 'fresh12' },
    // The thirteenth (fresh-2026-12-06ar, session 25): sealed; floors in FRESH13_FLOOR until the lead opens it once.
    { name: 'thirteenth', batch: FRESH13_BATCH, part: 'fresh13' },
    // The fourteenth (fresh-2026-12-06as, session 26): sealed; floors in FRESH14_FLOOR until the lead opens it once.
    { name: 'fourteenth', batch: FRESH14_BATCH, part: 'fresh14' },
  ] as const;
  for (const h of laterHoldouts) {
    it(`the ${h.name} fresh batch is its own part whatever its hash, only that batch is, and no other message cites its sources`, () => {
      for (const id of ['msg-a', 'msg-b', 'msg-c', 'msg-d', 'msg-e']) expect(messagePart({ id, batch: h.batch })).toBe(h.part);
      expect([FRESH_BATCH, ...laterHoldouts.filter((x) => x !== h).map((x) => x.batch)]).not.toContain(h.batch);
      expect(TUNE_BATCHES).not.toContain(h.batch);
      for (const e of all) expect(messagePart(e) === h.part, e.id).toBe(e.batch === h.batch);
      const elsewhere = new Set(all.filter((e) => e.batch !== h.batch).map((e) => e.source));
      for (const e of all.filter((x) => x.batch === h.batch)) expect(elsewhere.has(e.source), e.id).toBe(false);
    });
  }

  it('a tune batch is tune as a whole, whatever its hash', () => {
    const hashedUntuned = ['msg-a', 'msg-b', 'msg-c', 'msg-d', 'msg-e'].find((id) => messagePart({ id }) === 'untuned');
    expect(hashedUntuned).toBeDefined();
    for (const batch of TUNE_BATCHES) expect(messagePart({ id: hashedUntuned!, batch }), batch).toBe('tune');
    expect(messagePart({ id: hashedUntuned!, batch: 'not-a-batch' })).toBe('untuned');
    for (const e of all.filter((x) => x.batch !== undefined && ![FRESH_BATCH, FRESH2_BATCH, FRESH3_BATCH, FRESH4_BATCH, FRESH5_BATCH, FRESH6_BATCH, FRESH7_BATCH, FRESH8_BATCH, FRESH9_BATCH, FRESH10_BATCH, FRESH11_BATCH, FRESH12_BATCH, FRESH13_BATCH, FRESH14_BATCH].includes(x.batch))) expect(messagePart(e), e.id).toBe('tune');
  });
});
