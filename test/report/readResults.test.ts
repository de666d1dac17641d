import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_SCHEMA_VERSION } from '../../src/contracts/results.ts';
import { readResults } from '../../src/report/readResults.ts';

/** A minimal valid results file of `version`. */
const file = (version: unknown) =>
  JSON.stringify({
    schemaVersion: version,
    kind: 'rehash-results',
    run: { id: 'r', rehashVersion: '0', gitCommit: null, node: 'v20', cpu: 'x', platform: 'linux', seed: 1, thresholdObjective: 'balanced', resamples: 10, split: 'test', workers: 1, startedAt: '', finishedAt: '', shard: null },
    corpora: [],
    slices: [],
    detectors: [],
    thresholds: [],
    metrics: [],
    timing: [],
    skipped: [],
    cases: [],
    examples: [],
  });

describe('readResults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rehash-read-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('reads the current version and version 1 (a version-1 file is a version-2 file without the grade fields)', async () => {
    expect(RESULTS_SCHEMA_VERSION).toBe(2);
    expect((await readResults(write('v2.json', file(2)))).schemaVersion).toBe(2);
    expect((await readResults(write('v1.json', file(1)))).schemaVersion).toBe(1);
  });

  it('refuses other versions, naming the file and the versions it reads', async () => {
    await expect(readResults(write('v3.json', file(3)))).rejects.toThrow(/v3\.json: unsupported results schemaVersion 3 \(this rehash reads 1 and 2\)/);
    await expect(readResults(write('none.json', file(undefined)))).rejects.toThrow(/unsupported results schemaVersion undefined/);
  });
});
