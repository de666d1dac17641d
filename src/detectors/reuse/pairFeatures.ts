/**
 * Features of one passage pair — a candidate sentence against one or two adjacent source
 * sentences — from the token match matrix (exact or synonym matches, `prepared.ts`):
 *
 * - wording: synonym-aware containment of content words in each direction, and of exact lemmas;
 * - syntax: similarity of the stop-word sequences (their longest common subsequence), which a
 *   synonym swap leaves intact and independent writing does not reproduce;
 * - order: a weighted longest common subsequence over all tokens, and the share of candidate
 *   bigrams whose two words match two adjacent source words (what survives of word shingles);
 * - facts: names and numbers of each side found on the other, and numbers found on one side only;
 * - length: log ratio of the token counts.
 *
 * Cost: O(|C| · |S| · senses) for the match matrix and the two dynamic programmes; sentences are
 * short, and a sentence longer than `MAX_PAIR_TOKENS` is compared on its first tokens only.
 */
import { dice } from '../../kernels/dice.ts';
import { CONTENT, NAME, NUMBER, STOP } from './analysis.ts';
import { type MatchContext, type Prepared, tokenMatch } from './prepared.ts';

/** Longest token run compared per side (keeps the quadratic matrix bounded on run-on "sentences"). */
export const MAX_PAIR_TOKENS = 160;

export interface PairFeatures {
  /** Tokens of each side. */
  cTokens: number;
  sTokens: number;
  /** Synonym-aware containment of candidate content words in the source, and the reverse. */
  contentC: number;
  contentS: number;
  /** Share of candidate content words with an exact lemma match. */
  exactC: number;
  exactS: number;
  /** Content words on each side. */
  cContent: number;
  sContent: number;
  /** Names and numbers of each side found on the other (1 when a side has none). */
  factsC: number;
  factsS: number;
  /** Names and numbers on each side. */
  cFacts: number;
  sFacts: number;
  /** Informativeness-weighted containment of content words, names and numbers, each direction. */
  infoC: number;
  infoS: number;
  /** Informativeness of what each side has that the other lacks. */
  missingC: number;
  missingS: number;
  /** Numbers present on one side only. */
  numberMismatch: number;
  /** Dice of the stop-word sequences' LCS. */
  stopLcs: number;
  /** Weighted LCS over all tokens, over candidate and source length. */
  orderC: number;
  orderS: number;
  /** Share of candidate bigrams matched by adjacent source tokens (soft), and exactly. */
  bigramC: number;
  exactBigramC: number;
  /** The same for source bigrams. */
  bigramS: number;
  exactBigramS: number;
  /** Dice of the character bigrams of the two passages, lowercased (string-similarity's measure). */
  charDice: number;
}

/** Reused buffers (pair features are computed one at a time): match matrix, best match per token. */
let scratch = new Float32Array(4096);
let bestC = new Float32Array(256);
let bestS = new Float32Array(256);
let stopsC = new Int32Array(256);
let stopsS = new Int32Array(256);

/** Fill the `n × m` match matrix of candidate tokens `[cFrom, …)` × source tokens `[sFrom, …)`. */
function matchMatrix(ctx: MatchContext, cFrom: number, n: number, sFrom: number, m: number): Float32Array {
  const { candidate, source } = ctx;
  if (scratch.length < n * m) scratch = new Float32Array(Math.max(n * m, scratch.length * 2));
  const M = scratch;
  M.fill(0, 0, n * m);
  const st = source.analysis.tokens;
  const sStops: number[] = [];
  for (let j = 0; j < m; j++) if ((st[sFrom + j] as { kind: number }).kind === STOP) sStops.push(j);
  for (let i = 0; i < n; i++) {
    const ci = cFrom + i;
    if ((candidate.analysis.tokens[ci] as { kind: number }).kind === STOP) {
      const key = (candidate.exact[ci] as readonly number[])[0];
      for (const j of sStops) if ((source.exact[sFrom + j] as readonly number[])[0] === key) M[i * m + j] = 1;
    } else if (ctx.dense[ci] === 1) {
      for (let j = 0; j < m; j++) M[i * m + j] = tokenMatch(candidate, ci, source, sFrom + j);
    } else {
      const end = ctx.matchStart[ci + 1] as number;
      let lo = ctx.matchStart[ci] as number;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((ctx.matchPos[mid] as number) < sFrom) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < end; k++) {
        const j = ctx.matchPos[k] as number;
        if (j >= sFrom + m) break;
        M[i * m + (j - sFrom)] = ctx.matchWeight[k] as number;
      }
    }
  }
  return M;
}

