import { describe, expect, it } from 'vitest';
import { collect, fixture, issueKeys, REAL_DATA_TIMEOUT, realDataset } from './collect.ts';

describe('mrpc adapter', () => {
  it('turns each sentence pair into a reuse case: train → dev, test → test', async () => {
    const { cases, issues, at } = await collect('mrpc', fixture('mrpc'));
    expect(issues).toEqual([]);
    expect(cases.map((c) => [c.id, c.split, c.label])).toEqual([
      ['mrpc/train/1001-1002', 'dev', true],
      ['mrpc/train/1003-1004', 'dev', false],
      ['mrpc/train/1005-1006', 'dev', true],
      ['mrpc/test/2001-2002', 'test', false],
      ['mrpc/test/2003-2004', 'test', true],
    ]);
    const first = cases[0];
    if (first?.task !== 'reuse') throw new Error('expected a reuse case');
    expect(first.slice).toBe('mrpc');
    expect(first.source.text).toBe('The harbour board approved a new ferry timetable on Tuesday.');
    expect(first.candidate.text).toBe('On Tuesday the harbour board signed off on a new ferry timetable.');
    expect(first.meta).toMatchObject({
      dataset: 'mrpc',
      quality: 1,
      sentenceIds: ['1001', '1002'],
      origins: [{ author: 'Anna Berg', agency: 'Meridian Wire', url: 'www.example-news.test' }, { url: 'www.other-paper.test', date: 'May 2 2003' }],
    });
    expect(at[0]).toMatch(/fixtures\/mrpc\/msr_paraphrase_train\.txt:2$/);
    // quotes inside a field are kept (no CSV quoting in MRPC)
    if (cases[2]?.task === 'reuse') expect(cases[2].source.text).toContain('"within weeks"');
  });

  it('reports every malformed line with its file, line and field, and keeps the good ones', async () => {
    const { cases, issues } = await collect('mrpc', fixture('mrpc-malformed'));
    expect(cases.map((c) => c.id)).toEqual(['mrpc/train/1001-1002', 'mrpc/test/2001-2002']);
    expect(issueKeys(issues)).toEqual(
      [
        'msr_paraphrase_train.txt:3 Quality',
        'msr_paraphrase_train.txt:4 (line)',
        'msr_paraphrase_train.txt:5 #1 ID',
        'msr_paraphrase_train.txt:6 #1 String',
        'msr_paraphrase_train.txt:7 id',
        'msr_paraphrase_test.txt:1 (header)',
        'msr_paraphrase_test.txt:3 (line)',
      ].sort(),
    );
    expect(issues.find((i) => i.field === 'id')?.problem).toMatch(/duplicate id "mrpc\/train\/1001-1002" \(first at .*msr_paraphrase_train\.txt:2\)/);
    expect(issues.find((i) => i.line === 3 && i.file.endsWith('test.txt'))?.problem).toBe('not valid UTF-8');
  });

  const real = realDataset('mrpc');
  it.skipIf(!real.present)(
    real.title('reads the real MRPC release: 4,076 train pairs (2,753 / 1,323) as dev, 1,725 test pairs (1,147 / 578) as test'),
    async () => {
      const { cases, issues } = await collect('mrpc', real.path);
      expect(issues).toEqual([]);
      const count = (split: string, label: boolean) => cases.filter((c) => c.split === split && c.label === label).length;
      expect([count('dev', true), count('dev', false), count('test', true), count('test', false)]).toEqual([2753, 1323, 1147, 578]);
      expect(cases.filter((c) => c.meta?.origins !== undefined).length).toBe(cases.length);
    },
    REAL_DATA_TIMEOUT,
  );
});
