import { describe, expect, it } from 'vitest';
import { panCounts, panMeasures, plagdet } from '../../../src/eval/metrics/pan.ts';

describe('PAN measures', () => {
  // published values are given to 8 decimals (truncated), so compare to 7
  it('matches the published plagdet test values', () => {
    expect(plagdet(1, 1, 2)).toBeCloseTo(0.63092975, 8);
    expect(plagdet(0.25, 0.75, 2)).toBeCloseTo(0.23659865, 7);
    expect(plagdet(0.5, 1, 1)).toBeCloseTo(2 / 3, 12);
    expect(plagdet(0, 0, 1)).toBe(0);
  });

  it('scores a perfect detection as precision = recall = granularity = 1', () => {
    const s = { source: { start: 0, end: 10 }, candidate: { start: 5, end: 15 } };
    const m = panMeasures(panCounts([s], [s]));
    expect(m).toEqual({ precision: 1, recall: 1, granularity: 1 });
  });

  it('splits one passage into two detections: full recall, granularity 2', () => {
    const gold = { source: { start: 0, end: 10 }, candidate: { start: 0, end: 10 } };
    const halves = [
      { source: { start: 0, end: 5 }, candidate: { start: 0, end: 5 } },
      { source: { start: 5, end: 10 }, candidate: { start: 5, end: 10 } },
    ];
    const m = panMeasures(panCounts([gold], halves));
    expect(m).toEqual({ precision: 1, recall: 1, granularity: 2 });
    expect(plagdet(m.precision ?? 0, m.recall ?? 0, m.granularity ?? 1)).toBeCloseTo(0.63092975, 8);
  });

  it('counts half-overlapping detections and misses', () => {
    const gold = { source: { start: 0, end: 10 }, candidate: { start: 0, end: 10 } };
    const det = { source: { start: 5, end: 15 }, candidate: { start: 5, end: 15 } };
    const m = panMeasures(panCounts([gold], [det]));
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(0.5);
    // a detection overlapping in only one document does not detect the passage
    const oneSided = { source: { start: 0, end: 10 }, candidate: { start: 50, end: 60 } };
    expect(panMeasures(panCounts([gold], [oneSided]))).toEqual({ precision: 0, recall: 0, granularity: null });
  });
});
