/**
 * npm run model:message (tsx scripts/message-model.ts): an EXPERIMENT. Does a small learned text model help the message
 * checker (lib/message) catch scam messages it has never seen, in the languages they come in, without false alarms?
 * The page-side precedent is scripts/seller-model.ts (docs/accuracy.md, "A learned text model").
 *
 * Features (lib/text/features.ts, the one feature function of both models) of the folded message (prepareMessage, as
 * the checker reads it), first CAP characters: words (digits made 0), word pairs, character 4-grams of words,
 * character pairs inside Han/kana/Thai runs (and Hangul with MODEL_HANGUL=1); plus what the message holds, as tokens
 * (messageTokens): a link, a government link, a shortened link, a phone number, an e-mail address, a price.
 * Model: L2 logistic regression (scripts/logistic.ts), class-balanced.
 *
 * Data: ONLY the tune part of tests/corpus/messages (scripts/eval-messages.ts messagePart), verbatim + fragment. The
 * untuned part and every `fresh-…` batch are dropped as the files are read, unless `--final`, which keeps untuned and
 * the one non-sealed fresh batch (FRESH_BATCH) and prints COUNTS only for them. Sealed batches are never kept.
 *
 * Evaluation (tune only):
 *  - cross-validation grouped by SOURCE: all messages quoted by one source URL in one of K folds, so a message is
 *    scored by a model that saw nothing of its source; then grouped by source AND shared text (groupsOf: the same
 *    message quoted by two sources is one group) (MODEL_SEEDS=n: n different group-to-fold splits);
 *  - leave-one-batch-out: each tune batch scored by a model trained on the others (a batch was collected at one time,
 *    often one family in many languages: the closest to a hold-out collected later);
 *  - leave-one-language-out for the 10 largest languages (zh-Hant counted as zh): a model trained on every other
 *    language scores that one — the honest test of "a language it has not seen".
 * Combined as the checker would combine one more text signal (lib/message/check.ts checkMessageWith, the same rules):
 *  (a) WEAK: a message not already at caution/danger rises only with another weak flag, a voice or an amplifier;
 *  (b) STRONG: alone. A warning about scams stays a warning either way.
 * Gain = scam messages raised to caution or danger; cost = ok messages raised.
 *
 *   tsx scripts/message-model.ts                   cross-validation (both groupings), tune only
 *   tsx scripts/message-model.ts --final W S       train on all of tune, COUNT on tune, untuned and fresh at thresholds
 *                                                  W (weak) and S (strong) fixed beforehand from the cross-validation;
 *                                                  counts only, no message of those parts is ever listed
 *   ... --final W S --export lib/data/message-model.json   also write the weights (MODEL_TOP largest)
 * Env: MODEL_L2 (default 1), MODEL_EPOCHS (300), MODEL_CAP (2000), MODEL_CHARS=0 (no character 4-grams),
 * MODEL_HANGUL=1, MODEL_TOKENS=0 (no message tokens), MODEL_TOP=n (refit on the n largest weights), MODEL_TRAIN=quiet, MODEL_AT=t1,t2
 * (rows at fixed thresholds), MODEL_SEEDS=n, MODEL_LIST=1 (the tune messages the model would raise).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMessageWith } from '../lib/message/check';
import { isGovernmentLink } from '../lib/message/cues';
import { prepareMessage, type PreparedMessage } from '../lib/message/prepare';
import { scoreFeatures, textFeatures } from '../lib/text/features';
import { pricesIn } from '../lib/text/money';
import { FRESH_BATCH, MESSAGES_DIR, flaggedMessage, isHeadline, messagePart, type MessageEntry, type MessagePart } from './eval-messages';
import { aucOf, fitLogistic, foldOf, largestWeights, type LinearModel } from './logistic';

const K = 5;
const MIN_DF = 2;
const L2 = Number(process.env.MODEL_L2 ?? 1);
const EPOCHS = Number(process.env.MODEL_EPOCHS ?? 300);
const CAP = Number(process.env.MODEL_CAP ?? 2000);
const CHARS = process.env.MODEL_CHARS !== '0';
const HANGUL = process.env.MODEL_HANGUL === '1';
const TOKENS = process.env.MODEL_TOKENS !== '0';
const TOP = Number(process.env.MODEL_TOP ?? 0);
const SEEDS = Number(process.env.MODEL_SEEDS ?? 1);
const AT = (process.env.MODEL_AT ?? '').split(',').filter(Boolean).map(Number);

/**
 * The headline messages (verbatim + fragment) of the parts asked for. A `fresh-…` entry is dropped as the file is read
 * (never kept, never looked at) unless it is the non-sealed FRESH_BATCH and `fresh` is asked for (--final).
 */
