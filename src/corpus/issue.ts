/**
 * A problem found in corpus input, always located: `file:line: field: problem`.
 */
export interface CaseIssue {
  file: string;
  line: number;
  /** Dotted path of the offending field (`spans[2].end`), or `(line)` for the line as a whole. */
  field: string;
  problem: string;
}

/** Render an issue the way compilers do, so editors can jump to it. */
export const formatIssue = (i: CaseIssue): string => `${i.file}:${i.line}: ${i.field}: ${i.problem}`;

/** `['spans', 2, 'end']` → `spans[2].end`; an empty path is the line itself. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(line)';
}
