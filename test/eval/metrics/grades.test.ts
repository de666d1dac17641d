import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitGradeCuts, gradeOf } from '../../../src/eval/metrics/grades.ts';

const right = (xs: readonly { score: number; rank: number }[], cuts: readonly (number | null)[]) => xs.filter((x) => gradeOf(x.score, cuts) === x.rank).length;

/** Every ascending choice of cut-points among the candidate values, by brute force (the oracle). */
function bruteBest(xs: readonly { score: number; rank: number }[], levels: number): number {
  const values = [...new Set(xs.map((x) => x.score))].sort((a, b) => a - b);
  const candidates: (number | null)[] = [0, ...values.slice(1).map((v, i) => (v + (values[i] as number)) / 2), null];
  let best = 0;
  const walk = (chosen: (number | null)[], from: number) => {
    if (chosen.length === levels - 1) {
      best = Math.max(best, right(xs, chosen));
      return;
    }
    for (let k = from; k < candidates.length; k++) walk([...chosen, candidates[k] as number | null], k);
  };
  walk([], 0);
  return best;
}

describe('ordinal grades', () => {
  it('grades a score by ascending cut-points; null is never reached', () => {
    expect(gradeOf(0.1, [0.3, 0.6, 0.9])).toBe(0);
    expect(gradeOf(0.3, [0.3, 0.6, 0.9])).toBe(1);
    expect(gradeOf(0.95, [0.3, 0.6, 0.9])).toBe(3);
    expect(gradeOf(1, [0.3, null, null])).toBe(1);
    expect(gradeOf(0, [0, 0.5])).toBe(1);
  });

  it('separates perfectly separable dev scores', () => {
    const dev = [
      { score: 0.05, rank: 0 },
      { score: 0.1, rank: 0 },
      { score: 0.4, rank: 1 },
      { score: 0.8, rank: 2 },
      { score: 0.99, rank: 3 },
    ];
    const cuts = fitGradeCuts(dev, 4);
    for (const [i, c] of [0.25, 0.6, 0.895].entries()) expect(cuts[i]).toBeCloseTo(c, 12);
    expect(right(dev, cuts)).toBe(dev.length);
  });

  it('fits cut-points as good as the best of all ascending choices, in ascending order', () => {
    const item = fc.record({ score: fc.integer({ min: 0, max: 20 }).map((k) => k / 20), rank: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 14 }), fc.integer({ min: 2, max: 4 }), (xs, levels) => {
        const dev = xs.map((x) => ({ ...x, rank: x.rank % levels }));
        const cuts = fitGradeCuts(dev, levels);
        expect(cuts).toHaveLength(levels - 1);
        const finite = cuts.filter((c): c is number => c !== null);
        expect([...finite].sort((a, b) => a - b)).toEqual(finite);
        expect(cuts.indexOf(null) === -1 || cuts.slice(cuts.indexOf(null)).every((c) => c === null)).toBe(true);
        expect(right(dev, cuts)).toBe(bruteBest(dev, levels));
      }),
      { numRuns: 300 },
    );
  });
});
