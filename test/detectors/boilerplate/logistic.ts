/**
 * Weighted L2-regularised logistic regression fitted by Newton's method (iteratively
 * reweighted least squares), for the boilerplate refit script. Deterministic: the same rows,
 * labels and weights always give the same coefficients. The intercept (column 0) is not
 * penalised. Cost per iteration: O(rows × features²) plus a features³ Cholesky solve.
 */

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solve A x = b for a symmetric positive-definite A (Cholesky). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) s -= ((l[i] as number[])[k] as number) * ((l[j] as number[])[k] as number);
      if (i === j) (l[i] as number[])[i] = Math.sqrt(Math.max(s, 1e-12));
      else (l[i] as number[])[j] = s / ((l[j] as number[])[j] as number);
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= ((l[i] as number[])[k] as number) * (y[k] as number);
    y[i] = s / ((l[i] as number[])[i] as number);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < n; k++) s -= ((l[k] as number[])[i] as number) * (x[k] as number);
    x[i] = s / ((l[i] as number[])[i] as number);
  }
  return x;
}

export interface FitOptions {
  /** L2 penalty on every coefficient but the intercept. */
  lambda: number;
  iterations?: number;
}

/** Fit coefficients for rows `x` (column 0 is the constant 1), labels `y` and sample weights `w`. */
export function fitLogistic(x: readonly number[][], y: readonly number[], w: readonly number[], options: FitOptions): number[] {
  const d = (x[0] as number[]).length;
  let beta = new Array<number>(d).fill(0);
  const iterations = options.iterations ?? 25;
  for (let it = 0; it < iterations; it++) {
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const g = new Array<number>(d).fill(0);
    for (let r = 0; r < x.length; r++) {
      const row = x[r] as number[];
      let z = 0;
      for (let j = 0; j < d; j++) z += (beta[j] as number) * (row[j] as number);
      const p = sigmoid(z);
      const wr = w[r] as number;
      const err = wr * (p - (y[r] as number));
      const curv = wr * Math.max(p * (1 - p), 1e-6);
      for (let j = 0; j < d; j++) {
        const xj = row[j] as number;
        if (xj === 0) continue;
        g[j] = (g[j] as number) + err * xj;
        const hj = h[j] as number[];
        for (let k = 0; k <= j; k++) hj[k] = (hj[k] as number) + curv * xj * (row[k] as number);
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) (h[k] as number[])[j] = (h[j] as number[])[k] as number;
      if (j > 0) {
        (h[j] as number[])[j] = ((h[j] as number[])[j] as number) + options.lambda;
        g[j] = (g[j] as number) + options.lambda * (beta[j] as number);
      } else (h[0] as number[])[0] = ((h[0] as number[])[0] as number) + 1e-9;
    }
    const step = solve(h, g);
    beta = beta.map((b, j) => b - (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return beta;
}

export const predict = (beta: readonly number[], row: readonly number[]): number => {
  let z = 0;
  for (let j = 0; j < beta.length; j++) z += (beta[j] as number) * (row[j] as number);
  return sigmoid(z);
};
