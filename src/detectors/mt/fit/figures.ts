/**
 * The MT reference detector's headline figures, computed from the `results.json` of eval runs
 * (every prediction is in them) and, for MQM, the gold errors read through the adapter:
 *
 *   node src/cli/rehash.js eval --corpus corpora/mt --split test --out runs/mt-bundled
 *   node src/cli/rehash.js eval --corpus wmt:../shared/datasets/wmt-xx-en --split test --out runs/mt-wmt
 *   node src/cli/rehash.js eval --corpus mqm:../shared/datasets/mqm-wmt23-zhen --split test --out runs/mt-mqm
 *   node --import tsx src/detectors/mt/fit/figures.ts runs/mt-bundled runs/mt-wmt runs/mt-mqm
 *
 * Prints Markdown: bundled span F1 and the document ROC-AUC of Apertium output against human
 * text; WMT false-positive rates and per-system recall, at the detector's own label and at the
 * threshold the engine fits on WMT dev; MQM recall on "Source language fragment" and
 * "Non-translation!" errors. Development tooling only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseResult, MetricsRow, Results } from '../../../contracts/results.ts';
import { loadMtCases } from './cases.ts';

const DETECTOR = process.env.MT_DETECTOR ?? 'mt@1.0.1';
const APERTIUM = ['mt/apertium-en-roundtrip', 'mt/apertium-fr', 'mt/apertium-marked'];
const MQM_CATEGORIES = ['Accuracy/Source language fragment', 'Non-translation!'];

const load = (dir: string): Results => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Results;
const mine = (r: Results): CaseResult[] => r.cases.filter((c) => c.detector === DETECTOR && c.split === r.run.split);
const pct = (a: number, n: number): string => (n === 0 ? '–' : `${((100 * a) / n).toFixed(1)}% (${a}/${n})`);

function auc(pos: number[], neg: number[]): number {
  let s = 0;
  for (const p of pos) for (const q of neg) s += p > q ? 1 : p === q ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

function bundled(dir: string): void {
  const r = load(dir);
  const row = r.metrics.find((m) => m.detector === DETECTOR && m.slice === '*') as MetricsRow;
  const cs = mine(r);
  const score = (slices: string[]) => cs.filter((c) => slices.includes(c.slice)).map((c) => c.prediction?.score ?? 0);
  console.log(`## Bundled slices (${r.run.split})\n`);
  console.log(`- span F1 (characters, all types): ${row.spans?.chars.f1.value?.toFixed(3)} (P ${row.spans?.chars.precision.value?.toFixed(3)}, R ${row.spans?.chars.recall.value?.toFixed(3)})`);
  for (const [t, prf] of Object.entries(row.spans?.byType ?? {})) console.log(`  - ${t}: F1 ${prf.f1.value?.toFixed(3)} (P ${prf.precision.value?.toFixed(3)}, R ${prf.recall.value?.toFixed(3)})`);
  console.log(`- document ROC-AUC, Apertium (${APERTIUM.join(', ')}) vs mt/human: ${auc(score(APERTIUM), score(['mt/human'])).toFixed(4)}`);
  for (const s of APERTIUM) console.log(`  - ${s} vs mt/human: ${auc(score([s]), score(['mt/human'])).toFixed(4)}`);
  console.log(`- document ROC-AUC, Apertium vs mt/human + mt/spun-human: ${auc(score(APERTIUM), score(['mt/human', 'mt/spun-human'])).toFixed(4)}`);
  console.log(`- document ROC-AUC, all bundled: ${row.document.rocAuc.value?.toFixed(4)}; engine threshold ${r.thresholds.find((t) => t.detector === DETECTOR)?.value?.toFixed(4)}\n`);
}

function wmt(dir: string): void {
  const r = load(dir);
  const cs = mine(r);
  const t = r.thresholds.find((x) => x.detector === DETECTOR)?.value ?? 0.5;
  const groups = new Map<string, CaseResult[]>();
  for (const c of cs) {
    const role = /\/(reference|english-original)$/.exec(c.slice)?.[1];
    const key = role ? `${role}: ${c.slice}` : `system: ${c.slice}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const own = (xs: CaseResult[]) => xs.filter((c) => c.prediction?.label).length;
  const engine = (xs: CaseResult[]) => xs.filter((c) => (c.prediction?.score ?? 0) >= t).length;
  console.log(`## WMT (${r.run.split}); engine threshold fitted on WMT dev: ${t.toFixed(4)}\n`);
  console.log('| slice | cases | flagged, own label | flagged, engine threshold |');
  console.log('| --- | --: | --: | --: |');
  for (const role of ['english-original', 'reference']) {
    const all = cs.filter((c) => c.slice.endsWith(`/${role}`));
    console.log(`| **all ${role} (FPR)** | ${all.length} | ${pct(own(all), all.length)} | ${pct(engine(all), all.length)} |`);
  }
  const systems = cs.filter((c) => c.label);
  console.log(`| **all systems (recall)** | ${systems.length} | ${pct(own(systems), systems.length)} | ${pct(engine(systems), systems.length)} |`);
  for (const [k, xs] of [...groups].sort()) console.log(`| ${k} | ${xs.length} | ${pct(own(xs), xs.length)} | ${pct(engine(xs), xs.length)} |`);
  console.log('');
}

async function mqm(dir: string, spec: string): Promise<void> {
  const r = load(dir);
  const preds = new Map(mine(r).map((c) => [c.id, c.prediction?.spans ?? []]));
  const gold = await loadMtCases(spec, r.run.split as 'test');
  console.log(`## MQM (${r.run.split})\n`);
  console.log('| category | errors | errors touched by any span | characters covered by any span | characters covered by an `untranslated` span |');
  console.log('| --- | --: | --: | --: | --: |');
  for (const category of MQM_CATEGORIES) {
    let n = 0;
    let hit = 0;
    let chars = 0;
    let covered = 0;
    let coveredU = 0;
    for (const c of gold) {
      const spans = preds.get(c.id);
      if (!spans) continue;
      for (const e of (c.meta?.errors as { category: string; start: number | null; end: number | null }[] | undefined) ?? []) {
        if (e.category !== category || e.start === null || e.end === null) continue;
        n++;
        chars += e.end - e.start;
        let any = 0;
        let u = 0;
        for (let i = e.start; i < e.end; i++) {
          const at = spans.filter((s) => s.start <= i && i < s.end);
          if (at.length) any++;
          if (at.some((s) => s.type === 'untranslated')) u++;
        }
        covered += any;
        coveredU += u;
        if (any > 0) hit++;
      }
    }
    console.log(`| ${category} | ${n} | ${pct(hit, n)} | ${pct(covered, chars)} | ${pct(coveredU, chars)} |`);
  }
  console.log('');
}

const [b, w, m] = process.argv.slice(2);
if (b) bundled(b);
if (w) wmt(w);
if (m) await mqm(m, process.env.MQM_SPEC ?? 'mqm:../shared/datasets/mqm-wmt23-zhen');
