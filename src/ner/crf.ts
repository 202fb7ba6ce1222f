/**
 * Training of the linear-chain model as a CRF (Lafferty et al. 2001): conditional log-likelihood
 * with an L2 penalty, optimised by stochastic gradient descent in the form of Bottou's `crfsgd`
 * (learning rate η_t = η0 / (1 + λ·η0·t), the L2 decay applied to a global scale factor so that an
 * update only touches the rows of the sentence's features), with iterate averaging over the last
 * epochs (ASGD) when asked. Forward-backward runs in log space over the BIO-constrained transitions,
 * so the model is trained under the same constraints Viterbi decodes with.
 *
 * Same interface as the perceptron (train.ts): interned training sentences in, `ModelWeights` out.
 */
import { ALLOWED, NUM_LABELS } from './labels.ts';
import type { ModelWeights } from './model.ts';
import { rng } from '../random.ts';
import { internFeatures, shuffle, sumRows, type TrainingSentence } from './train.ts';

export interface CrfOptions {
  readonly epochs: number;
  readonly seed: number;
  /** L2 strength per training token (λ = c / tokens); default 1. */
  readonly c?: number;
  /** Initial learning rate (default 0.1). */
  readonly eta0?: number;
  /** Average the iterates from this epoch on (1-based; default: no averaging). */
  readonly averageFrom?: number;
  readonly minCount?: number;
  readonly onEpoch?: (epoch: number, weights: ModelWeights, loss: number) => void;
}

const NEG = -1e30;

function logSumExp(xs: Float64Array, from: number, n: number): number {
  let m = NEG;
  for (let k = 0; k < n; k++) if (xs[from + k]! > m) m = xs[from + k]!;
  if (m <= NEG) return NEG;
  let s = 0;
  for (let k = 0; k < n; k++) s += Math.exp(xs[from + k]! - m);
  return m + Math.log(s);
}

