import { describe, expect, it } from 'vitest';
import { LETTER } from '../../../src/detectors/reuse/analysis.ts';
import { DAY_DIGITS, FOUR_DIGITS } from '../../../src/detectors/reuse/drift.ts';
import { reuseDetector } from '../../../src/detectors/reuse/reuseDetector.ts';
import { reuseWordShingles } from '../../../src/detectors/reuse/wordShingles.ts';
import { SOURCE } from './texts.ts';

/** 100 KB inputs: long runs of the characters the patterns repeat, and of what ends them. */
const SIZE = 100_000;
const run = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const ADVERSARIAL = [
  run('a'),
  run('1'),
  run('1,'),
  run('1.'),
  run('a '),
  run('.'),
  run('"'),
  run("a'"),
  run('\n'),
  run('x\n'),
  run(' \r\n'),
  run('& '),
  run('Oct. 1 '),
  run('The cat sat. '),
  run('é'),
  `${run('1')}a`,
  `${run('a')}!`,
];
/** Loose budgets (a safety net against super-linear behaviour, not a benchmark). A quadratic pass over 100 KB is ≥ 5·10⁹ steps (tens of seconds); linear runs use a small fraction of the budget on an idle machine, the rest is margin for a loaded CI machine. */
const REGEX_BUDGET_MS = 1_000;
const DETECT_BUDGET_MS = 15_000;

const time = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

describe('reuse detectors on adversarial input', () => {
  it('every regex of the reuse detectors runs in linear time on 100 KB runs', () => {
    const patterns = [LETTER, FOUR_DIGITS, DAY_DIGITS, /[\p{L}\p{N}]+/gu /* wordShingles.ts */];
    for (const re of patterns)
      for (const input of ADVERSARIAL) {
        const ms = time(() => (re.global ? input.match(re) : re.test(input)));
        expect(ms, `${re} on ${JSON.stringify(input.slice(0, 12))}…`).toBeLessThan(REGEX_BUDGET_MS);
      }
  });

  it('detectors finish on 100 KB adversarial texts', async () => {
    await reuseDetector.detect({ source: SOURCE, candidate: SOURCE }); // load the lexicons first
    for (const input of ADVERSARIAL) {
      for (const [source, candidate] of [[input, input], [SOURCE, input], [input, SOURCE]] as const) {
        let t = performance.now();
        await reuseDetector.detect({ source, candidate });
        expect(performance.now() - t, `reuse on ${JSON.stringify(input.slice(0, 12))}…`).toBeLessThan(DETECT_BUDGET_MS);
        t = performance.now();
        await reuseWordShingles.detect({ source, candidate });
        expect(performance.now() - t).toBeLessThan(DETECT_BUDGET_MS);
      }
    }
  }, 120_000);
});
