/**
 * Loads the reuse cases of corpus specs (`corpora/reuse`, `mrpc:../shared/datasets/mrpc`, …)
 * for the fitting scripts, through the corpus readers (never the eval engine). Development
 * tooling only: the detector does not import it.
 */
import type { ReuseCase, Split } from '../../../contracts/case.ts';
import { openCorpus } from '../../../corpus/open.ts';

/** Every valid reuse case of `spec` in `split` (`all` for both). */
export async function loadReuseCases(spec: string, split: Split | 'all'): Promise<ReuseCase[]> {
  const out: ReuseCase[] = [];
  const seen = new Map<string, string>();
  for (const input of await openCorpus(spec)) {
    for await (const item of input.read(seen)) {
      if (item.kind !== 'case') continue;
      const c = item.value.case;
      if (c.task === 'reuse' && (split === 'all' || c.split === split)) out.push(c);
    }
  }
  return out;
}
