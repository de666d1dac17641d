/**
 * Reuse baseline: whole-text Dice coefficient on character bigrams, computed by the
 * string-similarity package the field has long used. Deliberately simple: it cannot tell a
 * spun copy from an independent report of the same event. O(|source| + |candidate|).
 */
import stringSimilarity from 'string-similarity';
import type { Detector } from '../../contracts/detector.ts';

/** Dice score from which a pair counts as reuse. */
const THRESHOLD = 0.5;

export const reuseDiceBaseline: Detector<'reuse'> = {
  id: 'reuse-dice-baseline',
  version: '1.0.0',
  task: 'reuse',
  description: 'Whole-text Dice on character bigrams (string-similarity), threshold 0.5',
  config: { threshold: THRESHOLD },
  baseline: true,
  detect({ source, candidate }) {
    const score = stringSimilarity.compareTwoStrings(source, candidate);
    return { score, label: score >= THRESHOLD, signals: [{ name: 'dice', value: score }] };
  },
};
