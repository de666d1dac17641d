/**
 * The WebAssembly fast paths of `../dice.ts`. When both texts are ASCII, their code units are written
 * one byte each into WebAssembly memory (`Buffer#write` in latin1, native) and whitespace removal,
 * bigram counting and matching run as the loops of `dice.wat` — the same branch-free algorithm
 * as the JavaScript kernel (epoch-stamped direct-indexed table, here 128 × 128 slots), without
 * bounds checks, on bytes. The results are the same doubles: `(2 · matches) / (|a| + |b| − 2)`
 * over the same counts. Other text takes `codedDice`: the same loops on byte codes given to the
 * pair's few distinct non-ASCII units. `../dice.ts` keeps the semantics: it calls these only for
 * inputs of at least 2 and fewer than 2²⁰ code units, and applies the short-string rule itself.
 *
 * Cost: O(|a| + |b|) for `asciiDice`; O(|s|) for `asciiDiceWithProfile` once the profile is
 * loaded (loading costs O(distinct bigrams)). Memory: 256 KB of tables plus one byte per unit of
 * the longest pair seen (two per unit for `codedDice`). Not reentrant, like the JavaScript kernel (it never calls out).
 */
import { Buffer } from 'node:buffer';
import { NOT_JS_WHITESPACE } from '../chars.ts';
import type { DiceProfile } from '../dice.ts';
import { DICE_WASM_BASE64 } from './diceBytes.ts';

/** Byte offsets of the memory layout (see `dice.wat`). */
const KEEP = 65536;
const PROFILE = 131072;
const CODE_PAIRS = 262144;
const KEEP16 = 524288;
const TEXT = 655360;
const PAGE = 65536;
/** Bits of a slot that hold a count; the bits above hold the epoch (as in `../dice.ts`). */
const COUNT_BITS = 20;
/** Epochs before a table is wiped: (EPOCHS << COUNT_BITS) + count stays below 2³¹. */
const EPOCHS = 2047;

interface DiceExports {
  memory: WebAssembly.Memory;
  compact(p: number, n: number): number;
  count(p: number, n: number, base: number): void;
  match(p: number, n: number, base: number): number;
  matchProfile(p: number, n: number, base: number): number;
  compact16(p: number, n: number): number;
  resetCodes(): void;
  count8(p: number, n: number, base: number): void;
  match8(p: number, n: number, base: number): number;
}

const wasm = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(DICE_WASM_BASE64, 'base64'))).exports as unknown as DiceExports;
const { memory, compact, count, match, matchProfile, compact16, resetCodes, count8, match8 } = wasm;

let bytes = Buffer.from(memory.buffer);
let words = new Int32Array(memory.buffer);
bytes.set(NOT_JS_WHITESPACE.subarray(0, 128), KEEP);
bytes.set(NOT_JS_WHITESPACE, KEEP16);

/** Grows memory so `units` bytes of text fit after TEXT (views are renewed: growing detaches them). */
function room(units: number): void {
  const need = TEXT + units;
  if (need <= memory.buffer.byteLength) return;
  memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
  bytes = Buffer.from(memory.buffer);
  words = new Int32Array(memory.buffer);
}

/** Whether every code unit of `s` is ASCII (below 128): its UTF-8 form is one byte per unit. */
export function isAscii(s: string): boolean {
  return Buffer.byteLength(s, 'utf8') === s.length;
}

let pairEpoch = 0;
let codeEpoch = 0;
let profileEpoch = 0;
/** The profile whose ASCII bigram counts are in the profile table. */
let loaded: DiceProfile | null = null;

/**
 * Dice of two ASCII strings (each of 2 to 2²⁰ − 1 units); -1 when either has fewer than 2
 * non-space units (the caller applies string-similarity's short-string rule).
 */
