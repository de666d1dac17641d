/**
 * Fits the document model's weights on dev cases only and writes `../weights.ts`.
 *
 * Data: every `dev` case of the bundled MT slices (`corpora/mt`), plus — as extra negatives of
 * real text nobody here wrote — the `dev` English originals and human references of the WMT
 * adapter (`wmt:../shared/datasets/wmt-xx-en`) when that folder exists. WMT system outputs are
 * left out of the fit: their labels say "machine-translated", not "shows artifacts", and
 * fluent MT would teach the model to flag artifact-free text. No `test` case is ever read.
 * Classes are weighted to equal total weight; L2 = {@link L2} on standardised features.
 *
 * Run: `node --import tsx src/detectors/mt/fit/fitWeights.ts [--write]`. Prints the fit and dev
 * figures; `--write` rewrites `weights.ts`. Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MtCase } from '../../../contracts/case.ts';
import { analyse, FEATURES, type Feature } from '../features.ts';
import { loadAll } from './cases.ts';
import { type Model, score } from '../model.ts';
import { fitLogistic, type LogisticModel } from '../../fit/logistic.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** L2 penalty on standardised weights: enough to keep weights of features that never fire on negatives finite. */
export const L2 = 1;
/** Corpora the fit reads (dev split only). */
export const FIT_CORPORA = [join(ROOT, 'corpora/mt'), `wmt:${join(ROOT, '../shared/datasets/wmt-xx-en')}`];
/** Decision threshold on the calibrated probability (classes weighted equally, so 0.5 is the balanced decision). */
export const THRESHOLD = 0.5;

/** The dev cases the model is fitted on (WMT system outputs excluded, see above). */
export function fitCases(cases: readonly MtCase[]): MtCase[] {
  return cases.filter((c) => c.split === 'dev' && !(c.slice.startsWith('wmt/') && c.label));
}

/**
 * Artifact features whose weight is not fitted: they never fire on a dev positive, so the data
 * cannot say how strong they are (the fit would even make them negative, from the odd human text
 * that quotes a Cyrillic word). They get the fitted weight of their nearest kin instead.
 */
export const PRIOR_WEIGHTS: Readonly<Partial<Record<Feature, Feature>>> = {
  foreignScript: 'foreignWord', // untranslated material, like a French word
  foreignSentence: 'foreignWord',
  repetitionLoop: 'gluedWords', // broken output, like a glued multiword unit
};

/**
 * Fit with every artifact feature's weight ≥ 0 (more artifacts never make MT less likely): an
 * active set — features that come out negative are fixed at 0 and the rest refitted. `logWords`
 * is free. Features in {@link PRIOR_WEIGHTS} are left out and given their kin's weight.
 */
export function fitModel(cases: readonly MtCase[]): { fit: LogisticModel; X: number[][]; y: boolean[] } {
  const X = cases.map((c) => analyse(c.text).x);
  const y = cases.map((c) => c.label);
  const pos = y.filter(Boolean).length;
  const neg = y.length - pos;
  const sampleWeights = y.map((l) => (l ? y.length / (2 * pos) : y.length / (2 * neg)));
  const free = new Set<number>(FEATURES.map((f, j) => (f in PRIOR_WEIGHTS ? -1 : j)).filter((j) => j >= 0));
  for (;;) {
    const cols = [...free];
    const part = fitLogistic(
      X.map((x) => cols.map((j) => x[j] as number)),
      y,
      { l2: L2, sampleWeights },
    );
    const weights = FEATURES.map(() => 0);
    cols.forEach((j, k) => {
      weights[j] = part.weights[k] as number;
    });
    const negative = cols.filter((j) => FEATURES[j] !== 'logWords' && (weights[j] as number) < 0);
    if (negative.length === 0) {
      for (const [f, kin] of Object.entries(PRIOR_WEIGHTS)) weights[FEATURES.indexOf(f as Feature)] = weights[FEATURES.indexOf(kin as Feature)] as number;
      return { fit: { weights, bias: part.bias }, X, y };
    }
    for (const j of negative) free.delete(j);
  }
}

