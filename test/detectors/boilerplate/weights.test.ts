/**
 * The fitted constants of boilerplate@1.0.0 are complete and still justified: every feature has
 * a weight (and no weight lacks a feature), and on the bundled dev split — the part of the fit
 * data that ships with the repository — the committed model still reaches the bundled
 * targets. Refit with `node --import tsx test/detectors/boilerplate/refit.ts --grid --write`.
 */
import { describe, expect, it } from 'vitest';
import { CONTEXT_FEATURES, LINE_FEATURES } from '../../../src/detectors/boilerplate/features.ts';
import { scoreLines } from '../../../src/detectors/boilerplate/model.ts';
import { LINE_THRESHOLD, PASS1, PASS2, REGION } from '../../../src/detectors/boilerplate/weights.ts';
import { loadAll } from './data.ts';
import { f1, summarize } from './metrics.ts';

describe('boilerplate@1.0.0 fitted constants', () => {
  it('weigh exactly the features the model computes', () => {
    expect(Object.keys(PASS1).sort()).toEqual([...LINE_FEATURES].sort());
    expect(Object.keys(PASS2).sort()).toEqual([...LINE_FEATURES, ...CONTEXT_FEATURES].sort());
    for (const w of [...Object.values(PASS1), ...Object.values(PASS2)]) expect(Number.isFinite(w)).toBe(true);
    expect(LINE_THRESHOLD).toBeGreaterThan(0);
    expect(LINE_THRESHOLD).toBeLessThan(1);
    expect(REGION.chromeCost).toBeGreaterThan(0);
  });

  it('reach the bundled targets on the bundled dev split they were fitted on', async () => {
    const dev = (await loadAll({ real: false })).filter((lc) => lc.c.split === 'dev');
    const s = summarize(dev, (lc) => scoreLines(lc.lines).p.map((p) => p >= LINE_THRESHOLD));
    const all = s.slices.get('*');
    if (!all) throw new Error('no bundled cases');
    expect(f1(all)).toBeGreaterThanOrEqual(0.95);
    expect(s.hardKept / s.hardTotal).toBeGreaterThanOrEqual(0.98);
    for (const [slice, o] of s.slices) if (o.tp + o.fn > 0) expect(f1(o), slice).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
