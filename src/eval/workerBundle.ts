/**
 * Worker threads on Node 20 cannot load TypeScript through loader hooks (those apply to the
 * main thread only), so the pool runs a JavaScript bundle of `worker.ts` made with esbuild
 * (~0.2 s). rehash's own dependencies stay external and resolve from its node_modules; a user's
 * detector module is bundled whole (its own dependencies inlined), so it runs wherever it lives.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Bundles live inside rehash's node_modules so bare imports resolve to its dependencies. */
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/rehash/', import.meta.url));

async function bundle(entry: string, outfile: string, external: boolean): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    ...(external
      ? { packages: 'external' as const }
      : { banner: { js: "import { createRequire as __rehashRequire } from 'node:module'; const require = __rehashRequire(import.meta.url);" } }),
  });
  return outfile;
}

const tag = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

/** Bundles older than this were left by runs that were killed; they are removed. */
const STALE_MS = 60 * 60 * 1000;

function removeStale(): void {
  const now = Date.now();
  for (const f of existsSync(CACHE) ? readdirSync(CACHE) : []) {
    const path = join(CACHE, f);
    if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
  }
}

/** The worker entry as JavaScript (one bundle per pool). */
export function workerBundle(): Promise<string> {
  removeStale();
  const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
  return bundle(entry, join(CACHE, `worker-${process.pid}-${tag(`${Date.now()}`)}.mjs`), true);
}

/** A user's detector module as self-contained JavaScript (a fresh file per call). */
let bundles = 0;
export function moduleBundle(path: string): Promise<string> {
  return bundle(path, join(CACHE, `detector-${tag(path)}-${process.pid}-${bundles++}.mjs`), false);
}
