/**
 * Split assignment by source group: everything derived from one article (or one event, for
 * pairs) lands in the same split, so nothing derived from a dev article appears in test. The
 * group is hashed with sha256 (FNV-style hashes put neighbouring ids such as `pol-01` and
 * `pol-02` in the same split far more often than chance).
 */
import { createHash } from 'node:crypto';
import type { Split } from '../../contracts/case.ts';

/** Share of source groups assigned to dev. */
export const DEV_SHARE = 0.3;

/** The split of a source group (an article id, or an event id shared by a pair). */
export function splitOf(group: string, seed: number): Split {
  const u = createHash('sha256').update(`${seed}\u0000split\u0000${group}`).digest().readUInt32BE(0) / 2 ** 32;
  return u < DEV_SHARE ? 'dev' : 'test';
}
