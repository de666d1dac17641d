/**
 * Untranslated words: a lowercase word that is not English (not in the English lists, not even
 * without its diacritics or its possessive ending, so "café" and "naïve" are English) but is a
 * French or Spanish word form ("viticulteurs", "fustigé", "cual"), or carries Romance
 * diacritics no English word has ("quebequés"), or is a French or Spanish honorific before a name
 * ("Sra Dupont", "Mme Roy"). Other capitalised words are names far more often than
 * untranslated words, so they are left alone; words inside links or right after an MT mark
 * (which {@link ./unknownWordMark.ts} covers) and parts of hyphenated compounds ("sci-fi") too. Cost: O(tokens) lexicon lookups.
 */
import { attachedToName, type DocView, inCompound } from '../context.ts';
import type { Hit } from '../hit.ts';
import { isEnglish, isFrenchOrSpanish } from '../lexicon.ts';

export const SIGNAL = 'foreignWord';

/** Shortest word judged: one letter is too ambiguous ("a", "y", "s" from a lost "'s"). */
const MIN_LETTERS = 2;
/** Letters with diacritics that French and Spanish write and English words never keep. */
const ROMANCE_DIACRITIC = /[àâçéèêëîïôûùüÿñœæáíóú]/u;
const ALPHABETIC = /^[\p{L}\p{M}'’]+$/u;
const BEFORE_NAME = /^\.? \p{Lu}/u;
const MARK_CHAR = /[*#@]/;
/** French and Spanish honorifics English renders as Mrs, Miss, Ms (before a capitalised name). */
const FOREIGN_HONORIFICS = new Set(['sra', 'srta', 'sras', 'mme', 'mmes', 'mlle', 'mlles', 'dña']);

/** Is this lowercase word untranslated French or Spanish? `why` says which evidence, or undefined. */
export function foreignEvidence(lower: string): string | undefined {
  if (isEnglish(lower)) return undefined;
  if (isFrenchOrSpanish(lower)) return 'fr/es word';
  if (ROMANCE_DIACRITIC.test(lower)) return 'romance diacritics';
  return undefined;
}

export function foreignWords(view: DocView, skip: (i: number) => boolean = () => false): Hit[] {
  const out: Hit[] = [];
  for (const t of view.tokens) {
    if (t.shape === 'title' && FOREIGN_HONORIFICS.has(t.lower) && BEFORE_NAME.test(view.text.slice(t.end, t.end + 3))) {
      out.push({ start: t.start, end: t.end, type: 'untranslated', signal: SIGNAL, why: 'foreign honorific' });
      continue;
    }
    if (t.shape !== 'lower' || t.text.length < MIN_LETTERS || !ALPHABETIC.test(t.text)) continue;
    if (view.inLink[t.index] || attachedToName(view, t.index) || inCompound(view, t.index) || skip(t.index) || MARK_CHAR.test(view.text[t.start - 1] ?? '')) continue;
    const why = foreignEvidence(t.lower);
    if (why) out.push({ start: t.start, end: t.end, type: 'untranslated', signal: SIGNAL, why });
  }
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [ROMANCE_DIACRITIC, ALPHABETIC, BEFORE_NAME, MARK_CHAR];