function load(parts: readonly MessagePart[]): MessageEntry[] {
  const out: MessageEntry[] = [];
  for (const name of ['scam.json', 'ok.json']) {
    for (const e of JSON.parse(readFileSync(join(MESSAGES_DIR, name), 'utf8')) as MessageEntry[]) {
      if (e.batch?.startsWith('fresh-') && !(e.batch === FRESH_BATCH && parts.includes('fresh'))) continue;
      if (isHeadline(e) && parts.includes(messagePart(e))) out.push(e);
    }
  }
  return out;
}

/** What the message holds, as tokens a text model can weigh ("@" never starts a word feature). */
function messageTokens(msg: PreparedMessage): string[] {
  const out: string[] = [];
  if (msg.links.length > 0) out.push('@link');
  if (msg.links.some((l) => isGovernmentLink(l.url))) out.push('@link-gov');
  if (msg.links.some((l) => !isGovernmentLink(l.url))) out.push('@link-other');
  if (msg.links.some((l) => l.shortener)) out.push('@link-short');
  if (msg.phones.length > 0) out.push('@phone');
  if (msg.emails.length > 0) out.push('@email');
  if (pricesIn(msg.page.text.slice(0, CAP)).length > 0) out.push('@price');
  return out;
}

/** The features of a message: the shared text features of its first CAP folded characters, and its tokens. */
function messageFeatures(text: string): Set<string> {
  const msg = prepareMessage(text);
  const feats = textFeatures(msg.page.text.slice(0, CAP), { chars: CHARS, hangul: HANGUL });
  if (TOKENS) for (const t of messageTokens(msg)) feats.add(t);
  return feats;
}

interface Doc {
  entry: MessageEntry;
  part: MessagePart;
  source: string;
  /** Primary language tag (zh-Hant → zh). */
  lang: string;
  feats: Set<string>;
  y: 0 | 1;
  /** The checker without the model: already at caution or danger. */
  flagged: boolean;
  /** One more weak / strong text hit would raise it to caution or danger (a warning never rises). */
  weakRaises: boolean;
  strongRaises: boolean;
}

function prepareDocs(entries: readonly MessageEntry[]): Doc[] {
  return entries.map((entry) => {
    const flagged = flaggedMessage(checkMessageWith(entry.text));
    return {
      entry,
      part: messagePart(entry),
      source: entry.source,
      lang: (entry.lang ?? 'en').split('-')[0]!,
      feats: messageFeatures(entry.text),
      y: entry.label === 'scam' ? 1 : 0,
      flagged,
      weakRaises: !flagged && flaggedMessage(checkMessageWith(entry.text, 'weak')),
      strongRaises: !flagged && flaggedMessage(checkMessageWith(entry.text, 'strong')),
    };
  });
}

/** MODEL_TRAIN=quiet: train only on the messages the checker leaves quiet (where the model can change a verdict). */
const QUIET_ONLY = process.env.MODEL_TRAIN === 'quiet';

function train(all: readonly Doc[]): LinearModel {
  const docs = QUIET_ONLY ? all.filter((d) => !d.flagged) : all;
  const options = { l2: L2, epochs: EPOCHS, minDf: MIN_DF };
  const full = fitLogistic(docs, options);
  return TOP ? fitLogistic(docs, { ...options, keep: largestWeights(full, TOP) }) : full;
}

/** Characters two messages must share (letters and digits only, folded) to be one text: the same message quoted twice. */
const SHARED = 40;

/**
 * The groups cross-validation keeps together, as one key per message: its source URL, and with `text` also every message
 * that shares SHARED characters with it (through any chain): the same scam quoted by two news sites, or a warning quoting
 * it, must not be in training while the other is scored.
 */
function groupsOf(docs: readonly Doc[], text: boolean): string[] {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number): void => void (parent[find(a)] = find(b));
  const seen = new Map<string, number>();
  const see = (key: string, i: number): void => {
    const j = seen.get(key);
    if (j === undefined) seen.set(key, i);
    else union(i, j);
  };
  docs.forEach((d, i) => {
    see(`source ${d.source}`, i);
    if (!text) return;
    const letters = prepareMessage(d.entry.text).page.text.replace(/[^\p{L}\p{N}]+/gu, '');
    for (let at = 0; at + SHARED <= letters.length; at++) see(letters.slice(at, at + SHARED), i);
  });
  return docs.map((_, i) => String(find(i)));
}

