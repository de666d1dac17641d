import { describe, expect, it } from 'vitest';
import { Detection } from '../../../src/contracts/detection.ts';
import { analyse, unwrapLines } from '../../../src/detectors/reuse/analysis.ts';
import { lemmasOf } from '../../../src/detectors/reuse/lemmas.ts';
import { conceptMatch, conceptOf } from '../../../src/detectors/reuse/concepts.ts';
import { reuseDetector } from '../../../src/detectors/reuse/reuseDetector.ts';
import { synonymIndex } from '../../../src/detectors/reuse/wordnet.ts';
import { DRIFTED, HEAVY_SPIN, HOST, INDEPENDENT, LIFTED, LIGHT_SPIN, PARTIAL, SOURCE } from './texts.ts';

const detect = async (source: string, candidate: string) => Detection.parse(await reuseDetector.detect({ source, candidate }));
const signal = (d: Detection, name: string) => d.signals?.find((s) => s.name === name)?.value;

describe('reuse examples', () => {
  it('a verbatim copy is reuse, aligned as one passage covering the whole candidate', async () => {
    const d = await detect(SOURCE, SOURCE);
    expect(d.label).toBe(true);
    expect(d.score).toBeGreaterThan(0.99);
    expect(d.alignments).toHaveLength(1);
    expect(d.alignments?.[0]).toMatchObject({ source: { start: 0, end: SOURCE.length }, candidate: { start: 0, end: SOURCE.length } });
    expect(d.drift).toEqual([]);
  });

  it('light and heavy spins are reuse, and heavy spin defeats plain word 3-grams but not the synonym-normalized ones', async () => {
    for (const spun of [LIGHT_SPIN, HEAVY_SPIN]) {
      const d = await detect(SOURCE, spun);
      expect(d.label, spun.slice(0, 40)).toBe(true);
      expect(d.score).toBeGreaterThan(0.9);
      // every candidate paragraph is inside some alignment
      for (const para of spun.split('\n\n')) {
        const at = spun.indexOf(para);
        expect(d.alignments?.some((a) => a.candidate.start <= at && a.candidate.end >= at + para.length), para.slice(0, 30)).toBe(true);
      }
    }
    const heavy = await detect(SOURCE, HEAVY_SPIN);
    expect(signal(heavy, 'doc.wordingSynonym') as number).toBeGreaterThan((signal(heavy, 'doc.wordingExact') as number) + 0.2);
  });

  it('an independent report of the same event (same names, figures and a shared quote) is not reuse', async () => {
    const d = await detect(SOURCE, INDEPENDENT);
    expect(d.label).toBe(false);
    expect(d.score).toBeLessThan(0.4);
    expect(await detect(INDEPENDENT, SOURCE).then((x) => x.label)).toBe(false);
    // the shared quote may align, but never the independently written paragraphs
    const lead = INDEPENDENT.split('\n\n')[1] as string;
    const at = INDEPENDENT.indexOf(lead);
    expect(d.alignments?.some((a) => a.candidate.start < at + lead.length && a.candidate.end > at)).toBe(false);
  });

  it('reports drifted figures, dates and names with their kind and both ranges', async () => {
    const d = await detect(SOURCE, DRIFTED);
    expect(d.label).toBe(true);
    const found = (d.drift ?? []).map((x) => [x.kind, DRIFTED.slice(x.candidate.start, x.candidate.end), SOURCE.slice(x.source.start, x.source.end)]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['number', '2,300', '3,200'],
        ['date', 'Friday', 'Thursday'],
        ['name', 'Halvorsen', 'Maelstad'],
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it('formatting changes are not drift: separators, per cent, month abbreviations, a figure repeated', async () => {
    const source = `${SOURCE}\n\nThe fire service said the water level peaked at 4,150 millimetres on Sept. 3, about 12 per cent above the 2019 record.`;
    const candidate = `${SOURCE}\n\nThe fire service said the water level peaked at 4150 millimetres on September 3, about 12% above the 2019 record.`;
    const d = await detect(source, candidate);
    expect(d.drift).toEqual([]);
    const changed = await detect(source, candidate.replace('September 3', 'September 8'));
    expect((changed.drift ?? []).map((x) => [x.kind, candidate.replace('September 3', 'September 8').slice(x.candidate.start, x.candidate.end)])).toEqual([['date', '8']]);
  });

  it('a passage lifted into another article is reuse, aligned to exactly that passage', async () => {
    const d = await detect(SOURCE, PARTIAL);
    expect(d.label).toBe(true);
    expect(d.alignments).toHaveLength(1);
    const a = d.alignments?.[0];
    expect(PARTIAL.slice(a?.candidate.start, a?.candidate.end)).toBe(LIFTED);
    expect(SOURCE.slice(a?.source.start, a?.source.end)).toBe(LIFTED);
    // the host alone is not reuse
    expect((await detect(SOURCE, HOST)).label).toBe(false);
  });

  it('scores single sentence pairs as one passage pair: a close paraphrase, not a same-event sentence', async () => {
    const s = 'Russian drone strikes damaged two power substations near Odesa overnight, leaving 42,000 homes without electricity, the regional governor said on Tuesday.';
    const spun = 'Russian drone attacks damaged two power substations close to Odesa overnight, leaving 42,000 homes without power, the regional governor stated Tuesday.';
    const other = 'About 42,000 households in the Odesa region lost power after a night of drone attacks hit two substations, according to governor Petro Lysenko.';
    const a = await detect(s, spun);
    const b = await detect(s, other);
    expect(signal(a, 'mode')).toBe(0);
    expect(a.label).toBe(true);
    expect(b.label).toBe(false);
    expect(a.score).toBeGreaterThan(b.score);
  });

  it('aligns hard-wrapped plain text sentence by sentence', async () => {
    const wrapped = LIFTED.replace(/(.{60,70}?) /g, '$1\n');
    expect(unwrapLines(wrapped).split('\n').length).toBe(1);
    const d = await detect(SOURCE, `${HOST}\n\n${wrapped}`);
    expect(d.label).toBe(true);
    expect(d.alignments?.some((a) => SOURCE.slice(a.source.start, a.source.end) === LIFTED)).toBe(true);
  });

  it('empty and wordless texts are not reuse', async () => {
    for (const [s, c] of [['', ''], [SOURCE, ''], ['', SOURCE], ['...', '---'], ['1.', '1.']]) {
      const d = await detect(s as string, c as string);
      expect(d.label).toBe(false);
      expect(d.alignments ?? []).toEqual([]);
    }
  });

  it('explains itself: every prediction names the mode, the model log-odds and what fired', async () => {
    const d = await detect(SOURCE, HEAVY_SPIN);
    const names = (d.signals ?? []).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['mode', 'documentLogit', 'doc.softShare', 'doc.wordingSynonym', 'passages', 'drift']));
  });
});

describe('reuse building blocks', () => {
  it('lemmatizes inflections and irregular forms through WordNet', () => {
    const index = synonymIndex();
    expect(lemmasOf('rose', index)).toContain('rise');
    expect(lemmasOf('stopped', index)).toContain('stop');
    expect(lemmasOf('banks', index)).toContain('bank');
    expect(lemmasOf('children', index)).toContain('child');
  });

  it('matches synonyms of a likely sense, and exact lemmas across inflection', () => {
    expect(conceptMatch(conceptOf('rose'), conceptOf('rises'))).toBe(2);
    expect(conceptMatch(conceptOf('home'), conceptOf('abode'))).toBe(1);
    expect(conceptMatch(conceptOf('buy'), conceptOf('purchase'))).toBe(1);
    expect(conceptMatch(conceptOf('said'), conceptOf('stated'))).toBe(1);
    expect(conceptMatch(conceptOf('house'), conceptOf('home'))).toBe(0); // related, not synonyms in WordNet
    expect(conceptMatch(conceptOf('buy'), conceptOf('river'))).toBe(0);
  });

  it('normalizes contractions, "&", per cent and separators; tells names from capitalised words', () => {
    const a = analyse("Shares didn't rise 12 per cent & Kustland's 1,150 jobs; Poland said Sept. 3 it's over.");
    const norms = a.tokens.map((t) => t.norm);
    expect(norms).toEqual(expect.arrayContaining(['did', 'not', 'percent', 'and', 'kustland', '1150', 'september', 'it', 'is']));
    const kind = (w: string) => a.tokens.find((t) => t.norm === w)?.kind;
    expect(kind('shares')).toBe(1); // sentence-initial dictionary word: content
    expect(kind('kustland')).toBe(2); // name
    expect(kind('poland')).toBe(2); // name, although WordNet lists "poland"
    expect(kind('1150')).toBe(3);
    expect(a.sentences).toHaveLength(1); // "Sept. 3" does not end the sentence
  });

  it('marks quoted speech', () => {
    const a = analyse('He said "we will rebuild the bridge" on Monday.');
    expect(a.tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual(['we', 'will', 'rebuild', 'the', 'bridge']);
  });
});
