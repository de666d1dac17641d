import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/contracts/case.ts';
import { keptText, matchDetection } from '../../src/eval/match.ts';

const page = 'Home | News | Sport\nCouncil approves tram line\nThe council voted on Thursday to build the line.\nShare this article\n© 2026 Example News';
const line = (text: string) => ({ start: page.indexOf(text), end: page.indexOf(text) + text.length });

describe('boilerplate page metrics', () => {
  it('cuts predicted spans out of the kept text', () => {
    expect(keptText('abcdef', [{ start: 1, end: 3 }])).toBe('a\ndef');
    expect(keptText('abcdef', [])).toBe('abcdef');
  });

  it('scores the kept text against a gold body and counts surviving snippets', () => {
    const c: Case = {
      id: 'p',
      task: 'boilerplate',
      slice: 'x',
      split: 'test',
      label: true,
      text: page,
      spans: [],
      meta: {
        goldBody: 'Council approves tram line The council voted on Thursday to build the line.',
        mustRemove: ['Share this article', 'Home | News', 'not on the page at all'],
        mustKeep: ['voted on Thursday'],
      },
    };
    const m = matchDetection(c, { score: 1, label: true, spans: [{ ...line('Home | News | Sport'), type: 'other' }, { ...line('Share this article'), type: 'other' }] });
    // kept: the 13 gold tokens plus "2026 example news" (3 tokens the gold body lacks)
    expect(m.keptText?.recall).toBe(1);
    expect(m.keptText?.precision).toBeCloseTo(13 / 16, 10);
    expect(m.snippets).toEqual({ mustRemove: 2, removed: 2, mustKeep: 1, kept: 1 });
    const none = matchDetection(c, { score: 0, label: false, spans: [] });
    expect(none.snippets).toEqual({ mustRemove: 2, removed: 0, mustKeep: 1, kept: 1 });
  });
});
