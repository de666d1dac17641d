/**
 * The case results of the split a run reports; with `--split test`, dev cases are in the results
 * only because thresholds are fitted on them.
 */
import type { CaseResult, Results } from '../contracts/results.ts';

export const reportedCases = (r: Pick<Results, 'run' | 'cases'>): CaseResult[] =>
  r.run.split === 'all' ? r.cases : r.cases.filter((c) => c.split === r.run.split);
