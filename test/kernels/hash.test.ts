import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmix32, hashSequence, hashString } from '../../src/kernels/hash.ts';

/** Byte-wise MurmurHash3_x86_32, written from the reference C, as an independent oracle. */
function murmur3Bytes(bytes: Uint8Array, seed: number): number {
  let h = seed >>> 0;
  const blocks = bytes.length >>> 2;
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  for (let i = 0; i < blocks; i++) {
    let k = (bytes[4 * i] as number) | ((bytes[4 * i + 1] as number) << 8) | ((bytes[4 * i + 2] as number) << 16) | ((bytes[4 * i + 3] as number) << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  const rest = bytes.length & 3;
  const at = blocks * 4;
  if (rest >= 3) k ^= (bytes[at + 2] as number) << 16;
  if (rest >= 2) k ^= (bytes[at + 1] as number) << 8;
  if (rest >= 1) {
    k ^= bytes[at] as number;
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));

describe('hash', () => {
  it('the oracle reproduces published MurmurHash3_x86_32 vectors', () => {
    const ascii = (s: string) => new TextEncoder().encode(s);
    expect(murmur3Bytes(ascii(''), 0)).toBe(0);
    expect(murmur3Bytes(ascii(''), 1)).toBe(0x514e28b7);
    expect(murmur3Bytes(ascii('The quick brown fox jumps over the lazy dog'), 0)).toBe(0x2e4ff723);
  });

  it('hashString is MurmurHash3_x86_32 of the UTF-16LE bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: 0, max: 0xffffffff }), (s, seed) => {
        expect(hashString(s, seed)).toBe(murmur3Bytes(utf16le(s), seed));
      }),
      { numRuns: 1_000 },
    );
  });

  it('fmix32 avalanches: one input bit flips each output bit about half the time', () => {
    const flips = new Float64Array(32 * 32);
    const samples = 2000;
    for (let s = 0; s < samples; s++) {
      const x = Math.imul(s + 1, 0x9e3779b1) >>> 0;
      const h = fmix32(x);
      for (let i = 0; i < 32; i++) {
        const d = h ^ fmix32((x ^ (1 << i)) >>> 0);
        for (let o = 0; o < 32; o++) flips[i * 32 + o] = (flips[i * 32 + o] as number) + ((d >>> o) & 1);
      }
    }
    for (const f of flips) expect(Math.abs(f / samples - 0.5)).toBeLessThan(0.06);
  });

  it('hashSequence depends on order and on every item', () => {
    expect(hashSequence([1, 2, 3], 0, 3)).not.toBe(hashSequence([2, 1, 3], 0, 3));
    expect(hashSequence([1, 2, 3], 0, 3)).not.toBe(hashSequence([1, 2, 4], 0, 3));
    expect(hashSequence([9, 1, 2], 1, 3)).toBe(hashSequence([1, 2], 0, 2));
  });
});
