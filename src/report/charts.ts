/**
 * Charts for the HTML report, drawn with Vega-Lite and rendered to static SVG at report time,
 * so the report needs no script at all: per-slice metric bars with 95% CI whiskers, precision–
 * recall curves, and accuracy against speed per detector. Labels coming from corpora are made
 * inert before they reach the chart. Only renders results.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { CaseResult, MetricsRow, Results } from '../contracts/results.ts';
import { type PrPoint, precisionRecallCurve } from '../eval/metrics/prCurve.ts';
import { reportedCases } from '../eval/reported.ts';
import { terminalSafe } from './sanitize.ts';

const WIDTH = 560;

async function svg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  return view.toSVG();
}

/** F1 (or the task's span F1) per slice and detector, with interval whiskers. */
export function metricBarsSpec(rows: readonly MetricsRow[], metric: 'f1' | 'spanF1'): TopLevelSpec | undefined {
  const values = rows
    .map((r) => {
      const e = metric === 'f1' ? r.document.f1 : (r.spans?.lines?.f1 ?? r.spans?.chars.f1);
      return e && e.value !== null ? { slice: terminalSafe(r.slice), detector: terminalSafe(r.detector), v: e.value, lo: e.lo ?? e.value, hi: e.hi ?? e.value } : undefined;
    })
    .filter((x) => x !== undefined);
  if (values.length === 0) return undefined;
  const y = { field: 'slice', type: 'nominal' as const, title: null };
  const yOffset = { field: 'detector', type: 'nominal' as const };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: metric === 'f1' ? 'Document F1 with 95% CI' : 'Span F1 with 95% CI',
    width: WIDTH - 260,
    data: { values },
    layer: [
      {
        mark: { type: 'bar', opacity: 0.75 },
        encoding: { y, yOffset, x: { field: 'v', type: 'quantitative', scale: { domain: [0, 1] }, title: null }, color: { field: 'detector', type: 'nominal', legend: { orient: 'bottom', columns: 1, title: null } } },
      },
      { mark: { type: 'rule', strokeWidth: 1.5 }, encoding: { y, yOffset, x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } },
    ],
  } as TopLevelSpec;
}

/** Precision–recall points of one detector's cases (thresholds swept over distinct scores). */
export function prCurve(cases: readonly CaseResult[]): PrPoint[] {
  return precisionRecallCurve(cases.filter((c) => c.prediction !== undefined).map((c) => ({ gold: c.label, score: c.prediction?.score as number })));
}

/**
 * Precision–recall curves of a task's detectors over the reported cases; `curves` gives them
 * per detector key when the results hold only some of their cases (a run too big for memory).
 */
export function prCurveSpec(results: Results, task: string, curves?: ReadonlyMap<string, readonly PrPoint[]>): TopLevelSpec | undefined {
  const reported = curves ? [] : reportedCases(results);
  const values = results.detectors
    .filter((d) => d.task === task)
    .flatMap((d) => (curves ? (curves.get(d.key) ?? []) : prCurve(reported.filter((c) => c.detector === d.key))).map((p) => ({ ...p, detector: terminalSafe(d.key) })));
  if (values.length === 0) return undefined;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: 'Precision–recall (all slices of the task)',
    width: WIDTH - 160,
    height: 260,
    data: { values },
    mark: { type: 'line', point: false, interpolate: 'step-after' },
    encoding: {
      x: { field: 'recall', type: 'quantitative', scale: { domain: [0, 1] } },
      y: { field: 'precision', type: 'quantitative', scale: { domain: [0, 1] } },
      color: { field: 'detector', type: 'nominal' },
    },
  } as TopLevelSpec;
}

export function speedSpec(results: Results): TopLevelSpec | undefined {
  const values = results.timing
    .map((t) => {
      const row = results.metrics.find((m) => m.detector === t.detector && m.slice === '*');
      const f1 = row?.document.f1.value;
      return f1 === null || f1 === undefined || t.casesPerSecond <= 0 ? undefined : { detector: terminalSafe(t.detector), f1, speed: t.casesPerSecond, task: row?.task };
    })
    .filter((x) => x !== undefined);
  if (values.length === 0) return undefined;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: 'Accuracy against speed (F1 over all slices vs cases per second)',
    width: WIDTH - 160,
    height: 240,
    data: { values },
    layer: [
      { mark: { type: 'point', filled: true, size: 80 }, encoding: { x: { field: 'speed', type: 'quantitative', scale: { type: 'log' }, title: 'cases/s (log)' }, y: { field: 'f1', type: 'quantitative', scale: { domain: [0, 1] }, title: 'F1' }, color: { field: 'task', type: 'nominal' } } },
      { mark: { type: 'text', dx: 6, align: 'left', fontSize: 9 }, encoding: { x: { field: 'speed', type: 'quantitative' }, y: { field: 'f1', type: 'quantitative' }, text: { field: 'detector' } } },
    ],
  } as TopLevelSpec;
}

/** Render a spec to an SVG string, or '' when there is nothing to draw. */
export async function renderChart(spec: TopLevelSpec | undefined): Promise<string> {
  return spec ? svg(spec) : '';
}
