/**
 * `report.md`: the results as Markdown for a pull-request comment — one table per task,
 * detector × slice, headline figures with their 95% intervals. Only renders results.
 */
import type { Results } from '../contracts/results.ts';
import { TASKS } from '../contracts/case.ts';
import { extraCell, formatEstimate, spanHeadline } from './format.ts';
import { markdownCell } from './sanitize.ts';

export function renderMarkdown(results: Results): string {
  const out: string[] = [];
  const r = results.run;
  out.push(`# rehash eval — ${markdownCell(r.id)}`, '');
  out.push(`Split **${r.split}** · seed ${r.seed} · rehash ${r.rehashVersion}${r.gitCommit ? ` · commit \`${r.gitCommit.slice(0, 12)}\`` : ''} · ${markdownCell(r.node)} · ${markdownCell(r.cpu)}`, '');
  out.push('Figures are point estimates with 95% bootstrap intervals (cases resampled). Thresholds are fitted on `dev` where the run has dev cases.', '');
  for (const task of TASKS) {
    const rows = results.metrics.filter((m) => m.task === task);
    if (rows.length === 0) continue;
    out.push(`## ${task}`, '');
    out.push('| detector | slice | cases | F1 | ROC-AUC | span F1 | extra | errors |', '|---|---|--:|---|---|---|---|--:|');
    for (const m of rows) {
      out.push(
        `| ${markdownCell(m.detector)} | ${markdownCell(m.slice)} | ${m.cases} | ${formatEstimate(m.document.f1)} | ${formatEstimate(m.document.rocAuc)} | ${formatEstimate(spanHeadline(m))} | ${extraCell(m)} | ${m.errors} |`,
      );
    }
    out.push('');
  }
  const thresholds = results.thresholds.map((t) =>
    `- \`${markdownCell(t.detector)}\`: ${t.value === null ? "detector's own labels" : `score ≥ ${t.value.toFixed(4)} (fitted on ${t.devCases} dev cases, maximising ${t.objective === 'balanced' ? 'balanced accuracy' : t.objective})`}`,
  );
  out.push('## Thresholds', '', ...thresholds, '');
  const warnings = results.metrics.flatMap((m) => m.warnings.map((w) => `- ${markdownCell(m.detector)} · ${markdownCell(m.slice)}: ${markdownCell(w)}`));
  if (warnings.length > 0) out.push('## Warnings', '', ...warnings, '');
  if (results.skipped.length > 0) out.push(`## Skipped input`, '', `${results.skipped.length} invalid corpus line(s) were skipped (see results.json).`, '');
  out.push('## Speed', '', '| detector | cases | cases/s |', '|---|--:|--:|');
  for (const t of results.timing) out.push(`| ${markdownCell(t.detector)} | ${t.cases} | ${t.casesPerSecond.toFixed(1)} |`);
  out.push('');
  return out.join('\n');
}
