/**
 * Refit the boilerplate model on dev cases only (a script, not a test):
 *
 *   node --import tsx test/detectors/boilerplate/refit.ts [--grid] [--write]
 *
 * Data: the `dev` split of the bundled boilerplate slices and, when `../shared/datasets` is
 * present, of the AEB and trafilatura adapters (their dev/test split is by web host). Lines are
 * labeled as in `data.ts`; trafilatura contributes only the lines its snippets touch. Each
 * source gets a fixed share of the total sample weight (SHARES), so the thousands of menu lines
 * of a few AEB pages do not drown the bundled families, and AEB lines weigh more with more words
 * (the page metric counts tokens).
 *
 * Pass 1 is a weighted L2 logistic regression over LINE_FEATURES. Pass 2 adds the context
 * features computed from out-of-fold pass-1 probabilities (FOLDS folds by case), so the second
 * pass learns how much to trust neighbours it has not been fitted on. The line threshold is the
 * one among THRESHOLDS that maximises the mean of the dev targets' figures (`objective`).
 * `--grid` also searches the body-search constants (REGION_GRID) and keeps the best objective.
 * `--write` rewrites `src/detectors/boilerplate/weights.ts`. Set BP_CACHE=<file> to cache the
 * public datasets' cases between runs (see data.ts).
 *
 * Experiment knobs (environment; the defaults reproduce the committed weights):
 * BP_SHARES='{"bundled":0.5,"aeb":0.3,"trafilatura":0.2}' (source shares), BP_KEEP_WEIGHT=1
 * (weight of a trafilatura must-stay line), BP_LAMBDA=2 (L2 penalty).
 */
import { writeFileSync } from 'node:fs';
import { CONTEXT_FEATURES, contextFeatures, LINE_FEATURES, lineFeatures, type PageFeatures } from '../../../src/detectors/boilerplate/features.ts';
import { scoreLines } from '../../../src/detectors/boilerplate/model.ts';
import { REGION_PARAMS, type RegionParams } from '../../../src/detectors/boilerplate/signals/bodyRegion.ts';
import { fitLogistic, predict } from '../../../src/detectors/fit/logistic.ts';
import { type LabeledCase, loadAll, ROOT, type Source } from './data.ts';
import { f1, headline, mean, type Summary, summarize } from './metrics.ts';

/** Share of the total sample weight per source. */
const SHARES: Record<Source, number> = JSON.parse(process.env.BP_SHARES ?? 'null') ?? { bundled: 0.5, aeb: 0.3, trafilatura: 0.2 };
/**
 * Weight of a trafilatura must-stay line against a must-go line: the targets ask for 0.95 of the
 * must-stay snippets kept but only 0.85 of the must-go ones removed, so losing content costs more.
 */
const KEEP_WEIGHT = Number(process.env.BP_KEEP_WEIGHT ?? 1);
/** AEB line weight: 1 + words / AEB_WORDS (a long paragraph matters more to token F1). */
const AEB_WORDS = 20;
/** L2 penalty (the sample weights sum to the number of labeled lines). */
const LAMBDA = Number(process.env.BP_LAMBDA ?? 2);
/** Folds for the out-of-fold first-pass probabilities. */
const FOLDS = 4;
/** Candidate line thresholds. */
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
/**
 * Body-search constants tried by `--grid`. The family cost stays small and lone prose keeps at
 * least half its weight on purpose: one inserted boilerplate line, or an article whose paragraphs
 * share few words, must not cut an article in two (the metamorphic tests check it); on dev, costs
 * of 12–24 and a lone weight of 0.25 scored the same objective within ±0.003.
 */
const REGION_GRID: RegionParams[] = [2, 3, 5].flatMap((chromeCost) =>
  [2, 4, 8].flatMap((familyCost) => [0.5, 0.75].map((loneProse) => ({ chromeCost, familyCost, loneProse }))),
);

/**
 * Coefficients in the layout of `weights.ts`: the intercept first, for feature rows whose column 0
 * is the constant 1. The penalty acts on the raw weights, never on the intercept.
 */
function fitBeta(x: readonly number[][], y: readonly number[], w: readonly number[]): number[] {
  const m = fitLogistic(
    x.map((row) => row.slice(1)),
    y,
    { l2: LAMBDA, sampleWeights: w, standardize: false },
  );
  return [m.bias, ...m.weights];
}

/** P(boilerplate) of a feature row (column 0 the constant 1) under `fitBeta` coefficients. */
const probability = (beta: readonly number[], row: readonly number[]): number => predict({ bias: 0, weights: beta }, row);

const dev = (await loadAll()).filter((lc) => lc.c.split === 'dev');
const sources = new Set(dev.map((lc) => lc.source));
console.log(`dev cases: ${dev.length} (${[...sources].map((s) => `${s} ${dev.filter((lc) => lc.source === s).length}`).join(', ')})`);

interface Row {
  k: number;
  i: number;
  y: number;
  w: number;
}
const rows: Row[] = [];
dev.forEach((lc, k) => {
  lc.labels.forEach((label, i) => {
    if (label === undefined) return;
    const words = (lc.lines[i] as { words: readonly string[] }).words.length;
    const w = lc.source === 'aeb' ? 1 + words / AEB_WORDS : lc.source === 'trafilatura' && !label ? KEEP_WEIGHT : 1;
    rows.push({ k, i, y: label ? 1 : 0, w });
  });
});
// normalise: each present source gets its share of the total weight (total = number of rows)
const shareSum = [...sources].reduce((a, s) => a + SHARES[s], 0);
for (const s of sources) {
  const mine = rows.filter((r) => (dev[r.k] as LabeledCase).source === s);
  const total = mine.reduce((a, r) => a + r.w, 0);
  const scale = ((SHARES[s] / shareSum) * rows.length) / total;
  for (const r of mine) r.w *= scale;
}

