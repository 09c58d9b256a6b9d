/**
 * Accuracy of the message checker (lib/message) on the labelled message corpus,
 * tests/corpus/messages/*.json (issue 18).
 *
 *   npm run eval:messages                       every part's numbers; misjudged tune messages listed
 *   npm run eval:messages -- --reveal-untuned   also the ids of misjudged untuned messages (never
 *                                               while tuning: once looked at, they are no longer untuned)
 *   npm run eval:messages -- --reveal-fresh     the same for both fresh hold-out parts (same rule)
 *   npm run eval:messages -- --sealed           also the sealed hold-outs' counts (fresh2 to fresh14; the
 *                                               lead, once at the end of a session)
 *
 * Labels: scam (must be caution or danger) and ok (official or ordinary: must stay none or notice).
 * The split, the same rule as the page corpus (scripts/eval.ts), fixed by the message id:
 *  - tune     sha256(id) starts with 0–7: look at the misses, fix the family a miss stands for
 *  - untuned  sha256(id) starts with 8–f: the headline; only counts are printed
 *  - a tune batch (TUNE_BATCHES: entries with that `batch`) is tune as a whole, whatever its hash:
 *    collected later by the person tuning, who read every message to label it, so none of it can
 *    be held out; it also leaves the untuned part unchanged, so before/after counts stay comparable
 *  - fresh     the batch FRESH_BATCH, whatever its hashes: real messages collected after the tuning
 *    from sources in no other message, labelled before the checker ran on them; a second hold-out,
 *    counts only (like the page corpus's fresh batch, scripts/eval.ts)
 *  - fresh2    the batch FRESH2_BATCH, a second hold-out with the same rules, collected later with
 *    more immigration impersonation (the first fresh batch is mostly generic spam); counts only
 *  - fresh3    the batch FRESH3_BATCH, a third hold-out with the same rules, sealed like fresh2
 *  - fresh4    the batch FRESH4_BATCH, a fourth hold-out with the same rules, sealed like fresh2
 *  - fresh5    the batch FRESH5_BATCH, a fifth hold-out with the same rules, sealed like fresh2
 *  - fresh6    the batch FRESH6_BATCH, a sixth hold-out with the same rules, sealed like fresh2
 *  - fresh7    the batch FRESH7_BATCH, a seventh hold-out with the same rules, sealed like fresh2
 *  - fresh8    the batch FRESH8_BATCH, an eighth hold-out with the same rules, sealed like fresh2
 *  - fresh9    the batch FRESH9_BATCH, a ninth hold-out with the same rules, sealed like fresh2
 *  - fresh10   the batch FRESH10_BATCH, a tenth hold-out with the same rules, sealed like fresh2
 *  - fresh11   the batch FRESH11_BATCH, an eleventh hold-out with the same rules, sealed like fresh2
 *  - fresh12   the batch FRESH12_BATCH, a twelfth hold-out with the same rules, sealed like fresh2
 *  - fresh13   the batch FRESH13_BATCH, a thirteenth hold-out with the same rules, sealed like fresh2
 *  - fresh14   the batch FRESH14_BATCH, a fourteenth hold-out with the same rules, sealed like fresh2
 * Quality: verbatim quotes and fragments of real messages are the headline; reconstructions
 * (written from a source's description) are reported apart.
 * Targets (asserted by tests/unit/message/corpus.test.ts on untuned verbatim + fragment):
 * recall >= 90% on scam; no danger and <= 2% caution on ok.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMessage, type MessageVerdict } from '../lib/message';

export type MessageLabel = 'scam' | 'ok';
export type Quality = 'verbatim' | 'fragment' | 'reconstruction';

export interface MessageEntry {
  id: string;
  label: MessageLabel;
  /** sms, email, whatsapp, facebook, call… */
  channel?: string;
  quality: Quality;
  lang?: string;
  text: string;
  source: string;
  reason: string;
  /** A tune batch (TUNE_BATCHES) the entry was collected in; absent for the hash-split entries. */
  batch?: string;
  /** Set by loadMessages: the file name. */
  file?: string;
}


export const MESSAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'corpus', 'messages');

