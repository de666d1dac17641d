/**
 * Run Apertium: one child process per document and step, text on stdin, translation on stdout,
 * with Apertium's unknown-word marks kept (`*word`, `#word`, `@word`) so the generators can
 * label them by construction. A pipeline chains steps (en→es→en). Cost: a few hundred ms per
 * call, dominated by loading the pair's transducers; Apertium itself is deterministic.
 */
import { spawn } from 'node:child_process';
import type { ApertiumMode } from './apertiumInstall.ts';

/** Longest one call may take before it is killed: whole articles take well under a second. */
const CALL_TIMEOUT_MS = 60_000;
/** Calls run at once by {@link translateAll}: the build machine has two cores. */
export const APERTIUM_PARALLEL = 2;

/**
 * The apertium script reads `/dev/stdin` by path, which cannot be opened when stdin is the
 * socket Node gives a child; `cat |` in front turns it into a real pipe.
 */
const SHELL_LINE = 'cat | exec apertium "$0"';

/** Translate `text` with one Apertium mode, keeping the marks. */
export function translate(mode: ApertiumMode, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', SHELL_LINE, mode], { stdio: ['pipe', 'pipe', 'pipe'], timeout: CALL_TIMEOUT_MS });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new Error(`apertium ${mode}: ${e.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`apertium ${mode} failed (${signal ?? `exit ${code}`}): ${Buffer.concat(err).toString('utf8').trim()}`));
    });
    child.stdin.end(text, 'utf8');
  });
}

/** Translate through several modes in turn (e.g. `['eng-spa', 'spa-eng']`). */
export async function pipeline(modes: readonly ApertiumMode[], text: string): Promise<string> {
  let t = text;
  for (const m of modes) t = await translate(m, t);
  return t;
}

/** Run `pipeline` on every text, {@link APERTIUM_PARALLEL} at a time; results in input order. */
export async function translateAll(modes: readonly ApertiumMode[], texts: readonly string[]): Promise<string[]> {
  const results: string[] = new Array(texts.length);
  let next = 0;
  const worker = async () => {
    while (next < texts.length) {
      const i = next++;
      results[i] = await pipeline(modes, texts[i] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(APERTIUM_PARALLEL, texts.length) }, worker));
  return results;
}
