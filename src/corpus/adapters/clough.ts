/**
 * `clough`: the Clough–Stevenson corpus of plagiarised short answers as reuse cases. One case
 * per answer: `source` = the Wikipedia source text of its task (`orig_task<x>.txt`),
 * `candidate` = the answer. Grades cut / light / heavy (copied, lightly or heavily revised)
 * are `label: true`, non (written independently) is `label: false`; the grade is the slice
 * (`clough/<grade>`, so a report shows recall per grade) and `meta.grade`, with its rank in
 * non < heavy < light < cut as `meta.gradeRank` of `meta.gradeLevels` (4), so `rehash eval`
 * reports the 4-grade accuracy.
 *
 * Split by participant: the 19 students are ordered by a stable hash and the first
 * round(30%) = 6 go to dev (every student answered all five tasks, one per graded level
 * and two independently, so both splits hold every grade).
 *
 * Texts are strict UTF-8 or, failing that, Windows-1252 (17 answers were saved by Windows
 * editors); the encoding is in `meta.encoding`. Line endings are normalised to `\n`.
 *
 * Cost: O(bytes) for a 100-file corpus; everything is read into memory.
 */
import type { DatasetFiles } from './datasetFiles.ts';
import { type DatasetAdapter, type Produced, problem } from './datasetInput.ts';
import { rankedSplit } from './datasetSplit.ts';
import { decodeText } from './windows1252.ts';

export const CLOUGH_GRADES = ['cut', 'light', 'heavy', 'non'] as const;
export type CloughGrade = (typeof CLOUGH_GRADES)[number];
/** Grades that reuse the source (the label); `non` answers were written independently. */
const REUSED: ReadonlySet<string> = new Set(['cut', 'light', 'heavy']);
/** Grades from least to most reuse: `meta.gradeRank` indexes this (the engine reports ordinal grade accuracy from it). */
export const CLOUGH_GRADE_ORDER: readonly CloughGrade[] = ['non', 'heavy', 'light', 'cut'];

const CSV = 'corpus-final09.csv';
const TEXTS = 'texts';
const HEADER = 'File,Group,Person,Task,Category,Native English,Knowledge,Difficulty';

interface Row {
  line: number;
  file: string;
  group: string;
  person: string;
  task: string;
  category: string;
  native: string;
  knowledge: string;
  difficulty: string;
}

/** Parse the index CSV (plain comma-separated, no quoting in this corpus). */
export function parseIndex(text: string): { rows: Row[]; issues: Produced[] } {
  const rows: Row[] = [];
  const issues: Produced[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    if (line === 1) {
      if (raw.trim() !== HEADER) issues.push(problem(CSV, 1, '(header)', `expected ${HEADER}`));
      return;
    }
    const f = raw.split(',');
    if (f.length !== 8) {
      issues.push(problem(CSV, line, '(line)', `expected 8 comma-separated fields, got ${f.length}`));
      return;
    }
    const [file, group, person, task, category, native, knowledge, difficulty] = f as [string, string, string, string, string, string, string, string];
    rows.push({ line, file, group, person, task, category, native, knowledge, difficulty });
  });
  return { rows, issues };
}

async function readText(files: DatasetFiles, name: string): Promise<{ text: string; encoding: string } | undefined> {
  const rel = `${TEXTS}/${name}`;
  if (!/^[\w.-]+$/.test(name) || !files.exists(rel)) return undefined;
  const { text, encoding } = decodeText(await files.bytes(rel));
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

export const cloughAdapter: DatasetAdapter = {
  name: 'clough',
  required: [CSV, TEXTS],
  async *produce(files) {
    const index = parseIndex((await files.bytes(CSV)).toString('utf8'));
    yield* index.issues;
    const sources = new Map<string, { file: string; text: string }>();
    const answers: Row[] = [];
    for (const row of index.rows) {
      if (row.category === 'orig') {
        const t = await readText(files, row.file);
        if (!t) yield problem(CSV, row.line, 'File', `source text ${TEXTS}/${row.file} not found`);
        else if (sources.has(row.task)) yield problem(CSV, row.line, 'Task', `second source text for task ${row.task}`);
        else sources.set(row.task, { file: row.file, text: t.text });
      } else if ((CLOUGH_GRADES as readonly string[]).includes(row.category)) answers.push(row);
      else yield problem(CSV, row.line, 'Category', `must be one of orig, ${CLOUGH_GRADES.join(', ')} (got ${JSON.stringify(row.category)})`);
    }
    const participant = (r: Row) => `g${r.group}p${r.person}`;
    const splits = rankedSplit('clough', answers.map(participant));
    for (const row of answers) {
      const source = sources.get(row.task);
      if (!source) {
        yield problem(CSV, row.line, 'Task', `no source text (category orig) for task ${JSON.stringify(row.task)}`);
        continue;
      }
      const answer = await readText(files, row.file);
      if (!answer) {
        yield problem(CSV, row.line, 'File', `answer text ${TEXTS}/${row.file} not found`);
        continue;
      }
      yield {
        kind: 'case',
        file: CSV,
        line: row.line,
        value: {
          id: `clough/${row.file.replace(/\.txt$/, '')}`,
          task: 'reuse',
          slice: `clough/${row.category}`,
          split: splits.get(participant(row)),
          label: REUSED.has(row.category),
          meta: {
            dataset: 'clough-stevenson-reuse',
            grade: row.category,
            gradeRank: CLOUGH_GRADE_ORDER.indexOf(row.category as CloughGrade),
            gradeLevels: CLOUGH_GRADE_ORDER.length,
            task: row.task,
            participant: participant(row),
            nativeEnglish: row.native,
            knowledge: Number(row.knowledge),
            difficulty: Number(row.difficulty),
            sourceFile: `${TEXTS}/${source.file}`,
            answerFile: `${TEXTS}/${row.file}`,
            encoding: answer.encoding,
          },
          source: { text: source.text },
          candidate: { text: answer.text },
        },
      };
    }
  },
};
