/**
 * Build one reuse case with the fields every generated reuse case carries: an id prefixed by
 * its slice, the slice, split and label, `meta` from `generatedMeta` plus provenance, and the
 * optional gold alignments and drift. O(1) apart from copying the texts.
 */
import type { Alignment, Drift, ReuseCase, Split } from '../../../contracts/case.ts';
import { type Generator, generatedMeta } from '../generator.ts';

export interface ReuseCaseInput {
  generator: Pick<Generator, 'name' | 'version'>;
  seed: number;
  /** Slice name under `reuse/`, e.g. "spun-light". */
  slice: string;
  /** Unique within the slice; the id becomes `reuse-<slice>-<key>`. */
  key: string;
  split: Split;
  label: boolean;
  source: string;
  candidate: string;
  alignments?: Alignment[];
  drift?: Drift[];
  provenance: Record<string, unknown>;
}

export function reuseCase(c: ReuseCaseInput): ReuseCase {
  return {
    id: `reuse-${c.slice}-${c.key}`,
    task: 'reuse',
    slice: `reuse/${c.slice}`,
    split: c.split,
    label: c.label,
    meta: generatedMeta(c.generator, c.seed, c.provenance),
    source: { text: c.source },
    candidate: { text: c.candidate },
    ...(c.alignments ? { alignments: c.alignments } : {}),
    ...(c.drift ? { drift: c.drift } : {}),
  };
}
