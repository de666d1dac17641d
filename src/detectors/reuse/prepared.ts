/**
 * A text prepared for matching: its analysis plus, per token, the keys it matches by — its exact
 * key (lemma ids for content words, the normalized form otherwise) and, for content words, its
 * synsets — and an inverted index from keys to token positions. `matchContext` lists, for every
 * candidate token, the source tokens it matches and how (exact or synonym), through the source's
 * indexes, never comparing all token pairs; `tokenMatch` compares two tokens directly.
 *
 * Cost: O(tokens × senses) to prepare (≈ 15 keys per content word); `matchContext` O(candidate
 * tokens × postings), bounded by `MAX_POSTINGS` per key; `tokenMatch` O(senses).
 */
import { hashString } from '../../kernels/hash.ts';
import { type Analysis, analyse, CONTENT, NAME, NUMBER, STOP, type Tok } from './analysis.ts';
import { type Concept, collocationSynsets, conceptOf, meets } from './concepts.ts';

/** Weight of a synonym match relative to an exact one. */
export const SYNONYM_WEIGHT = 0.8;
/** Hash seed of exact keys of non-content tokens (kept apart from lemma ids). */
const FORM_SEED = 0xf0a11;
/** Informativeness of a stop word. */
const STOP_INFO = 0.1;

export interface Prepared {
  readonly analysis: Analysis;
  /** Exact keys per token (lemma ids of content words, a hash of the form otherwise). */
  readonly exact: readonly (readonly number[])[];
  /** Likely and possible synsets per content token (empty for other kinds). */
  readonly top: readonly (readonly number[])[];
  readonly all: readonly (readonly number[])[];
  /** Informativeness per token: 1 for names and numbers, lower for common (polysemous) content words, `STOP_INFO` for stop words. */
  readonly info: Float32Array;
}

/** Key → token positions of a prepared text, for exact keys, likely synsets and possible synsets. */
export interface Indexes {
  readonly exact: ReadonlyMap<number, readonly number[]>;
  readonly top: ReadonlyMap<number, readonly number[]>;
  readonly all: ReadonlyMap<number, readonly number[]>;
}

const NONE: readonly number[] = [];
/** Prepared texts kept for reuse (a source is often compared with several candidates). */
const CACHE_SIZE = 16;
const preparedCache = new Map<string, Prepared>();
const indexCache = new WeakMap<Prepared, Indexes>();

function post(index: Map<number, number[]>, key: number, position: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

/** Analyse `text` and give each token its keys (cached for the last `CACHE_SIZE` texts; pure either way). */
export function prepare(text: string): Prepared {
  const hit = preparedCache.get(text);
  if (hit !== undefined) return hit;
  const analysis = analyse(text);
  const { tokens } = analysis;
  const exact: (readonly number[])[] = new Array(tokens.length);
  const top: (readonly number[])[] = new Array(tokens.length);
  const all: (readonly number[])[] = new Array(tokens.length);
  const info = new Float32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Tok;
    if (t.kind === CONTENT) {
      const c: Concept = conceptOf(t.norm);
      exact[i] = c.lemmas;
      top[i] = c.top;
      all[i] = c.all;
      info[i] = 1 / (1 + Math.log1p(c.senses) / 2);
    } else {
      info[i] = t.kind === STOP ? STOP_INFO : 1;
      exact[i] = [hashString(t.norm, FORM_SEED)];
      top[i] = NONE;
      all[i] = NONE;
    }
  }
  // Collocations ("take off", "stock market"), led by a content word: both words carry its synsets.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as Tok;
    const b = tokens[i + 1] as Tok;
    if (a.sentence !== b.sentence || a.kind !== CONTENT || b.kind === NAME || b.kind === NUMBER) continue;
    const syn = collocationSynsets(a.norm, b.norm);
    if (syn.length === 0) continue;
    const withSyn = (list: readonly number[]) => [...list, ...syn].sort((x, y) => x - y);
    top[i] = withSyn(top[i] as readonly number[]);
    all[i] = withSyn(all[i] as readonly number[]);
    top[i + 1] = withSyn(top[i + 1] as readonly number[]);
    all[i + 1] = withSyn(all[i + 1] as readonly number[]);
  }
  const prepared: Prepared = { analysis, exact, top, all, info };
  if (preparedCache.size >= CACHE_SIZE) preparedCache.delete(preparedCache.keys().next().value as string);
  preparedCache.set(text, prepared);
  return prepared;
}

