/**
 * Sharding: `--shard k/n` keeps the cases whose id hashes to bucket k−1 of n, so n machines
 * each evaluate a disjoint, deterministic 1/n of a corpus and `rehash merge` combines them.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../usageError.ts';

export interface Shard {
  index: number;
  count: number;
}

/** Parse `k/n` (1 ≤ k ≤ n). */
export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n (got "${spec}")`);
  return { index, count };
}

/** Whether a case id belongs to the shard (stable across machines and Node versions). */
export function inShard(id: string, shard: Shard): boolean {
  const h = createHash('sha256').update(id).digest();
  return h.readUInt32BE(0) % shard.count === shard.index - 1;
}
