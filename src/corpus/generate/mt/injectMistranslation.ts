/**
 * Injector: a literal one-word sentence, as MT renders French and Spanish discourse markers
 * ("Bref." → "Anyway.", "Bon." → "Good.", "Alors." → "Then.", "Bueno." → "Well."). Inserted
 * after a sentence end (or at a paragraph's end). Span type `mistranslation` over the
 * sentence with its full stop. Cost: O(text).
 */
import { type Injector, isFree } from './injection.ts';

/** The one-word sentences inserted. */
export const ONE_WORD_SENTENCES = ['Anyway.', 'Well.', 'Good.', 'Then.', 'So.', 'Finally.'] as const;
/** Sentence ends: a full stop, "?" or "!" (and a closing quote) before a space and a capital, or a line's end. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec))[.?!]["”]?(?= [\p{Lu}"“]|$)/gmu;

/** Offsets just after each sentence end of `text`. */
export function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
}

export const injectMistranslation: Injector = (doc, random) => {
  const sites = sentenceEnds(doc.text).filter((at) => isFree(doc, at, at));
  if (sites.length === 0) return undefined;
  const at = random.pick(sites);
  const sentence = random.pick(ONE_WORD_SENTENCES);
  return {
    edits: [{ start: at, end: at, insert: ` ${sentence}`, marks: [{ from: 1, to: 1 + sentence.length, type: 'mistranslation' }] }],
    detail: { kind: 'mistranslation', sentence },
  };
};
