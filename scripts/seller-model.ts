/**
 * npm run model:seller (tsx scripts/seller-model.ts): an EXPERIMENT, not shipped. Does a small learned
 * text model over many weak cues catch sellers on unseen sites better than hand-written phrases?
 *
 * Model: L2-regularised logistic regression (and, for comparison, binarised multinomial Naive Bayes)
 * over binary features of the page text after lib/text's fold (lower case, no accents): word unigrams
 * and bigrams (digits made 0), currency symbols, and character bigrams inside Han / kana / Thai runs.
 * A feature must occur in at least MIN_DF training pages.
 *
 * Pages: only the ones the model would be applied to — not official, about a government program
 * (the engine's about-uscis-services context hit). Trained ONLY on real `tune` pages (partOf in
 * scripts/eval.ts). Positive = charges-free or impersonation; negative = legit or official.
 *
 * Evaluation: grouped K-fold cross-validation inside tune, grouped by registrable domain (all of a
 * site's pages in one fold), so each page is scored by a model that saw none of its site. The model
 * is combined the way lib/verdict/decide.ts rule 6 would combine one more WEAK signal: a page not
 * already at caution/danger is raised to caution when the score passes the threshold AND the page
 * already has one weak signal or a weak look-alike host. Also printed: the model as a STRONG signal
 * (raises alone). Gain = positives raised; cost = legit/official pages raised.
 *
 *   tsx scripts/seller-model.ts            cross-validation only (tune)
 *   tsx scripts/seller-model.ts --final W S  train on all of tune, then COUNT on untuned and fresh at
 *                                          thresholds W (as a weak signal) and S (as a strong one), fixed
 *                                          beforehand from the cross-validation; counts only, no page of
 *                                          those parts is ever listed
 * Env: MODEL=lr|nb (default lr), MODEL_L2 (default 1), MODEL_SEEN=1 (add seen real pages to training).
 * The sealed hold-outs (fresh2 to fresh15) are never loaded.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDomain } from 'tldts';
import { runSignals } from '../lib/verdict/decide';
import { sellerFeatures } from '../lib/signals/reads-like-seller';
import shipped from '../lib/data/seller-model.json';
import { preparePage } from '../lib/text/prepare';
import { parseHost } from '../lib/domain';
import { SEALED, isPositive, judge, partOf, type CorpusEntry, type Part } from './eval';
import { textToSnapshot } from './html-snapshot';
import { aucOf, fitLogistic, foldOf, largestWeights, linearScore, vocabulary, type LinearModel } from './logistic';

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'corpus');
/** The sealed hold-outs' batches (eval.ts SEALED: fresh2 onwards), and their files (batch real-2026-12g in real/fresh-2026-12g.json). */
const SEALED_BATCHES: ReadonlySet<string> = new Set(SEALED.map((s) => s.batch));
const SEALED_FILES: readonly string[] = SEALED.map((s) => `real/fresh-${s.batch.slice('real-'.length)}.json`);
const K = 5;
const MIN_DF = 2;
const L2 = Number(process.env.MODEL_L2 ?? 1);
const EPOCHS = Number(process.env.MODEL_EPOCHS ?? 300);
/** MODEL_FEATS=char adds character 4-grams of every word (with its edges). */
const CHARS = process.env.MODEL_FEATS === 'char';
/** Only the first CAP characters of the prepared (title + text, folded) page: the corpus excerpts are at most ~2,000. */
const CAP = Number(process.env.MODEL_CAP ?? 1e9);

function load(): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const walk = (dir: string): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, d.name);
      if (d.isDirectory()) {
        if (d.name !== 'messages' && d.name !== 'addresses') walk(path);
        continue;
      }
      const file = relative(CORPUS_DIR, path).split(sep).join('/');
      if (!d.name.endsWith('.json') || SEALED_FILES.includes(file)) continue;
      for (const e of JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry[]) {
        if (e.batch !== undefined && SEALED_BATCHES.has(e.batch)) continue;
        out.push({ ...e, file });
      }
    }
  };
  walk(CORPUS_DIR);
  return out;
}

