/**
 * The results file (`results.json`): run metadata, metrics and every case's prediction, so that
 * anyone can recompute every figure without rehash. Written by the eval engine, read by
 * `compare`, `gate` and `merge`; validated whenever it is read back.
 */
import { z } from 'zod';
import { Alignment, Drift, Split, Task } from './case.ts';
import { Detection } from './detection.ts';

/**
 * Version of the on-disk results format written by this rehash. 2 added the optional
 * `match.grade` of a case result and `grades` of a metric row; a version-1 file is a valid
 * version-2 file without them, so both are read.
 */
export const RESULTS_SCHEMA_VERSION = 2;
/** Results versions this rehash reads. */
export const READABLE_RESULTS_VERSIONS: readonly number[] = [1, 2];

/** A figure with its 95% bootstrap interval; `value` is null where it is undefined (0/0). */
export const Estimate = z
  .object({ value: z.number().nullable(), lo: z.number().nullable().optional(), hi: z.number().nullable().optional() })
  .strict();
export type Estimate = z.infer<typeof Estimate>;

export const Confusion = z.object({ tp: z.int(), fp: z.int(), tn: z.int(), fn: z.int() }).strict();
export type Confusion = z.infer<typeof Confusion>;

export const DocumentMetrics = z
  .object({
    confusion: Confusion,
    precision: Estimate,
    recall: Estimate,
    f1: Estimate,
    accuracy: Estimate,
    specificity: Estimate,
    rocAuc: Estimate,
    prAuc: Estimate,
  })
  .strict();
export type DocumentMetrics = z.infer<typeof DocumentMetrics>;

export const Prf = z.object({ precision: Estimate, recall: Estimate, f1: Estimate }).strict();
export type Prf = z.infer<typeof Prf>;

export const SpanMetrics = z
  .object({
    chars: Prf,
    byType: z.record(z.string(), Prf),
    lines: Prf.optional(),
  })
  .strict();
export type SpanMetrics = z.infer<typeof SpanMetrics>;

export const PanMetrics = z
  .object({ precision: Estimate, recall: Estimate, granularity: Estimate, plagdet: Estimate })
  .strict();
export type PanMetrics = z.infer<typeof PanMetrics>;

/** Metrics of one detector on one slice of one split (`slice: "*"` is the whole task). */
export const MetricsRow = z
  .object({
    detector: z.string(),
    task: Task,
    slice: z.string(),
    split: z.string(),
    cases: z.int(),
    positives: z.int(),
    errors: z.int(),
    /** Decision threshold on the score; null when the detector's own labels were used. */
    threshold: z.number().nullable(),
    document: DocumentMetrics,
    spans: SpanMetrics.optional(),
    pan: PanMetrics.optional(),
    drift: Prf.optional(),
    /** Mean per-case token precision/recall/F1 of the kept text against a gold body (cases with `meta.goldBody`). */
    keptText: Prf.optional(),
    /** Shares of located must-go snippets removed and must-stay snippets kept (cases with `meta.mustRemove`/`mustKeep`). */
    snippets: z.object({ removed: Estimate, kept: Estimate }).strict().optional(),
    /**
     * Ordinal grade accuracy (cases with a gold grade): the score read as one of `levels` grades
     * through ascending `cuts` fitted on `fittedOn` dev cases (null: a grade no dev score reached).
     */
    grades: z.object({ levels: z.int().min(2), cuts: z.array(z.number().nullable()), fittedOn: z.int().min(0), accuracy: Estimate }).strict().optional(),
    warnings: z.array(z.string()),
  })
  .strict();
export type MetricsRow = z.infer<typeof MetricsRow>;

/** Overlap counts of one case (characters, lines or drift items): found, wrongly flagged, missed. */
export const Overlap = z.object({ tp: z.number().min(0), fp: z.number().min(0), fn: z.number().min(0) }).strict();
export type Overlap = z.infer<typeof Overlap>;

/**
 * PAN text-alignment sums of one case, additive over cases: macro precision is
 * precisionSum / detections, macro recall recallSum / goldPassages, granularity
 * detectionsPerFoundPassage / foundPassages.
 */
export const PanCounts = z
  .object({
    precisionSum: z.number().min(0),
    detections: z.int().min(0),
    recallSum: z.number().min(0),
    goldPassages: z.int().min(0),
    foundPassages: z.int().min(0),
    detectionsPerFoundPassage: z.int().min(0),
  })
  .strict();
export type PanCounts = z.infer<typeof PanCounts>;

/** Token precision/recall/F1 of one case's kept text (text minus predicted spans) against its gold body. */
export const TokenScores = z.object({ precision: z.number(), recall: z.number(), f1: z.number() }).strict();

/** Must-go / must-stay snippets of one page found in its text, and how many survive the predicted spans. */
export const SnippetCounts = z
  .object({ mustRemove: z.int().min(0), removed: z.int().min(0), mustKeep: z.int().min(0), kept: z.int().min(0) })
  .strict();