/** Every entry of every .json file in the messages folder (none when it does not exist yet). */
export function loadMessages(dir = MESSAGES_DIR): MessageEntry[] {
  if (!existsSync(dir)) return [];
  const out: MessageEntry[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    for (const entry of JSON.parse(readFileSync(join(dir, name), 'utf8')) as MessageEntry[]) out.push({ ...entry, file: name });
  }
  return out;
}

/** Batches collected to widen the tune data (tests/corpus/messages/README.md): tune as a whole. */
export const TUNE_BATCHES: readonly string[] = ['tune-2026-12-06', 'tune-2026-12-06d', 'tune-2026-12-06e', 'tune-2026-12-06f', 'tune-2026-12-06h', 'tune-2026-12-06i', 'tune-2026-12-06q', 'tune-2026-12-06t', 'tune-2026-12-06w', 'tune-2026-12-06o', 'tune-2026-12-06ab', 'tune-2026-12-06ac', 'tune-2026-12-06af', 'tune-2026-12-06ag', 'tune-2026-12-06aj', 'tune-2026-12-06an', 'tune-2026-12-06am', 'tune-2026-12-06ao', 'tune-2026-12-06ap', 'tune-2026-12-06ar'];

/** The fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, counts only. */
export const FRESH_BATCH = 'fresh-2026-12-06b';

/** The second fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, counts only. */
export const FRESH2_BATCH = 'fresh-2026-12-06c';

/** The third fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH3_BATCH = 'fresh-2026-12-06g';

/** The fourth fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH4_BATCH = 'fresh-2026-12-06p';

/** The fifth fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH5_BATCH = 'fresh-2026-12-06v';

/** The sixth fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH6_BATCH = 'fresh-2026-12-06aa';

/** The seventh fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH7_BATCH = 'fresh-2026-12-06ae';

/** The eighth fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH8_BATCH = 'fresh-2026-12-06ah';

/** The ninth fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH9_BATCH = 'fresh-2026-12-06ak';

/** The tenth fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH10_BATCH = 'fresh-2026-12-06al';

/** The eleventh fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH11_BATCH = 'fresh-2026-12-06ao';

/** The twelfth fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH12_BATCH = 'fresh-2026-12-06aq';

/** The thirteenth fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH13_BATCH = 'fresh-2026-12-06ar';

/** The fourteenth fresh hold-out batch (tests/corpus/messages/README.md): never tuned on, sealed like fresh2. */
export const FRESH14_BATCH = 'fresh-2026-12-06as';

/** The fresh hold-out batches in order, each its own part: the one list a new hold-out joins (with its FRESHn_BATCH constant). */
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
] as const;

export type MessagePart = 'tune' | 'untuned' | (typeof FRESH_PARTS)[number][0];

/** Which part of the split a message belongs to; fixed by its id (and its batch). */
export function messagePart(entry: Pick<MessageEntry, 'id' | 'batch'>): MessagePart {
  const fresh = FRESH_PARTS.find(([, batch]) => batch === entry.batch);
  if (fresh) return fresh[0];
  if (entry.batch !== undefined && TUNE_BATCHES.includes(entry.batch)) return 'tune';
  return createHash('sha256').update(entry.id).digest('hex').charAt(0) < '8' ? 'tune' : 'untuned';
}

/** Verbatim quotes and fragments are the headline; reconstructions are reported apart. */
export const isHeadline = (e: Pick<MessageEntry, 'quality'>): boolean => e.quality !== 'reconstruction';

export interface JudgedMessage {
  entry: MessageEntry;
  part: MessagePart;
  verdict: MessageVerdict;
  wrong: boolean;
}

export const flaggedMessage = (v: MessageVerdict): boolean => v.level === 'caution' || v.level === 'danger';

export function judgeMessage(entry: MessageEntry): JudgedMessage {
  const verdict = checkMessage(entry.text);
  const wrong = entry.label === 'scam' ? !flaggedMessage(verdict) : flaggedMessage(verdict);
  return { entry, part: messagePart(entry), verdict, wrong };
}