/** Share of the candidate bigrams (rows) matched by adjacent source tokens: [soft, exact]. */
function rowBigrams(M: Float32Array, n: number, m: number): [number, number] {
  if (n < 2) return [0, 0];
  let soft = 0;
  let exact = 0;
  for (let r = 0; r + 1 < n; r++) {
    let s = false;
    let e = false;
    const row = r * m;
    for (let c = 0; c + 1 < m && !e; c++) {
      const a = M[row + c] as number;
      if (a === 0) continue;
      const b = M[row + m + c + 1] as number;
      if (b > 0) {
        s = true;
        if (a === 1 && b === 1) e = true;
      }
    }
    if (s) soft++;
    if (e) exact++;
  }
  return [soft / (n - 1), exact / (n - 1)];
}

/** Share of the source bigrams (columns) matched by adjacent candidate tokens: [soft, exact]. */
function columnBigrams(M: Float32Array, n: number, m: number): [number, number] {
  if (m < 2) return [0, 0];
  let soft = 0;
  let exact = 0;
  for (let c = 0; c + 1 < m; c++) {
    let s = false;
    let e = false;
    for (let r = 0; r + 1 < n && !e; r++) {
      const a = M[r * m + c] as number;
      if (a === 0) continue;
      const b = M[(r + 1) * m + c + 1] as number;
      if (b > 0) {
        s = true;
        if (a === 1 && b === 1) e = true;
      }
    }
    if (s) soft++;
    if (e) exact++;
  }
  return [soft / (m - 1), exact / (m - 1)];
}

/** Reused LCS rows. */
let rowA = new Float64Array(256);
let rowB = new Float64Array(256);

/**
 * Weighted LCS of the matrix rows `rows` against columns `cols` (all rows/columns when null),
 * O(|rows| · |cols|) time, rows reused between calls.
 */
function matrixLcs(M: Float32Array, m: number, rows: Int32Array | null, nr: number, cols: Int32Array | null, nc: number): number {
  if (nr === 0 || nc === 0) return 0;
  if (rowA.length <= nc) {
    rowA = new Float64Array(nc * 2);
    rowB = new Float64Array(nc * 2);
  }
  let prev = rowA;
  let cur = rowB;
  prev.fill(0, 0, nc + 1);
  cur[0] = 0;
  for (let a = 0; a < nr; a++) {
    const row = (rows === null ? a : (rows[a] as number)) * m;
    for (let b = 1; b <= nc; b++) {
      const w = M[row + (cols === null ? b - 1 : (cols[b - 1] as number))] as number;
      const up = prev[b] as number;
      const left = cur[b - 1] as number;
      let v = Math.max(up, left);
      if (w > 0) {
        const d = (prev[b - 1] as number) + w;
        if (d > v) v = d;
      }
      cur[b] = v;
    }
    const t = prev;
    prev = cur;
    cur = t;
    cur[0] = 0;
  }
  return prev[nc] as number;
}

