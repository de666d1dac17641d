/**
 * Dev/test assignment for public datasets that ship without one: a stable hash of a group key
 * (a web host, a source document, a participant), so everything of one group lands in the same
 * split and nothing seen while fitting thresholds on dev is scored in test.
 */
import type { Split } from '../../contracts/case.ts';
import { mixSeed } from '../generate/random.ts';
import { DEV_SHARE, splitOf } from '../generate/splits.ts';

/** Fixed seed of dataset splits: changing it reshuffles every adapter's dev/test assignment. */
export const DATASET_SPLIT_SEED = 2026;

/** The split of one group, ~30% dev (the project-wide {@link splitOf} share). */
export const datasetSplit = (adapter: string, group: string): Split => splitOf(`${adapter}:${group}`, DATASET_SPLIT_SEED);

/**
 * An exact-share split for datasets with few groups (19 participants), where hashing each
 * group alone could put 2 or 9 of them in dev: groups are ordered by a stable hash and the
 * first round(30%) go to dev. Depends on the set of groups, so it is computed per dataset.
 */
export function rankedSplit(adapter: string, groups: Iterable<string>): Map<string, Split> {
  const unique = [...new Set(groups)].sort();
  const key = (g: string) => mixSeed(DATASET_SPLIT_SEED, `${adapter}:${g}`) >>> 0;
  const ranked = unique.map((g) => ({ g, k: key(g) })).sort((a, b) => a.k - b.k || (a.g < b.g ? -1 : 1));
  const dev = Math.round(DEV_SHARE * unique.length);
  return new Map(ranked.map(({ g }, i) => [g, i < dev ? 'dev' : 'test']));
}