export function trainCrf(data: readonly TrainingSentence[], opts: CrfOptions): ModelWeights {
  const L = NUM_LABELS;
  const { keys, rows } = internFeatures(data, opts.minCount ?? 1);
  const R = keys.length;
  const tokens = data.reduce((a, s) => a + s.gold.length, 0);
  const lambda = (opts.c ?? 1) / Math.max(1, tokens);
  const eta0 = opts.eta0 ?? 0.1;
  const W = new Float64Array(R * L); // stored weights; true weights = scale · W
  const T = new Float64Array((L + 1) * L); // transitions, unscaled (few, dense; decayed directly)
  let scale = 1;
  // averaging: A accumulates true weights (lazily through the same trick is costly; we average per epoch)
  const avgFrom = opts.averageFrom ?? Infinity;
  let avgW: Float64Array | null = null;
  let avgT: Float64Array | null = null;
  let avgN = 0;

  const maxN = data.reduce((m, s) => Math.max(m, s.gold.length), 0);
  const emit = new Float64Array(maxN * L);
  const alpha = new Float64Array(maxN * L);
  const beta = new Float64Array(maxN * L);
  const tmp = new Float64Array(L);
  const marg = new Float64Array(maxN * L);
  const gT = new Float64Array((L + 1) * L);
  const transMask = new Float64Array((L + 1) * L);
  for (let i = 0; i < transMask.length; i++) transMask[i] = ALLOWED[i] ? 0 : NEG;

  const random = rng(opts.seed);
  const order = data.map((_, i) => i);
  let t = 0;

  const snapshot = (): ModelWeights => {
    const w = new Float32Array(R * L);
    const tr = new Float32Array((L + 1) * L);
    if (avgW && avgT && avgN > 0) {
      for (let i = 0; i < w.length; i++) w[i] = avgW[i]! / avgN;
      for (let i = 0; i < tr.length; i++) tr[i] = avgT[i]! / avgN;
    } else {
      for (let i = 0; i < w.length; i++) w[i] = W[i]! * scale;
      for (let i = 0; i < tr.length; i++) tr[i] = T[i]!;
    }
    return { keys: Uint32Array.from(keys), weights: w, transitions: tr };
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    let loss = 0;
    for (const si of order) {
      const gold = data[si]!.gold;
      const n = gold.length;
      if (n === 0) continue;
      const { rows: rr, offs } = rows[si]!;
      const eta = eta0 / (1 + lambda * eta0 * t);
      t++;
      // emissions (true weights)
      sumRows(W, rr, offs, n, emit, scale);
      // forward
      for (let c = 0; c < L; c++) alpha[c] = emit[c]! + T[L * L + c]! + transMask[L * L + c]!;
      for (let i = 1; i < n; i++) {
        for (let c = 0; c < L; c++) {
          for (let p = 0; p < L; p++) tmp[p] = alpha[(i - 1) * L + p]! + T[p * L + c]! + transMask[p * L + c]!;
          alpha[i * L + c] = logSumExp(tmp, 0, L) + emit[i * L + c]!;
        }
      }
      const logZ = logSumExp(alpha, (n - 1) * L, L);
      // backward
      for (let c = 0; c < L; c++) beta[(n - 1) * L + c] = 0;
      for (let i = n - 2; i >= 0; i--) {
        for (let p = 0; p < L; p++) {
          for (let c = 0; c < L; c++) tmp[c] = T[p * L + c]! + transMask[p * L + c]! + emit[(i + 1) * L + c]! + beta[(i + 1) * L + c]!;
          beta[i * L + p] = logSumExp(tmp, 0, L);
        }
      }
      // gold score → loss
      let goldScore = emit[gold[0]!]! + T[L * L + gold[0]!]!;
      for (let i = 1; i < n; i++) goldScore += emit[i * L + gold[i]!]! + T[gold[i - 1]! * L + gold[i]!]!;
      loss += logZ - goldScore;
      // transition gradient (marginal − gold), computed before any weight changes
      gT.fill(0);
      for (let c = 0; c < L; c++) gT[L * L + c] = Math.exp(alpha[c]! + beta[c]! - logZ);
      gT[L * L + gold[0]!]! -= 1;
      for (let i = 1; i < n; i++) {
        for (let p = 0; p < L; p++) {
          const ap = alpha[(i - 1) * L + p]!;
          if (ap <= NEG / 2) continue;
          for (let c = 0; c < L; c++) {
            if (!ALLOWED[p * L + c]) continue;
            gT[p * L + c]! += Math.exp(ap + T[p * L + c]! + emit[i * L + c]! + beta[i * L + c]! - logZ);
          }
        }
        gT[gold[i - 1]! * L + gold[i]!]! -= 1;
      }
      // L2 decay (on the scale for emissions, directly on the transitions)
      const decay = 1 - eta * lambda;
      scale *= decay;
      for (let k = 0; k < T.length; k++) T[k] = T[k]! * decay - eta * gT[k]!;
      if (scale < 1e-9) {
        for (let k = 0; k < W.length; k++) W[k]! *= scale;
        scale = 1;
      }
      // emission gradient: (marginal − gold) · η, stored as /scale
      for (let i = 0; i < n; i++) {
        const b = i * L;
        for (let l = 0; l < L; l++) marg[b + l] = Math.exp(alpha[b + l]! + beta[b + l]! - logZ);
        marg[b + gold[i]!]! -= 1;
        for (let f = offs[i]!; f < offs[i + 1]!; f++) {
          const wb = rr[f]! * L;
          for (let l = 0; l < L; l++) {
            const g = marg[b + l]!;
            if (g > 1e-12 || g < -1e-12) W[wb + l]! -= (eta * g) / scale;
          }
        }
      }
    }
    if (epoch >= avgFrom) {
      avgW ??= new Float64Array(R * L);
      avgT ??= new Float64Array((L + 1) * L);
      for (let k = 0; k < W.length; k++) avgW[k]! += W[k]! * scale;
      for (let k = 0; k < T.length; k++) avgT[k]! += T[k]!;
      avgN++;
    }
    opts.onEpoch?.(epoch, snapshot(), loss);
  }
  return snapshot();
}
