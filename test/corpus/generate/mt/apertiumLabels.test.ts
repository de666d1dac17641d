import { describe, expect, it } from 'vitest';
import { labelCleanOutput, labelMarkedOutput, markType } from '../../../../src/corpus/generate/mt/apertiumLabels.ts';
import { sourceWords } from '../../../../src/corpus/generate/mt/untranslatedJudge.ts';

// Shaped like real fr → es → en output (written for this test).
const SOURCE = "« Les céréales ukrainiennes partent », a dit Iryna Melnyk à 10 h 30, soit 11,4 % de plus.";
const RAW = '« The **céréales **ukrainiennes leave », has *resumido *Sra **Iryna **Melnyk to the 10*h30, was 11,4\u00A0% more.';

describe('labelCleanOutput', () => {
  it('labels foreign marked words and typography, not names, in clean text', () => {
    const doc = labelCleanOutput(RAW, { sourceLang: 'fr', source: sourceWords(SOURCE) });
    expect(doc.text).toBe('« The céréales ukrainiennes leave », has resumido Sra Iryna Melnyk to the 10h30, was 11,4\u00A0% more.');
    expect(doc.spans.map((s) => [s.type, s.quote])).toEqual([
      ['typography', '«'],
      ['untranslated', 'céréales'],
      ['untranslated', 'ukrainiennes'],
      ['typography', '»'],
      ['untranslated', 'resumido'],
      ['untranslated', 'Sra'],
      ['typography', '10h30'],
      ['typography', '11,4'],
      ['typography', '\u00A0%'],
    ]);
    for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.quote);
    expect(doc.marked.filter((m) => m.verdict === 'name')).toHaveLength(2);
  });

  it('labels nothing but new typography in a round trip of English words', () => {
    const doc = labelCleanOutput('The **dockworkers of **Gdansk walked out : a *huelgade48 hours.', {
      sourceLang: 'en',
      source: sourceWords('Dockworkers in Gdansk walked out: a 48-hour strike.'),
    });
    expect(doc.spans.map((s) => [s.type, s.quote])).toEqual([
      ['typography', ' :'],
      ['untranslated', 'huelgade48'],
    ]);
  });
});

describe('labelMarkedOutput', () => {
  it('keeps the marks and labels every marked unit by its mark', () => {
    const doc = labelMarkedOutput('three **drones #paste the *cual on @2010 #');
    expect(doc.text).toBe('three **drones #paste the *cual on @2010 #');
    expect(doc.spans.map((s) => [s.type, s.quote])).toEqual([
      ['untranslated', '**drones'],
      ['grammar', '#paste'],
      ['untranslated', '*cual'],
      ['other', '@2010'],
      ['other', '#'],
    ]);
    expect(markType({ word: 'canal', marks: '#*' })).toBe('untranslated');
  });
});
