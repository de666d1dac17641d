import { describe, expect, it } from 'vitest';
import type { MetricsRow, Results } from '../../src/contracts/results.ts';
import { checkFloors, type Floors, updateFloors } from '../../src/eval/gate.ts';

const est = (value: number | null) => ({ value, lo: null, hi: null });
const row = (detector: string, slice: string, f1: number): MetricsRow => ({
  detector,
  task: 'boilerplate',
  slice,
  split: 'test',
  cases: 100,
  positives: 50,
  errors: 0,
  threshold: 0.5,
  document: { confusion: { tp: 0, fp: 0, tn: 0, fn: 0 }, precision: est(f1), recall: est(f1), f1: est(f1), accuracy: est(f1), specificity: est(f1), rocAuc: est(f1), prAuc: est(f1) },
  spans: { chars: { precision: est(f1), recall: est(f1), f1: est(f1) }, byType: {}, lines: { precision: est(f1), recall: est(f1), f1: est(f1 - 0.1) } },
  warnings: [],
});
const results = (rows: MetricsRow[]): Results =>
  ({
    run: { split: 'test' },
    detectors: [...new Set(rows.map((r) => r.detector))].map((key) => ({ key, id: key.split('@')[0], version: key.split('@')[1] })),
    metrics: rows,
  }) as unknown as Results;
const empty: Floors = { schemaVersion: 1, tolerance: 0.005, floors: [] };

describe('accuracy gate', () => {
  it('adds floors from a run, which the same run then passes', () => {
    const r = results([row('bp@1.0.0', '*', 0.9123), row('bp@1.0.0', 'bp/ads', 0.95)]);
    const { floors, refused } = updateFloors(r, empty, false);
    expect(refused).toEqual([]);
    expect(floors.floors.map((f) => `${f.slice} ${f.metric} ${f.min}`)).toEqual([
      '* document.f1 0.912',
      '* spans.lines.f1 0.812',
      'bp/ads document.f1 0.95',
      'bp/ads spans.lines.f1 0.85',
    ]);
    expect(checkFloors(r, floors).failures).toEqual([]);
  });

  it('fails a worse newest version with one line per floor, and tolerates tiny drops', () => {
    const floors = updateFloors(results([row('bp@1.0.0', 'bp/ads', 0.95)]), empty, false).floors;
    const worse = results([row('bp@1.0.0', 'bp/ads', 0.95), row('bp@1.1.0', 'bp/ads', 0.7)]);
    const { failures, checked } = checkFloors(worse, floors);
    expect(checked).toBe(2);
    expect(failures.map((f) => f.reason)).toEqual([
      'bp@1.1.0 bp/ads document.f1 = 0.700, below the floor 0.950 (tolerance 0.005)',
      'bp@1.1.0 bp/ads spans.lines.f1 = 0.600, below the floor 0.850 (tolerance 0.005)',
    ]);
    expect(checkFloors(results([row('bp@1.0.1', 'bp/ads', 0.947)]), floors).failures).toEqual([]);
  });

  it('ratchets up, refuses to lower without permission', () => {
    const floors = updateFloors(results([row('bp@1.0.0', 'bp/ads', 0.9)]), empty, false).floors;
    expect(updateFloors(results([row('bp@1.1.0', 'bp/ads', 0.93)]), floors, false).floors.floors[0]?.min).toBe(0.93);
    const lower = updateFloors(results([row('bp@1.1.0', 'bp/ads', 0.8)]), floors, false);
    expect(lower.refused).toHaveLength(2);
    expect(lower.floors.floors[0]?.min).toBe(0.9);
    expect(updateFloors(results([row('bp@1.1.0', 'bp/ads', 0.8)]), floors, true).floors.floors[0]?.min).toBe(0.8);
  });

  it('reports a floor with no figure in the run as a failure', () => {
    const floors: Floors = { ...empty, floors: [{ detector: 'bp', split: 'test', slice: 'bp/gone', metric: 'document.f1', min: 0.5 }] };
    expect(checkFloors(results([row('bp@1.0.0', '*', 0.9)]), floors).failures[0]?.reason).toBe('bp@1.0.0 bp/gone document.f1: no figure in this run (floor 0.500)');
  });
});
