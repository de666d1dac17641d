/**
 * The accuracy gate: a committed floors file (per detector id × slice × metric, with a small
 * tolerance) that a run's metrics must meet. `updateFloors` ratchets floors up to what a run
 * achieves and refuses to lower one unless regressions are explicitly allowed.
 */
import semver from 'semver';
import { z } from 'zod';
import type { MetricsRow, Results } from '../contracts/results.ts';

export const FLOORS_SCHEMA_VERSION = 1;
/** Default slack below a floor before a run fails (figures are deterministic; this absorbs rounding). */
export const DEFAULT_TOLERANCE = 0.005;

/** Metrics a floor may name, as paths into a metrics row. */
export const GATE_METRICS = [
  'document.f1',
  'document.precision',
  'document.recall',
  'document.specificity',
  'document.accuracy',
  'document.rocAuc',
  'spans.chars.f1',
  'spans.lines.f1',
  'pan.plagdet',
  'drift.precision',
  'drift.recall',
  'keptText.f1',
  'snippets.removed',
  'snippets.kept',
] as const;
export type GateMetric = (typeof GATE_METRICS)[number];

export const Floor = z
  .object({ detector: z.string(), split: z.enum(['dev', 'test', 'all']), slice: z.string(), metric: z.enum(GATE_METRICS), min: z.number().min(0).max(1) })
  .strict();
export type Floor = z.infer<typeof Floor>;

export const Floors = z
  .object({ schemaVersion: z.literal(FLOORS_SCHEMA_VERSION), tolerance: z.number().min(0).max(0.2), floors: z.array(Floor) })
  .strict();
export type Floors = z.infer<typeof Floors>;

const idOf = (key: string) => key.slice(0, key.lastIndexOf('@'));

/**
 * The version of each detector id the gate guards: the newest in the run (semver), i.e. the one
 * that would ship. Older versions kept in the registry for comparison are not held to its floors.
 */
export function gatedKeys(results: Results): Map<string, string> {
  const newest = new Map<string, { key: string; version: string }>();
  for (const d of results.detectors) {
    const prior = newest.get(d.id);
    if (!prior || semver.gt(d.version, prior.version)) newest.set(d.id, { key: d.key, version: d.version });
  }
  return new Map([...newest].map(([id, v]) => [id, v.key]));
}

/** The value of a metric path in a row, or undefined when the row has no such figure. */
export function metricValue(row: MetricsRow, metric: GateMetric): number | null | undefined {
  let node: unknown = row;
  for (const k of metric.split('.')) node = (node as Record<string, unknown> | undefined)?.[k];
  return (node as { value: number | null } | undefined)?.value;
}

export interface GateFailure {
  floor: Floor;
  detector: string;
  value: number | null | undefined;
  reason: string;
}

/** Every floor checked against the newest version of its detector in the run. */
export function checkFloors(results: Results, floors: Floors): { failures: GateFailure[]; checked: number } {
  const failures: GateFailure[] = [];
  const gated = gatedKeys(results);
  let checked = 0;
  for (const floor of floors.floors) {
    if (floor.split !== results.run.split) continue;
    const key = gated.get(floor.detector);
    if (key !== undefined) {
      checked++;
      const row = results.metrics.find((m) => m.detector === key && m.slice === floor.slice);
      const value = row ? metricValue(row, floor.metric) : undefined;
      const where = `${key} ${floor.slice} ${floor.metric}`;
      if (value === undefined || value === null) failures.push({ floor, detector: key, value, reason: `${where}: no figure in this run (floor ${floor.min.toFixed(3)})` });
      else if (value < floor.min - floors.tolerance)
        failures.push({ floor, detector: key, value, reason: `${where} = ${value.toFixed(3)}, below the floor ${floor.min.toFixed(3)} (tolerance ${floors.tolerance})` });
    }
  }
  return { failures, checked };
}

/** The figures a new floor is set on, per task. */
const HEADLINE: Record<string, GateMetric[]> = {
  reuse: ['document.f1', 'pan.plagdet', 'drift.precision', 'drift.recall'],
  mt: ['document.f1', 'spans.chars.f1'],
  boilerplate: ['document.f1', 'spans.lines.f1', 'keptText.f1', 'snippets.removed', 'snippets.kept'],
};

/** Round down to 3 decimals, so a floor never sits above the figure it came from. */
const floorOf = (v: number) => Math.floor(v * 1000) / 1000;

/**
 * Raise every floor the run beats, add floors for headline figures that have none, and refuse to
 * lower a floor (returning the refusals) unless `allowRegression`. Only the newest version of
 * each detector id sets floors.
 */
export function updateFloors(results: Results, floors: Floors, allowRegression: boolean): { floors: Floors; refused: string[]; changed: string[] } {
  const next = new Map(floors.floors.map((f) => [`${f.detector}|${f.split}|${f.slice}|${f.metric}`, { ...f }]));
  const refused: string[] = [];
  const changed: string[] = [];
  const weakest = new Map<string, { floor: Floor; value: number }>();
  const gated = new Set(gatedKeys(results).values());
  for (const row of results.metrics) {
    if (!gated.has(row.detector)) continue;
    for (const metric of HEADLINE[row.task] ?? []) {
      const value = metricValue(row, metric);
      if (value === undefined || value === null) continue;
      const floor: Floor = { detector: idOf(row.detector), split: results.run.split, slice: row.slice, metric, min: floorOf(value) };
      const key = `${floor.detector}|${floor.split}|${floor.slice}|${floor.metric}`;
      const prior = weakest.get(key);
      if (!prior || value < prior.value) weakest.set(key, { floor, value });
    }
  }
  for (const [key, { floor, value }] of weakest) {
    const old = next.get(key);
    if (!old) {
      next.set(key, floor);
      changed.push(`new floor ${key.replaceAll('|', ' ')} = ${floor.min.toFixed(3)}`);
    } else if (floor.min > old.min) {
      changed.push(`raised ${key.replaceAll('|', ' ')}: ${old.min.toFixed(3)} → ${floor.min.toFixed(3)}`);
      old.min = floor.min;
    } else if (value < old.min - floors.tolerance) {
      if (allowRegression) {
        changed.push(`LOWERED ${key.replaceAll('|', ' ')}: ${old.min.toFixed(3)} → ${floor.min.toFixed(3)}`);
        old.min = floor.min;
      } else refused.push(`${key.replaceAll('|', ' ')}: ${value.toFixed(3)} is below the floor ${old.min.toFixed(3)}`);
    }
  }
  const sorted = [...next.values()].sort((a, b) =>
    `${a.detector}|${a.split}|${a.slice}|${a.metric}` < `${b.detector}|${b.split}|${b.slice}|${b.metric}` ? -1 : 1,
  );
  return { floors: { ...floors, floors: sorted }, refused, changed };
}
