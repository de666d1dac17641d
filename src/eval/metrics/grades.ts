/**
 * Ordinal grade accuracy: a detector's score read as one of `levels` ordered grades (Clough–
 * Stevenson: non < heavy < light < cut) through ascending cut-points fitted on dev, the way a
 * decision threshold is. `fitGradeCuts` finds the cut-points that grade the most dev cases
 * right, exactly, by dynamic programming over the distinct dev scores: O(n log n + levels · n).
 * Ties between optima go to the lowest cut-points. A cut-point is the midpoint between two
 * adjacent dev scores; 0 when every score reaches the grade; null when no score does.
 */

/** A case's score and its gold grade (0 = lowest). */
export interface GradedScore {
  score: number;
  rank: number;
}

/** The grade (0 … cuts.length) a score falls in under ascending cut-points (null: never reached). */
export function gradeOf(score: number, cuts: readonly (number | null)[]): number {
  let g = 0;
  while (g < cuts.length && cuts[g] !== null && score >= (cuts[g] as number)) g++;
  return g;
}

/** The `levels − 1` ascending cut-points that maximise the number of `dev` cases graded right. */
export function fitGradeCuts(dev: readonly GradedScore[], levels: number): (number | null)[] {
  const sorted = [...dev].sort((a, b) => a.score - b.score);
  // groups of equal scores: a cut can only fall between groups
  const values: number[] = [];
  const counts: number[][] = [];
  for (const x of sorted) {
    if (values.length === 0 || x.score !== values[values.length - 1]) {
      values.push(x.score);
      counts.push(new Array<number>(levels).fill(0));
    }
    const row = counts[counts.length - 1] as number[];
    if (x.rank >= 0 && x.rank < levels) row[x.rank] = (row[x.rank] as number) + 1;
  }
  const g = values.length;
  // prefix[l][b]: cases of grade l among the first b groups
  const prefix = Array.from({ length: levels }, (_, l) => {
    const p = new Array<number>(g + 1).fill(0);
    for (let b = 0; b < g; b++) p[b + 1] = (p[b] as number) + ((counts[b] as number[])[l] as number);
    return p;
  });
  // best[l][b]: most cases right with grades 0 … l−1 covering the first b groups; from[l][b]: where grade l−1 began
  const best: number[][] = [new Array<number>(g + 1).fill(Number.NEGATIVE_INFINITY)];
  (best[0] as number[])[0] = 0;
  const from: number[][] = [];
  for (let l = 0; l < levels; l++) {
    const p = prefix[l] as number[];
    const prev = best[l] as number[];
    const next = new Array<number>(g + 1).fill(Number.NEGATIVE_INFINITY);
    const arg = new Array<number>(g + 1).fill(0);
    let runMax = Number.NEGATIVE_INFINITY;
    let runArg = 0;
    for (let b = 0; b <= g; b++) {
      const candidate = (prev[b] as number) - (p[b] as number);
      if (candidate > runMax) {
        runMax = candidate;
        runArg = b;
      }
      next[b] = runMax + (p[b] as number);
      arg[b] = runArg;
    }
    best.push(next);
    from.push(arg);
  }
  // walk back from "every group graded" to the boundaries where each grade begins
  const starts = new Array<number>(levels).fill(0);
  let b = g;
  for (let l = levels - 1; l >= 0; l--) {
    b = (from[l] as number[])[b] as number;
    starts[l] = b;
  }
  return starts.slice(1).map((s) => (s === 0 ? 0 : s === g ? null : ((values[s - 1] as number) + (values[s] as number)) / 2));
}
