/**
 * Possessive ↔ "of" paraphrase, a paraphraser's move that reaches the word sequences around
 * names: "Ecuador's local elections have" → "the local elections of Ecuador have", and
 * "the city's water company" → "the water company of the city". The possessed phrase is a
 * run of one to three lowercase words ended by a function word or punctuation, so the noun
 * phrase is whole and every word of it must be a WordNet noun or adjective (not "grew
 * steadily"); the possessor is a run of capitalised words or "the" + a noun. Quoted speech is left alone. O(length of text).
 */
import type { Random } from '../random.ts';
import { FUNCTION_WORDS } from './functionWords.ts';
import { lemmaCandidates } from './inflection.ts';
import { quotedRanges } from './tokens.ts';
import { loadWordNet, type WordNet } from './wordnet.ts';

/** A word that can sit in a noun phrase: a WordNet noun (singular or plural) or adjective. */
function nominal(w: string, wn: WordNet): boolean {
  if (/ly$/.test(w)) return false;
  const graded = /(?:er|est)$/.test(w) ? [w.replace(/i(?:er|est)$/, 'y'), w.replace(/(?:er|est)$/, ''), w.replace(/(?:r|st)$/, ''), w.replace(/(\w)\1(?:er|est)$/, '$1')] : [];
  if (graded.some((a) => wn.entry(a, 'a') !== undefined)) return true; // "busiest", "larger"
  return lemmaCandidates(w).some(
    ({ lemma, form }) => (form === 'base' || form === 'plural') && (wn.entry(lemma, 'n') !== undefined || (form === 'base' && wn.entry(lemma, 'a') !== undefined)),
  );
}

/** Possessor (a name, or "the" + common noun), "'s", then the possessed words and what follows. */
const POSSESSIVE =
  /(?<![\p{L}'-])((?:[Tt]he )(?:\p{Lu}\p{L}+ ){0,3}\p{L}+|(?:\p{Lu}\p{L}+ ){0,3}\p{Lu}\p{L}+)'s ((?:\p{Ll}+ ){0,2}\p{Ll}+)(?=(?:[,.;:)]| (\p{Ll}+)))/gu;

/** Rewrite each possessive with probability `p`; returns the text and the number rewritten. */
export function swapPossessives(text: string, random: Random, p: number, wn: WordNet = loadWordNet()): { text: string; count: number } {
  const quotes = quotedRanges(text);
  let count = 0;
  const out = text.replace(POSSESSIVE, (match: string, owner: string, owned: string, next: string | undefined, at: number) => {
    if (quotes.some((q) => q.start <= at && at < q.end)) return match;
    const words = owned.split(' ');
    const cut = words.findIndex((w) => FUNCTION_WORDS.has(w));
    const phrase = cut === -1 ? words : words.slice(0, cut);
    if (phrase.length === 0 || !phrase.every((w) => nominal(w, wn))) return match;
    if (cut === -1 && next !== undefined && !FUNCTION_WORDS.has(next)) return match; // the phrase may run on
    if (!random.chance(p)) return match;
    count++;
    const opening = /(?:^|[.!?]["'\u201D]?\s+)$/.test(text.slice(0, at));
    const rest = cut === -1 ? '' : ` ${words.slice(cut).join(' ')}`;
    return `${opening ? 'The' : 'the'} ${phrase.join(' ')} of ${owner.replace(/^The /, 'the ')}${rest}`;
  });
  return { text: out, count };
}
