/**
 * What a signal reports: located hits (a typed span, the signal that found it, a short reason)
 * and, for document-level evidence that has no precise location, plain counts. O(1).
 */
import type { MtSpan } from '../../contracts/case.ts';

/** The span types the MT detector emits (the corpus vocabulary). */
export type ArtifactType = MtSpan['type'];

export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly type: ArtifactType;
  /** The signal that found it (a file name under `signals/`). */
  readonly signal: string;
  /** What was seen, for the report's error view ("fr/es word", "gazetteer name"…). */
  readonly why?: string;
}

/** Hits of `text` sorted by position. */
export const byPosition = (a: Hit, b: Hit): number => a.start - b.start || a.end - b.end;
