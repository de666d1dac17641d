/**
 * Regex safety net for the boilerplate detector: every regex its modules define (all of them are
 * exported for this test; a source scan checks none is left out or written inline) runs on
 * adversarial 100 KB inputs — long runs of each character its source mentions and of common
 * separators, and alternations of two — within a small time budget each. A super-linear pattern
 * (nested or overlapping quantifiers) takes seconds to minutes here; a linear one, milliseconds.
 * The budget is loose on purpose: this is a safety net, not a benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boilerplateReference } from '../../../src/detectors/boilerplate/boilerplate.ts';

const DIR = fileURLToPath(new URL('../../../src/detectors/boilerplate/', import.meta.url));
/** Modules of the reference detector (the 0.1.0 rules and the baseline are separate detectors). */
const FILES = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !['linePatterns.ts', 'urlBaseline.ts'].includes(f))
  .sort();
/** Loose per-input budget (milliseconds). A quadratic pass over 100 KB is ≥ 5·10⁹ steps (tens of seconds); linear runs use a small fraction of the budget on an idle machine, the rest is margin for a loaded CI machine. */
const BUDGET_MS = 1_000;
/** Per whole-detector run on one adversarial page (milliseconds); same reasoning. */
const DETECTOR_BUDGET_MS = 15_000;
/** Input length. */
const SIZE = 100_000;
/** Characters every regex is tried with (letters stand for all letters; the source adds its own punctuation). */
const COMMON = ['a', 'A', '1', ' ', '.', ',', '-', '_', '@', 'Ж', '中', '😀'];
/** Two-character alternations (each repeated to SIZE). */
const PAIRS = ['a ', 'a.', 'a-', '1,', '1.', 'a@', 'a/', 'A ', 'a1', ': '];

const regexes: { name: string; re: RegExp }[] = [];
for (const file of FILES) {
  const mod = (await import(join(DIR, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) if (value instanceof RegExp) regexes.push({ name: `${file}:${name}`, re: value });
}

const PUNCTUATION = /[\p{P}\p{S}]/u;

function inputsFor(re: RegExp): string[] {
  const chars = new Set([...COMMON, ...[...re.source].filter((c) => PUNCTUATION.test(c))]);
  const out: string[] = [];
  for (const c of chars) out.push(c.repeat(Math.ceil(SIZE / c.length)).slice(0, SIZE));
  for (const p of PAIRS) out.push(p.repeat(SIZE / p.length));
  return out;
}

/** Time one full use of the regex on `input`: every match for a global regex, one test otherwise. */
function timeOne(re: RegExp, input: string): number {
  const start = performance.now();
  if (re.global) {
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(input); m !== null && n < SIZE; m = re.exec(input)) {
      if (m[0].length === 0) re.lastIndex++;
      n++;
    }
    re.lastIndex = 0;
  } else re.test(input);
  return performance.now() - start;
}

describe('boilerplate regex safety', () => {
  it('finds the regexes of every module', () => {
    expect(regexes.length).toBeGreaterThan(60);
  });

  it('declares every regex as an exported constant (none inline, none hidden)', () => {
    const problems: string[] = [];
    for (const file of FILES) {
      const src = readFileSync(join(DIR, file), 'utf8');
      for (const m of src.matchAll(/^(export )?const (\w+)(?:: RegExp)? =\s*(?:\/(?![/*])|new RegExp)/gmu)) if (!m[1]) problems.push(`${file}: ${m[2]} is not exported`);
      for (const m of src.matchAll(/\.(?:test|replace|match|matchAll|split|search|exec)\(\s*\/(?![/*])|[^\w)\]\s]\s*\/[^/*\n][^/\n]*\/[gimsuyd]*\.(?:test|exec)\(/gu))
        problems.push(`${file}: inline regex near "${m[0]}"`);
    }
    expect(problems).toEqual([]);
  });

  it(`runs every regex on adversarial ${SIZE / 1000} KB inputs within ${BUDGET_MS} ms each`, () => {
    const slow: string[] = [];
    for (const { name, re } of regexes) {
      for (const input of inputsFor(re)) {
        // over budget: the better of two runs, so a garbage collection or a busy machine does not fail the test
        let ms = timeOne(re, input);
        if (ms > BUDGET_MS) ms = Math.min(ms, timeOne(re, input));
        if (ms > BUDGET_MS) slow.push(`${name} on ${JSON.stringify(input.slice(0, 4))}…: ${ms.toFixed(0)} ms`);
      }
    }
    expect(slow).toEqual([]);
  }, 60_000);

  it('runs the whole detector on adversarial pages quickly', async () => {
    const pages = [
      'a'.repeat(SIZE),
      'a.'.repeat(SIZE / 2),
      `${'By '.repeat(SIZE / 3)}`,
      'A\n'.repeat(SIZE / 2),
      'Photo: A/B '.repeat(SIZE / 11),
      '© 2024 '.repeat(SIZE / 7),
      'x.com, 1, DIRECT\n'.repeat(SIZE / 17),
      'word '.repeat(SIZE / 5),
    ];
    for (const text of pages) {
      const start = performance.now();
      await boilerplateReference.detect({ text });
      expect(performance.now() - start, relative(DIR, text.slice(0, 10))).toBeLessThan(DETECTOR_BUDGET_MS);
    }
  }, 180_000);
});
