/**
 * Build one `mt` corpus case with the project's id and meta conventions: the id starts with the
 * slice name, the meta carries the generator, seed and provenance. O(1).
 */
import type { MtCase, MtSpan, Split } from '../../../contracts/case.ts';
import { type Generator, generatedMeta } from '../generator.ts';

export interface MtCaseInput {
  generator: Pick<Generator, 'name' | 'version'>;
  seed: number;
  slice: string;
  /** The part of the id after the slice name (e.g. `en-con-01:p2-5`). */
  key: string;
  split: Split;
  label: boolean;
  text: string;
  spans: readonly MtSpan[];
  provenance: Record<string, unknown>;
}

export function mtCase(c: MtCaseInput): MtCase {
  return {
    id: `${c.slice}:${c.key}`,
    task: 'mt',
    slice: c.slice,
    split: c.split,
    label: c.label,
    meta: generatedMeta(c.generator, c.seed, c.provenance),
    text: c.text,
    spans: [...c.spans],
  };
}