/**
 * Session 17's tune batches that their helpers split into a WRITE half (sha256(url) 0-7) and a CHECK half
 * (8-f) whose misjudged pages they never read: the model is not trained on the CHECK halves either, so they
 * stay a check for those helpers, and the final run counts them (counts only) as pages of new families. Session 22's
 * forms22 batch (real-2026-12ao) is split the same way.
 */
const CHECK_HALF_BATCHES = ['real-2026-12w', 'real-2026-12x', 'real-2026-12y', 'real-2026-12ao'];
const isCheckHalf = (e: CorpusEntry): boolean =>
  CHECK_HALF_BATCHES.includes(e.batch ?? '') && createHash('sha256').update(e.url).digest('hex').charAt(0) >= '8';

/** The features of a folded text: the shipped signal's own function (lib/signals/reads-like-seller.ts). */
const features = (folded: string): Set<string> => sellerFeatures(folded, CHARS);

interface Doc {
  entry: CorpusEntry;
  part: Part;
  site: string;
  feats: Set<string>;
  y: 0 | 1;
  /** Engine state: already flagged, and whether one more weak signal would raise it (rule 6). */
  flagged: boolean;
  weakReady: boolean;
}

function prepareDocs(entries: readonly CorpusEntry[]): { docs: Doc[]; ineligible: number } {
  const docs: Doc[] = [];
  let ineligible = 0;
  for (const entry of entries) {
    const judged = judge(entry);
    if (judged.verdict.level === 'official') {
      ineligible++;
      continue;
    }
    const page = { ...textToSnapshot(entry.text, entry.url, entry.title ?? ''), forms: entry.forms ?? [], lang: entry.lang ?? '' };
    const hits = runSignals(entry.url, page);
    if (!hits.some((h) => h.id === 'about-uscis-services')) {
      ineligible++;
      continue;
    }
    const host = parseHost(entry.url);
    const folded = preparePage(page, host).text.slice(0, CAP);
    // The engine WITHOUT this model (its signal, once registered, is left out): rule 6 of decide.ts.
    const others = hits.filter((h) => h.id !== 'reads-like-seller');
    const weak = new Set(others.filter((h) => h.strength === 'weak').map((h) => h.id)).size;
    const lookalike = judged.verdict.reasons.some((r) => r.id === 'lookalike-domain');
    const engineFlagged = judged.verdict.level === 'danger' || others.some((h) => h.strength === 'strong') || weak >= 2 || (lookalike && weak >= 1);
    docs.push({
      entry,
      part: judged.part,
      site: getDomain(host.hostname) ?? host.hostname,
      feats: features(folded),
      y: isPositive(entry.label) ? 1 : 0,
      flagged: engineFlagged,
      weakReady: weak >= 1 || lookalike,
    });
  }
  return { docs, ineligible };
}

type Model = LinearModel;

/** MODEL_TOP=N: keep the N features with the largest |weight| and fit again on those only (a small model to ship). */
const TOP = Number(process.env.MODEL_TOP ?? 0);

/** MODEL_TRAIN=quiet: train only on pages the engine leaves unflagged (where the model can change a verdict). */
const QUIET_ONLY = process.env.MODEL_TRAIN === 'quiet';

function trainLR(all: readonly Doc[]): Model {
  const docs = QUIET_ONLY ? all.filter((d) => !d.flagged) : all;
  const options = { l2: L2, epochs: EPOCHS, minDf: MIN_DF };
  const full = fitLogistic(docs, options);
  if (!TOP) return full;
  return fitLogistic(docs, { ...options, keep: largestWeights(full, TOP) });
}

/** Binarised multinomial Naive Bayes (Laplace smoothing), as a log-odds score. */
function trainNB(docs: readonly Doc[]): Model {
  const vocab = vocabulary(docs, MIN_DF);
  const count = [new Map<string, number>(), new Map<string, number>()];
  const total = [0, 0];
  const ndoc = [0, 0];
  for (const d of docs) {
    ndoc[d.y]!++;
    for (const f of d.feats) {
      if (!vocab.has(f)) continue;
      count[d.y]!.set(f, (count[d.y]!.get(f) ?? 0) + 1);
      total[d.y]!++;
    }
  }
  const w = new Map<string, number>();
  for (const f of vocab.keys()) {
    const p1 = ((count[1]!.get(f) ?? 0) + 1) / (total[1]! + vocab.size);
    const p0 = ((count[0]!.get(f) ?? 0) + 1) / (total[0]! + vocab.size);
    w.set(f, Math.log(p1 / p0));
  }
  return { w, b: Math.log(ndoc[1]! / ndoc[0]!) };
}

