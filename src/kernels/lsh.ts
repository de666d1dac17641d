/**
 * Locality-sensitive hashing over MinHash signatures (banding): candidate pairs of documents whose
 * Jaccard similarity is probably above a threshold, without comparing all pairs.
 *
 * A signature of k slots is cut into b bands of r rows (b·r ≤ k); two documents become candidates
 * when all r slots of at least one band agree. A pair with Jaccard s is a candidate with
 * probability P(s) = 1 − (1 − s^r)^b (`lshCollisionProbability`), an S-curve whose steep part sits
 * near (1/b)^(1/r). `lshParams` picks b and r for a target threshold t as datasketch does: it
 * minimizes the weighted false-positive area ∫₀ᵗ P(s) ds plus false-negative area ∫ₜ¹ 1 − P(s) ds.
 *
 * `LshIndex` holds one hash table per band (band hash → document ids). `add` returns a dense id;
 * `query` returns the ids sharing a bucket with a signature; `candidatePairs` lists every pair that
 * shares a bucket, once. Candidates are only candidates: verify them with `estimateJaccard` or an
 * exact measure.
 *
 * Cost: `add` and `query` O(k + candidates); `candidatePairs` O(Σ bucket²) — quadratic in the size
 * of a bucket, so thousands of identical documents (boilerplate) make thousands² pairs. Memory:
 * b map entries per document. `lshParams` O(k · log k · STEPS), done once per index.
 */
import { hashSequence } from './hash.ts';

/** Integration steps for the false-positive/negative areas (midpoint rule; error ≪ the area differences that decide). */
const INTEGRATION_STEPS = 200;
/** Ids are dense and must fit in 26 bits so a pair packs into one exact double key. */
const MAX_DOCUMENTS = 1 << 26;

/** Probability that a pair with Jaccard `s` shares at least one of `bands` bands of `rows` rows. */
export function lshCollisionProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

export interface LshParams {
  readonly bands: number;
  readonly rows: number;
}

export interface LshParamOptions {
  /** Weight of the false-positive area (default 0.5). */
  readonly falsePositiveWeight?: number;
  /** Weight of the false-negative area (default 0.5). */
  readonly falseNegativeWeight?: number;
}

function area(from: number, to: number, f: (s: number) => number): number {
  const h = (to - from) / INTEGRATION_STEPS;
  let sum = 0;
  for (let i = 0; i < INTEGRATION_STEPS; i++) sum += f(from + (i + 0.5) * h);
  return sum * h;
}

/** Bands and rows (b·r ≤ numPerm) minimizing the weighted error areas around `threshold`. */
export function lshParams(numPerm: number, threshold: number, options: LshParamOptions = {}): LshParams {
  if (!Number.isInteger(numPerm) || numPerm < 1) throw new RangeError(`lshParams: numPerm must be a positive integer, got ${numPerm}`);
  if (!(threshold > 0 && threshold < 1)) throw new RangeError(`lshParams: threshold must be in (0, 1), got ${threshold}`);
  const wfp = options.falsePositiveWeight ?? 0.5;
  const wfn = options.falseNegativeWeight ?? 0.5;
  let best: LshParams = { bands: numPerm, rows: 1 };
  let bestError = Number.POSITIVE_INFINITY;
  for (let bands = 1; bands <= numPerm; bands++) {
    const maxRows = Math.floor(numPerm / bands);
    for (let rows = 1; rows <= maxRows; rows++) {
      const fp = area(0, threshold, (s) => lshCollisionProbability(s, bands, rows));
      const fn = area(threshold, 1, (s) => 1 - lshCollisionProbability(s, bands, rows));
      const error = wfp * fp + wfn * fn;
      if (error < bestError) {
        bestError = error;
        best = { bands, rows };
      }
    }
  }
  return best;
}

export type LshIndexOptions =
  | { readonly numPerm: number; readonly threshold: number; readonly weights?: LshParamOptions }
  | { readonly numPerm: number; readonly bands: number; readonly rows: number };

/** A banded LSH index of MinHash signatures (see the module comment). */
export class LshIndex {
  readonly numPerm: number;
  readonly bands: number;
  readonly rows: number;
  /** One map per band: band hash → ids (a number for a single id, an array once shared). */
  private readonly tables: Map<number, number | number[]>[];
  private count = 0;

  constructor(options: LshIndexOptions) {
    this.numPerm = options.numPerm;
    const p = 'threshold' in options ? lshParams(options.numPerm, options.threshold, options.weights) : options;
    if (!Number.isInteger(p.bands) || !Number.isInteger(p.rows) || p.bands < 1 || p.rows < 1 || p.bands * p.rows > options.numPerm) {
      throw new RangeError(`LshIndex: need integers bands, rows ≥ 1 with bands·rows ≤ numPerm (${p.bands}·${p.rows} > ${options.numPerm})`);
    }
    this.bands = p.bands;
    this.rows = p.rows;
    this.tables = Array.from({ length: p.bands }, () => new Map());
  }

  /** Number of documents added. */
  get size(): number {
    return this.count;
  }

  /** Probability that a pair with Jaccard `s` becomes a candidate in this index. */
  collisionProbability(s: number): number {
    return lshCollisionProbability(s, this.bands, this.rows);
  }

  private bandKey(signature: Uint32Array, band: number): number {
    return hashSequence(signature, band * this.rows, (band + 1) * this.rows, band);
  }

  private check(signature: Uint32Array): void {
    if (signature.length !== this.numPerm) {
      throw new RangeError(`LshIndex: signature has ${signature.length} slots, index expects ${this.numPerm}`);
    }
  }

  /** Adds a signature; returns its id (0, 1, 2… in order of addition). */
  add(signature: Uint32Array): number {
    this.check(signature);
    if (this.count >= MAX_DOCUMENTS) throw new RangeError(`LshIndex: at most ${MAX_DOCUMENTS} documents`);
    const id = this.count++;
    for (let b = 0; b < this.bands; b++) {
      const table = this.tables[b] as Map<number, number | number[]>;
      const key = this.bandKey(signature, b);
      const bucket = table.get(key);
      if (bucket === undefined) table.set(key, id);
      else if (typeof bucket === 'number') table.set(key, [bucket, id]);
      else bucket.push(id);
    }
    return id;
  }

  /** Ids of the documents sharing at least one band with `signature`, ascending. */
  query(signature: Uint32Array): number[] {
    this.check(signature);
    const found = new Set<number>();
    for (let b = 0; b < this.bands; b++) {
      const bucket = (this.tables[b] as Map<number, number | number[]>).get(this.bandKey(signature, b));
      if (bucket === undefined) continue;
      if (typeof bucket === 'number') found.add(bucket);
      else for (const id of bucket) found.add(id);
    }
    return [...found].sort((x, y) => x - y);
  }

  /** Every pair of added documents sharing at least one band, as [smaller id, larger id], sorted. */
  candidatePairs(): Array<[number, number]> {
    const seen = new Set<number>();
    for (const table of this.tables) {
      for (const bucket of table.values()) {
        if (typeof bucket === 'number') continue;
        for (let i = 0; i < bucket.length; i++) {
          for (let j = i + 1; j < bucket.length; j++) {
            seen.add((bucket[i] as number) * MAX_DOCUMENTS + (bucket[j] as number));
          }
        }
      }
    }
    const keys = Float64Array.from(seen).sort();
    const pairs: Array<[number, number]> = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      const a = Math.floor(key / MAX_DOCUMENTS);
      pairs[i] = [a, key - a * MAX_DOCUMENTS];
    }
    return pairs;
  }
}