export interface MessageRates {
  scams: number;
  caught: number;
  ok: number;
  caution: number;
  danger: number;
}

export function messageRates(judged: readonly JudgedMessage[]): MessageRates {
  const scams = judged.filter((j) => j.entry.label === 'scam');
  const ok = judged.filter((j) => j.entry.label === 'ok');
  return {
    scams: scams.length,
    caught: scams.filter((j) => flaggedMessage(j.verdict)).length,
    ok: ok.length,
    caution: ok.filter((j) => j.verdict.level === 'caution').length,
    danger: ok.filter((j) => j.verdict.level === 'danger').length,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function by(set: readonly JudgedMessage[], key: (e: MessageEntry) => string): string {
  const groups = new Map<string, JudgedMessage[]>();
  for (const j of set) if (j.entry.label === 'scam') groups.set(key(j.entry), [...(groups.get(key(j.entry)) ?? []), j]);
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([k, g]) => `${k} ${g.filter((j) => flaggedMessage(j.verdict)).length}/${g.length}`)
    .join(', ');
}

function printPart(title: string, set: readonly JudgedMessage[], reveal: boolean, flag = '--reveal-untuned'): void {
  const r = messageRates(set);
  console.log(`== ${title}: ${set.length} messages`);
  console.log(`   recall on scam (caution+danger) ${pct(r.caught, r.scams)}  ${r.caught} of ${r.scams}`);
  console.log(`   on ok messages   caution ${pct(r.caution, r.ok)} (${r.caution})  danger ${pct(r.danger, r.ok)} (${r.danger})  of ${r.ok}`);
  if (r.scams > 0) {
    console.log(`   scam by lang:     ${by(set, (e) => e.lang ?? 'en')}`);
    console.log(`   scam by channel:  ${by(set, (e) => e.channel ?? '?')}`);
  }
  const wrong = set.filter((j) => j.wrong);
  if (!reveal) {
    if (wrong.length > 0) console.log(`   misjudged: ${wrong.length} (not listed: held out; see ${flag})`);
    return;
  }
  for (const j of wrong) {
    const why = j.verdict.reasons.map((x) => `${x.id}: ${x.evidence}`).join(' | ') || '(no reasons)';
    console.log(`   - ${j.entry.id} [${j.entry.label}, ${j.entry.quality}, ${j.entry.lang ?? 'en'}] -> ${j.verdict.level}\n       ${why}`);
  }
}

function main(): void {
  const reveal = process.argv.includes('--reveal-untuned');
  const revealFresh = process.argv.includes('--reveal-fresh');
  const judged = loadMessages().map(judgeMessage);
  const pick = (part: MessagePart, headline: boolean) => judged.filter((j) => j.part === part && isHeadline(j.entry) === headline);
  printPart(`FRESH HOLD-OUT (never tuned on: batch ${FRESH_BATCH}, verbatim + fragment)`, pick('fresh', true), revealFresh, '--reveal-fresh');
  // Sealed while anyone tunes (like the pages' fresh2, scripts/eval.ts SEALED_OPEN): opened once at the end of a session.
  const sealed: readonly [MessagePart, string, string][] = FRESH_PARTS.slice(1).map(([part, batch]) => [part, part.slice('fresh'.length), batch]);
  for (const [part, n, batch] of sealed) {
    if (process.argv.includes('--sealed')) printPart(`FRESH HOLD-OUT ${n} (never tuned on: batch ${batch}, verbatim + fragment)`, pick(part, true), revealFresh, '--reveal-fresh');
    else console.log(`== FRESH HOLD-OUT ${n} (${batch}): sealed, ${judged.filter((j) => j.part === part).length} messages; counted once at the end of a session (--sealed), so no rule is picked by it`);
  }
  printPart('UNTUNED, verbatim + fragment (headline; never tune on it)', pick('untuned', true), reveal);
  printPart('untuned, reconstructions', pick('untuned', false), reveal);
  printPart('tune, verbatim + fragment', pick('tune', true), true);
  printPart('tune, reconstructions', pick('tune', false), true);
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
if (process.argv[1] !== undefined && /eval-messages\.ts$/.test(process.argv[1])) main();
