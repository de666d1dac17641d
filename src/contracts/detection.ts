/**
 * The detection: what a detector returns for one case. Validated by the eval engine on every
 * call (a detector's bad output is recorded as that case's error, never trusted).
 */
import { z } from 'zod';
import { DriftKind } from './case.ts';

/** A signal that contributed to a prediction, so reports can say why a detector decided. */
export const Signal = z
  .object({
    name: z.string().min(1),
    value: z.number(),
    detail: z.string().optional(),
  })
  .strict();
export type Signal = z.infer<typeof Signal>;

const PredictedRange = z
  .object({ start: z.int().min(0), end: z.int().min(0) })
  .strict()
  .refine((r) => r.start < r.end, { message: 'start must be less than end', path: ['end'] });

/** A predicted span (mt, boilerplate): `type` is free text so a detector may name new kinds. */
export const PredictedSpan = z
  .object({
    start: z.int().min(0),
    end: z.int().min(0),
    type: z.string().min(1),
    score: z.number().min(0).max(1).optional(),
  })
  .strict()
  .refine((r) => r.start < r.end, { message: 'start must be less than end', path: ['end'] });
export type PredictedSpan = z.infer<typeof PredictedSpan>;

export const PredictedAlignment = z
  .object({ source: PredictedRange, candidate: PredictedRange, score: z.number().min(0).max(1).optional() })
  .strict();
export type PredictedAlignment = z.infer<typeof PredictedAlignment>;

export const PredictedDrift = z.object({ source: PredictedRange, candidate: PredictedRange, kind: DriftKind }).strict();
export type PredictedDrift = z.infer<typeof PredictedDrift>;

/** A detector's answer for one case. `score` is in [0,1]; `label` is the detector's own decision. */
export const Detection = z
  .object({
    score: z.number().min(0).max(1),
    label: z.boolean(),
    spans: z.array(PredictedSpan).optional(),
    alignments: z.array(PredictedAlignment).optional(),
    drift: z.array(PredictedDrift).optional(),
    signals: z.array(Signal).optional(),
  })
  .strict();
export type Detection = z.infer<typeof Detection>;
