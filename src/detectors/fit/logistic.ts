/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares),
 * the one trainer behind every detector's fitting script (reuse, mt, boilerplate). The bias is
 * never penalised. With `standardize` (the default) the penalty acts on standardised features and
 * the returned weights are mapped back to the raw features, so a detector only computes
 * `sigmoid(bias + w · x)`; without it the penalty acts on the raw weights. Deterministic: the same
 * rows, labels and options always give the same model.
 *
 * Cost: O(iterations · n · d²) time (zero features are skipped), O(d²) memory.
 */

export interface LogisticModel {
  readonly weights: readonly number[];
  readonly bias: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (never on the bias). */
  readonly l2: number;
  /** Per-example weights (default 1). */
  readonly sampleWeights?: readonly number[];
  /** Newton steps at most (default 50); the fit stops earlier once a step moves no coefficient by {@link TOLERANCE}. */
  readonly iterations?: number;
  /** Penalise standardised rather than raw weights (default true). */
  readonly standardize?: boolean;
}

/** Largest coefficient change of a Newton step below which the fit has converged. */
const TOLERANCE = 1e-9;
/** Floor on an example's curvature p(1 − p), so saturated examples cannot make the Hessian singular. */
const MIN_CURVATURE = 1e-9;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solve A x = b (A symmetric positive definite, d × d) by Gauss–Jordan elimination with partial pivoting. */
function solve(A: readonly (readonly number[])[], b: readonly number[]): number[] {
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

/** Mean and standard deviation (1 where a feature is constant) of each column. */
function moments(X: readonly (readonly number[])[], d: number): { mean: number[]; sd: number[] } {
  const n = X.length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (row[j] as number) / n;
  for (const row of X) for (let j = 0; j < d; j++) sd[j] = (sd[j] as number) + ((row[j] as number) - (mean[j] as number)) ** 2 / n;
  return { mean, sd: sd.map((v) => Math.sqrt(v) || 1) };
}

/** Fit `P(y = 1 | x) = sigmoid(bias + w · x)`; labels are 1/0 or true/false. */
export function fitLogistic(X: readonly (readonly number[])[], y: readonly (number | boolean)[], options: FitOptions): LogisticModel {
  const n = X.length;
  const d = (X[0] ?? []).length;
  const { mean, sd } = options.standardize === false ? { mean: new Array<number>(d).fill(0), sd: new Array<number>(d).fill(1) } : moments(X, d);
  // column d is the constant 1 of the bias
  const Z = X.map((row) => [...row.map((v, j) => (v - (mean[j] as number)) / (sd[j] as number)), 1]);
  const sw = options.sampleWeights;
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < (options.iterations ?? 50); it++) {
    const g = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const z = Z[i] as number[];
      let s = 0;
      for (let j = 0; j <= d; j++) s += (beta[j] as number) * (z[j] as number);
      const p = sigmoid(s);
      const w = sw === undefined ? 1 : (sw[i] as number);
      const r = w * (p - Number(y[i]));
      const h = w * Math.max(p * (1 - p), MIN_CURVATURE);
      for (let j = 0; j <= d; j++) {
        const zj = z[j] as number;
        if (zj === 0) continue;
        g[j] = (g[j] as number) + r * zj;
        const Hj = H[j] as number[];
        for (let k = 0; k <= j; k++) Hj[k] = (Hj[k] as number) + h * zj * (z[k] as number);
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) (H[k] as number[])[j] = (H[j] as number[])[k] as number;
    for (let j = 0; j < d; j++) {
      g[j] = (g[j] as number) + options.l2 * (beta[j] as number);
      (H[j] as number[])[j] = ((H[j] as number[])[j] as number) + options.l2;
    }
    const step = solve(H, g);
    beta = beta.map((b, j) => b - (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < TOLERANCE) break;
  }
  const weights = beta.slice(0, d).map((b, j) => b / (sd[j] as number));
  const bias = (beta[d] as number) - weights.reduce((s, w, j) => s + w * (mean[j] as number), 0);
  return { weights, bias };
}

/** `sigmoid(bias + w · x)`. */
export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += (model.weights[j] as number) * (x[j] as number);
  return sigmoid(z);
}
