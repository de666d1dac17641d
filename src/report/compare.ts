/**
 * Render a comparison of two runs: a ten-second summary, per-slice deltas with paired 95%
 * intervals and McNemar p-values, and the flipped cases (fixed / broken), each linking into the
 * error view of the run's HTML report. Terminal, Markdown (for a pull-request comment) and HTML.
 * Only renders the comparison.
 */
import type { Comparison, Flip, PairComparison, SliceComparison } from '../eval/compare.ts';
import type { PairedDelta } from '../eval/metrics/paired.ts';
import { caseAnchor } from './anchors.ts';
import { type ColorOption, colors } from './colors.ts';
import { compactTable } from './compactTable.ts';
import { inertHtml } from './highlight.ts';
import { htmlEscape, markdownCell, terminalSafe } from './sanitize.ts';

/** Flipped cases listed per direction before the rest is summarised. */
const MAX_FLIPS_LISTED = 50;

const num = (x: number | null, digits = 3) => (x === null ? '–' : x.toFixed(digits));
const signed = (x: number | null) => (x === null ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`);
const delta = (d: PairedDelta | undefined) => (d ? `${signed(d.delta)} [${signed(d.lo)}, ${signed(d.hi)}]` : '–');
const f1Of = (s: SliceComparison) => s.deltas.find((d) => d.metric === 'f1');
const pValue = (p: number) => (p < 0.001 ? '<0.001' : p.toFixed(3));

/** One line a person can read in ten seconds. */
export function pairSummary(p: PairComparison): string {
  const all = p.slices[0] as SliceComparison;
  const f1 = f1Of(all);
  const worse = p.slices.filter((s) => s.slice !== '*' && s.verdict === 'worse').map((s) => s.slice);
  const better = p.slices.filter((s) => s.slice !== '*' && s.verdict === 'better').map((s) => s.slice);
  const verdict = all.verdict === 'worse' ? 'WORSE' : all.verdict === 'better' ? 'BETTER' : 'no significant change';
  return `${p.a} → ${p.b}: ${verdict} overall (F1 ${num(f1?.a ?? null)} → ${num(f1?.b ?? null)}, Δ ${delta(f1)}, McNemar p=${pValue(all.mcnemar.p)}); ${worse.length} slice(s) significantly worse${worse.length ? ` (${worse.join(', ')})` : ''}, ${better.length} better; ${p.broken.length} case(s) broken, ${p.fixed.length} fixed.`;
}

export function renderCompareTerminal(c: Comparison, options: ColorOption = {}): string {
  const pc = colors(options.color);
  const out: string[] = [];
  if (c.changedSlices.length > 0) out.push(pc.yellow(`corpus changed in: ${c.changedSlices.map(terminalSafe).join(', ')} (compared on shared cases)`));
  for (const p of c.pairs) {
    const line = terminalSafe(pairSummary(p));
    const all = p.slices[0] as SliceComparison;
    out.push(pc.bold(all.verdict === 'worse' ? pc.red(line) : all.verdict === 'better' ? pc.green(line) : line));
    const table = compactTable(['slice', 'cases', 'F1 A → B', 'Δ F1 [95% CI]', 'Δ recall', 'Δ specificity', 'broken', 'fixed', 'McNemar p', 'verdict']);
    for (const s of p.slices) {
      const f1 = f1Of(s);
      const d = (m: string) => delta(s.deltas.find((x) => x.metric === m));
      const v = s.verdict === 'worse' ? pc.red(s.verdict) : s.verdict === 'better' ? pc.green(s.verdict) : pc.dim(s.verdict);
      table.push([terminalSafe(s.slice), s.cases, `${num(f1?.a ?? null)} → ${num(f1?.b ?? null)}`, d('f1'), d('recall'), d('specificity'), s.mcnemar.broken, s.mcnemar.fixed, pValue(s.mcnemar.p), v]);
    }
    out.push(table.toString());
    if (p.broken.length > 0) out.push(`broken: ${p.broken.slice(0, 10).map((f) => terminalSafe(f.id)).join(', ')}${p.broken.length > 10 ? ` … (+${p.broken.length - 10})` : ''}`);
    if (p.fixed.length > 0) out.push(`fixed: ${p.fixed.slice(0, 10).map((f) => terminalSafe(f.id)).join(', ')}${p.fixed.length > 10 ? ` … (+${p.fixed.length - 10})` : ''}`);
    out.push('');
  }
  return out.join('\n');
}

/** Links into each run's report.html, relative to where the compare files are written. */
export interface ReportLinks {
  a?: string;
  b?: string;
}

function flipRows(flips: readonly Flip[], p: PairComparison, links: ReportLinks, md: boolean): string[] {
  return flips.slice(0, MAX_FLIPS_LISTED).map((f) => {
    const la = links.a ? `${links.a}#${caseAnchor(p.a, f.id)}` : undefined;
    const lb = links.b ? `${links.b}#${caseAnchor(p.b, f.id)}` : undefined;
    if (md) {
      const view = [la && `[A](${la})`, lb && `[B](${lb})`].filter(Boolean).join(' ');
      return `| ${markdownCell(f.id)} | ${markdownCell(f.slice)} | ${f.label ? '+' : '−'} | ${num(f.scoreA)} | ${num(f.scoreB)} | ${view} |`;
    }
    const view = [la && `<a href="${htmlEscape(la)}">A</a>`, lb && `<a href="${htmlEscape(lb)}">B</a>`].filter(Boolean).join(' ');
    return `<tr><td>${inertHtml(f.id)}</td><td>${inertHtml(f.slice)}</td><td>${f.label ? '+' : '−'}</td><td>${num(f.scoreA)}</td><td>${num(f.scoreB)}</td><td>${view}</td></tr>`;
  });
}

