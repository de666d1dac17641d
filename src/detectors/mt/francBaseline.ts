/**
 * MT baseline: the share of sentences that franc does not identify as English.
 * Deliberately simple — fluent MT output is English, so this mostly measures how little a
 * language identifier can see. O(n).
 */
import { franc } from 'franc';
import type { Detector } from '../../contracts/detector.ts';

/** franc is unreliable below this many characters, so shorter sentences are not judged. */
const MIN_SENTENCE_CHARS = 40;
const LANGUAGES = ['eng', 'fra', 'spa', 'deu', 'ita', 'por', 'ukr', 'rus'];

export const mtFrancBaseline: Detector<'mt'> = {
  id: 'mt-franc-baseline',
  version: '1.0.0',
  task: 'mt',
  description: 'Share of sentences (≥ 40 chars) franc does not identify as English',
  config: { minSentenceChars: MIN_SENTENCE_CHARS, only: LANGUAGES },
  baseline: true,
  // franc costs ~1 s per MB of sentences; longer documents are declined
  maxInputChars: 2_000_000,
  detect({ text }) {
    const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.length >= MIN_SENTENCE_CHARS);
    const foreign = sentences.filter((s) => franc(s, { only: LANGUAGES }) !== 'eng').length;
    const score = sentences.length === 0 ? 0 : foreign / sentences.length;
    return { score, label: score >= 0.5, signals: [{ name: 'foreignSentenceShare', value: score }] };
  },
};
