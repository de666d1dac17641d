/**
 * `report.html`: one self-contained file, no network and no script. A Content-Security-Policy
 * forbids scripts, frames, forms and every remote load, so even a mistake in escaping could not
 * run code. Sections: run metadata; per task a metric table with intervals and static SVG charts
 * (metric bars with CI whiskers, precision–recall curves); accuracy against speed; and the
 * error-analysis view — false positives and negatives per detector × slice, with gold and
 * predicted spans highlighted, reuse alignments side by side with drifted figures marked, and
 * the signals each detector reported. Only renders results.
 */
import { TASKS } from '../contracts/case.ts';
import type { CaseResult, ExampleCase, MetricsRow, Results } from '../contracts/results.ts';
import type { PrPoint } from '../eval/metrics/prCurve.ts';
import { reportedCases } from '../eval/reported.ts';
import { outcome } from '../eval/examples.ts';
import { caseAnchor } from './anchors.ts';
import { metricBarsSpec, prCurveSpec, renderChart, speedSpec } from './charts.ts';
import { extraCell, formatEstimate, spanHeadline } from './format.ts';
import { highlight, inertHtml, type Mark } from './highlight.ts';
import { htmlEscape } from './sanitize.ts';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#1d1d1f}
h1{font-size:1.4rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f7}td.n{text-align:right}.baseline{color:#777}.warn{color:#a15c00}
.charts{display:flex;flex-wrap:wrap;gap:1rem}.charts svg{max-width:100%;height:auto}
.text{white-space:pre-wrap;border:1px solid #e3e3e3;padding:.5rem;background:#fcfcfc;max-height:28rem;overflow:auto;unicode-bidi:plaintext}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}
mark{background:none;color:inherit}
mark.m-gold{text-decoration:underline 2px #1a7f37;text-underline-offset:3px}
mark.m-pred{background:#ffe58f}
mark.m-gold.m-pred{background:#b7eb8f}
mark.m-drift{outline:2px solid #cf1322;background:#ffccc7}
mark.m-align{background:#d6e4ff}
.legend mark{padding:0 .3rem}
details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}
article.case{border-left:3px solid #ccc;padding:.25rem .75rem;margin:.75rem 0}
article.fp{border-color:#cf1322}article.fn{border-color:#d48806}article.tp{border-color:#1a7f37}article.error{border-color:#722ed1}
.meta{color:#555;font-size:.9em}
`;

const esc = htmlEscape;

function metricTable(rows: readonly MetricsRow[], baselines: Set<string>): string {
  const head = '<tr><th>detector</th><th>slice</th><th>cases</th><th>+</th><th>precision</th><th>recall</th><th>F1</th><th>specificity</th><th>ROC-AUC</th><th>span F1</th><th>extra</th><th>errors</th><th>threshold</th></tr>';
  const body = rows
    .map((m) => {
      const d = m.document;
      return `<tr${baselines.has(m.detector) ? ' class="baseline"' : ''}><td>${inertHtml(m.detector)}</td><td>${inertHtml(m.slice)}</td><td class="n">${m.cases}</td><td class="n">${m.positives}</td><td>${formatEstimate(d.precision)}</td><td>${formatEstimate(d.recall)}</td><td>${formatEstimate(d.f1)}</td><td>${formatEstimate(d.specificity)}</td><td>${formatEstimate(d.rocAuc)}</td><td>${formatEstimate(spanHeadline(m))}</td><td>${extraCell(m)}</td><td class="n">${m.errors}</td><td>${m.threshold === null ? 'own label' : m.threshold.toFixed(4)}</td></tr>`;
    })
    .join('');
  return `<table>${head}${body}</table>`;
}

function signals(r: CaseResult): string {
  const list = r.prediction?.signals ?? [];
  if (list.length === 0) return '';
  return `<table class="signals"><tr><th>signal</th><th>value</th><th>detail</th></tr>${list
    .map((s) => `<tr><td>${inertHtml(s.name)}</td><td class="n">${Number.isInteger(s.value) ? s.value : s.value.toFixed(4)}</td><td>${inertHtml(s.detail ?? '')}</td></tr>`)
    .join('')}</table>`;
}

function textCase(ex: ExampleCase, r: CaseResult): string {
  const marks: Mark[] = [
    ...(ex.spans ?? []).map((s) => ({ start: s.start, end: s.end, kind: 'gold', label: `gold: ${s.type}` })),
    ...(r.prediction?.spans ?? []).map((s) => ({ start: s.start, end: s.end, kind: 'pred', label: `predicted: ${s.type}` })),
  ];
  return `<div class="text">${highlight(ex.text ?? '', marks)}</div>`;
}

function reuseCase(ex: ExampleCase, r: CaseResult): string {
  const side = (which: 'source' | 'candidate') => {
    const marks: Mark[] = [
      ...(ex.alignments ?? []).map((a, i) => ({ ...a[which], kind: 'gold', label: `gold passage ${i + 1}` })),
      ...(r.prediction?.alignments ?? []).map((a, i) => ({ ...a[which], kind: 'align', label: `predicted passage ${i + 1}` })),
      ...(ex.drift ?? []).map((d) => ({ ...d[which], kind: 'drift', label: `gold drift: ${d.kind}` })),
      ...(r.prediction?.drift ?? []).map((d) => ({ ...d[which], kind: 'pred', label: `predicted drift: ${d.kind}` })),
    ];
    return `<div><h4>${which}</h4><div class="text">${highlight(ex[which] ?? '', marks)}</div></div>`;
  };
  return `<div class="pair">${side('source')}${side('candidate')}</div>`;
}

const OUTCOME_TITLES = { fp: 'false positives', fn: 'false negatives', error: 'errors', tp: 'correct detections' } as const;

function errorAnalysis(results: Results): string {
  const examples = new Map(results.examples.map((e) => [e.id, e]));
  const thresholds = new Map(results.thresholds.map((t) => [t.detector, t]));
  const parts: string[] = [];
  for (const d of results.detectors) {
    const mine = reportedCases(results).filter((c) => c.detector === d.key && examples.has(c.id));
    if (mine.length === 0) continue;
    const slices = [...new Set(mine.map((c) => c.slice))].sort();
    const sliceParts = slices.map((slice) => {
      const groups = (['fp', 'fn', 'error', 'tp'] as const).map((kind) => {
        const list = mine.filter((c) => c.slice === slice && outcome(c, thresholds.get(d.key)) === kind);
        if (list.length === 0) return '';
        const items = list
          .map((r) => {
            const ex = examples.get(r.id) as ExampleCase;
            const score = r.prediction ? `score ${r.prediction.score.toFixed(4)}` : '';
            const body = ex.task === 'reuse' ? reuseCase(ex, r) : textCase(ex, r);
            return `<article class="case ${kind}" id="${caseAnchor(d.key, r.id)}"><div class="meta"><b>${inertHtml(r.id)}</b> · gold ${r.label ? 'positive' : 'negative'} · ${score}${r.error ? ` · error: ${inertHtml(r.error)}` : ''}</div>${body}${signals(r)}</article>`;
          })
          .join('');
        return `<details${kind === 'tp' ? '' : ' open'}><summary>${OUTCOME_TITLES[kind]} (${list.length})</summary>${items}</details>`;
      });
      return `<details><summary>${inertHtml(slice)}</summary>${groups.join('')}</details>`;
    });
    parts.push(`<h3 id="errors-${esc(d.key.replace(/[^A-Za-z0-9@._-]/g, '_'))}">${inertHtml(d.key)}</h3>${sliceParts.join('')}`);
  }
  return parts.join('');
}

/**
 * The whole report. `curves`: precision–recall points per detector key, for results that hold
 * only the case results the report shows (see `EvaluatedRun`); computed from the cases otherwise.
 */
export async function renderHtml(results: Results, curves?: ReadonlyMap<string, readonly PrPoint[]>): Promise<string> {
  const r = results.run;
  const baselines = new Set(results.detectors.filter((d) => d.baseline).map((d) => d.key));
  const sections: string[] = [];
  for (const task of TASKS) {
    const rows = results.metrics.filter((m) => m.task === task);
    if (rows.length === 0) continue;
    const charts = await Promise.all([renderChart(metricBarsSpec(rows, 'f1')), renderChart(metricBarsSpec(rows, 'spanF1')), renderChart(prCurveSpec(results, task, curves))]);
    const warnings = rows.flatMap((m) => m.warnings.map((w) => `<li>${inertHtml(m.detector)} · ${inertHtml(m.slice)}: ${inertHtml(w)}</li>`));
    sections.push(
      `<section id="task-${task}"><h2>${task}</h2>${metricTable(rows, baselines)}${warnings.length ? `<details class="warn"><summary>warnings (${warnings.length})</summary><ul>${warnings.join('')}</ul></details>` : ''}<div class="charts">${charts.map((c) => (c ? `<figure>${c}</figure>` : '')).join('')}</div></section>`,
    );
  }
  const speed = await renderChart(speedSpec(results));
  const thresholds = results.thresholds
    .map((t) => `<li>${inertHtml(t.detector)}: ${t.value === null ? "detector's own labels" : `score ≥ ${t.value.toFixed(4)}, fitted on ${t.devCases} dev cases, maximising ${t.objective === 'balanced' ? 'balanced accuracy' : t.objective}`}</li>`)
    .join('');
  const corpora = results.corpora.map((c) => `<li>${inertHtml(c.name)} — ${c.cases} cases — <code>${esc(c.sha256.slice(0, 16))}</code></li>`).join('');
  const timing = results.timing
    .map((t) => `<tr><td>${inertHtml(t.detector)}</td><td class="n">${t.cases}</td><td class="n">${t.cached}</td><td class="n">${t.casesPerSecond.toFixed(1)}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>rehash eval ${inertHtml(r.id)}</title><style>${STYLE}</style></head>
<body>
<h1>rehash eval — ${inertHtml(r.id)}</h1>
<p class="meta">split <b>${esc(r.split)}</b> · seed ${r.seed} · ${r.resamples} bootstrap resamples · rehash ${inertHtml(r.rehashVersion)}${r.gitCommit ? ` · commit ${esc(r.gitCommit.slice(0, 12))}` : ''} · ${inertHtml(r.node)} · ${inertHtml(r.cpu)} · ${r.workers} worker(s)${r.shard ? ` · shard ${r.shard.index}/${r.shard.count}` : ''}</p>
<p class="legend">Figures: point estimate [95% bootstrap CI]. In texts: <mark class="m-gold">gold</mark> <mark class="m-pred">predicted</mark> <mark class="m-gold m-pred">both</mark> <mark class="m-align">predicted alignment</mark> <mark class="m-drift">drifted figure</mark>.</p>
<nav>${TASKS.map((t) => `<a href="#task-${t}">${t}</a>`).join(' · ')} · <a href="#speed">speed</a> · <a href="#errors">error analysis</a></nav>
${sections.join('\n')}
<section id="speed"><h2>speed</h2><table><tr><th>detector</th><th>case runs</th><th>cached</th><th>cases/s</th></tr>${timing}</table><figure>${speed}</figure></section>
<section id="setup"><h2>thresholds and corpora</h2><ul>${thresholds}</ul><ul>${corpora}</ul>${results.skipped.length ? `<p class="warn">${results.skipped.length} invalid corpus line(s) skipped.</p>` : ''}</section>
<section id="errors"><h2>error analysis</h2>${errorAnalysis(results)}</section>
</body></html>
`;
}