/** A message scored as a signal would score it (lib/text/features.ts scoreFeatures, as reads-like-seller does), in fold `fold`. */
function scoredBy(m: LinearModel, doc: Doc, fold: number): Scored {
  const { score, top } = scoreFeatures(m.w, m.b, doc.feats);
  return { doc, s: score, readable: top.length > 0, fold };
}

interface Scored {
  doc: Doc;
  s: number;
  /** The signal fires only with a readable word among the features that pushed the score (its evidence). */
  readable: boolean;
  /** The fold (source grouping) or the held-out language's index. */
  fold: number;
}

function crossValidate(docs: readonly Doc[], groups: readonly string[], seed: number): Scored[] {
  const fold = groups.map((g) => foldOf(`${seed || ''}${g}`, K));
  const out: Scored[] = [];
  for (let k = 0; k < K; k++) {
    const m = train(docs.filter((_, i) => fold[i] !== k));
    docs.forEach((d, i) => {
      if (fold[i] === k) out.push(scoredBy(m, d, k));
    });
  }
  return out;
}

/** The languages with the most messages, largest first. */
function largestLanguages(docs: readonly Doc[], n: number): string[] {
  const count = new Map<string, number>();
  for (const d of docs) count.set(d.lang, (count.get(d.lang) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([l]) => l);
}

function leaveOneLanguageOut(docs: readonly Doc[], langs: readonly string[]): Scored[] {
  return langs.flatMap((lang, i) => {
    const m = train(docs.filter((d) => d.lang !== lang));
    return docs.filter((d) => d.lang === lang).map((doc) => scoredBy(m, doc, i));
  });
}

/**
 * Leave one batch out: each tune batch (and the first hash-split messages, as one) scored by a model trained on the
 * others — a batch is collected at one time by one helper, so this is the closest to a hold-out collected later.
 */
function leaveOneBatchOut(docs: readonly Doc[]): { scored: Scored[]; batches: string[] } {
  const batches = [...new Set(docs.map((d) => d.entry.batch ?? 'first'))].sort();
  const scored = batches.flatMap((batch, i) => {
    const m = train(docs.filter((d) => (d.entry.batch ?? 'first') !== batch));
    return docs.filter((d) => (d.entry.batch ?? 'first') === batch).map((doc) => scoredBy(m, doc, i));
  });
  return { scored, batches };
}

interface Effect {
  weakGain: number;
  weakFalse: number;
  strongGain: number;
  strongFalse: number;
  /** Ok messages raised (weak, strong) in each fold. */
  weakFalseBy: number[];
  strongFalseBy: number[];
}

function effect(scored: readonly Scored[], t: number, folds: number): Effect {
  const r: Effect = { weakGain: 0, weakFalse: 0, strongGain: 0, strongFalse: 0, weakFalseBy: Array<number>(folds).fill(0), strongFalseBy: Array<number>(folds).fill(0) };
  for (const { doc, s, fold, readable } of scored) {
    if (s < t || !readable) continue;
    if (doc.y === 1) {
      if (doc.weakRaises) r.weakGain++;
      if (doc.strongRaises) r.strongGain++;
      continue;
    }
    if (doc.weakRaises) {
      r.weakFalse++;
      r.weakFalseBy[fold]!++;
    }
    if (doc.strongRaises) {
      r.strongFalse++;
      r.strongFalseBy[fold]!++;
    }
  }
  return r;
}

/** Just above the highest score of an ok message that one more (weak / strong) hit would raise: 0 ok raised. */
function zeroFalse(scored: readonly Scored[], strength: 'weak' | 'strong'): number {
  const neg = scored.filter((x) => x.doc.y === 0 && x.readable && (strength === 'weak' ? x.doc.weakRaises : x.doc.strongRaises)).map((x) => x.s);
  return neg.length ? Math.max(...neg) + 1e-6 : -Infinity;
}

const pad = (x: number | string, n: number): string => String(x).padStart(n);

/** Scam messages the model raises at threshold t, by language: "es 2/9" = 2 raised of 9 the checker misses. */
function byLanguage(scored: readonly Scored[], t: number, strength: 'weak' | 'strong'): string {
  const rows = new Map<string, [number, number]>();
  for (const x of scored) {
    if (x.doc.y !== 1 || x.doc.flagged) continue;
    const r = rows.get(x.doc.lang) ?? [0, 0];
    r[1]++;
    if (x.s >= t && x.readable && (strength === 'weak' ? x.doc.weakRaises : x.doc.strongRaises)) r[0]++;
    rows.set(x.doc.lang, r);
  }
  return [...rows].sort((a, b) => b[1][1] - a[1][1] || a[0].localeCompare(b[0])).map(([l, [g, n]]) => `${l} ${g}/${n}`).join(', ');
}

function report(name: string, scored: readonly Scored[], folds: number): void {
  const quiet = scored.filter((x) => !x.doc.flagged);
  const missed = quiet.filter((x) => x.doc.y === 1);
  const okQuiet = quiet.filter((x) => x.doc.y === 0);
  console.log(`\n== ${name}`);
  console.log(
    `   AUC ${aucOf(scored).toFixed(3)} (all), ${aucOf(quiet).toFixed(3)} (messages the checker leaves quiet); ` +
      `missed scams ${missed.length} (${missed.filter((x) => x.doc.weakRaises).length} with a weak flag, voice or amplifier already; ${missed.filter((x) => x.doc.strongRaises).length} not warnings); ` +
      `quiet ok ${okQuiet.length} (${okQuiet.filter((x) => x.doc.weakRaises).length} with a weak flag…; ${okQuiet.filter((x) => x.doc.strongRaises).length} not warnings)`,
  );
  console.log(`   threshold   | weak: +scam  +ok [by fold]          | strong: +scam  +ok [by fold]`);
  // By fold: every fold's count, or (many folds) only the folds with one, as fold:count.
  const byFold = (n: readonly number[]): string => (folds <= 10 ? n.join(' ') : n.flatMap((c, i) => (c ? [`${i}:${c}`] : [])).join(' '));
  const row = (t: number, note = ''): void => {
    const e = effect(scored, t, folds);
    const weak = `${pad(e.weakGain, 9)} ${pad(e.weakFalse, 4)} [${byFold(e.weakFalseBy)}]`;
    console.log(`   ${t.toFixed(4).padStart(9)}   |  ${weak.padEnd(34)} |  ${pad(e.strongGain, 11)} ${pad(e.strongFalse, 4)} [${byFold(e.strongFalseBy)}]${note}`);
  };
  const negStrong = okQuiet.filter((x) => x.doc.strongRaises && x.readable).map((x) => x.s).sort((a, b) => b - a);
  for (const k of [1, 2, 3, 5, 10, 20, 40]) if (k < negStrong.length) row(negStrong[k]! + 1e-6, `   (${k} ok above, as strong)`);
  const tWeak = zeroFalse(scored, 'weak');
  const tStrong = zeroFalse(scored, 'strong');
  row(tWeak, '   <- lowest weak threshold with 0 ok raised');
  row(tStrong, '   <- lowest strong threshold with 0 ok raised');
  for (const t of AT) row(t, '   <- fixed');
  console.log(`   by language (missed scams raised / missed), weak at ${tWeak.toFixed(3)}: ${byLanguage(scored, tWeak, 'weak')}`);
  console.log(`   by language, strong at ${tStrong.toFixed(3)}: ${byLanguage(scored, tStrong, 'strong')}`);
  for (const t of AT) console.log(`   by language, weak / strong at ${t}: ${byLanguage(scored, t, 'weak')} / ${byLanguage(scored, t, 'strong')}`);
  if (process.env.MODEL_LIST === '1') {
    for (const x of [...missed].sort((a, b) => b.s - a.s).slice(0, 30)) console.log(`      missed ${x.doc.entry.id} [${x.doc.lang}] ${x.s.toFixed(3)}${x.doc.weakRaises ? ' weak-ready' : ''}${x.doc.strongRaises ? '' : ' (warning)'}`);
    for (const x of [...okQuiet].sort((a, b) => b.s - a.s).slice(0, 15)) console.log(`      ok ${x.doc.entry.id} [${x.doc.lang}] ${x.s.toFixed(3)}${x.doc.weakRaises ? ' weak-ready' : ''}${x.doc.strongRaises ? '' : ' (warning)'}`);
  }
}

/** Counts only: the checker's own numbers and what the model adds at the fixed thresholds. */
function countsOnly(name: string, docs: readonly Doc[], m: LinearModel, tWeak: number, tStrong: number): void {
  const scored = docs.map((doc) => scoredBy(m, doc, 0));
  const weak = effect(scored, tWeak, 1);
  const strong = effect(scored, tStrong, 1);
  const scams = docs.filter((d) => d.y === 1);
  const ok = docs.filter((d) => d.y === 0);
  console.log(
    `   ${name}: scam ${scams.filter((d) => d.flagged).length} of ${scams.length} caught by the checker -> weak +${weak.weakGain}, strong +${strong.strongGain}; ` +
      `ok ${ok.filter((d) => d.flagged).length} of ${ok.length} flagged by the checker -> weak +${weak.weakFalse}, strong +${strong.strongFalse}`,
  );
}

/** Writes the weights a signal would read, rounded to 3 decimals, with how they were made. */
function writeModel(path: string, m: LinearModel, threshold: number, messages: number): void {
  const weights = Object.fromEntries([...m.w].sort((a, b) => b[1] - a[1]).map(([f, v]) => [f, Math.round(v * 1000) / 1000]));
  const about = `scripts/message-model.ts (cap ${CAP}, ${CHARS ? 'char' : 'words'}${HANGUL ? ', hangul' : ''}${TOKENS ? ', tokens' : ''}, top ${TOP}, L2 ${L2}${QUIET_ONLY ? ', quiet' : ''}) on ${messages} tune messages; threshold from CV grouped by source, text, batch and language. docs/messages.md`;
  writeFileSync(path, `${JSON.stringify({ about, cap: CAP, bias: Math.round(m.b * 1000) / 1000, threshold, weights })}\n`);
  console.log(`wrote ${path}: ${Object.keys(weights).length} features, ${Buffer.byteLength(readFileSync(path))} bytes`);
}

function main(): void {
  const finalAt = process.argv.indexOf('--final');
  // MODEL_DRY=1 with --final: train and export on tune, keep no held-out message.
  const heldOut = finalAt >= 0 && process.env.MODEL_DRY !== '1';
  const docs = prepareDocs(load(heldOut ? ['tune', 'untuned', 'fresh'] : ['tune']));
  const tune = docs.filter((d) => d.part === 'tune');
  const pos = tune.filter((d) => d.y === 1);
  console.log(
    `tune: ${tune.length} messages (${pos.length} scam, ${pos.filter((d) => d.flagged).length} caught by the checker; ${tune.length - pos.length} ok, ` +
      `${tune.filter((d) => d.y === 0 && d.flagged).length} flagged), ${new Set(tune.map((d) => d.source)).size} sources; ` +
      `features cap ${CAP}, ${CHARS ? 'char 4-grams' : 'words'}${HANGUL ? ', Hangul pairs' : ''}${TOKENS ? ', message tokens' : ''}, L2 ${L2}${TOP ? `, top ${TOP}` : ''}`,
  );
  if (finalAt < 0) {
    for (const text of [false, true]) {
      const groups = groupsOf(tune, text);
      const how = text ? `source and shared text (${SHARED} letters): ${new Set(groups).size} groups` : `source: ${new Set(groups).size} groups`;
      for (let seed = 0; seed < SEEDS; seed++) report(`cross-validated, grouped by ${how} (${K} folds, split ${seed})`, crossValidate(tune, groups, seed), K);
    }
    const { scored, batches } = leaveOneBatchOut(tune);
    report(`leave one batch out (${batches.length} batches; each scored by a model trained on the others)`, scored, batches.length);
    const langs = largestLanguages(tune, 10);
    report(`leave one language out (${langs.join(' ')}: folds in this order; each scored by a model trained on the other languages)`, leaveOneLanguageOut(tune, langs), langs.length);
    const top = [...train(tune).w].sort((a, b) => b[1] - a[1]);
    console.log(`\n   top scam features (all tune): ${top.slice(0, 30).map(([f, v]) => `${f} ${v.toFixed(2)}`).join(', ')}`);
    console.log(`   top ok features (all tune): ${top.slice(-30).reverse().map(([f, v]) => `${f} ${v.toFixed(2)}`).join(', ')}`);
    return;
  }
  const tWeak = Number(process.argv[finalAt + 1]);
  const tStrong = Number(process.argv[finalAt + 2] ?? tWeak);
  const m = train(tune);
  const exportAt = process.argv.indexOf('--export');
  if (exportAt >= 0) writeModel(process.argv[exportAt + 1]!, m, tStrong, (QUIET_ONLY ? tune.filter((d) => !d.flagged) : tune).length);
  console.log(`\n== final: trained on all tune (${m.w.size} features), thresholds weak ${tWeak}, strong ${tStrong}: COUNTS ONLY`);
  countsOnly('tune (in-sample)', tune, m, tWeak, tStrong);
  if (!heldOut) return;
  countsOnly('untuned', docs.filter((d) => d.part === 'untuned'), m, tWeak, tStrong);
  countsOnly(`fresh (${FRESH_BATCH})`, docs.filter((d) => d.part === 'fresh'), m, tWeak, tStrong);
}

main();
