import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_INPUTS } from '../../../src/detectors/reuse/documentFeatures.ts';
import { DOCUMENT_MODEL, PAIR_MODEL } from '../../../src/detectors/reuse/fitted.ts';
import { loadReuseCases } from '../../../src/detectors/reuse/fit/cases.ts';
import { fitLogistic, predict } from '../../../src/detectors/fit/logistic.ts';
import { pairExamples } from '../../../src/detectors/reuse/fit/pairData.ts';
import { PAIR_INPUTS } from '../../../src/detectors/reuse/pairModel.ts';
import { reuseDetector } from '../../../src/detectors/reuse/reuseDetector.ts';

const MRPC = '../shared/datasets/mrpc';

describe('reuse fitted constants', () => {
  it('have one weight per model input', () => {
    expect(PAIR_MODEL.weights).toHaveLength(PAIR_INPUTS.length);
    expect(DOCUMENT_MODEL.weights).toHaveLength(DOCUMENT_INPUTS.length);
  });

  it('separate the bundled dev split they were fitted on', async () => {
    const dev = await loadReuseCases('corpora/reuse', 'dev');
    let correct = 0;
    for (const c of dev) {
      const d = await reuseDetector.detect({ source: c.source.text, candidate: c.candidate.text });
      if (d.label === c.label) correct++;
    }
    expect(correct / dev.length).toBeGreaterThan(0.98);
  }, 30_000);

  it.skipIf(!existsSync(MRPC))('the pair model is what refitting on MRPC dev gives, and beats the majority class there', async () => {
    const dev = await loadReuseCases(`mrpc:${MRPC}`, 'dev');
    const { X, y } = pairExamples(dev);
    const accuracy = X.filter((x, i) => (predict(PAIR_MODEL, x) >= 0.5 ? 1 : 0) === y[i]).length / X.length;
    expect(accuracy).toBeGreaterThan(0.74);
    const refit = fitLogistic(X, y, { l2: 1 });
    refit.weights.forEach((w, j) => {
      expect(w).toBeCloseTo(PAIR_MODEL.weights[j] as number, 3);
    });
  }, 30_000);
});

describe('fitting tools', () => {
  it('logistic regression recovers a separable rule and is deterministic', () => {
    const X = Array.from({ length: 40 }, (_, i) => [i / 40, (i * 7) % 5]);
    const y = X.map(([a]) => ((a as number) > 0.5 ? 1 : 0));
    const m = fitLogistic(X, y, { l2: 0.1 });
    expect(fitLogistic(X, y, { l2: 0.1 })).toEqual(m);
    expect(X.filter((x, i) => (predict(m, x) >= 0.5 ? 1 : 0) === y[i]).length).toBe(40);
  });
});
