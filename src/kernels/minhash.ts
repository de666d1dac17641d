/**
 * MinHash signatures for Jaccard estimation, by one-permutation hashing with optimal
 * densification (Li, Owen & Zhang 2012; Shrivastava, ICML 2017).
 *
 * Each element (a 32-bit shingle hash) is re-hashed once with a seeded bijection; the top of the
 * result picks one of k bins and the value competes for that bin's minimum. A bin left empty (a
 * set with fewer elements than bins, or bad luck) copies the value of the first non-empty bin in
 * its own random order of the bins, an order that depends only on (bin, seed) — the same for
 * every set — so for two sets each slot still agrees with probability exactly J = |A∩B| / |A∪B|
 * (for an ideal hash). The orders are precomputed per (k, seed) as rank tables, so a sparse
 * signature (m non-empty bins, m² ≤ k) densifies by taking, per empty bin, the non-empty bin of
 * lowest rank (m lookups), and a dense one by walking the order (≈ k/m lookups). The
 * estimate `estimateJaccard` is the fraction of agreeing slots; its standard error is about
 * √(J(1−J)/k), no worse than k independent permutations, at the cost of one hash per element
 * instead of k.
 *
 * Signatures of up to 2,048 slots are views into a shared pool (`allocU32`): copy one with
 * `.slice()` before handing its `.buffer` elsewhere.
 *
 * Values: a slot holds the 32-bit re-hash of its minimum element; 0xFFFFFFFF marks an empty slot
 * (only in the signature of an empty set — a re-hash equal to it is stored as 0xFFFFFFFE, merging
 * two of 2³² values). Two empty sets' signatures agree everywhere: estimate 1, as `jaccard` says.
 * Signatures compare only if made with the same k and seed.
 *
 * Cost: O(n + k·min(m, k/m)) time for n elements in m non-empty bins (one `fmix32` and one
 * compare per element, then the densification), k·4 bytes per signature. The rank tables cost
 * O(k² log k) once per (k, seed) and 4k² bytes; the last `ORDER_CACHE` built are kept.
 */
import { fmix32 } from './hash.ts';
import { allocU32, WARM_RUNS } from './units.ts';

/** Default signature length: 128 slots, standard error ≤ 0.045 (at J = ½). */
export const DEFAULT_NUM_PERM = 128;
/** The empty-slot marker. */
const EMPTY = 0xffffffff;
/** Largest signature: the densification tables take 4k² bytes (4 MB at k = 1024). */
export const MAX_NUM_PERM = 1024;
/** Densification tables kept for this many (k, seed) pairs, most recently built. */
const ORDER_CACHE = 8;
/** Multipliers mixing (bin, candidate) into the rank hash. */
const RANK_BIN = 0x9e3779b1;
const RANK_CANDIDATE = 0x85ebca77;

/** A MinHash signature (one uint32 per slot). */
export type MinHashSignature = Uint32Array;

/** The seeded bijection applied to every element. */
function permutationSeed(seed: number): number {
  return fmix32((seed ^ 0x5bd1e995) >>> 0);
}

/**
 * MinHash signature of the set of `hashes` (duplicates do not matter) with `numPerm` slots.
 * Signatures are comparable when made with the same `numPerm` and `seed`.
 */
export function minhash(hashes: ArrayLike<number>, numPerm = DEFAULT_NUM_PERM, seed = 0): MinHashSignature {
  if (!(numPerm >= 1 && numPerm <= MAX_NUM_PERM) || !Number.isInteger(numPerm)) {
    throw new RangeError(`minhash: numPerm must be an integer in [1, ${MAX_NUM_PERM}], got ${numPerm}`);
  }
  // One element type in the hot loop (a typed array), whatever the caller passes.
  return signature(hashes instanceof Uint32Array ? hashes : Uint32Array.from(hashes), numPerm, seed);
}

function signature(hashes: Uint32Array, k: number, seed: number): MinHashSignature {
  const sig = allocU32(k).fill(EMPTY);
  const s = permutationSeed(seed);
  const scale = k / 4294967296;
  const n = hashes.length;
  for (let i = 0; i < n; i++) {
    let x = fmix32(((hashes[i] as number) ^ s) >>> 0);
    const bin = (x * scale) | 0;
    if (x === EMPTY) x = EMPTY - 1;
    if (x < (sig[bin] as number)) sig[bin] = x;
  }
  densify(sig, s);
  return sig;
}

