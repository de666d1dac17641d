import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT as root, rehash } from '../support/cli.ts';
import { describe, expect, it } from 'vitest';
import { Results } from '../../src/contracts/results.ts';

const fixture = (name: string) => join(root, 'test/fixtures', name);


describe('rehash CLI', () => {
  it('evaluates a corpus written by someone else: a prediction for every case of every applicable detector', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rehash-cli-')), 'd');
    const r = await rehash('eval', '--corpus', fixture('external.jsonl'), '--out', out, '--split', 'all', '--quick');
    expect(r.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Reports written to ${out}/`);
    const results = Results.parse(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')));
    const perTask = { reuse: 2, mt: 1, boilerplate: 1 };
    for (const d of results.detectors) {
      const mine = results.cases.filter((c) => c.detector === d.key);
      expect(mine).toHaveLength(perTask[d.task]);
      expect(mine.every((c) => c.prediction !== undefined && c.error === undefined)).toBe(true);
    }
    expect(results.corpora).toEqual([{ name: 'test/fixtures/external.jsonl', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), cases: 4 }]);
    expect(existsSync(join(out, 'report.md'))).toBe(true);
  }, 30_000);

  it('names every bad line of a corpus and exits non-zero', async () => {
    const r = await rehash('corpus', 'validate', fixture('three-bad-lines.jsonl'));
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'test/fixtures/three-bad-lines.jsonl:2: task: must be one of reuse, mt, boilerplate (got "translation")',
      'test/fixtures/three-bad-lines.jsonl:3: spans[0].end: 40 is past the end of the text (length 5)',
      expect.stringMatching(/^test\/fixtures\/three-bad-lines\.jsonl:4: split: /),
    ]);
    expect(lines[3]).toBe('1 valid case(s), 3 problem(s) in 1 file(s)');
  }, 30_000);

  it('refuses a corpus with bad lines unless --skip-invalid, which counts them', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rehash-cli-')), 'd');
    const refused = await rehash('eval', '--corpus', fixture('three-bad-lines.jsonl'), '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^rehash: 3 invalid corpus line\(s\)/);
    const ok = await rehash('eval', '--corpus', fixture('three-bad-lines.jsonl'), '--out', out, '--skip-invalid', '--split', 'all', '--quick');
    expect(ok.code).toBe(0);
    const results = Results.parse(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')));
    expect(results.skipped.map((s) => s.line)).toEqual([2, 3, 4]);
  }, 30_000);

  it('answers unknown flags, unknown detectors and missing files with one line, no stack trace', async () => {
    for (const args of [['eval', '--bogus'], ['eval', '--detector', 'nope'], ['eval', '--corpus', 'missing.jsonl'], ['corpus', 'validate', 'missing.jsonl']]) {
      const r = await rehash(...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr.trim().split('\n')[0], args.join(' ')).toMatch(/^(error|rehash): /);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  }, 30_000);

  it('explains in one line why a detector module does not fit the interface', async () => {
    const r = await rehash('eval', '--corpus', fixture('external.jsonl'), '--detector', 'test/fixtures/notADetector.ts');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^rehash: .*notADetector\.ts exports no detector: its export has no `detect\(input\)` function$/);
  }, 30_000);

  it('has --help on every command', async () => {
    for (const args of [['--help'], ['eval', '--help'], ['corpus', '--help'], ['corpus', 'validate', '--help'], ['corpus', 'stats', '--help'], ['schema', '--help']]) {
      const r = await rehash(...args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/^Usage: rehash/);
    }
  }, 30_000);
});