export type SnippetCounts = z.infer<typeof SnippetCounts>;

/** How a prediction matched the gold annotation of its case, so aggregates need no texts. */
export const Match = z
  .object({
    chars: Overlap.optional(),
    keptText: TokenScores.optional(),
    snippets: SnippetCounts.optional(),
    lines: Overlap.optional(),
    types: z.record(z.string(), Overlap).optional(),
    pan: PanCounts.optional(),
    drift: Overlap.optional(),
    /** The case's gold ordinal grade, `rank` of `levels` (0 = lowest), from `meta.gradeRank` / `meta.gradeLevels`. */
    grade: z.object({ rank: z.int().min(0), levels: z.int().min(2) }).strict().optional(),
  })
  .strict();
export type Match = z.infer<typeof Match>;

export const CaseResult = z
  .object({
    id: z.string(),
    task: Task,
    slice: z.string(),
    split: Split,
    label: z.boolean(),
    detector: z.string(),
    prediction: Detection.optional(),
    match: Match.optional(),
    error: z.string().optional(),
  })
  .strict();
export type CaseResult = z.infer<typeof CaseResult>;

export const DetectorInfo = z
  .object({
    key: z.string(),
    id: z.string(),
    version: z.string(),
    task: Task,
    description: z.string(),
    baseline: z.boolean(),
    config: z.record(z.string(), z.unknown()),
    configHash: z.string(),
  })
  .strict();
export type DetectorInfo = z.infer<typeof DetectorInfo>;

/** What a fitted threshold maximises on dev: balanced accuracy (default), F1 or accuracy. */
export const ThresholdObjective = z.enum(['balanced', 'f1', 'accuracy']);
export type ThresholdObjective = z.infer<typeof ThresholdObjective>;

export const Threshold = z
  .object({
    detector: z.string(),
    value: z.number().nullable(),
    /** `dev`: fitted on the dev split of this run; `detector`: the detector's own label was used. */
    source: z.enum(['dev', 'detector']),
    objective: ThresholdObjective,
    devCases: z.int(),
  })
  .strict();
export type Threshold = z.infer<typeof Threshold>;

export const CorpusFingerprint = z
  .object({ name: z.string(), sha256: z.string(), cases: z.int() })
  .strict();
export type CorpusFingerprint = z.infer<typeof CorpusFingerprint>;

export const Timing = z
  .object({
    detector: z.string(),
    /** Case runs executed in this run (cache hits excluded). */
    cases: z.int(),
    cached: z.int(),
    seconds: z.number(),
    /** Executed case runs per second of detector time (summed over threads). */
    casesPerSecond: z.number(),
  })
  .strict();
export type Timing = z.infer<typeof Timing>;

export const RunInfo = z
  .object({
    id: z.string(),
    rehashVersion: z.string(),
    gitCommit: z.string().nullable(),
    node: z.string(),
    cpu: z.string(),
    platform: z.string(),
    seed: z.int(),
    thresholdObjective: ThresholdObjective,
    /** Bootstrap resamples per interval. */
    resamples: z.int(),
    split: z.enum(['dev', 'test', 'all']),
    workers: z.int(),
    startedAt: z.string(),
    finishedAt: z.string(),
    shard: z.object({ index: z.int(), count: z.int() }).strict().nullable(),
  })
  .strict();
export type RunInfo = z.infer<typeof RunInfo>;

/**
 * The texts and gold annotation of a case shown in the error-analysis view (false positives and
 * negatives, a capped number per detector × slice), so reports render from results alone.
 */
export const ExampleCase = z
  .object({
    id: z.string(),
    task: Task,
    slice: z.string(),
    split: Split,
    label: z.boolean(),
    text: z.string().optional(),
    source: z.string().optional(),
    candidate: z.string().optional(),
    spans: z.array(z.object({ start: z.int(), end: z.int(), type: z.string() }).strict()).optional(),
    alignments: z.array(Alignment).optional(),
    drift: z.array(Drift).optional(),
  })
  .strict();
export type ExampleCase = z.infer<typeof ExampleCase>;

export const Results = z
  .object({
    schemaVersion: z.union([z.literal(1), z.literal(RESULTS_SCHEMA_VERSION)]),
    kind: z.literal('rehash-results'),
    run: RunInfo,
    corpora: z.array(CorpusFingerprint),
    /** sha256 per slice over its cases' canonical JSON (order-independent), so compare can name changed slices. */
    slices: z.array(CorpusFingerprint),
    detectors: z.array(DetectorInfo),
    thresholds: z.array(Threshold),
    metrics: z.array(MetricsRow),
    timing: z.array(Timing),
    skipped: z.array(z.object({ file: z.string(), line: z.int(), problem: z.string() }).strict()),
    cases: z.array(CaseResult),
    examples: z.array(ExampleCase),
  })
  .strict();
export type Results = z.infer<typeof Results>;
