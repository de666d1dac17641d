/**
 * Interrupted runs: a SIGINT or kill part-way leaves no half-written report, and a rerun with the
 * cache resumes where the first stopped, giving the same results as an uninterrupted run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Run the CLI; with `signal`, send it as soon as the first progress line shows work done. */
function run(args: string[], signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'src/cli/rehash.js'), ...args], { cwd: root, env: { ...process.env, CI: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
      if (signal && /evaluated [1-9]\d*\/176/.test(stderr)) child.kill(signal);
    });
    child.stdout.resume();
    child.on('exit', (code, sig) => resolve({ code, signal: sig, stderr }));
  });
}

const comparable = (file: string) => {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return JSON.stringify({ ...r, run: undefined, timing: undefined });
};

describe('interrupted runs', () => {
  for (const signal of ['SIGINT', 'SIGKILL'] as const) {
    it(`${signal} part-way leaves no partial report; a rerun resumes from the cache`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'rehash-interrupt-'));
      const args = ['eval', '--corpus', 'corpora/boilerplate/clean.jsonl', '--detector', 'test/fixtures/slowDetector.ts', '--split', 'all', '--quick', '--workers', '2', '--cache-dir', join(dir, 'cache')];
      const first = await run([...args, '--out', join(dir, 'run')], signal);
      expect(first.code === 0).toBe(false);
      // nothing half-written: either no report at all, or none of the atomic temp files
      const left = existsSync(join(dir, 'run')) ? readdirSync(join(dir, 'run')) : [];
      expect(left.filter((f) => !['results.json', 'report.md', 'report.html'].includes(f))).toEqual([]);
      expect(left).not.toContain('results.json');
      const cached = readdirSync(join(dir, 'cache'));
      expect(cached.length).toBe(1);
      const entries = readFileSync(join(dir, 'cache', cached[0] as string), 'utf8').split('\n').filter(Boolean).length;
      expect(entries).toBeGreaterThan(0);
      expect(entries).toBeLessThan(176);

      const second = await run([...args, '--out', join(dir, 'run')]);
      expect(second.code, second.stderr).toBe(0);
      const results = JSON.parse(readFileSync(join(dir, 'run', 'results.json'), 'utf8'));
      const timing = results.timing[0];
      expect(timing.cached).toBeGreaterThanOrEqual(entries - 32);
      expect(timing.cached + timing.cases).toBe(176);

      const fresh = await run([...args.filter((a, i) => a !== '--cache-dir' && args[i - 1] !== '--cache-dir'), '--no-cache', '--out', join(dir, 'fresh')]);
      expect(fresh.code).toBe(0);
      expect(comparable(join(dir, 'run', 'results.json'))).toBe(comparable(join(dir, 'fresh', 'results.json')));
    }, 60_000);
  }
});
