/**
 * `npm run corpora:build`: run every corpus generator with the build seed and write one JSONL
 * file per slice under `corpora/<task>/<slice>.jsonl`. Deterministic: the same seed and sources
 * give byte-identical files. Every case is validated before anything is written.
 *
 * Usage: node --import tsx src/corpus/generate/build.ts [--seed N] [--only name,name]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Case, CASE_SCHEMA_VERSION, TASKS } from '../../contracts/case.ts';
import type { Generator } from './generator.ts';
import { GENERATORS } from './generators.ts';
import { random } from './random.ts';
import { loadArticles } from './sources.ts';

/** The seed the committed corpora were built with. */
export const BUILD_SEED = 2026;

const CORPORA = fileURLToPath(new URL('../../../corpora/', import.meta.url));

/** One case as a JSONL line: schemaVersion first, keys in a fixed order. */
function line(c: Case): string {
  return JSON.stringify({ schemaVersion: CASE_SCHEMA_VERSION, ...c });
}

export async function build(seed: number, only?: readonly string[]): Promise<Map<string, Case[]>> {
  const sourcesDir = join(CORPORA, 'sources');
  const english = loadArticles(sourcesDir, 'en');
  const french = loadArticles(sourcesDir, 'fr');
  const bySlice = new Map<string, Case[]>();
  const ids = new Set<string>();
  const selected: Generator[] = only ? GENERATORS.filter((g) => only.includes(g.name)) : [...GENERATORS];
  for (const g of selected) {
    const cases = await g.generate({ sourcesDir, english, french, seed, random: random(seed).fork(g.name) });
    for (const c of cases) {
      const parsed = Case.safeParse(c);
      if (!parsed.success) throw new Error(`${g.name}: case ${c.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      if (ids.has(c.id)) throw new Error(`${g.name}: duplicate case id ${c.id}`);
      ids.add(c.id);
      bySlice.set(c.slice, [...(bySlice.get(c.slice) ?? []), c]);
    }
  }
  return bySlice;
}

/** Replace the generated slices on disk (only the slices of the generators that ran). */
export function write(bySlice: Map<string, Case[]>, clean: boolean): string[] {
  if (clean)
    for (const task of TASKS) rmSync(join(CORPORA, task), { recursive: true, force: true });
  const written: string[] = [];
  for (const [slice, cases] of [...bySlice].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = join(CORPORA, `${slice}.jsonl`);
    mkdirSync(dirname(file), { recursive: true });
    const sorted = [...cases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    writeFileSync(file, `${sorted.map(line).join('\n')}\n`);
    written.push(`${slice}.jsonl  ${cases.length} cases (${cases.filter((c) => c.split === 'test').length} test)`);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, only: { type: 'string' } } });
  const seed = values.seed === undefined ? BUILD_SEED : Number(values.seed);
  const only = values.only?.split(',');
  const bySlice = await build(seed, only);
  for (const l of write(bySlice, only === undefined)) process.stdout.write(`${l}\n`);
  process.stdout.write(`corpora built with seed ${seed} under ${CORPORA}\n`);
}
