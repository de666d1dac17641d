import { describe, expect, it } from 'vitest';
import type { ReuseCase } from '../../../src/contracts/case.ts';
import { bySlice, collect, fixture, issueKeys, REAL_DATA_TIMEOUT, realDataset } from './collect.ts';

const participantSplits = (cases: readonly ReuseCase[]) => {
  const m = new Map<string, Set<string>>();
  for (const c of cases) {
    const p = c.meta?.participant as string;
    m.set(p, (m.get(p) ?? new Set()).add(c.split));
  }
  return m;
};

describe('clough adapter', () => {
  it('pairs each answer with its task source; cut/light/heavy are reuse, non is not; the grade is the slice', async () => {
    const { cases, issues } = await collect('clough', fixture('clough-stevenson-reuse'));
    expect(issues).toEqual([]);
    const reuse = cases as ReuseCase[];
    expect(reuse.map((c) => [c.id, c.slice, c.label])).toEqual([
      ['clough/g0pA_taska', 'clough/cut', true],
      ['clough/g0pA_taskb', 'clough/non', false],
      ['clough/g0pB_taska', 'clough/light', true],
      ['clough/g0pB_taskb', 'clough/heavy', true],
      ['clough/g1pA_taska', 'clough/heavy', true],
      ['clough/g1pA_taskb', 'clough/light', true],
      ['clough/g1pB_taska', 'clough/non', false],
      ['clough/g1pB_taskb', 'clough/cut', true],
    ]);
    const first = reuse[0] as ReuseCase;
    expect(first.source.text.startsWith('A tide mill is a water mill')).toBe(true);
    expect(first.meta).toMatchObject({ grade: 'cut', task: 'a', participant: 'g0pA', knowledge: 4, difficulty: 2, encoding: 'utf-8' });
    // a Windows-1252 answer: byte 0x92 is a right single quote; CRLF becomes LF
    const cp1252 = reuse.find((c) => c.id === 'clough/g0pB_taskb') as ReuseCase;
    expect(cp1252.meta?.encoding).toBe('windows-1252');
    expect(cp1252.candidate.text).toBe("A lighthouse\u2019s lamp and lenses are set high on a tower,\nand each one flashes differently so ships can tell where they are.\n");
  });

  it('splits by participant: all five answers of a student in one split, round(30%) of students in dev', async () => {
    const { cases } = await collect('clough', fixture('clough-stevenson-reuse'));
    const splits = participantSplits(cases as ReuseCase[]);
    expect([...splits.values()].every((s) => s.size === 1)).toBe(true);
    expect([...splits.values()].filter((s) => s.has('dev')).length).toBe(1); // round(0.3 × 4)
  });

  it('reports unknown grades, missing texts, tasks without a source and short rows at their CSV line', async () => {
    const { cases, issues } = await collect('clough', fixture('clough-malformed'));
    expect(cases.map((c) => c.id)).toEqual(['clough/g0pA_taska']);
    expect(issueKeys(issues)).toEqual(['corpus-final09.csv:3 Category', 'corpus-final09.csv:4 File', 'corpus-final09.csv:5 Task', 'corpus-final09.csv:6 (line)']);
  });

  const real = realDataset('clough-stevenson-reuse');
  it.skipIf(!real.present)(
    real.title('reads the real corpus: 95 answers (cut 19, light 19, heavy 19, non 38) against 5 sources, 6 of 19 students in dev'),
    async () => {
      const { cases, issues } = await collect('clough', real.path);
      expect(issues).toEqual([]);
      expect(bySlice(cases)).toEqual({ 'clough/cut': 19, 'clough/light': 19, 'clough/heavy': 19, 'clough/non': 38 });
      const splits = participantSplits(cases as ReuseCase[]);
      expect(splits.size).toBe(19);
      expect([...splits.values()].filter((s) => s.has('dev')).length).toBe(6);
      expect(new Set(cases.map((c) => c.meta?.sourceFile)).size).toBe(5);
      expect(cases.filter((c) => c.meta?.encoding === 'windows-1252').length).toBe(17);
      // every grade is in both splits
      for (const grade of ['cut', 'light', 'heavy', 'non'])
        expect(new Set(cases.filter((c) => c.meta?.grade === grade).map((c) => c.split))).toEqual(new Set(['dev', 'test']));
    },
    REAL_DATA_TIMEOUT,
  );
});
