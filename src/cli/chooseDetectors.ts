/**
 * Turn `--detector` arguments into the detectors to evaluate: bundled ones by `id` (every
 * registered version) or `id@version`, and user modules by path (every detector they export).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DETECTORS, selectDetectors } from '../detectors/registry.ts';
import { detectorsFromModule } from '../eval/detectorRef.ts';
import type { EvalDetector } from '../eval/evaluate.ts';
import { UsageError } from '../usageError.ts';

const isPath = (s: string) => /[\\/]/.test(s) || /\.[cm]?[jt]s$/.test(s);

export async function chooseDetectors(names: readonly string[]): Promise<EvalDetector[]> {
  const bundledNames = names.filter((n) => !isPath(n));
  const paths = names.filter(isPath);
  const chosen: EvalDetector[] = [];
  if (bundledNames.length > 0 || paths.length === 0) {
    const { detectors, unknown } = selectDetectors(bundledNames, DETECTORS);
    if (unknown.length > 0)
      throw new UsageError(`unknown detector(s): ${unknown.join(', ')} (known: ${DETECTORS.map((d) => `${d.id}@${d.version}`).join(', ')})`);
    chosen.push(...detectors.map((detector) => ({ detector })));
  }
  for (const p of paths) {
    const module = resolve(p);
    if (!existsSync(module)) throw new UsageError(`detector module not found: ${p}`);
    chosen.push(...(await detectorsFromModule(module)).map((detector) => ({ detector, module })));
  }
  const keys = chosen.map((e) => `${e.detector.id}@${e.detector.version}`);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw new UsageError(`detector ${twice} is given twice; give each id@version once (bump the version of a changed detector)`);
  return chosen;
}