/** Per bin j, its order of the other bins (`order[j·k + a]`: a-th bin) and the inverse (`rank`). */
interface ProbeOrders {
  readonly order: Uint16Array;
  readonly rank: Uint16Array;
}

/** Tables by `k · 2³² + seed`, oldest first; and the last one used, checked first. */
const orderCache = new Map<number, ProbeOrders>();
let lastOrdersKey = -1;
let lastOrders: ProbeOrders | undefined;
/** The signature before densification (sources must be original values), and its non-empty bins. */
let scratch = new Uint32Array(DEFAULT_NUM_PERM);
let filledBins = new Int32Array(DEFAULT_NUM_PERM);

/** The probe orders for k bins under permutation seed `s`: bins sorted by a hash of (j, bin). */
function probeOrders(k: number, s: number): ProbeOrders {
  const key = k * 4294967296 + s;
  if (key === lastOrdersKey && lastOrders !== undefined) return lastOrders;
  let t = orderCache.get(key);
  if (t !== undefined) {
    lastOrdersKey = key;
    lastOrders = t;
    return t;
  }
  const order = new Uint16Array(k * k);
  const rank = new Uint16Array(k * k);
  const packed = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    for (let b = 0; b < k; b++) {
      const h = fmix32((Math.imul(j + 1, RANK_BIN) + Math.imul(b + 1, RANK_CANDIDATE) + s) >>> 0);
      packed[b] = h * 2048 + b; // exact in a double: sorts by hash, then bin
    }
    packed.sort();
    for (let a = 0; a < k; a++) {
      const b = (packed[a] as number) % 2048;
      order[j * k + a] = b;
      rank[j * k + b] = a;
    }
  }
  t = { order, rank };
  orderCache.set(key, t);
  if (orderCache.size > ORDER_CACHE) orderCache.delete(orderCache.keys().next().value as number);
  lastOrdersKey = key;
  lastOrders = t;
  return t;
}

/**
 * Fills each empty slot with the value of the non-empty slot that comes first in its probe order
 * (optimal densification): by lowest rank among the m non-empty bins when m² ≤ k, else by walking
 * the order.
 */
function densify(sig: Uint32Array, s: number): void {
  const k = sig.length;
  if (scratch.length < k) {
    scratch = new Uint32Array(k);
    filledBins = new Int32Array(k);
  }
  const filled = filledBins;
  let m = 0;
  for (let j = 0; j < k; j++) if (sig[j] !== EMPTY) filled[m++] = j;
  if (m === 0 || m === k) return;
  const { order, rank } = probeOrders(k, s);
  const original = scratch;
  original.set(sig);
  for (let j = 0; j < k; j++) {
    if (original[j] !== EMPTY) continue;
    const row = j * k;
    let source = -1;
    if (m * m <= k) {
      // Branch-free minimum of (rank, bin) packed in one integer (k ≤ 1024 < 2¹¹).
      let best = 0x7fffffff;
      for (let f = 0; f < m; f++) {
        const b = filled[f] as number;
        best = Math.min(best, ((rank[row + b] as number) << 11) | b);
      }
      source = best & 0x7ff;
    } else {
      for (let a = 0; source < 0; a++) {
        const b = order[row + a] as number;
        if (original[b] !== EMPTY) source = b;
      }
    }
    sig[j] = original[source] as number;
  }
}

/** Estimated Jaccard similarity of the sets behind two signatures: the fraction of equal slots. */
export function estimateJaccard(a: MinHashSignature, b: MinHashSignature): number {
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(`estimateJaccard: signatures of different or zero length (${a.length}, ${b.length})`);
  }
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** Standard error √(J(1−J)/k) of the estimate at true Jaccard `j` with `numPerm` slots. */
export function minhashStandardError(j: number, numPerm = DEFAULT_NUM_PERM): number {
  return Math.sqrt((j * (1 - j)) / numPerm);
}

// Tiering hygiene (see `units.ts`): take every path at load — empty, sparse, dense and full
// signatures, a table build and a cached table.
{
  const dense = Array.from({ length: 400 }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);
  for (let i = 0; i < WARM_RUNS; i++) {
    minhash([], DEFAULT_NUM_PERM);
    minhash([i], DEFAULT_NUM_PERM);
    minhash(dense.slice(0, 30), DEFAULT_NUM_PERM);
    minhash(dense, DEFAULT_NUM_PERM);
    minhash(dense, 8, i % 2);
    estimateJaccard(minhash(dense.slice(i), DEFAULT_NUM_PERM), minhash(dense, DEFAULT_NUM_PERM));
  }
}
