import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseLog } from '../../src/eval/caseLog.ts';

const entry = fc.record({
  detector: fc.integer({ min: 0, max: 3 }),
  id: fc.string({ unit: 'grapheme', maxLength: 12 }),
  // canonical result lines are JSON: no raw newline; multi-byte text so UTF-8 sequences straddle read borders
  line: fc.string({ unit: 'grapheme', maxLength: 300 }).map((t) => JSON.stringify({ text: t })),
});

describe('CaseLog', () => {
  it('gives back every entry once, in (detector, id) order, with its arrival number and line intact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 400 }), fc.integer({ min: 1, max: 2000 }), async (entries, runChars) => {
        const log = await CaseLog.open(runChars);
        try {
          for (const [i, e] of entries.entries()) expect(log.add(e.detector, e.id, e.line)).toBe(i);
          const out = [];
          for await (const e of log.entries()) out.push(e);
          const expected = entries
            .map((e, arrival) => ({ ...e, arrival }))
            .sort((a, b) => a.detector - b.detector || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.arrival - b.arrival));
          // equal ids keep no particular order between runs: compare as (detector, id) groups
          const key = (e: { detector: number; id: string }) => `${e.detector}\u0000${e.id}`;
          expect(out.map(key)).toEqual(expected.map(key));
          expect([...out].sort((a, b) => a.arrival - b.arrival)).toEqual([...expected].sort((a, b) => a.arrival - b.arrival));
        } finally {
          await log.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('merges many runs (here 200) without warnings about the shared file handle', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    const log = await CaseLog.open(100);
    try {
      for (let i = 0; i < 2000; i++) log.add(i % 2, `case-${i}`, JSON.stringify({ n: i, text: 'é中😀'.repeat(i % 7) }));
      let count = 0;
      let last = '';
      for await (const e of log.entries()) {
        const k = `${e.detector}\u0000${e.id}`;
        expect(k > last).toBe(true);
        expect(JSON.parse(e.line).n).toBe(e.arrival);
        last = k;
        count++;
      }
      expect(count).toBe(2000);
      await new Promise((r) => setImmediate(r));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await log.close();
    }
  });
});
