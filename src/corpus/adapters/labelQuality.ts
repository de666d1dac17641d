/**
 * How faithfully the boilerplate adapters' line labels reproduce their datasets' gold, from
 * the cases' own `meta` (no detector involved):
 *
 * - aeb: token precision/recall/F1 of the content lines (the page text minus the labeled
 * *   spans) against the gold article body (mean over pages), and
 *   the whole page's token recall (the ceiling of any line labeling);
 * - trafilatura: the share of must-go snippets the labeled spans remove and of must-stay
 *   snippets they leave untouched (the oracle of the metric "≥ 0.85 removed, ≥ 0.95 kept"),
 *   and how many snippets could be found in the page text at all.
 *
 * Run: node --import tsx src/corpus/adapters/labelQuality.ts [datasets folder]
 * Cost: one pass over the cases; O(pages).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Case } from '../../contracts/case.ts';
import { aebAdapter } from './aeb.ts';
import { openDataset } from './datasetInput.ts';
import type { TokenPrf } from './labels/tokenF1.ts';
import { trafilaturaAdapter } from './trafilatura.ts';

export interface AebQuality {
  pages: number;
  /** Mean over pages of the per-page token figures. */
  mean: TokenPrf;
  /** Mean over pages of the whole page text's token recall of the gold body. */
  pageRecall: number;
}

export interface TrafilaturaQuality {
  pages: number;
  mustRemove: { total: number; located: number; removed: number };
  mustKeep: { total: number; located: number; kept: number };
  conflicts: number;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export function aebQuality(cases: readonly Case[]): AebQuality {
  const q = cases.map((c) => c.meta?.labelQuality as TokenPrf);
  return {
    pages: cases.length,
    mean: { precision: mean(q.map((x) => x.precision)), recall: mean(q.map((x) => x.recall)), f1: mean(q.map((x) => x.f1)) },
    pageRecall: mean(cases.map((c) => c.meta?.pageTokenRecall as number)),
  };
}

export function trafilaturaQuality(cases: readonly Case[]): TrafilaturaQuality {
  const out: TrafilaturaQuality = {
    pages: cases.length,
    mustRemove: { total: 0, located: 0, removed: 0 },
    mustKeep: { total: 0, located: 0, kept: 0 },
    conflicts: 0,
  };
  for (const c of cases) {
    const m = c.meta as {
      located: { mustRemove: unknown[]; mustKeep: unknown[] };
      oracle: { removed: number; kept: number };
      conflicts: number;
    };
    out.mustRemove.total += m.located.mustRemove.length;
    out.mustRemove.located += m.located.mustRemove.filter((r) => r !== null).length;
    out.mustRemove.removed += m.oracle.removed;
    out.mustKeep.total += m.located.mustKeep.length;
    out.mustKeep.located += m.located.mustKeep.filter((r) => r !== null).length;
    out.mustKeep.kept += m.oracle.kept;
    out.conflicts += m.conflicts;
  }
  return out;
}

async function casesOf(adapter: typeof aebAdapter, path: string): Promise<Case[]> {
  const input = await openDataset(adapter, path);
  const cases: Case[] = [];
  for await (const item of input.read(new Map())) if (item.kind === 'case') cases.push(item.value.case);
  return cases;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = process.argv[2] ?? '../shared/datasets';
  const f = (x: number) => x.toFixed(4);
  const aeb = aebQuality(await casesOf(aebAdapter, join(root, 'aeb-scrapinghub')));
  process.stdout.write(
    `aeb: ${aeb.pages} pages; content lines vs gold body, mean token P ${f(aeb.mean.precision)} R ${f(aeb.mean.recall)} F1 ${f(aeb.mean.f1)}; page text token recall ${f(aeb.pageRecall)}\n`,
  );
  const t = trafilaturaQuality(await casesOf(trafilaturaAdapter, join(root, 'trafilatura-eval-en')));
  const share = (a: number, b: number) => `${a}/${b} = ${f(b === 0 ? 0 : a / b)}`;
  process.stdout.write(
    `trafilatura: ${t.pages} pages; must-go removed by the labels ${share(t.mustRemove.removed, t.mustRemove.total)} (located ${share(t.mustRemove.located, t.mustRemove.total)}); ` +
      `must-stay kept ${share(t.mustKeep.kept, t.mustKeep.total)} (located ${share(t.mustKeep.located, t.mustKeep.total)}); conflict lines ${t.conflicts}\n`,
  );
}
