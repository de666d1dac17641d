/**
 * The article body of a page: the contiguous run of lines that maximises prose weight minus
 * chrome weight (a maximum-sum subarray over lines, as in Finn, Kushmerick & Smyth's Body Text
 * Extraction, 2001, with lines instead of HTML tags). A prose line weighs its word count times
 * its sentence-likeness; every other line costs a fixed penalty, and a line a family matcher
 * recognises counts as a cost, not as prose, and prose without lexical cohesion with its
 * neighbours (teasers, comments) counts for less. For each line: inside the body or not, and how many lines away from it.
 * O(lines).
 */
import { REGION } from '../weights.ts';

export interface BodyRegion {
  /** First and last line index of the body (inclusive); -1 when there are no lines. */
  first: number;
  last: number;
  /** Share of the page's words inside the body. */
  wordShare: number;
}

/** The constants of the body search (chosen on dev by the refit script's grid search). */
export interface RegionParams {
  /** Cost of a line with no sentence shape. */
  chromeCost: number;
  /** Extra cost of a line a family matcher recognises, per unit of strength. */
  familyCost: number;
  /** Weight of a prose line that shares nothing with its neighbours (a teaser, a comment). */
  loneProse: number;
}

/** Chosen on dev with the model weights: see `weights.ts` and `test/detectors/boilerplate/refit.ts`. */
export const REGION_PARAMS: RegionParams = REGION;
/** Cohesion at which a prose line counts fully (see `cohesion.ts`); less cohesive prose counts less. */
export const FULL_COHESION = 0.3;

/**
 * Value of one line for the body search: a line a family matcher recognises is not prose,
 * however long; prose that shares no words with its neighbours counts for less. `cohesion` is
 * -1 when the line is too short to measure (it then counts fully).
 */
export function lineValue(words: number, sentence: number, family: number, cohesion = -1, params: RegionParams = REGION_PARAMS): number {
  const lone = cohesion < 0 ? 1 : params.loneProse + (1 - params.loneProse) * Math.min(1, cohesion / FULL_COHESION);
  return words * sentence * (1 - family) * lone - params.chromeCost * (1 - sentence) - params.familyCost * family;
}

/** The maximum-sum run of `values` (the first one on ties); words give the body's share. */
export function bodyRegion(values: readonly number[], words: readonly number[]): BodyRegion {
  if (values.length === 0) return { first: -1, last: -1, wordShare: 0 };
  let best = Number.NEGATIVE_INFINITY;
  let first = 0;
  let last = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < values.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += values[i] as number;
    if (sum > best) {
      best = sum;
      first = start;
      last = i;
    }
  }
  let inside = 0;
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    total += words[i] as number;
    if (i >= first && i <= last) inside += words[i] as number;
  }
  return { first, last, wordShare: total === 0 ? 0 : inside / total };
}

/** Lines between line `i` and the body (0 inside it). */
export const distanceToBody = (i: number, r: BodyRegion): number => (i < r.first ? r.first - i : i > r.last ? i - r.last : 0);
