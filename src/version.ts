/**
 * This rehash's version (from package.json) and the git commit it runs from, when known.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const REHASH_VERSION: string = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;

/** The commit of the rehash checkout, or null outside git. */
export function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
  } catch {
    return null;
  }
}
