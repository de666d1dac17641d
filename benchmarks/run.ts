/**
 * Kernel benchmarks: every kernel at ~60, ~600 and ~6,000 characters of seeded English-like text
 * (`text.ts`), beside its reference in the same run, with tinybench.
 *
 *   npm run bench                       full run (≈ 2–3 minutes), table on stdout
 *   npm run bench -- --quick            CI smoke run (a few seconds, noisy figures)
 *   npm run bench -- --json out.json    also write every figure as JSON
 *   npm run bench -- --filter dice      only groups whose name contains "dice"
 *   npm run bench -- --clock wall       time by the wall clock instead of this process's CPU time
 *
 * Clock: by default each sample is timed by the process's CPU time (user + system, all threads,
 * so garbage collection on helper threads counts), which other processes loading the machine do
 * not inflate: on a shared 2-core machine, wall-clock means swing by 2–5× with preemption. The
 * wall clock is available for quiet machines.
 *
 * Each case (group × size) runs its implementations in R rounds (3 full, 1 quick), each round one
 * tinybench `Bench` with every implementation; per implementation the round with the highest mean
 * throughput is kept (the least disturbed by other load on the machine), and ratios compare
 * figures from the same case. Before timing, outputs are checked against the reference where there
 * is an oracle (`exact`).
 *
 * JSON shape (`--json <file>`), flat and stable for a CI speed gate:
 *   {
 *     schema: "rehash-kernel-bench/1",
 *     env: { node, v8, platform, arch, cpuModel, cpuCount, totalMemoryGiB, date, quick, clock,
 *            loadAverageBefore, loadAverageAfter, rounds, timeMs, warmupMs },
 *     entries: [ {
 *       id            "<group>/<size>/<impl>", unique
 *       group         e.g. "dice", "levenshtein-near", "minhash"
 *       impl          e.g. "rehash", "rehash-bounded", "string-similarity", "k-permutations"
 *       role          "kernel" | "reference" | "floor" | "info"
 *       size          nominal characters per text (60, 600, 6000)
 *       inputChars    mean UTF-16 code units processed per operation (both texts of a pair)
 *       inputBytes    mean UTF-8 bytes processed per operation
 *       opsPerSec     mean throughput: operations / total time (1 / mean latency)
 *       opsPerSecSd   its sample standard deviation, from the latency's (sd/mean · opsPerSec)
 *       rme           relative margin of error of the mean latency (hence of opsPerSec), % (95 %)
 *       batch         operations per timed call (⌈12,000 / size⌉); every figure is per operation
 *       samples       number of samples (timed calls)
 *       latencyMeanMs, latencySdMs   mean and standard deviation of one operation's time
 *       charsPerSec, mbPerSec        inputChars·opsPerSec, inputBytes·opsPerSec / 1e6
 *       referenceId, referenceOpsPerSec, referenceRme, referenceSd, referenceSamples
 *                     the same figures of the reference entry of the case (null if none)
 *       ratio         opsPerSec / referenceOpsPerSec (null if no reference)
 *       target, targetUnit ("ratio" | "MB/s"), meetsTarget   the issue's target (null if none)
 *       exact         outputs equal the reference's on the benchmark inputs (null: no oracle)
 *     } ]
 *   }
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import Table from 'cli-table3';
import { distance } from 'fastest-levenshtein';
import pc from 'picocolors';
import stringSimilarity from 'string-similarity';
import { Bench } from 'tinybench';
import {
  dice,
  diceProfile,
  diceWithProfile,
  jaccard,
  levenshtein,
  levenshteinBounded,
  minhash,
  normalize,
  sentences,
  toSortedSet,
  words,
  wordShingles,
} from '../src/kernels/index.ts';
import { minhashKPermutations, minOfShingleHashes, naiveJaccard, naiveWordShingles, permutationSeeds } from './baselines.ts';
import { englishText, nearDuplicate, rewordText } from './text.ts';

const SIZES = [60, 600, 6000] as const;
/** Texts per pool: operations cycle through them so no single input is memorized by the CPU. */
const POOL = 16;
/** MinHash configuration of the issue: 128 slots over word 5-shingles. */
const NUM_PERM = 128;
const SHINGLE_N = 5;
/** Near-duplicate edit rate for Levenshtein (scattered character edits). */
const NEAR_DUP_RATE = 0.02;
/** Bound for the bounded Levenshtein: 10 % of the text length. */
const BOUND_FRACTION = 0.1;
/**
 * Characters per timed call: a call runs ⌈BATCH_CHARS / size⌉ operations, so timer overhead
 * (≈ 0.1–0.3 µs per call) and the CPU clock's 1 µs resolution stay small beside sub-µs kernels.
 */
