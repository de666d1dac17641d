/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares)
 * for the fitting script. Features are standardised internally and the returned weights act on
 * the raw features, so the detector computes `sigmoid(bias + w · x)`. Deterministic.
 * Cost: O(iterations · n · d²) time, O(d²) memory (d ≈ 20).
 */

export interface LogisticFit {
  readonly weights: number[];
  readonly bias: number;
}

export interface FitOptions {
  /** L2 penalty on the standardised weights (never on the bias). */
  readonly l2: number;
  /** Per-example weights (default 1). */
  readonly sampleWeights?: readonly number[];
  readonly iterations?: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solve A x = b for a symmetric positive-definite A by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((M[r] as number[])[c] as number) > Math.abs((M[p] as number[])[c] as number)) p = r;
    [M[c], M[p]] = [M[p] as number[], M[c] as number[]];
    const pivot = (M[c] as number[])[c] as number;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((M[r] as number[])[c] as number) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (M[r] as number[])[k] = ((M[r] as number[])[k] as number) - f * ((M[c] as number[])[k] as number);
    }
  }
  return M.map((row, i) => (row[n] as number) / (row[i] as number));
}

export function fitLogistic(X: readonly (readonly number[])[], y: readonly boolean[], options: FitOptions): LogisticFit {
  const n = X.length;
  const d = (X[0] ?? []).length;
  const mean = new Array(d).fill(0);
  const sd = new Array(d).fill(0);
  for (const row of X)
    row.forEach((v, j) => {
      mean[j] += v / n;
    });
  for (const row of X)
    row.forEach((v, j) => {
      sd[j] += (v - mean[j]) ** 2 / n;
    });
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]) || 1;
  const Z = X.map((row) => [1, ...row.map((v, j) => (v - mean[j]) / sd[j])]);
  const sw = options.sampleWeights ?? new Array(n).fill(1);
  let beta = new Array(d + 1).fill(0);
  for (let it = 0; it < (options.iterations ?? 50); it++) {
    const H = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    const g = new Array(d + 1).fill(0);
    for (let i = 0; i < n; i++) {
      const z = Z[i] as number[];
      const p = sigmoid(z.reduce((s, v, j) => s + v * (beta[j] as number), 0));
      const w = (sw[i] as number) * Math.max(p * (1 - p), 1e-9);
      const r = (sw[i] as number) * ((y[i] ? 1 : 0) - p);
      for (let a = 0; a <= d; a++) {
        g[a] += r * (z[a] as number);
        for (let b = 0; b <= d; b++) (H[a] as number[])[b] += w * (z[a] as number) * (z[b] as number);
      }
    }
    for (let a = 1; a <= d; a++) {
      g[a] -= options.l2 * (beta[a] as number);
      (H[a] as number[])[a] += options.l2;
    }
    const step = solve(H, g);
    beta = beta.map((b, j) => b + (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const weights = beta.slice(1).map((b, j) => b / sd[j]);
  const bias = (beta[0] as number) - weights.reduce((s, w, j) => s + w * mean[j], 0);
  return { weights, bias };
}
