/**
 * Prose islands: every run of lines whose body-search values (see `bodyRegion.ts`) add up to a
 * clear positive score, cut where a chrome gap worth more than GAP has sunk the running sum
 * below its best. The article body is the heaviest island, but pages also split an article
 * around embedded chrome (an ad slot, a related-links box, a recipe's ingredient list before its
 * method), and those other islands are prose too — or a comment thread, which the model tells
 * apart with its other features. For each line, whether it sits in an island other than the
 * body and how far (in lines) it is from the nearest island. O(lines) in practice: after a cut
 * the scan resumes right after the island's best end.
 */

/** Value of chrome between two prose runs that separates them into two islands. */
export const GAP = 20;
/** Least score of an island (about two sentences of prose). */
export const ISLAND_MIN = 25;

export interface Island {
  first: number;
  last: number;
  score: number;
}

/** The islands of `values`, in order (only those scoring at least ISLAND_MIN). */
export function proseIslands(values: readonly number[]): Island[] {
  const out: Island[] = [];
  const n = values.length;
  let i = 0;
  while (i < n) {
    if ((values[i] as number) <= 0) {
      i++;
      continue;
    }
    const first = i;
    let sum = 0;
    let best = 0;
    let bestEnd = i;
    for (; i < n; i++) {
      sum += values[i] as number;
      if (sum > best) {
        best = sum;
        bestEnd = i;
      }
      if (sum <= 0 || best - sum > GAP) break;
    }
    if (best >= ISLAND_MIN) out.push({ first, last: bestEnd, score: best });
    i = bestEnd + 1;
  }
  return out;
}

/** Lines from line `i` to the nearest island (0 inside one); Infinity when there is none. */
export function distanceToIslands(islands: readonly Island[]): (i: number) => number {
  return (i) => {
    let d = Number.POSITIVE_INFINITY;
    for (const s of islands) d = Math.min(d, i < s.first ? s.first - i : i > s.last ? i - s.last : 0);
    return d;
  };
}