const BATCH_CHARS = 12_000;

/** A full garbage collection between tasks, so one task's garbage is not collected on another's clock. */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

type Role = 'kernel' | 'reference' | 'floor' | 'info';

interface Impl {
  impl: string;
  role: Role;
  fn: () => unknown;
  target?: { value: number; unit: 'ratio' | 'MB/s' };
}

interface Case {
  group: string;
  size: number;
  /** Operations per timed call (see BATCH_CHARS); figures are reported per operation. */
  batch: number;
  inputChars: number;
  inputBytes: number;
  impls: Impl[];
  exact: boolean | null;
}

interface Stats {
  opsPerSec: number;
  opsPerSecSd: number;
  rme: number;
  samples: number;
  latencyMeanMs: number;
  latencySdMs: number;
}

interface Entry extends Stats {
  id: string;
  group: string;
  impl: string;
  role: Role;
  size: number;
  batch: number;
  inputChars: number;
  inputBytes: number;
  charsPerSec: number;
  mbPerSec: number;
  referenceId: string | null;
  referenceOpsPerSec: number | null;
  referenceRme: number | null;
  referenceSd: number | null;
  referenceSamples: number | null;
  ratio: number | null;
  target: number | null;
  targetUnit: 'ratio' | 'MB/s' | null;
  meetsTarget: boolean | null;
  exact: boolean | null;
}

let sink = 0;
const consume = (x: unknown): void => {
  if (typeof x === 'number') sink += x;
  else if (x instanceof Uint32Array) sink += x.length > 0 ? (x[0] as number) : 0;
  else if (Array.isArray(x)) sink += x.length;
  else if (x !== null && typeof x === 'object') sink += 1;
};

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Operations per timed call for texts of `size` characters. */
const batchFor = (size: number) => Math.max(1, Math.ceil(BATCH_CHARS / size));

/**
 * A function that calls `f(i)` for the next `batch` values of i, cycling through 0 … POOL−1, and
 * keeps every result observable.
 */
function cycling(f: (i: number) => unknown, batch: number): () => unknown {
  let i = 0;
  return () => {
    for (let k = 0; k < batch; k++) {
      i = (i + 1) % POOL;
      consume(f(i));
    }
    return i;
  };
}

function texts(size: number, salt: number): string[] {
  return Array.from({ length: POOL }, (_, i) => englishText(size * 1000 + salt * 100 + i, size));
}

