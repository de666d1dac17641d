/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares),
 * for the fitting scripts: features are standardised internally and the returned weights act on
 * the raw features, so the detector only computes `sigmoid(w · x + b)`. Deterministic.
 *
 * Cost: O(iterations · n · d²) time, O(d²) memory; d is small (≤ 40).
 */

export interface LogisticModel {
  readonly weights: readonly number[];
  readonly bias: number;
}

export interface FitOptions {
  /** L2 penalty on the standardised weights (not on the bias). */
  readonly l2?: number;
  readonly iterations?: number;
  /** Per-example weights (default 1). */
  readonly sampleWeights?: readonly number[];
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solve A x = b (A symmetric positive definite, d × d) by Gaussian elimination with pivoting. */
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

/** Fit `P(y = 1 | x) = sigmoid(w · x + b)`. */
export function fitLogistic(X: readonly (readonly number[])[], y: readonly number[], options: FitOptions = {}): LogisticModel {
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 30;
  const n = X.length;
  const d = (X[0] ?? []).length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const row of X)
    row.forEach((v, j) => {
      mean[j] = (mean[j] as number) + v / n;
    });
  for (const row of X)
    row.forEach((v, j) => {
      sd[j] = (sd[j] as number) + (v - (mean[j] as number)) ** 2 / n;
    });
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j] as number) || 1;
  const Z = X.map((row) => [...row.map((v, j) => (v - (mean[j] as number)) / (sd[j] as number)), 1]);
  const sw = options.sampleWeights ?? new Array<number>(n).fill(1);
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const z = Z[i] as number[];
      let s = 0;
      for (let j = 0; j <= d; j++) s += (beta[j] as number) * (z[j] as number);
      const p = sigmoid(s);
      const w = sw[i] as number;
      const r = w * (p - (y[i] as number));
      const h = w * p * (1 - p);
      for (let j = 0; j <= d; j++) {
        g[j] = (g[j] as number) + r * (z[j] as number);
        const Hj = H[j] as number[];
        for (let k = 0; k <= j; k++) Hj[k] = (Hj[k] as number) + h * (z[j] as number) * (z[k] as number);
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) (H[k] as number[])[j] = (H[j] as number[])[k] as number;
    for (let j = 0; j < d; j++) {
      g[j] = (g[j] as number) + l2 * (beta[j] as number);
      (H[j] as number[])[j] = ((H[j] as number[])[j] as number) + l2;
    }
    const step = solve(H, g);
    beta = beta.map((b, j) => b - (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  const weights = beta.slice(0, d).map((b, j) => b / (sd[j] as number));
  const bias = (beta[d] as number) - weights.reduce((s, w, j) => s + w * (mean[j] as number), 0);
  return { weights, bias };
}

/** `sigmoid(w · x + b)`. */
export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += (model.weights[j] as number) * (x[j] as number);
  return sigmoid(z);
}
