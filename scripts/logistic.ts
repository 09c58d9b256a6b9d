/**
 * The learning half of the text-model experiments (scripts/seller-model.ts for pages, scripts/message-model.ts for
 * messages): binary features in, a linear score out. L2-regularised logistic regression by full-batch gradient descent
 * with class-balanced weights (the positives are the rarer side), a feature vocabulary with a minimum document count,
 * the score, the AUC, and the fold a group falls in. Deterministic: the same examples give the same weights.
 */

/** One training example: its features (each counts once) and its label. */
export interface Example {
  feats: ReadonlySet<string>;
  y: 0 | 1;
}

/** A linear model: a weight per feature and a bias; the score is the bias plus the weights of the features present. */
export interface LinearModel {
  w: Map<string, number>;
  b: number;
}

export interface FitOptions {
  /** L2 penalty. */
  l2: number;
  /** Gradient steps over all examples. */
  epochs: number;
  /** A feature must occur in at least this many examples. */
  minDf: number;
  /** Only these features (a refit on the largest weights of a first fit). */
  keep?: ReadonlySet<string>;
}

/** The features of at least `minDf` examples (and in `keep`, when given), each with its column. */
export function vocabulary(docs: readonly Example[], minDf: number, keep?: ReadonlySet<string>): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.feats) df.set(f, (df.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of df) if (n >= minDf && (!keep || keep.has(f))) index.set(f, index.size);
  return index;
}

/** L2 logistic regression, full-batch gradient descent with class-balanced weights. */
export function fitLogistic(docs: readonly Example[], { l2, epochs, minDf, keep }: FitOptions): LinearModel {
  const vocab = vocabulary(docs, minDf, keep);
  const rows = docs.map((d) => [...d.feats].map((f) => vocab.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(vocab.size);
  let b = 0;
  const pos = docs.filter((d) => d.y === 1).length;
  const cw = [docs.length / (2 * (docs.length - pos)), docs.length / (2 * pos)];
  const lr = 0.5;
  const n = docs.length;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const g = new Float64Array(vocab.size);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (const j of rows[i]!) z += w[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - docs[i]!.y) * cw[docs[i]!.y]!;
      gb += err;
      for (const j of rows[i]!) g[j]! += err;
    }
    for (let j = 0; j < w.length; j++) w[j]! -= (lr * (g[j]! + l2 * w[j]!)) / n;
    b -= (lr * gb) / n;
  }
  const out = new Map<string, number>();
  for (const [f, j] of vocab) if (w[j] !== 0) out.set(f, w[j]!);
  return { w: out, b };
}

/** The top `n` features by |weight|. */
export const largestWeights = (m: LinearModel, n: number): Set<string> =>
  new Set([...m.w].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, n).map(([f]) => f));

/** The bias plus the weights of the features present; `perFeature`: their mean instead (Naive Bayes on long pages). */
export function linearScore(m: LinearModel, feats: ReadonlySet<string>, perFeature = false): number {
  let z = 0;
  let n = 0;
  for (const f of feats) {
    const v = m.w.get(f);
    if (v !== undefined) {
      z += v;
      n++;
    }
  }
  return perFeature ? (n ? z / n : 0) : m.b + z;
}

/** The chance that a positive example scores above a negative one (ties count half). */
export function aucOf(scored: readonly { s: number; doc: Example }[]): number {
  const pos = scored.filter((x) => x.doc.y === 1).map((x) => x.s);
  const neg = scored.filter((x) => x.doc.y === 0).map((x) => x.s);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** The fold of `k` a group falls in (FNV-1a of its key): the same key, the same fold, in every run. */
export function foldOf(key: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % k;
}