/** Dice of the pairs `a[i]`, `r[i]` beside string-similarity on the same pairs, exactness checked on all of them. */
function diceCase(group: string, size: number, batch: number, a: readonly string[], r: readonly string[], target: Impl['target']): Case {
  return {
    batch,
    group,
    size,
    inputChars: mean(a.map((x, i) => x.length + (r[i] as string).length)),
    inputBytes: mean(a.map((x, i) => bytes(x) + bytes(r[i] as string))),
    exact: a.every((x, i) => dice(x, r[i] as string) === stringSimilarity.compareTwoStrings(x, r[i] as string)),
    impls: [
      { impl: 'rehash', role: 'kernel', fn: cycling((i) => dice(a[i] as string, r[i] as string), batch), ...(target ? { target } : {}) },
      { impl: 'string-similarity', role: 'reference', fn: cycling((i) => stringSimilarity.compareTwoStrings(a[i] as string, r[i] as string), batch) },
    ],
  };
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  for (const size of SIZES) {
    const batch = batchFor(size);
    const cyc = (f: (i: number) => unknown) => cycling(f, batch);
    const a = texts(size, 1);
    const b = texts(size, 2);
    const pairChars = mean(a.map((x, i) => x.length + (b[i] as string).length));
    const pairBytes = mean(a.map((x, i) => bytes(x) + bytes(b[i] as string)));
    const minor = size >= 600 ? [{ value: 20, unit: 'ratio' as const }] : [];

    // Dice: reworded pairs, so similarities are spread rather than all ≈ 0.
    const r = a.map((x, i) => rewordText(x, 0.3, i));
    cases.push(diceCase('dice', size, batch, a, r, minor[0]));
    // Dice, one profiled text against many.
    const main = a[0] as string;
    const profile = diceProfile(main);
    const profileExact = r.every((x) => diceWithProfile(profile, x) === stringSimilarity.compareTwoStrings(main, x));
    cases.push({
      batch,
      group: 'dice-profile',
      size,
      inputChars: mean(r.map((x) => x.length)),
      inputBytes: mean(r.map(bytes)),
      exact: profileExact,
      impls: [
        {
          impl: 'rehash',
          role: 'kernel',
          fn: cyc((i) => diceWithProfile(profile, r[i] as string)),
          ...(size >= 600 ? { target: { value: 30, unit: 'ratio' as const } } : {}),
        },
        { impl: 'string-similarity', role: 'reference', fn: cyc((i) => stringSimilarity.compareTwoStrings(main, r[i] as string)) },
      ],
    });

    // Dice on the same pairs typeset as much real news is — curly quotes around each text, em
    // dashes for ", " — so not ASCII: the pair's non-ASCII units get byte codes (UTF-16 copy and
    // a coding pass) before the WebAssembly loops. No target.
    const typeset = (x: string) => `\u201c${x.replace(/, /g, ' \u2014 ')}\u201d`;
    cases.push(diceCase('dice-typeset', size, batch, a.map(typeset), r.map(typeset), undefined));

    // Levenshtein: unrelated texts.
    const levExact = a.every((x, i) => levenshtein(x, b[i] as string) === distance(x, b[i] as string));
    cases.push({
      batch,
      group: 'levenshtein',
      size,
      inputChars: pairChars,
      inputBytes: pairBytes,
      exact: levExact,
      impls: [
        { impl: 'rehash', role: 'kernel', fn: cyc((i) => levenshtein(a[i] as string, b[i] as string)), target: { value: 1, unit: 'ratio' } },
        { impl: 'fastest-levenshtein', role: 'reference', fn: cyc((i) => distance(a[i] as string, b[i] as string)) },
      ],
    });

    // Levenshtein: near-duplicates, unbounded and bounded at 10 % of the length.
    const n = a.map((x, i) => nearDuplicate(x, NEAR_DUP_RATE, i));
    const bound = Math.max(1, Math.round(size * BOUND_FRACTION));
    const nearExact = a.every((x, i) => {
      const d = distance(x, n[i] as string);
      return levenshtein(x, n[i] as string) === d && levenshteinBounded(x, n[i] as string, bound) === Math.min(d, bound + 1);
    });
    cases.push({
      batch,
      group: 'levenshtein-near',
      size,
      inputChars: mean(a.map((x, i) => x.length + (n[i] as string).length)),
      inputBytes: mean(a.map((x, i) => bytes(x) + bytes(n[i] as string))),
      exact: nearExact,
      impls: [
        { impl: 'rehash', role: 'kernel', fn: cyc((i) => levenshtein(a[i] as string, n[i] as string)), target: { value: 1, unit: 'ratio' } },
        {
          impl: 'rehash-bounded',
          role: 'kernel',
          fn: cyc((i) => levenshteinBounded(a[i] as string, n[i] as string, bound)),
          target: { value: 1, unit: 'ratio' },
        },
        { impl: 'fastest-levenshtein', role: 'reference', fn: cyc((i) => distance(a[i] as string, n[i] as string)) },
      ],
    });

    // MinHash over word 5-shingles, from text to signature.
    const seeds = permutationSeeds(NUM_PERM);
    cases.push({
      batch,
      group: 'minhash',
      size,
      inputChars: mean(a.map((x) => x.length)),
      inputBytes: mean(a.map(bytes)),
      exact: null,
      impls: [
        {
          impl: 'rehash',
          role: 'kernel',
          fn: cyc((i) => minhash(wordShingles(a[i] as string, SHINGLE_N), NUM_PERM)),
          ...(size >= 600 ? { target: { value: 50, unit: 'MB/s' as const } } : {}),
        },
        { impl: 'k-permutations', role: 'reference', fn: cyc((i) => minhashKPermutations(wordShingles(a[i] as string, SHINGLE_N), NUM_PERM, seeds)) },
        { impl: 'hash-every-shingle', role: 'floor', fn: cyc((i) => minOfShingleHashes(wordShingles(a[i] as string, SHINGLE_N))) },
      ],
    });

    // Word shingling.
    const shinglesExact = a.every((x) => wordShingles(x, SHINGLE_N).length === naiveWordShingles(x, SHINGLE_N).length);
    cases.push({
      batch,
      group: 'word-shingles',
      size,
      inputChars: mean(a.map((x) => x.length)),
      inputBytes: mean(a.map(bytes)),
      exact: null,
      impls: [
        { impl: 'rehash', role: 'kernel', fn: cyc((i) => wordShingles(a[i] as string, SHINGLE_N)) },
        { impl: 'split-join-hash', role: 'reference', fn: cyc((i) => naiveWordShingles(a[i] as string, SHINGLE_N)) },
      ],
    });
    if (!shinglesExact) console.warn(pc.yellow(`word-shingles/${size}: shingle counts differ from the naive split`));

    // Jaccard of shingle sets: sorted Uint32Array merge vs JavaScript Sets.
    const sa = a.map((x) => wordShingles(x, 3));
    const sr = r.map((x) => wordShingles(x, 3));
    const sorted = sa.map(toSortedSet);
    const sortedR = sr.map(toSortedSet);
    const sets = sa.map((x) => new Set(x));
    const setsR = sr.map((x) => new Set(x));
    const jaccardExact = sorted.every((x, i) => jaccard(x, sortedR[i] as typeof x) === naiveJaccard(sets[i] as Set<number>, setsR[i] as Set<number>));
    cases.push({
      batch,
      group: 'jaccard',
      size,
      inputChars: pairChars,
      inputBytes: pairBytes,
      exact: jaccardExact,
      impls: [
        { impl: 'rehash-sorted', role: 'kernel', fn: cyc((i) => jaccard(sorted[i] as (typeof sorted)[0], sortedR[i] as (typeof sorted)[0])) },
        { impl: 'js-set', role: 'reference', fn: cyc((i) => naiveJaccard(sets[i] as Set<number>, setsR[i] as Set<number>)) },
      ],
    });

    // Normalization and segmentation (no reference: figures for the record).
    cases.push({
      batch,
      group: 'text',
      size,
      inputChars: mean(a.map((x) => x.length)),
      inputBytes: mean(a.map(bytes)),
      exact: null,
      impls: [
        { impl: 'normalize', role: 'info', fn: cyc((i) => normalize(a[i] as string)) },
        { impl: 'words', role: 'info', fn: cyc((i) => words(a[i] as string)) },
        { impl: 'sentences', role: 'info', fn: cyc((i) => sentences(a[i] as string)) },
      ],
    });
  }
  return cases;
}