export function renderCompareMarkdown(c: Comparison, links: ReportLinks = {}): string {
  const out = [`# rehash compare`, '', `A: \`${markdownCell(c.a.runId)}\` · B: \`${markdownCell(c.b.runId)}\``, ''];
  if (c.changedSlices.length > 0) out.push(`> Corpus changed in ${c.changedSlices.map(markdownCell).join(', ')}; compared on the cases both runs share.`, '');
  for (const p of c.pairs) out.push(`- ${markdownCell(pairSummary(p))}`);
  out.push('');
  for (const p of c.pairs) {
    out.push(`## ${markdownCell(p.a)} → ${markdownCell(p.b)}`, '', '| slice | cases | F1 A → B | Δ F1 [95% CI] | Δ recall | Δ specificity | broken | fixed | McNemar p | verdict |', '|---|--:|---|---|---|---|--:|--:|--:|---|');
    for (const s of p.slices) {
      const f1 = f1Of(s);
      const d = (m: string) => delta(s.deltas.find((x) => x.metric === m));
      out.push(`| ${markdownCell(s.slice)} | ${s.cases} | ${num(f1?.a ?? null)} → ${num(f1?.b ?? null)} | ${d('f1')} | ${d('recall')} | ${d('specificity')} | ${s.mcnemar.broken} | ${s.mcnemar.fixed} | ${pValue(s.mcnemar.p)} | ${s.verdict === 'no significant change' ? '' : `**${s.verdict}**`} |`);
    }
    for (const [title, flips] of [['Broken', p.broken], ['Fixed', p.fixed]] as const) {
      if (flips.length === 0) continue;
      out.push('', `<details><summary>${title}: ${flips.length} case(s)</summary>`, '', '| case | slice | gold | score A | score B | view |', '|---|---|---|--:|--:|---|', ...flipRows(flips, p, links, true));
      if (flips.length > MAX_FLIPS_LISTED) out.push(`| … ${flips.length - MAX_FLIPS_LISTED} more | | | | | |`);
      out.push('', '</details>');
    }
    out.push('');
  }
  return out.join('\n');
}

export function renderCompareHtml(c: Comparison, links: ReportLinks = {}): string {
  const sections = c.pairs.map((p) => {
    const rows = p.slices
      .map((s) => {
        const f1 = f1Of(s);
        const d = (m: string) => delta(s.deltas.find((x) => x.metric === m));
        return `<tr class="${s.verdict === 'worse' ? 'worse' : s.verdict === 'better' ? 'better' : ''}"><td>${inertHtml(s.slice)}</td><td>${s.cases}</td><td>${num(f1?.a ?? null)} → ${num(f1?.b ?? null)}</td><td>${d('f1')}</td><td>${d('recall')}</td><td>${d('specificity')}</td><td>${s.mcnemar.broken}</td><td>${s.mcnemar.fixed}</td><td>${pValue(s.mcnemar.p)}</td><td>${s.verdict}</td></tr>`;
      })
      .join('');
    const flips = (['broken', 'fixed'] as const)
      .map((k) =>
        p[k].length === 0
          ? ''
          : `<details open><summary>${k} (${p[k].length})</summary><table><tr><th>case</th><th>slice</th><th>gold</th><th>score A</th><th>score B</th><th>view</th></tr>${flipRows(p[k], p, links, false).join('')}</table></details>`,
      )
      .join('');
    return `<section><h2>${inertHtml(p.a)} → ${inertHtml(p.b)}</h2><p class="summary">${inertHtml(pairSummary(p))}</p><table><tr><th>slice</th><th>cases</th><th>F1 A → B</th><th>Δ F1 [95% CI]</th><th>Δ recall</th><th>Δ specificity</th><th>broken</th><th>fixed</th><th>McNemar p</th><th>verdict</th></tr>${rows}</table>${flips}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<title>rehash compare</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:1200px;margin:0 auto;padding:1rem}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem}tr.worse td{background:#fff1f0}tr.better td{background:#f6ffed}.summary{font-weight:600}</style></head>
<body><h1>rehash compare</h1><p>A: ${inertHtml(c.a.runId)} · B: ${inertHtml(c.b.runId)}</p>${c.changedSlices.length ? `<p>Corpus changed in: ${c.changedSlices.map(inertHtml).join(', ')}</p>` : ''}${sections.join('')}</body></html>
`;
}