function auc(scores: number[], y: boolean[]): number {
  const pos = scores.filter((_, i) => y[i]);
  const neg = scores.filter((_, i) => !y[i]);
  let s = 0;
  for (const p of pos) for (const q of neg) s += p > q ? 1 : p === q ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

const fmt = (x: number): string => Number(x.toFixed(4)).toString();

async function main(): Promise<void> {
  const cases = fitCases(await loadAll(FIT_CORPORA, 'dev'));
  const { fit, X, y } = fitModel(cases);
  const model: Model = { bias: fit.bias, weights: Object.fromEntries(FEATURES.map((f, j) => [f, fit.weights[j] as number])) as Record<Feature, number>, threshold: THRESHOLD };
  // the figures are those of the detector: with the context cap of model.ts applied
  const p = X.map((x) => score(x, model).p);
  const bySlice = new Map<string, { n: number; flagged: number }>();
  cases.forEach((c, i) => {
    const key = `${c.slice.replace(/^wmt\/[^/]+\//, 'wmt/')} ${c.label ? 'recall' : 'FPR   '}`;
    const r = bySlice.get(key) ?? { n: 0, flagged: 0 };
    r.n++;
    if ((p[i] as number) >= THRESHOLD) r.flagged++;
    bySlice.set(key, r);
  });
  console.log(`fitted on ${cases.length} dev cases (${y.filter(Boolean).length} +, ${y.filter((l) => !l).length} −); dev ROC-AUC ${auc(p, y).toFixed(4)}`);
  for (const [k, r] of [...bySlice].sort()) console.log(`  ${k.padEnd(36)} ${(r.flagged / r.n).toFixed(3)} (${r.flagged}/${r.n})`);
  FEATURES.forEach((f, j) => {
    console.log(`  ${f.padEnd(26)} ${fmt(fit.weights[j] as number)}`);
  });
  console.log(`  bias ${fmt(fit.bias)}`);
  if (!process.argv.includes('--write')) return;
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.slice.replace(/^wmt\/[^/]+\//, 'wmt/'), (counts.get(c.slice.replace(/^wmt\/[^/]+\//, 'wmt/')) ?? 0) + 1);
  const out = `/**
 * Fitted constants of the MT document model — written by \`fit/fitWeights.ts --write\`; do not edit.
 *
 * Logistic regression (IRLS, L2 = ${L2} on standardised features, classes weighted equally,
 * artifact weights ≥ 0) on the dev split only: ${cases.length} cases (${y.filter(Boolean).length} positive, ${y.filter((l) => !l).length} negative):
${[...counts].sort().map(([k, n]) => ` *   ${k}: ${n}`).join('\n')}
 * Dev ROC-AUC ${auc(p, y).toFixed(4)}. Features are log(1 + count) (\`logWords\`: log(1 + words)).
 * ${Object.entries(PRIOR_WEIGHTS).map(([f, k]) => `${f} (← ${k})`).join(', ')} never fire on a dev
 * positive: each takes the fitted weight of its kin (a prior, not a fit; see PRIOR_WEIGHTS).
 * The dev ROC-AUC above is the detector's, with the context cap of model.ts applied.
 */
import type { Feature } from './features.ts';

export const BIAS = ${fmt(fit.bias)};
export const WEIGHTS: Readonly<Record<Feature, number>> = {
${FEATURES.map((f, j) => `  ${f}: ${fmt(fit.weights[j] as number)},`).join('\n')}
};
/** Probability at and above which the detector's own label is true (the balanced decision). */
export const DECISION_THRESHOLD = ${THRESHOLD};
`;
  writeFileSync(fileURLToPath(new URL('../weights.ts', import.meta.url)), out);
  console.log('wrote weights.ts');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
