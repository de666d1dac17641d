/**
 * How the engine names a detector across threads: a bundled one by its registry key, a user's
 * by the module file it loads from. Resolving a reference is the only place the engine meets
 * detector code.
 */
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Detector } from '../contracts/detector.ts';
import { detectorKey } from '../contracts/detector.ts';
import { DETECTORS } from '../detectors/registry.ts';
import { UsageError } from '../usageError.ts';
import { moduleBundle } from './workerBundle.ts';

export interface DetectorRef {
  /** `id@version`. */
  key: string;
  /** Absolute path of a user module exporting the detector; absent for bundled detectors. */
  module?: string;
  /** True when `module` is already rehash's JavaScript bundle of the user's module. */
  bundled?: boolean;
}

const looksLikeDetector = (x: unknown): x is Detector =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Detector).id === 'string' &&
  typeof (x as Detector).version === 'string' &&
  typeof (x as Detector).detect === 'function';

/** What is wrong with a would-be detector, or undefined when it fits the interface. */
export function detectorProblem(x: unknown): string | undefined {
  if (typeof x !== 'object' || x === null) return 'is not an object';
  const d = x as Partial<Detector>;
  if (typeof d.id !== 'string' || d.id === '') return 'has no string `id`';
  if (typeof d.version !== 'string' || !/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/.test(d.version)) return '`version` is not semver (e.g. "1.2.0")';
  if (d.task !== 'reuse' && d.task !== 'mt' && d.task !== 'boilerplate') return '`task` must be "reuse", "mt" or "boilerplate"';
  if (typeof d.description !== 'string') return 'has no string `description`';
  if (typeof d.config !== 'object' || d.config === null) return 'has no `config` object';
  if (typeof d.detect !== 'function') return 'has no `detect(input)` function';
  return undefined;
}

/**
 * Every detector a module exports (default export first, then named exports in order). The
 * module is bundled to JavaScript first (TypeScript or not, ESM or CommonJS, wherever it lives),
 * so it loads the same way in this thread and in worker threads; `bundled` marks a path that
 * already is such a bundle.
 */
export async function detectorsFromModule(path: string, bundled = false): Promise<Detector[]> {
  let mod: Record<string, unknown>;
  try {
    const js = bundled ? path : await moduleBundle(path);
    try {
      mod = (await import(pathToFileURL(js).href)) as Record<string, unknown>;
    } finally {
      // once imported, a bundle made here is no longer needed on disk
      if (!bundled) rmSync(js, { force: true });
    }
  } catch (e) {
    throw new UsageError(`cannot load detector module ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const exported = [mod.default, ...Object.entries(mod).filter(([k]) => k !== 'default').map(([, v]) => v)];
  const candidates = exported.flatMap((x) => (Array.isArray(x) ? x : [x])).filter(looksLikeDetector);
  if (candidates.length === 0) {
    const first = exported.find((x) => x !== undefined);
    throw new UsageError(`${path} exports no detector${first === undefined ? '' : `: its export ${detectorProblem(first) ?? 'does not fit'}`}`);
  }
  for (const c of candidates) {
    const problem = detectorProblem(c);
    if (problem) throw new UsageError(`${path}: detector ${JSON.stringify(c.id)} ${problem}`);
  }
  return [...new Set(candidates)];
}

/** Resolve a reference to the detector object (in whichever thread asks). */
export async function resolveDetector(ref: DetectorRef): Promise<Detector> {
  const from = ref.module ? await detectorsFromModule(ref.module, ref.bundled === true) : DETECTORS;
  const found = from.find((d) => detectorKey(d) === ref.key);
  if (!found) throw new UsageError(`detector ${ref.key} not found${ref.module ? ` in ${ref.module}` : ''}`);
  return found;
}