/** The inverted indexes of a prepared text (built on first use; stop words are not indexed). */
export function indexesOf(p: Prepared): Indexes {
  let idx = indexCache.get(p);
  if (idx !== undefined) return idx;
  const exact = new Map<number, number[]>();
  const top = new Map<number, number[]>();
  const all = new Map<number, number[]>();
  const tokens = p.analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Tok).kind === STOP) continue;
    for (const k of p.exact[i] as readonly number[]) post(exact, k, i);
    for (const k of p.top[i] as readonly number[]) post(top, k, i);
    for (const k of p.all[i] as readonly number[]) post(all, k, i);
  }
  idx = { exact, top, all };
  indexCache.set(p, idx);
  return idx;
}

/** Postings longer than this are not followed (a key that common points nowhere in particular). */
export const MAX_POSTINGS = 48;

/** How a candidate text's tokens match a source text's, for every pair of passages compared. */
export interface MatchContext {
  readonly source: Prepared;
  readonly candidate: Prepared;
  /**
   * Matching source tokens of candidate token `i` (stop words: none): positions
   * `matchPos[matchStart[i] … matchStart[i + 1])`, ascending, with weights in `matchWeight`.
   */
  readonly matchStart: Uint32Array;
  readonly matchPos: Int32Array;
  readonly matchWeight: Float32Array;
  /** Per candidate token: 1 when a key was too common to follow, so passages compare it directly. */
  readonly dense: Uint8Array;
}

/**
 * For every candidate token that is not a stop word, the source tokens it matches by an exact
 * key (weight 1) or, for content words, a synonym (`SYNONYM_WEIGHT`), found through the source's
 * inverted indexes. O(candidate tokens × postings), postings bounded by `MAX_POSTINGS`.
 */
export function matchContext(source: Prepared, candidate: Prepared): MatchContext {
  const tokens = candidate.analysis.tokens;
  const index = indexesOf(source);
  const dense = new Uint8Array(tokens.length);
  const matchStart = new Uint32Array(tokens.length + 1);
  let pos = new Int32Array(Math.max(16, tokens.length));
  let weight = new Float32Array(pos.length);
  let size = 0;
  // Best weight per source token for the current candidate token, stamped to skip clearing.
  const stamp = new Int32Array(source.analysis.tokens.length).fill(-1);
  const best = new Float32Array(source.analysis.tokens.length);
  const hits: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    matchStart[i] = size;
    const kind = (tokens[i] as Tok).kind;
    if (kind === STOP) continue;
    hits.length = 0;
    const each = (list: readonly number[] | undefined, w: number) => {
      if (list === undefined) return;
      if (list.length > MAX_POSTINGS) {
        dense[i] = 1;
        return;
      }
      for (const j of list) {
        if (stamp[j] !== i) {
          stamp[j] = i;
          best[j] = w;
          hits.push(j);
        } else if ((best[j] as number) < w) best[j] = w;
      }
    };
    for (const k of candidate.exact[i] as readonly number[]) each(index.exact.get(k), 1);
    if (kind === CONTENT) {
      for (const k of candidate.top[i] as readonly number[]) each(index.all.get(k), SYNONYM_WEIGHT);
      for (const k of candidate.all[i] as readonly number[]) each(index.top.get(k), SYNONYM_WEIGHT);
    }
    if (hits.length > 1) hits.sort((a, b) => a - b);
    if (size + hits.length > pos.length) {
      const grown = Math.max(pos.length * 2, size + hits.length);
      const p2 = new Int32Array(grown);
      p2.set(pos.subarray(0, size));
      const w2 = new Float32Array(grown);
      w2.set(weight.subarray(0, size));
      pos = p2;
      weight = w2;
    }
    for (const j of hits) {
      pos[size] = j;
      weight[size] = best[j] as number;
      size++;
    }
  }
  matchStart[tokens.length] = size;
  return { source, candidate, matchStart, matchPos: pos.subarray(0, size), matchWeight: weight.subarray(0, size), dense };
}

/** Whether candidate token `i` matches some source token (or is too common to tell). */
export function hasMatch(ctx: MatchContext, i: number): boolean {
  return (ctx.matchStart[i + 1] as number) > (ctx.matchStart[i] as number) || ctx.dense[i] === 1;
}

/** How token `i` of `a` matches token `j` of `b`: 1 exact, `SYNONYM_WEIGHT` synonym, 0 not. */
export function tokenMatch(a: Prepared, i: number, b: Prepared, j: number): number {
  const ta = a.analysis.tokens[i] as { kind: number };
  const tb = b.analysis.tokens[j] as { kind: number };
  if ((ta.kind === CONTENT) !== (tb.kind === CONTENT)) return 0;
  if (meets(a.exact[i] as readonly number[], b.exact[j] as readonly number[])) return 1;
  if (ta.kind !== CONTENT) return 0;
  return meets(a.top[i] as readonly number[], b.all[j] as readonly number[]) || meets(b.top[j] as readonly number[], a.all[i] as readonly number[])
    ? SYNONYM_WEIGHT
    : 0;
}
