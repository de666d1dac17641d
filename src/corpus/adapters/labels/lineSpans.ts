/**
 * Boilerplate spans from per-line flags: each run of consecutive flagged lines becomes one
 * span of type `other` from the first line's start to the last line's end (the newlines
 * between them included). O(lines).
 */
import type { BoilerplateSpan } from '../../../contracts/case.ts';

export function flaggedLineSpans(lines: readonly { start: number; end: number }[], flagged: readonly boolean[]): BoilerplateSpan[] {
  const spans: BoilerplateSpan[] = [];
  let open: BoilerplateSpan | undefined;
  lines.forEach((l, i) => {
    if (!flagged[i]) {
      open = undefined;
      return;
    }
    if (open) open.end = l.end;
    else {
      open = { start: l.start, end: l.end, type: 'other' };
      spans.push(open);
    }
  });
  return spans;
}
