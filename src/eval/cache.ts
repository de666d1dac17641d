/**
 * Prediction cache: an unchanged detector is not re-run on an unchanged case. Entries are keyed
 * by detector `id@version`, config hash (and, for a user module, the module's content hash) and
 * the case's input hash — labels are not part of the key, since detectors never see them.
 * One append-only JSONL file per detector configuration; a line cut short by an interrupted
 * run is ignored on load, so a rerun resumes where the last one stopped. Errors are not cached
 * (a timeout may not repeat). Load: O(entries); lookup O(1).
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case } from '../contracts/case.ts';
import { Detection } from '../contracts/detection.ts';
import { detectorInput } from './runCase.ts';

/** Version of the cache line format; bump to invalidate every cache. */
const CACHE_FORMAT = 1;

/** sha256 of what a detector sees of a case (its task and texts). */
export function caseInputHash(c: Case): string {
  return createHash('sha256').update(JSON.stringify([c.task, detectorInput(c)])).digest('hex');
}

export interface PredictionCache {
  get(inputHash: string): Detection | undefined;
  add(entries: readonly { inputHash: string; prediction: Detection }[]): void;
  readonly size: number;
}

/** Open (or create) the cache file of one detector configuration. */
export function openCache(dir: string, detectorKey: string, configKey: string): PredictionCache {
  mkdirSync(dir, { recursive: true });
  const safe = detectorKey.replace(/[^A-Za-z0-9@._-]/g, '_');
  const file = join(dir, `${safe}-${configKey}.v${CACHE_FORMAT}.jsonl`);
  const entries = new Map<string, Detection>();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // no cache yet
  }
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      const { h, p } = JSON.parse(line) as { h: string; p: unknown };
      const parsed = Detection.safeParse(p);
      if (typeof h === 'string' && parsed.success) entries.set(h, parsed.data);
    } catch {
      // a line cut short by an interrupted run
    }
  }
  return {
    get: (h) => entries.get(h),
    add(list) {
      if (list.length === 0) return;
      for (const e of list) entries.set(e.inputHash, e.prediction);
      appendFileSync(file, list.map((e) => `${JSON.stringify({ h: e.inputHash, p: e.prediction })}\n`).join(''));
    },
    get size() {
      return entries.size;
    },
  };
}
