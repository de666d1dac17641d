/**
 * Safety net against super-linear regular expressions: every regex of the MT detector runs over
 * adversarial 100 KB inputs (long runs of the characters and strings the patterns repeat, each
 * followed by a character that makes a match fail late), and so does the whole detector. The
 * budgets are loose on purpose: a quadratic pattern takes seconds to minutes on these inputs.
 */
import { describe, expect, it } from 'vitest';
import { PATTERNS as context } from '../../../src/detectors/mt/context.ts';
import { PATTERNS as englishLike } from '../../../src/detectors/mt/englishLike.ts';
import { PATTERNS as lexicon } from '../../../src/detectors/mt/lexicon.ts';
import { mtReference, PATTERNS as detector } from '../../../src/detectors/mt/mt.ts';
import { PATTERNS as agreement } from '../../../src/detectors/mt/signals/agreementError.ts';
import { PATTERNS as bracketed } from '../../../src/detectors/mt/signals/bracketedWord.ts';
import { PATTERNS as capitalised } from '../../../src/detectors/mt/signals/capitalisedFunctionWord.ts';
import { PATTERNS as script } from '../../../src/detectors/mt/signals/foreignScript.ts';
import { PATTERNS as sentence } from '../../../src/detectors/mt/signals/foreignSentence.ts';
import { PATTERNS as typography } from '../../../src/detectors/mt/signals/foreignTypography.ts';
import { PATTERNS as foreignWord } from '../../../src/detectors/mt/signals/foreignWord.ts';
import { PATTERNS as genitive } from '../../../src/detectors/mt/signals/genitiveChain.ts';
import { PATTERNS as glued } from '../../../src/detectors/mt/signals/gluedWords.ts';
import { PATTERNS as calque } from '../../../src/detectors/mt/signals/literalCalque.ts';
import { PATTERNS as casing } from '../../../src/detectors/mt/signals/lowercaseProperNoun.ts';
import { PATTERNS as oneWord } from '../../../src/detectors/mt/signals/oneWordSentence.ts';
import { PATTERNS as loop } from '../../../src/detectors/mt/signals/repetitionLoop.ts';
import { PATTERNS as marks } from '../../../src/detectors/mt/signals/unknownWordMark.ts';
import { PATTERNS as tokens } from '../../../src/detectors/mt/tokens.ts';

const SIZE = 100_000;
/** Per regex and input (ms), measured loosely. A quadratic pass over 100 KB is ≥ 5·10⁹ steps (tens of seconds); linear runs use a small fraction of the budget on an idle machine, the rest is margin for a loaded CI machine. */
const REGEX_BUDGET_MS = 1_000;
/** Per whole-detector run on one input (ms): it runs a dozen signals and loads nothing new. */
const DETECTOR_BUDGET_MS = 15_000;

const ALL: [string, readonly RegExp[]][] = Object.entries({ context, englishLike, lexicon, detector, agreement, bracketed, capitalised, script, sentence, typography, foreignWord, genitive, glued, calque, casing, oneWord, loop, marks, tokens });

/** What the patterns repeat: letters of every case and script, figures, spaces, marks, quotes, and the words they look for. */
const UNITS = [
  'a', 'A', 'é', 'Жж ', '1', '1 000 ', '1,', ' ', '\u00a0:', '*a', '#a ', '[a', '"', '. A', 'a-', "a's ", 'the Monday ', 'of a ',
  'aa aa ', 'Aa The a ', '1 billions ',
];
/** Characters after a run that make a match fail late. */
const BREAKERS = ['!', 'a'];

/** Whole texts of one repeated artifact, for the detector run (its signals, not just its regexes). */
const TEXT_UNITS = [...UNITS, 'aé', 'Bern, ', 'la fille de la ville ', 'viticulteurs ', 'Sra Aa ', 'kyiv ', 'huelgade48 '];

const inputs = UNITS.flatMap((u) => BREAKERS.map((b) => u.repeat(Math.ceil(SIZE / u.length)).slice(0, SIZE) + b));

describe('MT detector regexes on adversarial 100 KB inputs', () => {
  for (const [module, patterns] of ALL)
    it(`${module}: every regex stays linear`, { timeout: 60_000 }, () => {
      for (const re of patterns) {
        const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
        for (const input of inputs) {
          const t0 = performance.now();
          let n = 0;
          for (const _ of input.matchAll(global)) if (++n > SIZE) break;
          const ms = performance.now() - t0;
          expect(ms, `${module} ${re} on ${JSON.stringify(input.slice(0, 12))}…`).toBeLessThan(REGEX_BUDGET_MS);
        }
      }
    });

  it('the whole detector stays linear on every adversarial input', () => {
    mtReference.detect({ text: 'warm up the lexicon: kyiv viticulteurs' });
    for (const u of TEXT_UNITS) {
      const input = u.repeat(Math.ceil(SIZE / u.length)).slice(0, SIZE);
      const t0 = performance.now();
      mtReference.detect({ text: input });
      expect(performance.now() - t0, JSON.stringify(u)).toBeLessThan(DETECTOR_BUDGET_MS);
    }
  }, 120_000);
});
