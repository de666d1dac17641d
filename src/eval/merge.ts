/**
 * Combine the results of shards (`rehash eval --shard k/n`) into the results one run over all
 * cases would have given: the same predictions, thresholds, metrics and examples. Refuses to mix
 * runs that differ in detectors, corpora, seed, split or resamples.
 */
import { CaseResult, type ExampleCase, type Results } from '../contracts/results.ts';
import { UsageError } from '../usageError.ts';
import { CaseLog } from './caseLog.ts';
import { CaseTable } from './caseTable.ts';
import { byDetectorThenId } from './evaluate.ts';
import { type EvaluatedRun, finishRun } from './evaluatedRun.ts';
import { exampleSize } from './examples.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function mergeResults(parts: readonly { name: string; results: Results }[]): Promise<EvaluatedRun> {
  const [first, ...rest] = parts;
  if (!first) throw new UsageError('merge needs at least one results.json');
  const f = first.results;
  for (const p of rest) {
    const r = p.results;
    const differs = (what: string) => new UsageError(`${p.name} differs from ${first.name} in ${what}; only shards of one run can be merged`);
    if (!same(r.detectors, f.detectors)) throw differs('detectors (id@version or config)');
    if (!same(r.corpora, f.corpora)) throw differs('corpus fingerprints');
    if (r.run.seed !== f.run.seed || r.run.split !== f.run.split || r.run.resamples !== f.run.resamples || r.run.thresholdObjective !== f.run.thresholdObjective)
      throw differs('seed, split, resamples or threshold objective');
  }
  const shards = parts.map((p) => p.results.run.shard);
  if (shards.some((s) => s !== null)) {
    const count = shards[0]?.count;
    const indices = shards.map((s) => s?.index);
    if (shards.some((s) => s === null || s.count !== count) || new Set(indices).size !== indices.length)
      throw new UsageError(`shards must come from one --shard k/n split, each once (got ${shards.map((s) => (s ? `${s.index}/${s.count}` : 'unsharded')).join(', ')})`);
  }
  const cases = new Map<string, CaseResult>();
  for (const p of parts)
    for (const c of p.results.cases) {
      const key = `${c.detector}\u0000${c.id}`;
      const prior = cases.get(key);
      if (prior && !same(prior, c)) throw new UsageError(`case ${c.id} of ${c.detector} has different results in two inputs (one of them: ${p.name})`);
      cases.set(key, c);
    }
  const keys = f.detectors.map((d) => d.key);
  const merged = [...cases.values()].sort(byDetectorThenId(keys));
  const complete = shards.every((s) => s !== null) && shards.length === shards[0]?.count;
  const run = {
    ...f.run,
    id: `merge-${parts.map((p) => p.results.run.id).join('+')}`.slice(0, 200),
    startedAt: parts.map((p) => p.results.run.startedAt).sort()[0] as string,
    finishedAt: parts.map((p) => p.results.run.finishedAt).sort().at(-1) as string,
    shard: complete || shards.every((s) => s === null) ? null : f.run.shard,
  };
  const examples = new Map<string, ExampleCase>();
  for (const p of parts) for (const e of p.results.examples) examples.set(e.id, e);
  const timing = f.timing.map((t) => {
    const all = parts.map((p) => p.results.timing.find((x) => x.detector === t.detector) ?? { cases: 0, cached: 0, seconds: 0 });
    const n = all.reduce((s, x) => s + x.cases, 0);
    const seconds = all.reduce((s, x) => s + x.seconds, 0);
    return { detector: t.detector, cases: n, cached: all.reduce((s, x) => s + x.cached, 0), seconds, casesPerSecond: seconds > 0 ? n / seconds : 0 };
  });
  const skipped = [...new Map(parts.flatMap((p) => p.results.skipped).map((s) => [`${s.file}:${s.line}:${s.problem}`, s])).values()];
  const log = await CaseLog.open();
  try {
    const table = new CaseTable(keys);
    for (const c of merged) {
      const row = table.add(c, undefined);
      log.add(table.detector(row), c.id, JSON.stringify(CaseResult.parse(c)));
    }
    return await finishRun({
      run,
      corpora: f.corpora,
      slices: f.slices,
      detectors: f.detectors,
      timing,
      skipped,
      log,
      table,
      sizeOf: (_, id) => {
        const e = examples.get(id);
        return e && exampleSize(e);
      },
      examples: async (ids) => ids.map((id) => examples.get(id) as ExampleCase),
    });
  } catch (e) {
    await log.close();
    throw e;
  }
}
