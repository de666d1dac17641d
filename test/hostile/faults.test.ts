/**
 * Detector faults: a detector that hangs, throws or returns an invalid detection (score outside
 * [0, 1], spans past the end of the text) is isolated per case — the case's error is recorded
 * and counted, every other case of every detector is evaluated, and the run completes.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openCorpora } from '../../src/corpus/open.ts';
import { detectorsFromModule } from '../../src/eval/detectorRef.ts';
import { evaluate } from '../../src/eval/evaluate.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { evalOptions } from '../support/evalOptions.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('faulty detectors', () => {
  it('isolates a detector that hangs, throws or returns invalid output, per case', async () => {
    const faulty = await detectorsFromModule(join(root, 'test/fixtures/faultyDetectors.ts'));
    const run = await evaluate(
      evalOptions({
        corpora: await openCorpora(['test/fixtures/faults.jsonl'], root),
        detectors: faulty.map((detector) => ({ detector, module: join(root, 'test/fixtures/faultyDetectors.ts') })),
        split: 'all',
        timeoutMs: 400,
        workers: 2,
        resamples: 50,
      }),
    );
    const r = await run.allResults();
    await run.close();
    const errors = Object.fromEntries(r.cases.filter((c) => c.error).map((c) => [`${c.detector} ${c.id}`, c.error]));
    expect(errors).toEqual({
      'fault-hangs@1.0.0 f2': 'timed out after 400 ms',
      'fault-throws@1.0.0 f3': 'threw: kaboom',
      'fault-invalid@1.0.0 f4': expect.stringMatching(/^invalid detection: score: /),
      'fault-invalid@1.0.0 f5': 'invalid detection: spans[0] ends at 24, past the end of the text (length 19)',
    });
    expect(r.cases).toHaveLength(18);
    expect(Object.fromEntries(r.metrics.filter((m) => m.slice === '*').map((m) => [m.detector, m.errors]))).toEqual({
      'fault-hangs@1.0.0': 1,
      'fault-throws@1.0.0': 1,
      'fault-invalid@1.0.0': 2,
    });
    // the failures are counted where a user looks first, too
    expect(renderTerminal(r, { color: false })).toContain('4 case run(s) failed');
  }, 60_000);

});
