/**
 * Run the rehash CLI as a user would (a child process on the `rehash` bin), capturing exit
 * code and output; CI mode keeps the progress output to quiet lines, NO_COLOR keeps it plain text
 * (picocolors would color it under CI).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'src/cli/rehash.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function rehash(...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CI: '1', NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
