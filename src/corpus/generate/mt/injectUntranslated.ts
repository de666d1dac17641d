/**
 * Injector: a source-language word left untranslated. Replaces one English word of the table
 * in `untranslatedWords.ts` by its French or Spanish counterpart (the case's language),
 * in brackets as some MT systems mark unknown words ("[leurs]") or, when the foreign word is
 * no English word, sometimes bare ("leurs"). Span type `untranslated` over the word with its
 * brackets. Cost: O(text).
 */
import { isEnglishWord } from './englishLexicon.ts';
import { type Injector, isFree } from './injection.ts';
import { UNTRANSLATED_WORDS } from './untranslatedWords.ts';

/** Share of untranslated words written without brackets (only foreign words that are not English). */
export const BARE_SHARE = 0.35;
const WORD = /(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}'’-])/gu;

/** Keep the English word's initial capital. */
const likeCase = (model: string, word: string) => (/^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word);

export const injectUntranslated: Injector = (doc, random, { lang }) => {
  const sites = [...doc.text.matchAll(WORD)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0], foreign: UNTRANSLATED_WORDS[m[0].toLowerCase()]?.[lang] }))
    .filter((s) => s.foreign !== undefined && isFree(doc, s.start, s.end));
  if (sites.length === 0) return undefined;
  const s = random.pick(sites);
  const foreign = likeCase(s.word, s.foreign as string);
  const bare = !isEnglishWord(foreign) && random.chance(BARE_SHARE);
  const insert = bare ? foreign : `[${foreign}]`;
  return {
    edits: [{ start: s.start, end: s.end, insert, marks: [{ from: 0, to: insert.length, type: 'untranslated' }] }],
    detail: { kind: 'untranslated', from: s.word, to: insert, lang },
  };
};
