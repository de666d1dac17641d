/**
 * Dev/test data for the boilerplate detector's refit and measurement scripts: the bundled
 * boilerplate slices and, when `../shared/datasets` is present, the AEB and trafilatura pages
 * through their adapters (read in place, never copied). Each case comes with its line labels:
 * `true` boilerplate, `false` content, `undefined` unknown (trafilatura's snippets are not
 * exhaustive, so only lines touched by a snippet are labeled there).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BoilerplateCase } from '../../../src/contracts/case.ts';
import { openCorpus } from '../../../src/corpus/open.ts';
import { type LineView, viewLines } from '../../../src/detectors/boilerplate/lineView.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const AEB = 'aeb:../shared/datasets/aeb-scrapinghub';
export const TRAFILATURA = 'trafilatura:../shared/datasets/trafilatura-eval-en';
export const realDataPresent = (): boolean => existsSync(`${ROOT}../shared/datasets/aeb-scrapinghub`) && existsSync(`${ROOT}../shared/datasets/trafilatura-eval-en`);

export type Source = 'bundled' | 'aeb' | 'trafilatura';

export interface LabeledCase {
  source: Source;
  c: BoilerplateCase;
  lines: LineView[];
  labels: (boolean | undefined)[];
}

interface Range {
  start: number;
  end: number;
}

const covered = (l: Range, spans: readonly Range[]): number => {
  let n = 0;
  for (const s of spans) n += Math.max(0, Math.min(s.end, l.end) - Math.max(s.start, l.start));
  return n;
};
const touches = (l: Range, r: Range): boolean => r.start < l.end && r.end > l.start;

function labelLines(source: Source, c: BoilerplateCase, lines: LineView[]): (boolean | undefined)[] {
  if (source !== 'trafilatura') return lines.map((l) => covered(l, c.spans) >= 0.5 * (l.end - l.start));
  const located = (c.meta?.located ?? {}) as { mustKeep?: (Range | null)[]; mustRemove?: (Range | null)[] };
  const keep = (located.mustKeep ?? []).filter((r): r is Range => r !== null);
  const remove = (located.mustRemove ?? []).filter((r): r is Range => r !== null);
  return lines.map((l) => {
    const k = keep.some((r) => touches(l, r));
    const g = remove.some((r) => touches(l, r));
    return k === g ? undefined : g;
  });
}

async function read(spec: string, source: Source): Promise<LabeledCase[]> {
  const out: LabeledCase[] = [];
  for (const input of await openCorpus(spec, ROOT)) {
    for await (const item of input.read(new Map())) {
      if (item.kind !== 'case' || item.value.case.task !== 'boilerplate') continue;
      const c = item.value.case;
      const lines = viewLines(c.text);
      out.push({ source, c, lines, labels: labelLines(source, c, lines) });
    }
  }
  return out;
}

/**
 * Every boilerplate case of the bundled slices and (when present) the two public datasets.
 * With `BP_CACHE=<file>` in the environment the public cases are cached there between runs
 * (a scratch file outside the repository; delete it when the adapters change).
 */
export async function loadAll(options: { real?: boolean } = {}): Promise<LabeledCase[]> {
  const all = await read('corpora/boilerplate', 'bundled');
  if (options.real === false || !realDataPresent()) return all;
  const cache = process.env.BP_CACHE;
  if (cache && existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, 'utf8')) as { source: Source; c: BoilerplateCase }[];
    for (const { source, c } of saved) {
      const lines = viewLines(c.text);
      all.push({ source, c, lines, labels: labelLines(source, c, lines) });
    }
    return all;
  }
  const real = [...(await read(AEB, 'aeb')), ...(await read(TRAFILATURA, 'trafilatura'))];
  if (cache) writeFileSync(cache, JSON.stringify(real.map(({ source, c }) => ({ source, c }))));
  all.push(...real);
  return all;
}
