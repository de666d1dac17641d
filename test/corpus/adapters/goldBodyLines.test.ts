import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goldBodyLines } from '../../../src/corpus/adapters/labels/goldBodyLines.ts';
import { tokenPrf } from '../../../src/corpus/adapters/labels/tokenF1.ts';
import { wordTokens } from '../../../src/corpus/adapters/labels/wordTokens.ts';

const label = (page: readonly string[], gold: string) => goldBodyLines(page.map(wordTokens), wordTokens(gold));

describe('goldBodyLines', () => {
  const gold = [
    'The dam on the Oster river will be raised by two metres, the water board said on Friday.',
    'Background',
    'Work is due to start in May and last eighteen months, with the road over the dam closed throughout.',
    'Residents may share their views at a meeting on Thursday.',
  ].join('\n\n');

  it('marks the body lines and nothing else', () => {
    const page = [
      'Home', // nav
      'The dam on the Oster river will be raised by two metres, the water board said on Friday.', // teaser copy of the lead
      'Dam to be raised by two metres', // headline (not in the gold body)
      'The dam on the Oster river will be raised by two metres, the water board said on Friday.',
      'Background', // a short subheading inside the body
      'Advertisement',
      'Work is due to start in May and last eighteen months, with the road over the dam closed throughout.',
      'Residents may share their views at a meeting on Thursday.',
      'Share', // a word of the body, but a button here
      'Related: river levels fall after dry spring',
    ];
    expect(label(page, gold)).toEqual([false, false, false, true, true, false, true, true, false, false]);
  });

  it('lets a short line open the body only at its start', () => {
    const body = 'Analysts at three banks said they share one view.\n\nRates will stay where they are until the autumn.\n\nThe bank meets again in June.';
    const page = ['Share', 'Rates will stay where they are until the autumn.', 'The bank meets again in June.'];
    expect(label(page, body)).toEqual([false, true, true]);
    expect(label(['Analysts', 'at three banks said they share one view.'], body)).toEqual([true, true]);
  });

  it('follows a passage that recurs in the body to its right place', () => {
    const repeated = 'Portion: one cup of rice and one of beans';
    const body = ['Plan A', repeated, 'Snack: an apple', 'Plan B', 'Snack: a pear and some nuts', repeated].join('\n\n');
    const page = ['Plan A', repeated, 'Snack: an apple', 'Plan B', 'Snack: a pear and some nuts', repeated, 'Footer links'];
    expect(label(page, body)).toEqual([true, true, true, true, true, true, false]);
  });

  it('tolerates a line edited slightly from the gold, but not one that mostly is not there', () => {
    const body = 'The minister said the new rules would apply from the first of July to all firms with staff.';
    expect(label(['The minister said on Tuesday the new rules would apply from the first of July to all firms.'], body)).toEqual([true]);
    expect(label(['Subscribe to the minister newsletter for rules updates and all the latest firms news'], body)).toEqual([false]);
  });

  it('labels nothing against an empty gold body', () => {
    expect(label(['Some text here'], '')).toEqual([false]);
  });

  // property: body paragraphs interleaved with chrome from a disjoint vocabulary are found exactly
  const bodyWord = fc.constantFrom('river', 'council', 'bridge', 'vote', 'budget', 'school', 'harbour', 'tram', 'mayor', 'report', 'rain', 'market');
  const chromeWord = fc.constantFrom('home', 'login', 'share', 'subscribe', 'menu', 'cookies', 'follow', 'newsletter', 'terms', 'privacy');
  const paragraph = fc.array(bodyWord, { minLength: 3, maxLength: 14 }).map((ws) => ws.join(' '));
  const chrome = fc.array(chromeWord, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));

  it('recovers exactly the body lines of a page built from body and chrome (token F1 = 1)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(chrome, { maxLength: 3 }), paragraph), { minLength: 1, maxLength: 8 }),
        fc.array(chrome, { maxLength: 3 }),
        (blocks, tail) => {
          const page: string[] = [];
          const expected: boolean[] = [];
          for (const [before, p] of blocks) {
            for (const c of before) {
              page.push(c);
              expected.push(false);
            }
            page.push(p);
            expected.push(true);
          }
          for (const c of tail) {
            page.push(c);
            expected.push(false);
          }
          const body = blocks.map(([, p]) => p).join('\n\n');
          const got = label(page, body);
          const kept = page.filter((_, i) => got[i]).join(' ');
          expect(tokenPrf(wordTokens(kept), wordTokens(body)).f1).toBe(1);
          // lines identical to an earlier body line may be either copy; otherwise exact
          expect(got.filter(Boolean).length).toBe(blocks.length);
          if (new Set(blocks.map(([, p]) => p)).size === blocks.length) expect(got).toEqual(expected);
        },
      ),
    );
  });
});

describe('tokenPrf', () => {
  it('is the multiset overlap of word tokens', () => {
    const prf = tokenPrf(['a', 'b', 'b', 'c'], ['a', 'b', 'd']);
    expect([prf.precision, prf.recall]).toEqual([0.5, 2 / 3]);
    expect(prf.f1).toBeCloseTo(4 / 7, 12);
    expect(tokenPrf([], [])).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(tokenPrf([], ['a']).f1).toBe(0);
  });

  it('splits ideographic text into characters and ignores punctuation and case', () => {
    expect(wordTokens('Hello, World! 東京タワー is tall')).toEqual(['hello', 'world', '東', '京', 'タ', 'ワ', 'ー', 'is', 'tall']);
  });
});
