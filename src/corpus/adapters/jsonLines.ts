/**
 * Read a JSON-Lines dataset file row by row: undecodable, unparsable and ill-shaped rows become
 * located problems (`file:line: field: problem`), blank lines are skipped, and every good row is
 * yielded with its line. O(bytes), streamed.
 */
import type { DatasetFiles } from './datasetFiles.ts';
import { type Produced, problem } from './datasetInput.ts';

/** What is wrong with a parsed row (field and problem), or undefined when it fits. */
export type RowCheck = (raw: unknown) => { field: string; problem: string } | undefined;

export async function* jsonLines<T>(files: DatasetFiles, file: string, check: RowCheck): AsyncGenerator<Produced | { kind: 'row'; row: T; line: number }> {
  for await (const l of files.textLines(file)) {
    if ('error' in l) {
      yield problem(file, l.line, '(line)', l.error);
      continue;
    }
    if (l.text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(l.text);
    } catch (e) {
      yield problem(file, l.line, '(line)', `not valid JSON: ${(e as Error).message}`);
      continue;
    }
    const wrong = check(raw);
    if (wrong) yield problem(file, l.line, wrong.field, wrong.problem);
    else yield { kind: 'row', row: raw as T, line: l.line };
  }
}
