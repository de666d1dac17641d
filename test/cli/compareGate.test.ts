import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rehash } from '../support/cli.ts';
import { beforeAll, describe, expect, it } from 'vitest';



// A run holding the bundled boilerplate-lines and a deliberately worsened version (no ads.txt
// family) on a few bundled slices; a second run of the bundled detector alone.
const dir = mkdtempSync(join(tmpdir(), 'rehash-compare-'));
const slices = 'boilerplate/{ads-txt,clean,mixed}';

describe('compare and gate on a deliberately worsened detector', () => {
  beforeAll(async () => {
    const common = ['eval', '--slice', slices, '--quick', '--no-cache', '--workers', '1'];
    const [both, current, rerun] = await Promise.all([
      rehash(...common, '--detector', 'boilerplate-lines', 'test/fixtures/worsenedDetector.ts', '--out', join(dir, 'both')),
      rehash(...common, '--detector', 'boilerplate-lines', '--out', join(dir, 'current')),
      rehash(...common, '--detector', 'boilerplate-lines', '--out', join(dir, 'rerun')),
    ]);
    for (const r of [both, current, rerun]) expect(r.code, r.stderr).toBe(0);
    const floors = await rehash('gate', join(dir, 'current'), '--floors', join(dir, 'floors.json'), '--update');
    expect(floors.code, floors.stderr).toBe(0);
  }, 120_000);

  it('names the broken cases and a significant drop on the affected slices', async () => {
    const r = await rehash('compare', join(dir, 'both'), join(dir, 'both'), '--out', join(dir, 'cmp'), '--fail-on-worse');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/boilerplate-lines@0\.1\.0 → boilerplate-lines@0\.1\.1: WORSE overall/);
    expect(r.stdout).toMatch(/significantly worse \(boilerplate\/ads-txt, boilerplate\/mixed\)/);
    const md = readFileSync(join(dir, 'cmp', 'compare.md'), 'utf8');
    expect(md).toMatch(/<summary>Broken: \d+ case\(s\)<\/summary>/);
    expect(md).toMatch(/\| boilerplate\/ads-txt\/en-[a-z]{3}-\d\d[^|]* \| boilerplate\/ads-txt \| \+ \|/);
    expect(md).toContain('report.html#case-');
    expect(readFileSync(join(dir, 'cmp', 'compare.html'), 'utf8')).toContain('<tr class="worse">');
  }, 60_000);

  it('trips the accuracy gate, one line per failing floor', async () => {
    const r = await rehash('gate', join(dir, 'both'), '--floors', join(dir, 'floors.json'));
    expect(r.code).toBe(1);
    const fails = r.stdout.split('\n').filter((l) => l.startsWith('FAIL '));
    expect(fails.length).toBeGreaterThanOrEqual(4);
    expect(fails.every((l) => l.startsWith('FAIL boilerplate-lines@0.1.1 '))).toBe(true);
  }, 60_000);

  it('an unchanged rerun shows no change and passes the gate', async () => {
    const cmp = await rehash('compare', join(dir, 'current'), join(dir, 'rerun'), '--out', join(dir, 'cmp2'), '--fail-on-worse');
    expect(cmp.code).toBe(0);
    expect(cmp.stdout).toMatch(/no significant change overall .*0 case\(s\) broken, 0 fixed/);
    const gate = await rehash('gate', join(dir, 'rerun'), '--floors', join(dir, 'floors.json'));
    expect(gate.code).toBe(0);
    expect(gate.stdout).toMatch(/gate: (\d+) of \1 floor check\(s\) passed/);
  }, 60_000);

  it('refuses runs on different corpora and names the slices', async () => {
    const other = join(dir, 'other');
    const r0 = await rehash('eval', '--slice', 'boilerplate/{ads-txt,clean}', '--quick', '--no-cache', '--detector', 'boilerplate-lines', '--out', other);
    expect(r0.code).toBe(0);
    const r = await rehash('compare', join(dir, 'current'), other);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/slices that differ: boilerplate\/mixed/);
  }, 60_000);
});
