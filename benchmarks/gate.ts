/**
 * Speed gate: compare a benchmark run (`npm run bench -- --json run.json`) with the committed
 * baseline (`benchmarks/baseline.json`).
 *
 * Machines differ and are noisy, so absolute ops/s are never compared. Each kernel's throughput
 * is first normalised by its reference library measured in the same run (the `ratio` field:
 * rehash ops/s ÷ reference ops/s). A kernel regresses when its ratio fell by more than the
 * run-to-run spread measured in the samples: the relative spread of a ratio is taken from the
 * sample standard deviations of both of its measurements (√(cv_kernel² + cv_reference²),
 * cv = sd / mean), combined for the two runs being compared, and a drop counts only beyond
 * max(MIN_DROP, Z · that spread). (The standard error of the mean, rme, is far smaller than what
 * a second run on a loaded machine actually moves: it would flag noise.)
 *
 *   npm run bench:gate -- run.json                 compare with benchmarks/baseline.json
 *   npm run bench:gate -- run.json --baseline b.json
 *   npm run bench:gate -- run.json --update        make run.json the new baseline
 *
 * Exit code 1 with one line per regressed kernel; 2 on unusable input.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import pc from 'picocolors';

/** Smallest drop of a normalised throughput ever called a regression (full runs wobble this much here). */
export const MIN_DROP = 0.25;
/** Combined sample spreads a drop must exceed. */
export const Z = 1;
/**
 * Smallest drop called a regression when a quick smoke run is compared with a full baseline (or
 * the reverse): the two methods (1 round vs best of 3) differ systematically by up to ~40% on a
 * loaded machine, so a short gate only catches gross slowdowns, such as a kernel doing its work
 * twice or more. Compare full runs for finer regressions.
 */
export const MIN_DROP_MIXED_MODES = 0.5;

export const DEFAULT_BASELINE = fileURLToPath(new URL('./baseline.json', import.meta.url));

/** The fields of a benchmark entry the gate reads (see the JSON shape in run.ts). */
export interface BenchEntry {
  id: string;
  role: string;
  ratio: number | null;
  opsPerSec: number;
  opsPerSecSd: number;
  referenceOpsPerSec: number | null;
  referenceSd: number | null;
}

export interface BenchRun {
  schema: string;
  env: Record<string, unknown>;
  entries: BenchEntry[];
}

export interface GateRow {
  id: string;
  baseline: number;
  current: number;
  /** 1 − current / baseline (positive: slower relative to the reference). */
  drop: number;
  /** The drop beyond which this kernel counts as regressed. */
  tolerance: number;
  regressed: boolean;
}

/** Relative spread of a ratio measured once, from the sample spreads of its two figures. */
const ratioSpread = (e: BenchEntry): number =>
  Math.hypot(e.opsPerSecSd / e.opsPerSec, e.referenceOpsPerSec && e.referenceSd !== null ? e.referenceSd / e.referenceOpsPerSec : 0);

/** Every kernel entry with a ratio in both runs, judged by the rule above. */
export function compareBench(baseline: BenchRun, current: BenchRun): { rows: GateRow[]; missing: string[] } {
  const floor = Boolean(baseline.env.quick) === Boolean(current.env.quick) ? MIN_DROP : MIN_DROP_MIXED_MODES;
  const base = new Map(baseline.entries.filter((e) => e.role === 'kernel' && e.ratio !== null).map((e) => [e.id, e]));
  const rows: GateRow[] = [];
  const missing: string[] = [];
  for (const [id, b] of base) {
    const c = current.entries.find((e) => e.id === id);
    if (!c || c.ratio === null) {
      missing.push(id);
      continue;
    }
    const drop = 1 - c.ratio / (b.ratio as number);
    const tolerance = Math.max(floor, Z * Math.hypot(ratioSpread(b), ratioSpread(c)));
    rows.push({ id, baseline: b.ratio as number, current: c.ratio, drop, tolerance, regressed: drop > tolerance });
  }
  return { rows, missing };
}

function readRun(path: string): BenchRun {
  const run = JSON.parse(readFileSync(path, 'utf8')) as BenchRun;
  if (typeof run.schema !== 'string' || !run.schema.startsWith('rehash-kernel-bench/') || !Array.isArray(run.entries))
    throw new Error(`${path} is not a rehash benchmark JSON (npm run bench -- --json <file>)`);
  return run;
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { baseline: { type: 'string' }, update: { type: 'boolean' } } });
  const [input] = positionals;
  const baselinePath = values.baseline ?? DEFAULT_BASELINE;
  if (!input) throw new Error('usage: npm run bench:gate -- <run.json> [--baseline <file>] [--update]');
  const current = readRun(input);
  if (values.update) {
    copyFileSync(input, baselinePath);
    process.stdout.write(`baseline updated: ${baselinePath} now holds ${input}\n`);
    return;
  }
  const { rows, missing } = compareBench(readRun(baselinePath), current);
  const table = new Table({ head: ['kernel', 'baseline ratio', 'current ratio', 'drop', 'tolerance', ''], style: { head: [], border: [] } });
  for (const r of rows)
    table.push([r.id, r.baseline.toFixed(2), r.current.toFixed(2), `${(100 * r.drop).toFixed(1)}%`, `${(100 * r.tolerance).toFixed(1)}%`, r.regressed ? pc.red('REGRESSED') : pc.green('ok')]);
  process.stdout.write(`${table.toString()}\n`);
  for (const id of missing) process.stdout.write(`note: ${id} is in the baseline but not in this run\n`);
  const regressed = rows.filter((r) => r.regressed);
  for (const r of regressed)
    process.stdout.write(`REGRESSION ${r.id}: ratio to its reference ${r.baseline.toFixed(2)} → ${r.current.toFixed(2)} (−${(100 * r.drop).toFixed(1)}%, tolerance ${(100 * r.tolerance).toFixed(1)}%)\n`);
  process.stdout.write(`speed gate: ${rows.length - regressed.length} of ${rows.length} kernel(s) within tolerance\n`);
  if (regressed.length > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`bench:gate: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
