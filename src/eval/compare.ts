/**
 * "Is version B better than version A, and where?" — compare two runs (or two detectors of one
 * run) case by case: per detector pair × slice, the metric deltas with paired bootstrap
 * intervals, an exact McNemar test on the document decisions, and the flipped cases (fixed and
 * broken). Each version is judged with its own run's threshold. Refuses runs whose slices differ
 * unless told otherwise, and says which slices differ.
 */
import semver from 'semver';
import type { CaseResult, Results } from '../contracts/results.ts';
import { UsageError } from '../usageError.ts';
import type { Decision } from './metrics/document.ts';
import { mcnemarExact, type PairedDelta, pairedDeltas } from './metrics/paired.ts';
import { reportedCases } from './reported.ts';
import { decide } from './thresholds.ts';

/** Significance level of the McNemar test for calling a slice better or worse. */
export const ALPHA = 0.05;
/** Resamples of the paired bootstrap. */
export const COMPARE_RESAMPLES = 1000;

export interface Flip {
  id: string;
  slice: string;
  label: boolean;
  scoreA: number | null;
  scoreB: number | null;
}

export interface SliceComparison {
  slice: string;
  cases: number;
  deltas: PairedDelta[];
  /** Discordant decisions: A right & B wrong (broken), A wrong & B right (fixed). */
  mcnemar: { broken: number; fixed: number; p: number };
  verdict: 'better' | 'worse' | 'no significant change';
}

export interface PairComparison {
  a: string;
  b: string;
  task: string;
  slices: SliceComparison[];
  fixed: Flip[];
  broken: Flip[];
  /** Cases of this pair present in only one run (left out of the comparison). */
  unmatched: number;
}

export interface Comparison {
  a: { name: string; runId: string };
  b: { name: string; runId: string };
  /** Slices whose contents differ between the runs (empty when the corpora are the same). */
  changedSlices: string[];
  pairs: PairComparison[];
}

/** Slices present in only one run, or with different contents. */
export function changedSlices(a: Results, b: Results): string[] {
  const fa = new Map(a.slices.map((s) => [s.name, s.sha256]));
  const fb = new Map(b.slices.map((s) => [s.name, s.sha256]));
  const names = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  return names.filter((n) => fa.get(n) !== fb.get(n));
}

/**
 * Default pairing: every detector id present in both runs, A's version against B's. An explicit
 * list (`a-key=b-key`) overrides it, and is required when a run holds several versions of an id.
 */
export function pairDetectors(a: Results, b: Results, explicit: readonly string[]): { a: string; b: string }[] {
  if (explicit.length > 0)
    return explicit.map((p) => {
      const [ka, kb] = p.split('=');
      if (!ka || !kb) throw new UsageError(`--pair must look like id@1.0.0=id@1.1.0 (got "${p}")`);
      if (!a.detectors.some((d) => d.key === ka)) throw new UsageError(`${ka} is not in the first results`);
      if (!b.detectors.some((d) => d.key === kb)) throw new UsageError(`${kb} is not in the second results`);
      return { a: ka, b: kb };
    });
  const pairs: { a: string; b: string }[] = [];
  for (const da of a.detectors) {
    const inA = a.detectors.filter((d) => d.id === da.id);
    const inB = b.detectors.filter((d) => d.id === da.id);
    if (inB.length === 0) continue;
    if (inA.length > 1 || inB.length > 1) {
      // one run holding two versions of a detector: compare the older with the newer
      if (a.run.id === b.run.id && inA.length === 2) {
        if (da !== inA[0]) continue;
        const [older, newer] = [...inA].sort((x, y) => semver.compare(x.version, y.version));
        pairs.push({ a: (older as { key: string }).key, b: (newer as { key: string }).key });
        continue;
      }
      throw new UsageError(`several versions of ${da.id} in one run; say which to compare with --pair ${inA[0]?.key}=${inB[inB.length - 1]?.key}`);
    }
    pairs.push({ a: da.key, b: (inB[0] as { key: string }).key });
  }
  if (pairs.length === 0) throw new UsageError('no detector id appears in both results; name pairs with --pair a@x=b@y');
  return pairs;
}

