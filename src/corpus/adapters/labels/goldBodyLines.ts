/**
 * Which lines of a page belong to a gold article body given only as plain text (the
 * article-extraction benchmark's `articleBody`). The rule, on word tokens:
 *
 * 1. A line is a candidate when at least {@link CONTENT_SHARE} of its tokens lie inside a
 *    {@link SHINGLE}-token phrase that also occurs in the gold body. A line shorter than
 *    that must occur in the gold body as a whole phrase.
 * 2. A candidate is placed where it occurs in the gold body: a gold offset most of its
 *    matching phrases agree on (several when the passage recurs in the body); its gold range
 *    runs from the first to the last phrase matched near that offset, and of the line only
 *    the tokens matched near that offset count.
 * 3. The content lines are the heaviest chain of candidates, in page order, whose gold ranges
 *    advance through the body (each starts no earlier than the previous ended, less
 *    {@link OVERLAP} tokens), weighted by matched tokens. A short line only joins right after
 *    a chained line (within {@link SHORT_GAP} gold tokens) or at the start of the body, so a
 *    stray "Share" that happens to be a word of the article is not content, and a teaser
 *    repeating the lead paragraph elsewhere on the page is not content twice. Between equally
 *    heavy chains the one with later lines wins, so of a lead paragraph that a teaser repeats
 *    above the headline, the copy next to the rest of the article is the content.
 *
 * Cost: O(T + P log G) for T page tokens, G gold tokens and P candidate placements (each
 * phrase contributes at most {@link MAX_PLACES} placements; short lines all theirs).
 */

/** Phrase length: long enough that a match means "this passage", short enough for edited lines. */
export const SHINGLE = 3;
/** Share of a line's tokens that must be in matching phrases for it to be a candidate. */
export const CONTENT_SHARE = 0.5;
/** Tokens by which consecutive content lines may overlap in the gold body (repeated words). */
export const OVERLAP = 2;
/** Gold tokens a short line may sit after the previous content line (skipped words, bullets). */
export const SHORT_GAP = 3;
/** How far (in tokens) a matching phrase may stray from the line's offset and still count. */
export const DRIFT = 8;
/** Occurrences of one phrase that vote on a long line's placement, and placements kept per line. */
export const MAX_PLACES = 32;
/** A long line may also sit wherever at least this share of the best placement's phrases agree. */
export const PLACE_SHARE = 0.5;

interface Placement {
  line: number;
  start: number;
  end: number;
  weight: number;
  short: boolean;
}

const key = (tokens: readonly string[], from: number, n: number) => tokens.slice(from, from + n).join('\u0001');

/** Every phrase of 1..SHINGLE tokens of the gold body → its start positions. */
function phraseIndex(gold: readonly string[]): Map<string, number[]>[] {
  const maps: Map<string, number[]>[] = [];
  for (let n = 1; n <= SHINGLE; n++) {
    const m = new Map<string, number[]>();
    for (let p = 0; p + n <= gold.length; p++) {
      const k = key(gold, p, n);
      const list = m.get(k);
      if (list) list.push(p);
      else m.set(k, [p]);
    }
    maps.push(m);
  }
  return maps;
}

/** The element of an ascending list nearest to `x`. O(log n). */
function nearest(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  const after = sorted[lo] as number;
  const before = lo > 0 ? (sorted[lo - 1] as number) : after;
  return x - before <= after - x ? before : after;
}

/**
 * Where a long line may sit in the gold body: every gold offset that at least
 * {@link PLACE_SHARE} as many phrases agree on as the best one (a passage repeated in the
 * body has several), at most {@link MAX_PLACES}; none when too little of the line matches.
 * Each placement counts only the phrases found within {@link DRIFT} of its offset.
 */
function placeLong(line: number, tokens: readonly string[], index: Map<string, number[]>): Placement[] {
  const n = tokens.length;
  const covered = new Uint8Array(n);
  const votes = new Map<number, number>();
  const hits: { j: number; places: readonly number[] }[] = [];
  for (let j = 0; j + SHINGLE <= n; j++) {
    const places = index.get(key(tokens, j, SHINGLE));
    if (!places) continue;
    covered.fill(1, j, j + SHINGLE);
    hits.push({ j, places });
    for (const p of places.slice(0, MAX_PLACES)) votes.set(p - j, (votes.get(p - j) ?? 0) + 1);
  }
  if (covered.reduce((a, b) => a + b, 0) < CONTENT_SHARE * n) return [];
  const ranked = [...votes].sort(([d1, v1], [d2, v2]) => v2 - v1 || d1 - d2);
  const top = (ranked[0] as [number, number])[1];
  const placements: Placement[] = [];
  for (const [offset, v] of ranked.slice(0, MAX_PLACES)) {
    if (v < PLACE_SHARE * top) break;
    const near = new Uint8Array(n);
    let start = Number.POSITIVE_INFINITY;
    let end = 0;
    for (const { j, places } of hits) {
      const p = nearest(places, offset + j);
      if (Math.abs(p - j - offset) > DRIFT) continue;
      near.fill(1, j, j + SHINGLE);
      start = Math.min(start, p);
      end = Math.max(end, p + SHINGLE);
    }
    const weight = near.reduce((a, b) => a + b, 0);
    if (weight >= CONTENT_SHARE * n) placements.push({ line, start, end, weight, short: false });
  }
  return placements;
}

