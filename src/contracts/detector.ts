/**
 * The one interface through which the eval engine knows a detector.
 *
 * A detector is data plus a pure function: an id, a semver version, the task it answers, a
 * JSON-serialisable config (hashed into the results so two configs never share a cache entry)
 * and `detect`. It must be deterministic and must never import the eval engine.
 */
import type { Task } from './case.ts';
import type { Detection } from './detection.ts';

/** What a detector sees of a case: the texts only, never the labels. */
export interface DetectorInputs {
  reuse: { source: string; candidate: string };
  mt: { text: string };
  boilerplate: { text: string };
}

export type DetectorInput<T extends Task = Task> = DetectorInputs[T];

export interface Detector<T extends Task = Task> {
  /** Stable name, e.g. `reuse-spin`; together with `version` it identifies results and cache entries. */
  readonly id: string;
  /** Semantic version; bump it whenever outputs can change. */
  readonly version: string;
  readonly task: T;
  /** One sentence on what the detector does, shown in reports. */
  readonly description: string;
  /** The settings that shape its output (JSON-serialisable). */
  readonly config: Readonly<Record<string, unknown>>;
  /** True for the deliberately simple reference point of a task. */
  readonly baseline?: boolean;
  /**
   * Longest input (in UTF-16 units, source and candidate together) the detector accepts; the
   * engine records a longer case as declined instead of calling `detect`. Unlimited when absent.
   */
  readonly maxInputChars?: number;
  /** Score the case; may return a promise. */
  detect(input: DetectorInput<T>): Detection | Promise<Detection>;
}

/** Detector key as it appears in results: `id@version`. */
export const detectorKey = (d: Pick<Detector, 'id' | 'version'>): string => `${d.id}@${d.version}`;