export function asciiDice(a: string, b: string): number {
  const n = a.length;
  room(n + b.length);
  bytes.write(a, TEXT, 'latin1');
  bytes.write(b, TEXT + n, 'latin1');
  const na = compact(TEXT, n);
  const nb = compact(TEXT + n, b.length);
  if (na < 2 || nb < 2) return -1;
  if (pairEpoch >= EPOCHS) {
    words.fill(0, 0, KEEP >> 2);
    pairEpoch = 0;
  }
  pairEpoch++;
  const base = pairEpoch << COUNT_BITS;
  count(TEXT, na, base);
  return (2.0 * match(TEXT + n, nb, base)) / (na + nb - 2);
}

/** Slot index (in words) of the profile count of ASCII bigram key `c1 * 65536 + c2`, or -1 for other keys. */
function profileSlot(key: number): number {
  const c1 = Math.floor(key / 0x10000);
  const c2 = key & 0xffff;
  return (c1 | c2) < 128 ? (PROFILE >> 2) + (((c1 << 7) | c2) << 1) : -1;
}

function load(p: DiceProfile): void {
  if (loaded !== null) for (const key of loaded.keys) {
    const s = profileSlot(key);
    if (s >= 0) words[s] = 0;
  }
  for (let i = 0; i < p.keys.length; i++) {
    const s = profileSlot(p.keys[i] as number);
    if (s >= 0) words[s] = p.counts[i] as number;
  }
  loaded = p;
}

/**
 * `dice(profiled text, other)` for an ASCII `other` of fewer than 2²⁰ units and a profile of ≥ 2
 * units: bigrams outside ASCII in the profile cannot match and only count in its length.
 */
export function asciiDiceWithProfile(p: DiceProfile, other: string): number {
  const m = other.length;
  room(m);
  bytes.write(other, TEXT, 'latin1');
  const nb = compact(TEXT, m);
  if (nb < 2) return 0; // a profile with ≥ 2 units never equals a shorter string
  if (profileEpoch >= EPOCHS) {
    // the wipe clears the loaded counts too, so nothing stays loaded
    words.fill(0, PROFILE >> 2, CODE_PAIRS >> 2);
    profileEpoch = 0;
    loaded = null;
  }
  profileEpoch++;
  if (loaded !== p) load(p);
  return (2.0 * matchProfile(TEXT, nb, profileEpoch << COUNT_BITS)) / (p.length + nb - 2);
}

/** For warm-ups and tests: makes the next call of each function wipe its table (the epoch wrap). */
export function exhaustEpochs(): void {
  pairEpoch = EPOCHS;
  codeEpoch = EPOCHS;
  profileEpoch = EPOCHS;
}

/** Pairs with more distinct units ≥ 128 than this have no byte code for each: the JavaScript path runs. */
export const MAX_CODED_UNITS = 128;

/**
 * Dice of any two strings of 2 to 2²⁰ − 1 code units whose non-space units ≥ 128 number at most
 * `MAX_CODED_UNITS` distinct ones (most text: accents, curly quotes, dashes, a few emoji
 * halves): their UTF-16 units are copied natively and each unit of the pair is given a byte
 * code (its own value below 128), a bijection, so the bigram multisets and lengths — and the
 * double — are unchanged. -1 when either text has fewer than 2 non-space units (the caller
 * applies the short-string rule), NaN when the pair has too many distinct units.
 */
export function codedDice(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  room(2 * (n + m));
  bytes.write(a, TEXT, 'utf16le');
  bytes.write(b, TEXT + 2 * n, 'utf16le');
  const na = compact16(TEXT, n);
  const nb = na < 0 ? -1 : compact16(TEXT + 2 * n, m);
  resetCodes();
  if (na < 0 || nb < 0) return Number.NaN;
  if (na < 2 || nb < 2) return -1;
  if (codeEpoch >= EPOCHS) {
    words.fill(0, CODE_PAIRS >> 2, KEEP16 >> 2);
    codeEpoch = 0;
  }
  codeEpoch++;
  const base = codeEpoch << COUNT_BITS;
  count8(TEXT, na, base);
  return (2.0 * match8(TEXT + 2 * n, nb, base)) / (na + nb - 2);
}