/**
 * Per-operation statistics from a task result whose calls each ran `batch` operations. Ops/s is
 * total operations over total time (1 / mean latency), not tinybench's mean of per-sample
 * throughputs, which over-weights the fastest samples and so favours whichever side has the
 * noisier latency (the reference's garbage-collection pauses).
 */
function statsOf(result: unknown, batch: number): Stats | null {
  const r = result as {
    state: string;
    latency?: { mean: number; sd: number; rme: number; samplesCount: number };
  };
  if (r.state !== 'completed' || r.latency === undefined) return null;
  const opsPerSec = (1000 / r.latency.mean) * batch;
  return {
    opsPerSec,
    opsPerSecSd: opsPerSec * (r.latency.sd / r.latency.mean),
    rme: r.latency.rme,
    samples: r.latency.samplesCount,
    latencyMeanMs: r.latency.mean / batch,
    latencySdMs: r.latency.sd / batch,
  };
}

/** Wall-clock time (tinybench's own timer) or this process's CPU time (user + system, all threads). */
type Clock = 'wall' | 'cpu';

/** `fn` timed by the process's CPU time, reported to tinybench as the sample's duration. */
function onCpuClock(fn: () => unknown): () => { overriddenDuration: number } {
  return () => {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return { overriddenDuration: (used.user + used.system) / 1000 };
  };
}