/** NB sums over every feature present, so long pages drift; normalise by the number of known features. */
const score = linearScore;

/** MODEL_SEED=n: another assignment of sites to folds (to see how much a CV count owes to one split). */
const SEED = process.env.MODEL_SEED ?? '';

const siteFold = (site: string): number => foldOf(SEED + site, K);

interface Scored {
  doc: Doc;
  s: number;
  fold: number;
}

/** extra: training-only pages (seen), dropped from the fold that holds their site. */
function crossValidate(docs: readonly Doc[], train: (d: readonly Doc[]) => Model, perFeature: boolean, extra: readonly Doc[] = []): Scored[] {
  const out: Scored[] = [];
  for (let k = 0; k < K; k++) {
    const m = train([...docs, ...extra].filter((d) => siteFold(d.site) !== k));
    for (const d of docs) if (siteFold(d.site) === k) out.push({ doc: d, s: score(m, d.feats, perFeature), fold: k });
  }
  return out;
}

/** What the model adds at threshold t: as a weak signal (rule 6) and as a strong one. */
function effect(scored: readonly Scored[], t: number): { weakGain: number; weakFalse: number; strongGain: number; strongFalse: number; perFoldFalse: number[] } {
  const r = { weakGain: 0, weakFalse: 0, strongGain: 0, strongFalse: 0, perFoldFalse: Array<number>(K).fill(0) };
  for (const { doc, s, fold } of scored) {
    if (doc.flagged || s < t) continue;
    if (doc.y === 1) {
      r.strongGain++;
      if (doc.weakReady) r.weakGain++;
    } else {
      r.strongFalse++;
      if (doc.weakReady) {
        r.weakFalse++;
        r.perFoldFalse[fold]!++;
      }
    }
  }
  return r;
}

function quantileThresholds(scored: readonly Scored[]): number[] {
  const neg = scored.filter((x) => x.doc.y === 0 && !x.doc.flagged).map((x) => x.s).sort((a, b) => b - a);
  // Just above the k-th highest unflagged negative score: k false cautions at most (as strong).
  return [0, 1, 2, 3, 5, 10, 20, 40, 80].filter((k) => k < neg.length).map((k) => neg[k]! + 1e-9);
}

function report(name: string, scored: readonly Scored[]): void {
  const missed = scored.filter((x) => x.doc.y === 1 && !x.doc.flagged);
  const missedReady = missed.filter((x) => x.doc.weakReady).length;
  const negQuiet = scored.filter((x) => x.doc.y === 0 && !x.doc.flagged);
  const quiet = scored.filter((x) => !x.doc.flagged);
  console.log(`\n== ${name}: AUC ${aucOf(scored).toFixed(3)} (all eligible), ${aucOf(quiet).toFixed(3)} (pages not flagged), on pages the engine does not flag: ${missed.length} missed positives (${missedReady} with one weak flag already), ${negQuiet.length} quiet negatives (${negQuiet.filter((x) => x.doc.weakReady).length} with one weak flag)`);
  console.log('   threshold   | weak (rule 6): +recall  +false [per fold] | strong (alone): +recall  +false');
  const row = (t: number, note = ''): void => {
    const e = effect(scored, t);
    console.log(`   ${t.toFixed(4).padStart(10)}  |               ${String(e.weakGain).padStart(4)}  ${String(e.weakFalse).padStart(5)} [${e.perFoldFalse.join(' ')}] |                 ${String(e.strongGain).padStart(4)}  ${String(e.strongFalse).padStart(5)}${note}`);
  };
  for (const t of quantileThresholds(scored)) row(t);
  // The lowest threshold with 0 false cautions as a weak signal: just above the best-scored quiet negative that has a weak flag.
  const readyNeg = negQuiet.filter((x) => x.doc.weakReady).map((x) => x.s);
  if (readyNeg.length) row(Math.max(...readyNeg) + 1e-9, '   <- lowest weak threshold with 0 false');
  // The lowest threshold where the model, used alone, raises no quiet negative.
  row(Math.max(...negQuiet.map((x) => x.s)) + 1e-9, '   <- lowest strong threshold with 0 false');
  // MODEL_AT=t1,t2: rows at fixed thresholds too (to compare fold splits at the same threshold).
  for (const t of (process.env.MODEL_AT ?? '').split(',').filter(Boolean).map(Number)) row(t, '   <- fixed');
  if (process.env.MODEL_LIST === '1') {
    for (const x of [...missed].sort((a, b) => b.s - a.s)) console.log(`      missed ${x.doc.entry.id} [${x.doc.entry.batch ?? '-'}] score ${x.s.toFixed(3)}${x.doc.weakReady ? ' (weak-ready)' : ''}`);
    for (const x of negQuiet.filter((n) => n.doc.weakReady)) console.log(`      weak-ready quiet negative ${x.doc.entry.id} [${x.doc.entry.batch ?? '-'}] score ${x.s.toFixed(3)}`);
  }
}

