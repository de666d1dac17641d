/**
 * Loads the MT cases of corpus specs (`corpora/mt`, `wmt:../shared/datasets/wmt-xx-en`, …) for
 * the fitting and measuring scripts, through the corpus readers (never the eval engine).
 * Development tooling only: the detector does not import it. Cost: one read of each corpus.
 */
import type { MtCase, Split } from '../../../contracts/case.ts';
import { openCorpus } from '../../../corpus/open.ts';

/** Every valid MT case of `spec` in `split` (`all` for both). */
export async function loadMtCases(spec: string, split: Split | 'all'): Promise<MtCase[]> {
  const out: MtCase[] = [];
  const seen = new Map<string, string>();
  for (const input of await openCorpus(spec)) {
    for await (const item of input.read(seen)) {
      if (item.kind !== 'case') continue;
      const c = item.value.case;
      if (c.task === 'mt' && (split === 'all' || c.split === split)) out.push(c);
    }
  }
  return out;
}

/** Cases of several specs; a spec whose dataset folder is missing is skipped with a note on stderr. */
export async function loadAll(specs: readonly string[], split: Split | 'all'): Promise<MtCase[]> {
  const out: MtCase[] = [];
  for (const spec of specs) {
    try {
      out.push(...(await loadMtCases(spec, split)));
    } catch (e) {
      process.stderr.write(`skipped ${spec}: ${(e as Error).message}\n`);
    }
  }
  return out;
}
