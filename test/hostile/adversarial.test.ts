/**
 * No detector is super-linear on adversarial input: every registered detector runs on 100 KB
 * texts made of long runs of the characters regexes typically repeat (letters, spaces, digits,
 * punctuation, brackets, marks, newlines) within a generous budget. Each detector's own suite also
 * tests its regexes one by one; this is the safety net over the whole registry. (A budget, not a
 * benchmark: a quadratic pattern takes minutes on 100 KB, a linear one milliseconds.)
 */
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/detectors/registry.ts';

const SIZE = 100_000;
/** Per detector and input: far above linear cost (margin for a loaded CI machine), far below a quadratic blow-up over 100 KB (tens of seconds). */
const BUDGET_MS = 15_000;

const runs: Record<string, string> = {
  letters: 'a'.repeat(SIZE),
  capitalised: 'Aaaa '.repeat(SIZE / 5),
  spaces: `x${' '.repeat(SIZE)}x`,
  digits: '1'.repeat(SIZE),
  'digit groups': '1,000 '.repeat(SIZE / 6),
  dots: '.'.repeat(SIZE),
  brackets: '['.repeat(SIZE / 2) + ']'.repeat(SIZE / 2),
  'unclosed quote': `"${'word '.repeat(SIZE / 5)}`,
  'url-ish': `http://${'a.'.repeat(SIZE / 2)}`,
  'ads.txt-ish': 'a.com, '.repeat(SIZE / 7),
  marks: '*#@'.repeat(SIZE / 3),
  newlines: 'a\n'.repeat(SIZE / 2),
  'one long line of words': 'the council said that '.repeat(SIZE / 22),
  guillemets: '« '.repeat(SIZE / 2),
};

describe('detectors on adversarial 100 KB inputs', () => {
  for (const d of DETECTORS)
    it(`${d.id}@${d.version} stays linear`, { timeout: 120_000 }, async () => {
      // first call outside the clock: lexicons load lazily
      await d.detect((d.task === 'reuse' ? { source: 'warm up', candidate: 'warm up' } : { text: 'warm up' }) as never);
      for (const [name, text] of Object.entries(runs)) {
        if (d.maxInputChars !== undefined && text.length > d.maxInputChars) continue;
        const input = d.task === 'reuse' ? { source: text, candidate: text.slice(0, SIZE / 2) } : { text };
        const t0 = performance.now();
        await d.detect(input as never);
        expect(performance.now() - t0, `${name}`).toBeLessThan(BUDGET_MS);
      }
    });
});