function countsOnly(name: string, docs: readonly Doc[], m: Model, tWeak: number, tStrong: number, perFeature: boolean, trainSites = new Set<string>()): void {
  const scored = docs.map((doc) => ({ doc, s: score(m, doc.feats, perFeature), fold: 0 }));
  const raisedWeak = scored.filter((x) => x.doc.y === 1 && !x.doc.flagged && x.doc.weakReady && x.s >= tWeak);
  const shared = raisedWeak.filter((x) => trainSites.has(x.doc.site)).length;
  const e = { ...effect(scored, tWeak), ...(({ strongGain, strongFalse }) => ({ strongGain, strongFalse }))(effect(scored, tStrong)) };
  const pos = docs.filter((d) => d.y === 1);
  const neg = docs.filter((d) => d.y === 0);
  console.log(
    `   ${name}: eligible ${docs.length} (${pos.length} positives, ${pos.filter((d) => d.flagged).length} already flagged; ${neg.length} negatives, ${neg.filter((d) => d.flagged).length} already flagged) -> weak: +${e.weakGain} recall, +${e.weakFalse} false; strong: +${e.strongGain} recall, +${e.strongFalse} false; of the weak gains, ${shared} on a site that has pages in training`,
  );
}

/** Writes the weights the signal reads (lib/signals/reads-like-seller.ts), rounded to 3 decimals, with how they were made. */
function writeModel(path: string, m: Model, threshold: number, pages: number): void {
  const weights = Object.fromEntries([...m.w].sort((a, b) => b[1] - a[1]).map(([f, v]) => [f, Math.round(v * 1000) / 1000]));
  // Short: the file ships in the background bundle (tests/meta/bundle-size); the long story is in docs/accuracy.md.
  const about = `scripts/seller-model.ts (cap ${CAP}, ${CHARS ? 'char' : 'words'}, top ${TOP}, L2 ${L2}) on ${pages} tune pages; threshold from site-grouped CV. docs/accuracy.md`;
  writeFileSync(path, `${JSON.stringify({ about, cap: CAP, bias: Math.round(m.b * 1000) / 1000, threshold, weights })}\n`);
  console.log(`wrote ${path}: ${Object.keys(weights).length} features`);
}

