/**
 * Split assignment by source article: everything derived from one article (or one event, for
 * pairs) lands in the same split, so nothing derived from a dev article appears in test.
 */
import type { Split } from '../../contracts/case.ts';
import { mixSeed } from './random.ts';

/** Share of source groups assigned to dev. */
export const DEV_SHARE = 0.3;

/** The split of a source group (an article id, or an event id shared by a pair). */
export function splitOf(group: string, seed: number): Split {
  const u = (mixSeed(seed, `split:${group}`) >>> 0) / 2 ** 32;
  return u < DEV_SHARE ? 'dev' : 'test';
}
