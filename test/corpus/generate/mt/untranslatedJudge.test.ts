import { describe, expect, it } from 'vitest';
import { judgeMarkedWord, sourceWords } from '../../../../src/corpus/generate/mt/untranslatedJudge.ts';

const en = { sourceLang: 'en' as const, source: sourceWords('Oleh Sydorchuk said the dataset of stranded dockworkers was updated.') };
const fr = { sourceLang: 'fr' as const, source: sourceWords("L'armée de l'air ukrainienne a dit, selon Iryna Melnyk, que le drone était abattu.") };

describe('judgeMarkedWord', () => {
  it('labels Spanish left glued in a round trip', () => {
    expect(judgeMarkedWord('huelgade48', en)).toBe('untranslated');
    expect(judgeMarkedWord('cual', en)).toBe('untranslated');
  });

  it('keeps English words, names and English source words out of the gold', () => {
    expect(judgeMarkedWord('stranded', en)).toBe('english');
    expect(judgeMarkedWord('dockworkers', en)).toBe('english');
    expect(judgeMarkedWord('Ukrainian', en)).toBe('english'); // WordNet knows proper adjectives
    expect(judgeMarkedWord('Sydorchuk', en)).toBe('name');
    expect(judgeMarkedWord('dataset', en)).toBe('source-word');
  });

  it('labels French words copied from a French source but not the names', () => {
    expect(judgeMarkedWord('ukrainienne', fr)).toBe('untranslated');
    expect(judgeMarkedWord('Melnyk', fr)).toBe('name');
    expect(judgeMarkedWord('drone', fr)).toBe('english');
    expect(judgeMarkedWord('Sra', fr)).toBe('untranslated'); // Spanish "Mrs", not in the source
    expect(judgeMarkedWord('agritech', fr)).toBe('english'); // loanword the lists lack
  });

  it('leaves numbers, clock times, units and single letters to others', () => {
    expect(judgeMarkedWord('2010', en)).toBe('not-a-word');
    expect(judgeMarkedWord('10h30', fr)).toBe('not-a-word');
    expect(judgeMarkedWord('km2', fr)).toBe('not-a-word');
    expect(judgeMarkedWord('s', en)).toBe('too-short');
  });
});
