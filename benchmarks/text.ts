/**
 * Seeded English-like text for benchmarks and tests: Zipf-distributed common words in sentences
 * of 6–24 words, with capitals, commas, numbers, quotes and full stops, plus near-duplicate
 * variants (scattered character edits) and word-level rewrites for set-similarity workloads.
 * Deterministic for a given seed on every platform (pure-rand xoroshiro128+).
 *
 * Cost: O(length) per text.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Common English words, most frequent first (drawn with a Zipf law, exponent ≈ 1). */
const WORDS = (
  'the of and to a in that is was he for it with as his on be at by had are but from or have an ' +
  'they which one you were her all she there would their we him been has when who will more no if ' +
  'out so said what up its about into than them can only other new some could time these two may ' +
  'then do first any my now such like our over man me even most made after also did many before ' +
  'must through back years where much your way well down should because each just those people how ' +
  'too little state good very make world still own see men work long get here between both life ' +
  'being under never day same another know while last might us great old year off come since ' +
  'against go came right used take three government minister president police report city week ' +
  'officials market company percent million country council health school court election party ' +
  'according statement spokesman economy prices energy water public national security support ' +
  'announced thursday monday tuesday wednesday friday saturday sunday january march september ' +
  'investigation agreement committee development international financial military political ' +
  'community interview families children hospital students workers business billion quarter ' +
  'analysts growth inflation budget legislation protest region border weather storm flooding'
).split(' ');

/** A seeded random source: `int(lo, hi)` inclusive, `float()` in [0, 1). */
export interface Rng {
  int(lo: number, hi: number): number;
  float(): number;
}

export function rng(seed: number): Rng {
  const g = xoroshiro128plus(seed);
  return {
    int: (lo, hi) => uniformInt(g, lo, hi),
    float: () => (g.next() >>> 0) / 0x100000000,
  };
}

const CUMULATIVE = (() => {
  const c = new Float64Array(WORDS.length);
  let sum = 0;
  for (let i = 0; i < WORDS.length; i++) {
    sum += 1 / (i + 2);
    c[i] = sum;
  }
  for (let i = 0; i < c.length; i++) c[i] = (c[i] as number) / sum;
  return c;
})();

function word(r: Rng): string {
  const x = r.float();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((CUMULATIVE[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return WORDS[lo] as string;
}

function sentence(r: Rng): string {
  const n = r.int(6, 24);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = r.float() < 0.03 ? String(r.int(2, 2025)) : word(r);
    if (i === 0 || r.float() < 0.06) w = w.charAt(0).toUpperCase() + w.slice(1);
    if (i > 1 && i < n - 1 && r.float() < 0.08) w += ',';
    parts.push(w);
  }
  const s = `${parts.join(' ')}${r.float() < 0.08 ? '?' : '.'}`;
  return r.float() < 0.07 ? `"${s}"` : s;
}

/** About `chars` characters (±1 word) of English-like text, deterministic in `seed`. */
export function englishText(seed: number, chars: number): string {
  const r = rng(seed);
  let out = '';
  while (out.length < chars) out += (out.length > 0 ? ' ' : '') + sentence(r);
  if (out.length > chars) {
    const cut = out.lastIndexOf(' ', chars);
    out = cut > chars / 2 ? out.slice(0, cut) : out.slice(0, chars);
  }
  return out;
}

const EDIT_ALPHABET = 'abcdefghijklmnopqrstuvwxyz ,.';

/** `text` with about `rate × length` scattered single-character substitutions, insertions and deletions. */
export function nearDuplicate(text: string, rate: number, seed: number): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (r.float() >= rate) {
      out.push(text[i] as string);
      continue;
    }
    const op = r.int(0, 2);
    const ch = EDIT_ALPHABET[r.int(0, EDIT_ALPHABET.length - 1)] as string;
    if (op === 0) out.push(ch);
    else if (op === 1) out.push(text[i] as string, ch);
    // op 2: deletion
  }
  return out.join('');
}

/** `text` with about `rate` of its words replaced by other words (a paraphrase-like rewrite). */
export function rewordText(text: string, rate: number, seed: number): string {
  const r = rng(seed);
  return text
    .split(' ')
    .map((w) => (r.float() < rate ? word(r) : w))
    .join(' ');
}
