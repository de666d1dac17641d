/**
 * Run one detector on one case, isolated: a throw, an invalid detection (score outside [0,1],
 * spans outside the text, wrong shape) or a timeout becomes that case's `error`; nothing
 * escapes to stop the run.
 */
import type { Case } from '../contracts/case.ts';
import { Detection } from '../contracts/detection.ts';
import type { Detector, DetectorInput } from '../contracts/detector.ts';
import { detectorKey } from '../contracts/detector.ts';
import type { CaseResult } from '../contracts/results.ts';
import { fieldPath } from '../corpus/issue.ts';
import { matchDetection } from './match.ts';

/** What a detector sees of a case: its texts, never its labels. */
export function detectorInput(c: Case): DetectorInput {
  return c.task === 'reuse' ? { source: c.source.text, candidate: c.candidate.text } : { text: c.text };
}

/** Characters a detector is asked to read for a case. */
export const inputSize = (c: Case): number => (c.task === 'reuse' ? c.source.text.length + c.candidate.text.length : c.text.length);

/** Offsets a detection reports must lie inside the texts it saw. */
function offsetProblem(c: Case, d: Detection): string | undefined {
  const outside = (what: string, end: number, length: number) =>
    end > length ? `${what} ends at ${end}, past the end of the text (length ${length})` : undefined;
  if (c.task === 'reuse') {
    for (const [key, list] of [['alignments', d.alignments], ['drift', d.drift]] as const)
      for (const [i, a] of (list ?? []).entries()) {
        const p =
          outside(`${key}[${i}].source`, a.source.end, c.source.text.length) ??
          outside(`${key}[${i}].candidate`, a.candidate.end, c.candidate.text.length);
        if (p) return p;
      }
    return undefined;
  }
  for (const [i, s] of (d.spans ?? []).entries()) {
    const p = outside(`spans[${i}]`, s.end, c.text.length);
    if (p) return p;
  }
  return undefined;
}

/** Validate a detector's raw output against the Detection contract and the case's texts. */
export function checkDetection(c: Case, raw: unknown): { detection?: Detection; error?: string } {
  const parsed = Detection.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { error: `invalid detection: ${i ? `${fieldPath(i.path)}: ${i.message}` : 'unknown problem'}` };
  }
  const problem = offsetProblem(c, parsed.data);
  return problem ? { error: `invalid detection: ${problem}` } : { detection: parsed.data };
}

function timeout(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Run `detector` on `c`. An asynchronous detector is abandoned after `timeoutMs`; a synchronous
 * one cannot be interrupted in-thread — the worker pool enforces the limit for those.
 */
export async function runCase(detector: Detector, c: Case, timeoutMs: number): Promise<CaseResult> {
  const base = { id: c.id, task: c.task, slice: c.slice, split: c.split, label: c.label, detector: detectorKey(detector) };
  const size = inputSize(c);
  if (detector.maxInputChars !== undefined && size > detector.maxInputChars)
    return { ...base, error: `declined: input of ${size} characters exceeds this detector's limit of ${detector.maxInputChars}` };
  const limit = timeout(timeoutMs);
  try {
    const raw = await Promise.race([Promise.resolve().then(() => detector.detect(detectorInput(c))), limit.promise]);
    const { detection, error } = checkDetection(c, raw);
    if (!detection) return { ...base, error: error as string };
    return { ...base, prediction: detection, match: matchDetection(c, detection) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ...base, error: message.startsWith('timed out') ? message : `threw: ${message}` };
  } finally {
    limit.cancel();
  }
}
