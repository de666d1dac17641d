import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/corpus/issue.ts';
import { readCorpusFile } from '../../src/corpus/read.ts';

const line = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, task: 'mt', slice: 's', split: 'test', label: false, text: 'Hello.', spans: [], ...extra });

async function readAll(content: string | Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'rehash-read-'));
  const file = join(dir, 'c.jsonl');
  writeFileSync(file, content);
  let sha = '';
  const cases: string[] = [];
  const issues: string[] = [];
  for await (const item of readCorpusFile(file, 'c.jsonl', new Map(), (d) => (sha = d))) {
    if (item.kind === 'case') cases.push(`${item.value.line}:${item.value.case.id}`);
    else issues.push(formatIssue(item.issue));
  }
  return { cases, issues, sha };
}

describe('readCorpusFile', () => {
  it('reads valid lines, skips blank ones, accepts a BOM, CRLF and a missing final newline', async () => {
    const r = await readAll(`\uFEFF${line('a')}\r\n\n${line('b')}\r\n${line('c')}`);
    expect(r.cases).toEqual(['1:a', '3:b', '4:c']);
    expect(r.issues).toEqual([]);
    expect(r.sha).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names file, line and field for every bad line and keeps reading', async () => {
    const r = await readAll(
      [line('a'), '{"id": "trunc', line('b', { task: 'nope' }), line('c', { spans: [{ start: 3, end: 1, type: 'casing' }] }), line('a'), '[1,2]'].join('\n'),
    );
    expect(r.cases).toEqual(['1:a']);
    expect(r.issues).toEqual([
      expect.stringMatching(/^c\.jsonl:2: \(line\): not valid JSON/),
      'c.jsonl:3: task: must be one of reuse, mt, boilerplate (got "nope")',
      'c.jsonl:4: spans[0].end: start must be less than end',
      'c.jsonl:5: id: duplicate id "a" (first at c.jsonl:1)',
      'c.jsonl:6: (line): must be a JSON object',
    ]);
  });

  it('reports invalid UTF-8 and unsupported schema versions', async () => {
    const bad = Buffer.concat([Buffer.from(`${line('a')}\n{"id":"\xff`), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n'), Buffer.from(`${line('z', { schemaVersion: 9 })}\n`)]);
    const r = await readAll(bad);
    expect(r.cases).toEqual(['1:a']);
    expect(r.issues).toEqual(['c.jsonl:2: (line): not valid UTF-8', 'c.jsonl:3: schemaVersion: unsupported version 9; this rehash reads version 1']);
  });
});