function compareSlice(slice: string, a: CaseResult[], b: CaseResult[], decideA: (c: CaseResult) => boolean, decideB: (c: CaseResult) => boolean, seed: number) {
  const decisionsA: Decision[] = a.map((c) => ({ gold: c.label, predicted: decideA(c), score: c.prediction?.score ?? 0 }));
  const decisionsB: Decision[] = b.map((c) => ({ gold: c.label, predicted: decideB(c), score: c.prediction?.score ?? 0 }));
  let broken = 0;
  let fixed = 0;
  decisionsA.forEach((da, i) => {
    const rightA = da.predicted === da.gold;
    const rightB = (decisionsB[i] as Decision).predicted === da.gold;
    if (rightA && !rightB) broken++;
    if (!rightA && rightB) fixed++;
  });
  const p = mcnemarExact(broken, fixed);
  const verdict: SliceComparison['verdict'] = p < ALPHA ? (fixed > broken ? 'better' : 'worse') : 'no significant change';
  return { slice, cases: a.length, deltas: pairedDeltas(decisionsA, decisionsB, seed, COMPARE_RESAMPLES), mcnemar: { broken, fixed, p }, verdict };
}

export function compareResults(
  a: { name: string; results: Results },
  b: { name: string; results: Results },
  options: { pairs?: readonly string[]; allowCorpusChange?: boolean } = {},
): Comparison {
  const changed = changedSlices(a.results, b.results);
  if (changed.length > 0 && !options.allowCorpusChange)
    throw new UsageError(`the runs were evaluated on different corpora; slices that differ: ${changed.join(', ')} (pass --allow-corpus-change to compare the cases they share)`);
  const pairs = pairDetectors(a.results, b.results, options.pairs ?? []);
  const threshold = (r: Results, key: string) => r.thresholds.find((t) => t.detector === key);
  const out: PairComparison[] = [];
  for (const pair of pairs) {
    const ra = reportedCases(a.results).filter((c) => c.detector === pair.a);
    const rb = new Map(reportedCases(b.results).filter((c) => c.detector === pair.b).map((c) => [c.id, c]));
    const joined = ra.filter((c) => rb.has(c.id));
    const unmatched = ra.length - joined.length + (rb.size - joined.length);
    const ta = threshold(a.results, pair.a);
    const tb = threshold(b.results, pair.b);
    const decideA = (c: CaseResult) => decide(c, ta);
    const decideB = (c: CaseResult) => decide(c, tb);
    const slices = ['*', ...[...new Set(joined.map((c) => c.slice))].sort()];
    const sliceResults = slices.map((slice) => {
      const ca = joined.filter((c) => slice === '*' || c.slice === slice);
      const cb = ca.map((c) => rb.get(c.id) as CaseResult);
      return compareSlice(slice, ca, cb, decideA, decideB, a.results.run.seed);
    });
    const fixed: Flip[] = [];
    const broken: Flip[] = [];
    for (const ca of joined) {
      const cb = rb.get(ca.id) as CaseResult;
      const rightA = decideA(ca) === ca.label;
      const rightB = decideB(cb) === ca.label;
      if (rightA === rightB) continue;
      const flip = { id: ca.id, slice: ca.slice, label: ca.label, scoreA: ca.prediction?.score ?? null, scoreB: cb.prediction?.score ?? null };
      (rightB ? fixed : broken).push(flip);
    }
    out.push({ a: pair.a, b: pair.b, task: ra[0]?.task ?? rb.values().next().value?.task ?? 'reuse', slices: sliceResults, fixed, broken, unmatched });
  }
  return {
    a: { name: a.name, runId: a.results.run.id },
    b: { name: b.name, runId: b.results.run.id },
    changedSlices: changed,
    pairs: out,
  };
}
