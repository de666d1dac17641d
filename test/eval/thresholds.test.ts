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
    expect(t).toEqual({ detector: 'd', value: null, source: 'detector', objective: 'balanced', devCases: 20 });
    expect(decide(r(false, 0.95), t)).toBe(true);
  });

  it('maximises F1 when classes overlap', () => {
    const dev = [r(false, 0.1), r(false, 0.2), r(true, 0.3), r(false, 0.4), r(true, 0.5), r(true, 0.6), r(false, 0.7), r(true, 0.8), r(true, 0.9), r(false, 0.05)];
    // threshold 0.25: tp 5, fp 2, fn 0 → F1 = 10/12, the best achievable here
    expect(fitThreshold('d', dev, 'f1').value).toBeCloseTo(0.25);
    // balanced accuracy: 0.25 gives TPR 1, TNR 3/5 → J = 0.6; 0.45 gives TPR 4/5, TNR 4/5 → J = 0.6
    // too; ties go to the higher threshold
    expect(fitThreshold('d', dev, 'balanced').value).toBeCloseTo(0.45);
  });

  it('does not call everything positive on a positive-heavy dev set (balanced objective)', () => {
    // 20 positives, 5 negatives; the detector separates half the positives cleanly
    const dev = [
      ...Array.from({ length: 10 }, (_, i) => r(true, 0.8 + i / 100)),
      ...Array.from({ length: 10 }, (_, i) => r(true, 0.1 + i / 100)),
      ...Array.from({ length: 5 }, (_, i) => r(false, 0.1 + i / 50 + 0.005)),
    ];
    expect(fitThreshold('d', dev, 'f1').value).toBeLessThanOrEqual(0.1);
    // best J: between the top negative (0.185) and the next positive (0.19)
    expect(fitThreshold('d', dev, 'balanced').value).toBeCloseTo(0.1875);
  });
});
