/**
 * The French and Spanish word lists (`an-array-of-french-words`, `an-array-of-spanish-words`),
 * used to check that every foreign word the injected slice writes is a real word of its
 * language. Cost: ~0.3 s and ~60 MB once per process, O(1) per lookup.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type ForeignLanguage = 'fr' | 'es';

const PACKAGES: Record<ForeignLanguage, string> = { fr: 'an-array-of-french-words', es: 'an-array-of-spanish-words' };
const loaded = new Map<ForeignLanguage, Set<string>>();

/** The word list of one language (loaded on first use). */
export function foreignWords(lang: ForeignLanguage): ReadonlySet<string> {
  let words = loaded.get(lang);
  if (words === undefined) {
    words = new Set(require(PACKAGES[lang]) as string[]);
    loaded.set(lang, words);
  }
  return words;
}