interface Timing {
  rounds: number;
  /** Per task and round: milliseconds, and at least this many samples. */
  time: number;
  iterations: number;
  warmupTime: number;
  clock: Clock;
}

/**
 * For testing the speed gate only: `REHASH_BENCH_SLOWDOWN=dice=3` makes the rehash kernel of every
 * group whose name starts with "dice" do its work 3 times per operation (a deliberately slowed
 * kernel). Unset in every real run.
 */
function slowedDown(c: Case, impl: Case['impls'][number]): () => unknown {
  const [group, factor] = (process.env.REHASH_BENCH_SLOWDOWN ?? '').split('=');
  const k = Number(factor);
  if (!group || !(k > 1) || impl.role !== 'kernel' || !c.group.startsWith(group)) return impl.fn;
  return () => {
    let out: unknown;
    for (let i = 0; i < k; i++) out = impl.fn();
    return out;
  };
}

async function runCase(c: Case, timing: Timing): Promise<Map<string, Stats>> {
  const { rounds, time, iterations, warmupTime, clock } = timing;
  const best = new Map<string, Stats>();
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, iterations, warmupTime, warmupIterations: 4, throws: true, setup: collectGarbage });
    for (const impl of c.impls) {
      const fn = slowedDown(c, impl);
      bench.add(impl.impl, clock === 'cpu' ? onCpuClock(fn) : fn);
    }
    await bench.run();
    for (const task of bench.tasks) {
      const s = statsOf(task.result, c.batch);
      if (s === null) throw new Error(`${c.group}/${c.size}/${task.name}: did not complete`);
      const prev = best.get(task.name);
      if (prev === undefined || s.opsPerSec > prev.opsPerSec) best.set(task.name, s);
    }
  }
  return best;
}

function entriesOf(c: Case, stats: Map<string, Stats>): Entry[] {
  const ref = c.impls.find((i) => i.role === 'reference');
  const refStats = ref ? (stats.get(ref.impl) as Stats) : undefined;
  return c.impls.map((impl) => {
    const s = stats.get(impl.impl) as Stats;
    const isRef = impl === ref;
    const ratio = refStats && !isRef ? s.opsPerSec / refStats.opsPerSec : null;
    const mbPerSec = (s.opsPerSec * c.inputBytes) / 1e6;
    const measured = impl.target?.unit === 'MB/s' ? mbPerSec : ratio;
    return {
      id: `${c.group}/${c.size}/${impl.impl}`,
      group: c.group,
      impl: impl.impl,
      role: impl.role,
      size: c.size,
      batch: c.batch,
      inputChars: c.inputChars,
      inputBytes: c.inputBytes,
      ...s,
      charsPerSec: s.opsPerSec * c.inputChars,
      mbPerSec,
      referenceId: ref && !isRef ? `${c.group}/${c.size}/${ref.impl}` : null,
      referenceOpsPerSec: refStats && !isRef ? refStats.opsPerSec : null,
      referenceRme: refStats && !isRef ? refStats.rme : null,
      referenceSd: refStats && !isRef ? refStats.opsPerSecSd : null,
      referenceSamples: refStats && !isRef ? refStats.samples : null,
      ratio,
      target: impl.target?.value ?? null,
      targetUnit: impl.target?.unit ?? null,
      meetsTarget: impl.target && measured !== null ? measured >= impl.target.value : null,
      exact: isRef ? null : c.exact,
    };
  });
}

const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const si = (x: number) => (x >= 1e6 ? `${fmt(x / 1e6, 2)}M` : x >= 1e3 ? `${fmt(x / 1e3, 1)}k` : fmt(x, 1));

