/**
 * The bundled detectors. The registry holds data, not logic: each entry is a detector object
 * (id, version, config, detect). Several versions of one id may be listed side by side.
 */
import type { Detector } from '../contracts/detector.ts';
import { detectorKey } from '../contracts/detector.ts';
import { boilerplateReference } from './boilerplate/boilerplate.ts';
import { boilerplateLinePatterns } from './boilerplate/linePatterns.ts';
import { boilerplateUrlBaseline } from './boilerplate/urlBaseline.ts';
import { mtArtifactRules } from './mt/artifactRules.ts';
import { mtFrancBaseline } from './mt/francBaseline.ts';
import { mtReference } from './mt/mt.ts';
import { reuseDiceBaseline } from './reuse/diceBaseline.ts';
import { reuseDetector } from './reuse/reuseDetector.ts';
import { reuseWordShingles } from './reuse/wordShingles.ts';

export const DETECTORS: readonly Detector[] = [
  reuseDetector,
  reuseWordShingles,
  reuseDiceBaseline,
  mtReference,
  mtArtifactRules,
  mtFrancBaseline,
  boilerplateReference,
  boilerplateLinePatterns,
  boilerplateUrlBaseline,
] as Detector[];

/**
 * Pick detectors by `id` (every registered version) or `id@version` (that one);
 * unknown names are returned separately so the caller can say which.
 */
export function selectDetectors(
  names: readonly string[],
  from: readonly Detector[] = DETECTORS,
): { detectors: Detector[]; unknown: string[] } {
  if (names.length === 0) return { detectors: [...from], unknown: [] };
  const unknown = names.filter((n) => !from.some((d) => d.id === n || detectorKey(d) === n));
  const detectors = from.filter((d) => names.some((n) => d.id === n || detectorKey(d) === n));
  return { detectors, unknown };
}