function main(): void {
  const all = load();
  const finalAt = process.argv.indexOf('--final');
  // Held-out pages are only read in the final run, and only counted.
  const withSeen = process.env.MODEL_SEEN === '1';
  // MODEL_DRY=1 with --final: train and export on tune, load no held-out page (checks the run before the one count).
  const heldOut = finalAt >= 0 && process.env.MODEL_DRY !== '1';
  const parts: Part[] = [...(heldOut ? ['tune' as const, 'untuned' as const, 'fresh' as const] : ['tune' as const]), ...(withSeen ? ['seen' as const] : [])];
  const { docs, ineligible } = prepareDocs(all.filter((e) => !e.synthetic && parts.includes(partOf(e))));
  const tune = docs.filter((d) => d.part === 'tune' && !isCheckHalf(d.entry));
  const checkHalves = docs.filter((d) => d.part === 'tune' && isCheckHalf(d.entry));
  console.log(`tune eligible pages: ${tune.length} (${tune.filter((d) => d.y === 1).length} positive, ${new Set(tune.map((d) => d.site)).size} sites); ${ineligible} real pages not eligible (official or no topic)`);
  console.log(`folds (pages): ${[...Array(K).keys()].map((k) => tune.filter((d) => siteFold(d.site) === k).length).join(' ')}`);
  const which = process.env.MODEL ?? 'lr';
  const train = which === 'nb' ? trainNB : trainLR;
  const perFeature = which === 'nb';
  const forward = process.env.MODEL_FORWARD?.split(',') ?? [];
  if (finalAt < 0 && forward.length) {
    // Forward check inside tune: batches collected later (new families), scored by a model trained on the
    // other tune batches minus any page of their sites — as a hold-out of new sites would be met.
    const later = tune.filter((d) => forward.includes(d.entry.batch ?? ''));
    const laterSites = new Set(later.map((d) => d.site));
    // MODEL_SHIPPED=1: the weights the signal ships (lib/data/seller-model.json) instead of a model trained here.
    const m = process.env.MODEL_SHIPPED === '1' ? { w: new Map(Object.entries(shipped.weights)), b: shipped.bias } : train(tune.filter((d) => !laterSites.has(d.site)));
    report(`${which}${process.env.MODEL_SHIPPED === '1' ? ' (shipped weights)' : ''} forward: trained on tune without ${forward.join(', ')} (and their sites), scored on those ${later.length} pages`, later.map((doc) => ({ doc, s: score(m, doc.feats, perFeature), fold: 0 })));
    return;
  }
  if (finalAt < 0) {
    const seen = docs.filter((d) => d.part === 'seen');
    const cv = crossValidate(tune, train, perFeature, seen);
    report(`${which} cross-validated (grouped by site, ${K} folds, L2 ${L2}${withSeen ? `, + ${seen.length} seen real pages in training` : ''})`, cv);
    for (const batch of ['real-2026-12k', 'real-2026-12m', 'real-2026-12i']) {
      const sub = cv.filter((x) => x.doc.entry.batch === batch);
      console.log(`   batch ${batch}: ${sub.length} eligible; highest quiet-negative score ${Math.max(...sub.filter((x) => x.doc.y === 0 && !x.doc.flagged).map((x) => x.s)).toFixed(4)}`);
    }
    const top = [...train([...tune, ...seen]).w].sort((a, b) => b[1] - a[1]);
    console.log(`   top seller features (all tune): ${top.slice(0, 25).map(([f, v]) => `${f} ${v.toFixed(2)}`).join(', ')}`);
    console.log(`   top legit features (all tune): ${top.slice(-25).reverse().map(([f, v]) => `${f} ${v.toFixed(2)}`).join(', ')}`);
    return;
  }
  const t = Number(process.argv[finalAt + 1]);
  const tStrong = Number(process.argv[finalAt + 2] ?? t);
  const m = train([...tune, ...docs.filter((d) => d.part === 'seen')]);
  const exportAt = process.argv.indexOf('--export');
  if (exportAt >= 0) writeModel(process.argv[exportAt + 1]!, m, t, tune.length);
  console.log(`\n== final ${which} trained on all tune (${m.w.size} features), thresholds weak ${t}, strong ${tStrong}: COUNTS ONLY`);
  countsOnly('tune (in-sample)', tune, m, t, tStrong, perFeature);
  const trainSites = new Set(tune.map((d) => d.site));
  if (!heldOut) return;
  countsOnly('untuned', docs.filter((d) => d.part === 'untuned'), m, t, tStrong, perFeature, trainSites);
  countsOnly('fresh', docs.filter((d) => d.part === 'fresh'), m, t, tStrong, perFeature, trainSites);
  if (heldOut) countsOnly(`CHECK halves of ${CHECK_HALF_BATCHES.join(', ')}`, checkHalves, m, t, tStrong, perFeature, trainSites);
}

main();