function printTable(entries: Entry[]): void {
  const table = new Table({
    head: ['kernel', 'size', 'impl', 'ops/s', '±%', 'chars/s', 'MB/s', '× ref', 'target', 'exact'],
    colAligns: ['left', 'right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'center'],
    // cli-table3 colours on its own: plain when picocolors says colour is off (NO_COLOR, pipes).
    style: pc.isColorSupported ? { head: ['cyan'], compact: true } : { head: [], border: [], compact: true },
  });
  let lastGroup = '';
  for (const e of entries) {
    const targetCell =
      e.target === null
        ? ''
        : `${e.meetsTarget ? pc.green('✓') : pc.red('✗')} ≥ ${e.target}${e.targetUnit === 'MB/s' ? ' MB/s' : '×'}`;
    table.push([
      e.group === lastGroup ? '' : e.group,
      String(e.size),
      e.role === 'kernel' ? pc.bold(e.impl) : pc.dim(e.impl),
      si(e.opsPerSec),
      fmt(e.rme, 1),
      si(e.charsPerSec),
      fmt(e.mbPerSec, 1),
      e.ratio === null ? '' : `${fmt(e.ratio, 2)}×`,
      targetCell,
      e.exact === null ? '' : e.exact ? pc.green('yes') : pc.red('NO'),
    ]);
    lastGroup = e.group;
  }
  console.log(table.toString());
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'string' },
      quick: { type: 'boolean', default: false },
      filter: { type: 'string' },
      clock: { type: 'string', default: 'cpu' },
    },
  });
  const clock = values.clock as Clock;
  if (clock !== 'wall' && clock !== 'cpu') throw new Error(`--clock must be wall or cpu, got ${values.clock}`);
  const quick = values.quick ?? false;
  const rounds = quick ? 1 : 3;
  const time = quick ? 25 : 400;
  const warmupTime = quick ? 10 : 150;
  const timing: Timing = { rounds, time, iterations: quick ? 4 : 32, warmupTime, clock };
  const cases = buildCases().filter((c) => values.filter === undefined || c.group.includes(values.filter));
  // Group order in the output: all sizes of one kernel together.
  cases.sort((x, y) => x.group.localeCompare(y.group) || x.size - y.size);
  const entries: Entry[] = [];
  const started = performance.now();
  const loadBefore = os.loadavg()[0] ?? 0;
  const progress = process.stderr.isTTY;
  for (const c of cases) {
    if (progress) process.stderr.write(`\r${pc.dim(`running ${c.group}/${c.size}…`.padEnd(40))}`);
    entries.push(...entriesOf(c, await runCase(c, timing)));
  }
  if (progress) process.stderr.write(`\r${' '.repeat(40)}\r`);
  printTable(entries);
  const targeted = entries.filter((e) => e.target !== null);
  const met = targeted.filter((e) => e.meetsTarget).length;
  const inexact = entries.filter((e) => e.exact === false);
  console.log(
    `${met}/${targeted.length} targets met${inexact.length > 0 ? pc.red(`; NOT EXACT: ${inexact.map((e) => e.id).join(', ')}`) : ''}; ` +
      `${fmt((performance.now() - started) / 1000, 1)} s (${quick ? 'quick' : 'full'}, ${clock} clock, best of ${rounds} round${rounds > 1 ? 's' : ''}; ` +
      `load average ${fmt(loadBefore, 1)} → ${fmt(os.loadavg()[0] ?? 0, 1)} on ${os.cpus().length} CPUs)`,
  );
  if (values.json !== undefined) {
    const env = {
      node: process.version,
      v8: process.versions.v8,
      platform: process.platform,
      arch: process.arch,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      cpuCount: os.cpus().length,
      totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      date: new Date().toISOString(),
      quick,
      clock,
      loadAverageBefore: loadBefore,
      loadAverageAfter: os.loadavg()[0] ?? 0,
      rounds,
      timeMs: time,
      warmupMs: warmupTime,
    };
    writeFileSync(values.json, `${JSON.stringify({ schema: 'rehash-kernel-bench/1', env, entries }, null, 2)}\n`);
    console.log(`wrote ${values.json}`);
  }
  if (sink === Number.MIN_VALUE) console.log(sink); // keep results observable
  if (inexact.length > 0) process.exitCode = 1;
}

await main();
