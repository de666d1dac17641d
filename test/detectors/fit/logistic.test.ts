import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLogistic, predict } from '../../../src/detectors/fit/logistic.ts';

/** Small problems: rows of d features, a label and a sample weight each, and an L2 penalty > 0 (a unique optimum). */
const problem = fc.integer({ min: 1, max: 4 }).chain((d) =>
  fc.record({
    rows: fc.array(
      fc.record({
        x: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: d, maxLength: d }),
        y: fc.boolean(),
        w: fc.double({ min: 0.25, max: 4, noNaN: true }),
      }),
      { minLength: 3, maxLength: 30 },
    ),
    l2: fc.double({ min: 0.1, max: 5, noNaN: true }),
  }),
);

/**
 * Fit the rows, then the gradient of the penalised weighted log-loss at that fit, per coefficient (weights, then
 * bias), in the coordinates the penalty acts on: raw features, or standardised ones.
 */
function gradientAtFit(rows: { x: number[]; y: boolean; w: number }[], l2: number, standardize: boolean): number[] {
  const model = fitLogistic(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
    { l2, sampleWeights: rows.map((r) => r.w), standardize },
  );
  const d = model.weights.length;
  const n = rows.length;
  const mean = Array.from({ length: d }, (_, j) => (standardize ? rows.reduce((s, r) => s + (r.x[j] as number), 0) / n : 0));
  const sd = Array.from({ length: d }, (_, j) => (standardize ? Math.sqrt(rows.reduce((s, r) => s + ((r.x[j] as number) - (mean[j] as number)) ** 2, 0) / n) || 1 : 1));
  const g = new Array<number>(d + 1).fill(0);
  for (const r of rows) {
    const e = r.w * (predict(model, r.x) - Number(r.y));
    for (let j = 0; j < d; j++) g[j] = (g[j] as number) + (e * ((r.x[j] as number) - (mean[j] as number))) / (sd[j] as number);
    g[d] = (g[d] as number) + e;
  }
  for (let j = 0; j < d; j++) g[j] = (g[j] as number) + l2 * (model.weights[j] as number) * (sd[j] as number);
  return g;
}

describe('fitLogistic', () => {
  it('reaches the optimum of the penalised loss: its gradient is zero, with and without standardising', () => {
    fc.assert(
      fc.property(problem, fc.boolean(), ({ rows, l2 }, standardize) => {
        for (const gj of gradientAtFit(rows, l2, standardize)) expect(Math.abs(gj)).toBeLessThan(1e-6);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('weighs an example by its sample weight: weight 2 is the example twice', () => {
    fc.assert(
      fc.property(problem, ({ rows, l2 }) => {
        const once = fitLogistic(
          rows.map((r) => r.x),
          rows.map((r) => r.y),
          { l2, sampleWeights: rows.map((_, i) => (i === 0 ? 2 : 1)), standardize: false },
        );
        const twice = fitLogistic([rows[0]?.x as number[], ...rows.map((r) => r.x)], [rows[0]?.y as boolean, ...rows.map((r) => r.y)], { l2, standardize: false });
        expect(once.bias).toBeCloseTo(twice.bias, 6);
        for (const [j, w] of once.weights.entries()) expect(w).toBeCloseTo(twice.weights[j] as number, 6);
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it('is deterministic and reads 1/0 labels as true/false', () => {
    const X = [
      [0, 1],
      [1, 0],
      [2, 2],
      [3, 1],
      [1, 3],
    ];
    const y = [false, false, true, true, false];
    const a = fitLogistic(X, y, { l2: 0.5 });
    expect(fitLogistic(X, y, { l2: 0.5 })).toEqual(a);
    expect(fitLogistic(X, y.map(Number), { l2: 0.5 })).toEqual(a);
    expect(predict(a, [3, 1])).toBeGreaterThan(predict(a, [0, 1]));
  });
});
