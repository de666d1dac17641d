import { describe, expect, it } from 'vitest';
import type { CaseResult } from '../../src/contracts/results.ts';
import { decide, fitThreshold } from '../../src/eval/thresholds.ts';

const r = (label: boolean, score: number): CaseResult => ({
  id: `${label}-${score}`,
  task: 'reuse',
  slice: 's',
  split: 'dev',
  label,
  detector: 'd@1.0.0',
  prediction: { score, label: score > 0.9 },
});

describe('fitThreshold', () => {
  it('places the threshold between the classes when they separate', () => {
    const dev = [0.1, 0.2, 0.3, 0.35, 0.4].map((s) => r(false, s)).concat([0.6, 0.7, 0.8, 0.9, 0.95].map((s) => r(true, s)));
    const t = fitThreshold('d@1.0.0', dev);
    expect(t.source).toBe('dev');
    expect(t.value).toBeCloseTo(0.5);
    expect(dev.every((c) => decide(c, t) === c.label)).toBe(true);
  });

  it("falls back to the detector's labels without enough dev cases or with one class", () => {
    expect(fitThreshold('d', [r(true, 0.5)]).source).toBe('detector');
    const oneClass = Array.from({ length: 20 }, (_, i) => r(true, i / 20));
    const t = fitThreshold('d', oneClass);
    expect(t).toEqual({ detector: 'd', value: null, source: 'detector', devCases: 20 });
    expect(decide(r(false, 0.95), t)).toBe(true);
  });

  it('maximises F1 when classes overlap', () => {
    const dev = [r(false, 0.1), r(false, 0.2), r(true, 0.3), r(false, 0.4), r(true, 0.5), r(true, 0.6), r(false, 0.7), r(true, 0.8), r(true, 0.9), r(false, 0.05)];
    const t = fitThreshold('d', dev);
    // threshold 0.25: tp 5, fp 2, fn 0 → F1 = 10/12, the best achievable here
    expect(t.value).toBeCloseTo(0.25);
  });
});
