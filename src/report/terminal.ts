/**
 * The terminal summary: one compact colored table per task (detector × slice, headline figures
 * with intervals, errors), then where the reports are. Only renders results.
 */
import pc from 'picocolors';
import { TASKS } from '../contracts/case.ts';
import type { Estimate, Results } from '../contracts/results.ts';
import { compactTable } from './compactTable.ts';
import { extraCell, formatEstimate, spanHeadline } from './format.ts';
import { terminalSafe } from './sanitize.ts';

/** Color a figure by how good it is (green ≥ 0.9, yellow ≥ 0.7, red below). */
function colored(e: Estimate | undefined): string {
  const text = formatEstimate(e);
  if (!e || e.value === null) return pc.dim(text);
  return e.value >= 0.9 ? pc.green(text) : e.value >= 0.7 ? pc.yellow(text) : pc.red(text);
}

export function renderTerminal(results: Results): string {
  const out: string[] = [];
  const baselines = new Set(results.detectors.filter((d) => d.baseline).map((d) => d.key));
  for (const task of TASKS) {
    const rows = results.metrics.filter((m) => m.task === task);
    if (rows.length === 0) continue;
    const table = compactTable(['detector', 'slice', 'cases', 'F1 [95% CI]', 'ROC-AUC', 'span F1', 'extra', 'err'].map((h) => pc.bold(h)));
    for (const m of rows) {
      const name = terminalSafe(m.detector);
      table.push([
        baselines.has(m.detector) ? pc.dim(name) : name,
        terminalSafe(m.slice),
        String(m.cases),
        colored(m.document.f1),
        colored(m.document.rocAuc),
        colored(spanHeadline(m)),
        extraCell(m, colored),
        m.errors > 0 ? pc.red(String(m.errors)) : '0',
      ]);
    }
    out.push(pc.bold(`${task} (split ${results.run.split})`), table.toString(), '');
  }
  const errors = results.cases.filter((c) => c.error !== undefined).length;
  if (errors > 0) out.push(pc.red(`${errors} case run(s) failed; see results.json`));
  if (results.skipped.length > 0) out.push(pc.yellow(`${results.skipped.length} invalid corpus line(s) skipped`));
  return out.join('\n');
}
