/**
 * The document model: the probability that the candidate derives from the source,
 * `sigmoid(w · documentVector + b)` over the document features, with weights fitted on the dev
 * split of the bundled corpus and of Clough–Stevenson (`fit/refit.ts`, constants in `fitted.ts`).
 *
 * Cost: O(1) on top of the document features.
 */
import { type DocumentFeatures, documentVector } from './documentFeatures.ts';
import { DOCUMENT_MODEL } from './fitted.ts';

/** Log-odds that the candidate derives from the source. */
export function documentLogit(f: DocumentFeatures): number {
  const x = documentVector(f);
  let z = DOCUMENT_MODEL.bias;
  for (let j = 0; j < x.length; j++) z += (DOCUMENT_MODEL.weights[j] ?? 0) * (x[j] as number);
  return z;
}
