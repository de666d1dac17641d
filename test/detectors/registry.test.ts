import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Detection } from '../../src/contracts/detection.ts';
import { detectorKey } from '../../src/contracts/detector.ts';
import { DETECTORS, selectDetectors } from '../../src/detectors/registry.ts';

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

describe('detector registry', () => {
  it('lists unique id@version keys with semver versions, and a baseline per task', () => {
    const keys = DETECTORS.map(detectorKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of DETECTORS) expect(d.version).toMatch(SEMVER);
    for (const task of ['reuse', 'mt', 'boilerplate'] as const) {
      expect(DETECTORS.some((d) => d.task === task && d.baseline)).toBe(true);
      expect(DETECTORS.some((d) => d.task === task && !d.baseline)).toBe(true);
    }
  });

  it('selects by id or id@version and reports unknown names', () => {
    const first = DETECTORS[0];
    if (!first) throw new Error('empty registry');
    expect(selectDetectors([first.id]).detectors).toContain(first);
    expect(selectDetectors([detectorKey(first)]).detectors).toEqual([first]);
    expect(selectDetectors(['no-such']).unknown).toEqual(['no-such']);
  });

  it('every detector returns a valid, deterministic detection with spans inside the text, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), async (a, b) => {
        for (const d of DETECTORS) {
          const input = d.task === 'reuse' ? { source: a, candidate: b } : { text: a };
          const first = Detection.parse(await d.detect(input as never));
          expect(await d.detect(input as never)).toEqual(first);
          for (const s of first.spans ?? []) expect(s.end).toBeLessThanOrEqual(a.length);
        }
      }),
      { numRuns: 150, seed: 1 },
    );
  }, 60_000);
});