/** Features of candidate tokens `[cFrom, cTo)` against source tokens `[sFrom, sTo)`. */
export function pairFeatures(ctx: MatchContext, cFrom: number, cTo: number, sFrom: number, sTo: number): PairFeatures {
  const { candidate, source } = ctx;
  cTo = Math.min(cTo, cFrom + MAX_PAIR_TOKENS);
  sTo = Math.min(sTo, sFrom + MAX_PAIR_TOKENS);
  const n = cTo - cFrom;
  const m = sTo - sFrom;
  const ct = candidate.analysis.tokens;
  const st = source.analysis.tokens;
  const M = matchMatrix(ctx, cFrom, n, sFrom, m);

  if (bestC.length < n) bestC = new Float32Array(n * 2);
  if (bestS.length < m) bestS = new Float32Array(m * 2);
  const rowBest = bestC;
  const colBest = bestS;
  rowBest.fill(0, 0, n);
  colBest.fill(0, 0, m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      const v = M[i * m + j] as number;
      if (v > (rowBest[i] as number)) rowBest[i] = v;
      if (v > (colBest[j] as number)) colBest[j] = v;
    }

  const side = (p: Prepared, from: number, len: number, best: Float32Array) => {
    const tokens = p.analysis.tokens;
    let infoSum = 0;
    let infoHit = 0;
    let content = 0;
    let contentSum = 0;
    let exact = 0;
    let facts = 0;
    let factHits = 0;
    let numbersMissing = 0;
    for (let k = 0; k < len; k++) {
      const kind = (tokens[from + k] as { kind: number }).kind;
      const b = best[k] as number;
      if (kind !== STOP) {
        const w = p.info[from + k] as number;
        infoSum += w;
        infoHit += w * (kind === CONTENT ? b : b === 1 ? 1 : 0);
      }
      if (kind === CONTENT) {
        content++;
        contentSum += b;
        if (b === 1) exact++;
      } else if (kind === NAME || kind === NUMBER) {
        facts++;
        if (b === 1) factHits++;
        else if (kind === NUMBER) numbersMissing++;
      }
    }
    return { info: infoSum ? infoHit / infoSum : 0, missing: infoSum - infoHit, content, contentCov: content ? contentSum / content : 0, exact: content ? exact / content : 0, facts, factCov: facts ? factHits / facts : 1, numbersMissing };
  };
  const c = side(candidate, cFrom, n, rowBest);
  const s = side(source, sFrom, m, colBest);

  // Stop-word sequences: LCS over the stop tokens only.
  if (stopsC.length < n) stopsC = new Int32Array(n * 2);
  if (stopsS.length < m) stopsS = new Int32Array(m * 2);
  let nStopsC = 0;
  let nStopsS = 0;
  for (let i = 0; i < n; i++) if ((ct[cFrom + i] as { kind: number }).kind === STOP) stopsC[nStopsC++] = i;
  for (let j = 0; j < m; j++) if ((st[sFrom + j] as { kind: number }).kind === STOP) stopsS[nStopsS++] = j;
  const stopL = matrixLcs(M, m, stopsC, nStopsC, stopsS, nStopsS);
  const stopLcs = nStopsC + nStopsS === 0 ? 0 : (2 * stopL) / (nStopsC + nStopsS);

  const order = matrixLcs(M, m, null, n, null, m);

  const [bigramC, exactBigramC] = rowBigrams(M, n, m);
  const [bigramS, exactBigramS] = columnBigrams(M, n, m);
  const cText = n ? candidate.analysis.text.slice((ct[cFrom] as { start: number }).start, (ct[cTo - 1] as { end: number }).end) : '';
  const sText = m ? source.analysis.text.slice((st[sFrom] as { start: number }).start, (st[sTo - 1] as { end: number }).end) : '';

  return {
    cTokens: n,
    sTokens: m,
    contentC: c.contentCov,
    contentS: s.contentCov,
    exactC: c.exact,
    exactS: s.exact,
    cContent: c.content,
    sContent: s.content,
    factsC: c.factCov,
    factsS: s.factCov,
    cFacts: c.facts,
    sFacts: s.facts,
    infoC: c.info,
    infoS: s.info,
    missingC: c.missing,
    missingS: s.missing,
    numberMismatch: c.numbersMissing + s.numbersMissing,
    stopLcs,
    orderC: n ? order / n : 0,
    orderS: m ? order / m : 0,
    bigramC,
    exactBigramC,
    bigramS,
    exactBigramS,
    charDice: dice(cText.toLowerCase(), sText.toLowerCase()),
  };
}
