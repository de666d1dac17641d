/**
 * Digit density: the share of digits among a line's letters and digits. Timestamps, counters,
 * account ids and vote tallies are digit-heavy; so are fact lines (scores, results, prices),
 * which is why this is a weak signal the model weighs against sentence shape. O(1) per line.
 */
import type { LineView } from '../lineView.ts';

export function digitDensity(line: LineView): number {
  const n = line.letters + line.digits;
  return n === 0 ? 0 : line.digits / n;
}