/** Max-with-argmax over gold end positions, for the chain search. */
class MaxTree {
  readonly #size: number;
  readonly #score: Float64Array;
  readonly #arg: Int32Array;
  constructor(positions: number) {
    let size = 1;
    while (size < positions) size *= 2;
    this.#size = size;
    this.#score = new Float64Array(2 * size).fill(-1);
    this.#arg = new Int32Array(2 * size).fill(-1);
  }
  /** Keep the better of (score, arg) at `pos`: higher score, then higher arg (later in page order). */
  update(pos: number, score: number, arg: number): void {
    let i = pos + this.#size;
    if (!this.#better(score, arg, i)) return;
    this.#score[i] = score;
    this.#arg[i] = arg;
    for (i >>= 1; i >= 1; i >>= 1) {
      const [l, r] = [2 * i, 2 * i + 1];
      const pick = this.#better(this.#score[l] as number, this.#arg[l] as number, r) ? l : r;
      this.#score[i] = this.#score[pick] as number;
      this.#arg[i] = this.#arg[pick] as number;
    }
  }
  #better(score: number, arg: number, than: number): boolean {
    const s = this.#score[than] as number;
    return score > s || (score === s && arg > (this.#arg[than] as number));
  }
  /** Best (score, arg) over positions [from, to]; score -1 when empty. */
  query(from: number, to: number): { score: number; arg: number } {
    let best = { score: -1, arg: -1 };
    let lo = Math.max(0, from) + this.#size;
    let hi = Math.min(this.#size - 1, to) + this.#size + 1;
    const take = (i: number) => {
      const [score, arg] = [this.#score[i] as number, this.#arg[i] as number];
      if (score > best.score || (score === best.score && arg > best.arg)) best = { score, arg };
    };
    while (lo < hi) {
      if (lo & 1) take(lo++);
      if (hi & 1) take(--hi);
      lo >>= 1;
      hi >>= 1;
    }
    return best;
  }
}

/** For each page line (given as its tokens), whether it belongs to the gold body. */
export function goldBodyLines(lines: readonly (readonly string[])[], gold: readonly string[]): boolean[] {
  const content = lines.map(() => false);
  if (gold.length === 0) return content;
  const index = phraseIndex(gold);
  const placements: Placement[] = [];
  const score: number[] = [];
  const previous: number[] = [];
  const tree = new MaxTree(gold.length + 1);
  let bestEnd = -1;
  lines.forEach((tokens, line) => {
    const n = tokens.length;
    let options: Placement[] = [];
    if (n >= SHINGLE) options = placeLong(line, tokens, index[SHINGLE - 1] as Map<string, number[]>);
    else if (n > 0)
      options = ((index[n - 1] as Map<string, number[]>).get(key(tokens, 0, n)) ?? []).map((start) => ({
        line,
        start,
        end: start + n,
        weight: n,
        short: true,
      }));
    const scored: [number, number, number][] = [];
    for (const o of options) {
      const before = o.short
        ? tree.query(o.start - SHORT_GAP, o.start + OVERLAP)
        : tree.query(0, o.start + OVERLAP);
      const fresh = !o.short || o.start <= SHORT_GAP;
      if (before.score < 0 && !fresh) continue;
      scored.push([placements.length, o.weight + Math.max(0, before.score), before.score < 0 ? -1 : before.arg]);
      placements.push(o);
    }
    // insert after scoring, so two placements of one line never chain
    for (const [i, s, prev] of scored) {
      score[i] = s;
      previous[i] = prev;
      tree.update((placements[i] as Placement).end, s, i);
      if (bestEnd < 0 || s >= (score[bestEnd] as number)) bestEnd = i;
    }
  });
  for (let i = bestEnd; i >= 0; i = previous[i] as number) content[(placements[i] as Placement).line] = true;
  return content;
}