/** Mean of the dev targets' figures: bundled line F1 and keep rate, AEB token F1, trafilatura removed and kept. */
function objective(s: Summary): number {
  const parts: number[] = [];
  const all = s.slices.get('*');
  if (all) parts.push(f1(all), s.hardKept / (s.hardTotal || 1));
  if (s.aeb.length) parts.push(mean(s.aeb.map((a) => a.f)));
  if (s.traf.removeLocated) parts.push(s.traf.removed / s.traf.removeLocated, s.traf.kept / s.traf.keepLocated);
  return mean(parts);
}

interface Fit {
  region: RegionParams;
  beta1: number[];
  beta2: number[];
  threshold: number;
  value: number;
  report: string[];
}

function fitModel(region: RegionParams): Fit {
  const pages: PageFeatures[] = dev.map((lc) => lineFeatures(lc.lines, region));
  const x1 = (r: Row) => (pages[r.k] as PageFeatures).rows[r.i] as number[];
  const fit1 = (subset: Row[]) =>
    fitBeta(
      subset.map(x1),
      subset.map((r) => r.y),
      subset.map((r) => r.w),
    );
  const beta1 = fit1(rows);
  // out-of-fold first-pass probabilities → context features for pass 2
  const fold = (k: number) => k % FOLDS;
  const ctxRows: number[][][] = dev.map(() => []);
  for (let f = 0; f < FOLDS; f++) {
    const beta = fit1(rows.filter((r) => fold(r.k) !== f));
    dev.forEach((lc, k) => {
      if (fold(k) !== f) return;
      const page = pages[k] as PageFeatures;
      ctxRows[k] = contextFeatures(
        lc.lines,
        page.rows.map((x) => probability(beta, x)),
        page,
      );
    });
  }
  const x2 = (r: Row) => [...x1(r), ...((ctxRows[r.k] as number[][])[r.i] as number[])];
  const beta2 = fitBeta(
    rows.map(x2),
    rows.map((r) => r.y),
    rows.map((r) => r.w),
  );
  // threshold: evaluate the whole model on dev at each candidate
  const probs = dev.map((lc) => scoreLines(lc.lines, beta1, beta2, region).p);
  let best = { threshold: 0.5, value: -1 };
  const report: string[] = [];
  for (const t of THRESHOLDS) {
    const s = summarize(dev, (_, k) => (probs[k] as number[]).map((p) => p >= t));
    const value = objective(s);
    report.push(`threshold ${t.toFixed(2)}: objective ${value.toFixed(4)} | ${headline(s)}`);
    if (value > best.value) best = { threshold: t, value };
  }
  return { region, beta1, beta2, ...best, report };
}

let chosen: Fit | undefined;
for (const region of process.argv.includes('--grid') ? REGION_GRID : [REGION_PARAMS]) {
  const f = fitModel(region);
  console.log(`region ${JSON.stringify(region)}: objective ${f.value.toFixed(4)} at threshold ${f.threshold}`);
  if (!chosen || f.value > chosen.value + 1e-9) chosen = f;
}
if (!chosen) throw new Error('no fit');
console.log(chosen.report.join('\n'));
console.log(`chosen: region ${JSON.stringify(chosen.region)}, threshold ${chosen.threshold}, objective ${chosen.value.toFixed(4)}`);

const round = (x: number) => Math.round(x * 1000) / 1000;
const record = (names: readonly string[], beta: readonly number[]) => `{\n${names.map((n, j) => `  '${n}': ${round(beta[j] as number)},`).join('\n')}\n}`;
const file = `// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not approximations of constants
/**
 * Fitted constants of the boilerplate model — generated by \`test/detectors/boilerplate/refit.ts${process.argv.includes('--grid') ? ' --grid' : ''} --write\`;
 * do not edit by hand. Weighted L2 logistic regressions fitted on the dev split only: bundled
 * boilerplate slices${sources.has('aeb') ? ', AEB (aeb-scrapinghub) and trafilatura-eval-en' : ''} (${dev.length} cases, ${rows.length} labeled lines; source
 * shares ${[...sources].map((s) => `${s} ${SHARES[s]}`).join(', ')}; lambda ${LAMBDA}). The body-search constants and the line
 * threshold maximise the mean of the dev targets (bundled line F1, hard-negative keep rate, AEB
 * token F1, trafilatura must-go removed and must-stay kept): dev objective ${chosen.value.toFixed(4)}.
 */

/** First pass: weights of LINE_FEATURES. */
export const PASS1: Readonly<Record<string, number>> = ${record(LINE_FEATURES, chosen.beta1)};

/** Second pass: weights of LINE_FEATURES then CONTEXT_FEATURES. */
export const PASS2: Readonly<Record<string, number>> = ${record([...LINE_FEATURES, ...CONTEXT_FEATURES], chosen.beta2)};

/** Body-search constants (see signals/bodyRegion.ts). */
export const REGION = { chromeCost: ${chosen.region.chromeCost}, familyCost: ${chosen.region.familyCost}, loneProse: ${chosen.region.loneProse} };

/** Line probability at and above which a line is boilerplate. */
export const LINE_THRESHOLD = ${chosen.threshold};
`;
if (process.argv.includes('--write')) {
  writeFileSync(`${ROOT}src/detectors/boilerplate/weights.ts`, file);
  console.log('wrote src/detectors/boilerplate/weights.ts');
}
