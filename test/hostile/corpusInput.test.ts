/**
 * Malformed corpus input, generated: every bad line is reported as file:line: field: problem,
 * nothing crashes, and no line is dropped silently (each non-blank line is either a case or at
 * least one issue); with `--skip-invalid` the valid cases are evaluated and the bad lines counted.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../../src/corpus/issue.ts';
import { openCorpora } from '../../src/corpus/open.ts';
import { readCorpusFile } from '../../src/corpus/read.ts';
import { DETECTORS } from '../../src/detectors/registry.ts';
import { evaluate } from '../../src/eval/evaluate.ts';
import { evalOptions } from '../support/evalOptions.ts';

const valid = (id: string) => ({ id, task: 'mt', slice: 'h/x', split: 'test', label: true, text: 'The mayor of kyiv spoke.', spans: [{ start: 13, end: 17, type: 'casing', quote: 'kyiv' }] });

/** Ways to break a line; each yields the raw bytes of one line (without the newline). */
const breakers: Record<string, (id: string) => Buffer> = {
  truncated: (id) => Buffer.from(JSON.stringify(valid(id)).slice(0, 30)),
  wrongType: (id) => Buffer.from(JSON.stringify({ ...valid(id), label: 'yes' })),
  loneSurrogateEscape: (id) => Buffer.from(JSON.stringify({ ...valid(id), spans: [] }).replace('The mayor', 'The \\ud800 mayor')),
  invalidUtf8: (id) => Buffer.concat([Buffer.from(JSON.stringify(valid(id)).slice(0, 40)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]),
  nulEscape: (id) => Buffer.from(JSON.stringify({ ...valid(id), text: 'a\u0000b', spans: [] })),
  rawNul: (id) => Buffer.concat([Buffer.from(JSON.stringify(valid(id)).slice(0, 20)), Buffer.from([0]), Buffer.from('x"}')]),
  spanOutOfRange: (id) => Buffer.from(JSON.stringify({ ...valid(id), spans: [{ start: 13, end: 999, type: 'casing' }] })),
  spanReversed: (id) => Buffer.from(JSON.stringify({ ...valid(id), spans: [{ start: 17, end: 13, type: 'casing' }] })),
  quoteMismatch: (id) => Buffer.from(JSON.stringify({ ...valid(id), spans: [{ start: 13, end: 17, type: 'casing', quote: 'Kyiv' }] })),
  unknownTask: (id) => Buffer.from(JSON.stringify({ ...valid(id), task: 'translation' })),
  unknownType: (id) => Buffer.from(JSON.stringify({ ...valid(id), spans: [{ start: 13, end: 17, type: 'ads-txt' }] })),
  notObject: () => Buffer.from('[1, 2, 3]'),
  missingField: (id) => {
    const { split: _, ...rest } = valid(id);
    return Buffer.from(JSON.stringify(rest));
  },
};

/** A line that is fine, possibly with a CRLF ending or (on line 1) a BOM. */
const good = (id: string, crlf: boolean) => Buffer.from(JSON.stringify(valid(id)) + (crlf ? '\r' : ''));

describe('malformed corpus input', () => {
  it('reports every bad line with file, line and field, and loses no line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehash-hostile-'));
    const kinds = Object.keys(breakers);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom(...kinds), fc.constant('good'), fc.constant('goodCrlf'), fc.constant('duplicate'), fc.constant('blank')), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        async (plan, bom) => {
          const lines: Buffer[] = [];
          const expectBad = new Set<number>();
          plan.forEach((kind, i) => {
            const id = `c${i}`;
            const line = i + 1;
            if (kind === 'good' || kind === 'goodCrlf') lines.push(good(id, kind === 'goodCrlf'));
            else if (kind === 'blank') lines.push(Buffer.from('   '));
            else if (kind === 'duplicate') {
              lines.push(good('dup', false));
              if (plan.slice(0, i).includes('duplicate')) expectBad.add(line);
            } else {
              lines.push((breakers[kind] as (id: string) => Buffer)(id));
              expectBad.add(line);
            }
          });
          if (bom) lines[0] = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), lines[0] as Buffer]);
          const file = join(dir, 'c.jsonl');
          writeFileSync(file, Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
          const caseLines = new Set<number>();
          const issueLines = new Set<number>();
          for await (const item of readCorpusFile(file, 'c.jsonl', new Map())) {
            if (item.kind === 'case') caseLines.add(item.value.line);
            else {
              expect(formatIssue(item.issue)).toMatch(/^c\.jsonl:\d+: [^:]+: .+/);
              issueLines.add(item.issue.line);
            }
          }
          expect([...issueLines].sort()).toEqual([...expectBad].sort());
          const nonBlank = plan.map((k, i) => (k === 'blank' ? -1 : i + 1)).filter((l) => l > 0);
          for (const l of nonBlank) expect(caseLines.has(l) !== issueLines.has(l), `line ${l} (${plan[l - 1]})`).toBe(true);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  }, 60_000);

  it('reports a 10 MB line that is not JSON, and reads the lines after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehash-hostile-'));
    const file = join(dir, 'big.jsonl');
    writeFileSync(file, `{"id":"x","text":"${'a'.repeat(10 * 1024 * 1024)}\n${JSON.stringify(valid('after'))}\n`);
    const out: string[] = [];
    for await (const item of readCorpusFile(file, 'big.jsonl', new Map())) out.push(item.kind === 'case' ? `case ${item.value.case.id}` : formatIssue(item.issue).slice(0, 60));
    expect(out).toEqual([expect.stringMatching(/^big\.jsonl:1: \(line\): not valid JSON/), 'case after']);
  }, 30_000);

  it('--skip-invalid evaluates every valid case and counts every bad line in the report; without it the run refuses, naming them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehash-skip-'));
    const file = join(dir, 'mixed.jsonl');
    const names = Object.keys(breakers);
    const lines = names.flatMap((name, i) => [good(`ok-${i}`, i % 2 === 0), (breakers[name] as (id: string) => Buffer)(`bad-${i}`)]);
    writeFileSync(file, Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const mt = DETECTORS.filter((d) => d.task === 'mt').map((detector) => ({ detector }));
    const options = async (skipInvalid: boolean) => evalOptions({ corpora: await openCorpora([file], root), detectors: mt, split: 'all', skipInvalid });
    await expect(evaluate(await options(false))).rejects.toThrow(new RegExp(`^${names.length} invalid corpus line\\(s\\); fix them or pass --skip-invalid:\\n\\S*mixed\\.jsonl:2: \\(line\\): not valid JSON`));
    const run = await evaluate(await options(true));
    try {
      const r = await run.allResults();
      // every valid line evaluated by every mt detector; every bad line counted, by line number
      expect(r.cases.length).toBe(names.length * mt.length);
      expect(new Set(r.cases.map((c) => c.id))).toEqual(new Set(names.map((_, i) => `ok-${i}`)));
      const badLines = new Set(r.skipped.map((x) => x.line));
      expect(badLines).toEqual(new Set(names.map((_, i) => 2 * i + 2)));
      expect(r.skipped.every((x) => x.file.endsWith('mixed.jsonl') && x.problem.length > 0)).toBe(true);
    } finally {
      await run.close();
    }
  }, 60_000);
});
