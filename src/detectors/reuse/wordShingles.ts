/**
 * Reuse, first version: containment of the candidate's word 3-grams in the source's.
 * Classic near-duplicate detection — exact on copies, weak on spun text. O(n) with hashing.
 */
import type { Detector } from '../../contracts/detector.ts';

/** Words per shingle. */
const N = 3;
/** Containment from which a pair counts as reuse. */
const THRESHOLD = 0.3;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + N <= words.length; i++) out.add(words.slice(i, i + N).join(' '));
  return out;
}

export const reuseWordShingles: Detector<'reuse'> = {
  id: 'reuse-shingles',
  version: '0.1.0',
  task: 'reuse',
  description: 'Containment of the candidate word 3-grams in the source',
  config: { n: N, threshold: THRESHOLD },
  detect({ source, candidate }) {
    const a = shingles(source);
    const b = shingles(candidate);
    let shared = 0;
    for (const s of b) if (a.has(s)) shared++;
    const score = b.size === 0 ? 0 : shared / b.size;
    return { score, label: score >= THRESHOLD, signals: [{ name: 'containment', value: score }] };
  },
};
