/**
 * The committed weights are what the fitting script produces from dev cases, and only dev cases
 * reach the fit. The refit needs the WMT dev negatives (`../shared/datasets/wmt-xx-en`) the
 * committed fit used, so it skips itself when that folder is absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MtCase } from '../../../src/contracts/case.ts';
import { FEATURES } from '../../../src/detectors/mt/features.ts';
import { loadAll } from '../../../src/detectors/mt/fit/cases.ts';
import { FIT_CORPORA, fitCases, fitModel, PRIOR_WEIGHTS } from '../../../src/detectors/mt/fit/fitWeights.ts';
import { BIAS, WEIGHTS } from '../../../src/detectors/mt/weights.ts';

const WMT = fileURLToPath(new URL('../../../../shared/datasets/wmt-xx-en', import.meta.url));

const mt = (over: Partial<MtCase>): MtCase => ({ id: 'x', task: 'mt', slice: 'mt/human', split: 'dev', label: false, text: 'Text.', spans: [], ...over });

describe('MT model fit', () => {
  it('fits on dev cases only, without WMT system outputs', () => {
    const cases = [
      mt({ id: 'a' }),
      mt({ id: 'b', split: 'test' }),
      mt({ id: 'c', slice: 'wmt/2023-uk-en/reference' }),
      mt({ id: 'd', slice: 'wmt/2023-uk-en/ONLINE-A', label: true }),
      mt({ id: 'e', slice: 'mt/injected', label: true }),
    ];
    expect(fitCases(cases).map((c) => c.id)).toEqual(['a', 'c', 'e']);
  });

  it('keeps every artifact weight non-negative and gives unfittable features their kin’s weight', () => {
    for (const f of FEATURES) if (f !== 'logWords') expect(WEIGHTS[f], f).toBeGreaterThanOrEqual(0);
    for (const [f, kin] of Object.entries(PRIOR_WEIGHTS)) expect(WEIGHTS[f as keyof typeof WEIGHTS]).toBe(WEIGHTS[kin as keyof typeof WEIGHTS]);
  });

  it.skipIf(!existsSync(WMT))('reproduces the committed weights from the dev split', { timeout: 120_000 }, async () => {
    const cases = fitCases(await loadAll(FIT_CORPORA, 'dev'));
    expect(cases.every((c) => c.split === 'dev')).toBe(true);
    const { fit } = fitModel(cases);
    expect(fit.bias).toBeCloseTo(BIAS, 3);
    FEATURES.forEach((f, j) => {
      expect(fit.weights[j], f).toBeCloseTo(WEIGHTS[f], 3);
    });
  });
});
