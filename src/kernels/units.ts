/**
 * Fast access to a string's UTF-16 code units — copied into a reusable `Uint16Array` — and cheap
 * small `Uint32Array` results.
 *
 * Hot loops over typed arrays run several times faster in V8 than `charCodeAt` loops on strings
 * that are not flat (concatenations, slices), and Node's `Buffer#write(s, 'utf16le')` copies a
 * string's code units natively (≈ 1 GB/s), lone surrogates included. Below `NATIVE_COPY_MIN`
 * units a `charCodeAt` loop is cheaper than the native call.
 *
 * Each `slot` names one scratch buffer; the view returned stays valid until the next call with
 * the same slot (callers in this folder use distinct slots and never call out meanwhile).
 *
 * `allocU32(n)`: a zeroed `Uint32Array` of n elements. Node allocates every typed array's memory
 * outside the heap (≈ 0.6 µs each, more than a whole MinHash of a headline), so results of up to
 * `POOLED_MAX` elements are views into shared `POOL_BYTES` chunks, as Node's `Buffer` pool does:
 * their `.buffer` is shared, their contents are theirs.
 *
 * Cost: O(length); the scratch grows to the longest string seen (2 bytes per unit) and is kept.
 */
import { Buffer } from 'node:buffer';

/** Scratch slots: one per simultaneous use. */
export const SLOT_A = 0;
export const SLOT_B = 1;
export const SLOT_SCAN = 2;

/** Largest pooled result (elements) and the size of a pool chunk (bytes). */
const POOLED_MAX = 2048;
const POOL_BYTES = 256 * 1024;

let pool = new ArrayBuffer(POOL_BYTES);
let poolOffset = 0;

/** A zeroed `Uint32Array` of `n` elements, a view into a shared chunk when small (see above). */
export function allocU32(n: number): Uint32Array {
  if (n > POOLED_MAX) return new Uint32Array(n);
  if (poolOffset + 4 * n > POOL_BYTES) {
    pool = new ArrayBuffer(POOL_BYTES);
    poolOffset = 0;
  }
  const view = new Uint32Array(pool, poolOffset, n);
  poolOffset += 4 * n;
  return view;
}

/** A copy of `source[0, n)` in an `allocU32` array. */
export function copyU32(source: Uint32Array, n: number): Uint32Array {
  const out = allocU32(n);
  out.set(source.subarray(0, n));
  return out;
}

/** From this length on the native copy beats a `charCodeAt` loop. */
const NATIVE_COPY_MIN = 48;
/** `Buffer#write` with 'utf16le' lays units out little-endian; typed arrays use the platform's order. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface Scratch {
  units: Uint16Array;
  bytes: Buffer;
}

function scratch(size: number): Scratch {
  const units = new Uint16Array(size);
  return { units, bytes: Buffer.from(units.buffer, units.byteOffset, units.byteLength) };
}

const slots: Scratch[] = [scratch(64), scratch(64), scratch(64)];

/**
 * The code units of `s` in scratch slot `slot` (indices `[0, s.length)` are valid; the array may
 * be longer). Valid until the next call with the same slot.
 */
export function codeUnits(s: string, slot: number): Uint16Array {
  let sc = slots[slot] as Scratch;
  if (s.length > sc.units.length) {
    let size = sc.units.length;
    while (size < s.length) size *= 2;
    sc = scratch(size);
    slots[slot] = sc;
  }
  const u = sc.units;
  if (s.length >= NATIVE_COPY_MIN && LITTLE_ENDIAN) sc.bytes.write(s, 0, 'utf16le');
  else for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

/** Calls per warm-up loop: enough for V8 to allocate feedback before the rare paths run. */
export const WARM_RUNS = 64;

// Tiering hygiene. V8 optimizes a hot function with the type feedback its paths have gathered; a
// path first taken later deoptimizes it (and every kernel it was inlined into), and after a
// couple of such deopts V8 may leave a hot kernel on slow code for seconds. So each kernel module
// runs its rare paths at load — here: growth, native copy and `charCodeAt` copy — after enough
// calls for feedback to be recorded.
{
  const long = 'x'.repeat(1024);
  for (let i = 0; i < WARM_RUNS; i++) {
    for (let slot = 0; slot < slots.length; slot++) {
      if (i % 16 === 15) slots[slot] = scratch(64);
      codeUnits('x', slot);
      codeUnits(long, slot);
    }
  }
}
