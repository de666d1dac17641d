/**
 * Synonym normalization: each content word becomes its lemma ids (for exact matches across
 * inflections: "rose" ~ "rises") and two sets of WordNet synsets — the first `TOP_SENSES` senses
 * of each part of speech (what the word most likely means) and up to `MAX_SENSES` (what it can
 * mean). Two words are synonyms when the likely senses of one meet the possible senses of the
 * other: a spinner picks a synonym of a word's usual sense, which may be a rare sense of the
 * synonym ("capital" → "lucre").
 *
 * Words next to each other are also looked up as a WordNet collocation ("take off"), whose
 * synsets both words then carry, so multi-word synonyms still match.
 *
 * Cost: per distinct word, one lemmatization (≈ 12 map lookups), cached for the process
 * (`CACHE_LIMIT` words; the cache is dropped when full, which changes no result).
 */
import { hashString } from '../../kernels/hash.ts';
import { lemmasOf } from './lemmas.ts';
import { synonymIndex } from './wordnet.ts';

/** Senses per part of speech taken as a word's likely meanings (the spinner uses up to three). */
export const TOP_SENSES = 3;
/** Senses per part of speech taken as a word's possible meanings. */
export const MAX_SENSES = 12;
/** Distinct words kept in the cache before it is dropped. */
const CACHE_LIMIT = 200_000;
/** Hash seed of lemma ids. */
const LEMMA_SEED = 0x5eed1e;

export interface Concept {
  /** Interned lemma ids (the word itself when WordNet does not know it), sorted. */
  readonly lemmas: readonly number[];
  /** Likely synsets, sorted. */
  readonly top: readonly number[];
  /** Possible synsets, sorted. */
  readonly all: readonly number[];
  /** Senses WordNet lists for the word's lemmas (0 when unknown): a proxy for how common it is. */
  readonly senses: number;
}

const cache = new Map<string, Concept>();

/** A lemma's id: its 32-bit hash (stateless, so results never depend on what was seen before). */
const lemmaId = (lemma: string) => hashString(lemma, LEMMA_SEED);

const sorted = (xs: Iterable<number>) => [...new Set(xs)].sort((a, b) => a - b);

/** Synsets of `lemmas`: the first `limit` senses of each part of speech. */
function synsets(lemmas: readonly string[], limit: number): number[] {
  const index = synonymIndex();
  const out: number[] = [];
  for (const lemma of lemmas) {
    const senses = index.senses(lemma);
    if (senses === undefined) continue;
    for (const ids of senses) for (let i = 0; i < ids.length && i < limit; i++) out.push(ids[i] as number);
  }
  return out;
}

/** The concept of a lowercase content word (cached). */
export function conceptOf(word: string): Concept {
  let c = cache.get(word);
  if (c !== undefined) return c;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const lemmas = lemmasOf(word, synonymIndex());
  c = {
    lemmas: sorted((lemmas.length > 0 ? lemmas : [word]).map(lemmaId)),
    top: sorted(synsets(lemmas, TOP_SENSES)),
    all: sorted(synsets(lemmas, MAX_SENSES)),
    senses: synsets(lemmas, Number.POSITIVE_INFINITY).length,
  };
  cache.set(word, c);
  return c;
}

/** Synsets of the collocation `first second` ("take off"), or none. */
export function collocationSynsets(first: string, second: string): number[] {
  const index = synonymIndex();
  if (!index.startsCollocation(first)) return [];
  const senses = index.senses(`${first}_${second}`);
  if (senses === undefined) return [];
  const out: number[] = [];
  for (const ids of senses) for (let i = 0; i < ids.length && i < TOP_SENSES; i++) out.push(ids[i] as number);
  return out;
}

/** Whether two sorted id lists share an element. O(|a| + |b|). */
export function meets(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

/** 2: same lemma, 1: synonyms, 0: neither. */
export function conceptMatch(a: Concept, b: Concept): 0 | 1 | 2 {
  if (meets(a.lemmas, b.lemmas)) return 2;
  return meets(a.top, b.all) || meets(b.top, a.all) ? 1 : 0;
}
