import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Estimate, MetricsRow, Prf, Results } from '../../src/contracts/results.ts';
import { complement, TARGET_FIGURES, typeRecalls } from '../../src/report/format.ts';
import { renderTerminal } from '../../src/report/terminal.ts';

/** The summary as plain text: the renderer colors figures where the environment allows (CI does). */
const render = (r: Results): string => renderTerminal(r, { color: false });

const est = (value: number | null, lo: number | null = null, hi: number | null = null): Estimate => ({ value, lo, hi });
const prf = (p: number | null, r: number | null, f: number | null): Prf => ({ precision: est(p), recall: est(r), f1: est(f, f === null ? null : f - 0.02, f === null ? null : Math.min(1, f + 0.02)) });
const NONE = est(null);

/** A metrics row: `positives` of `cases`, document figures from `doc`, extras as given. */
function row(detector: string, task: MetricsRow['task'], slice: string, cases: number, positives: number, doc: Partial<Record<'f1' | 'recall' | 'specificity' | 'accuracy' | 'rocAuc', number>>, extra: Partial<MetricsRow> = {}): MetricsRow {
  const e = (k: keyof typeof doc) => (doc[k] === undefined ? NONE : est(doc[k] as number, (doc[k] as number) - 0.01, Math.min(1, (doc[k] as number) + 0.01)));
  return {
    detector,
    task,
    slice,
    split: 'test',
    cases,
    positives,
    errors: 0,
    threshold: null,
    document: { confusion: { tp: 0, fp: 0, tn: 0, fn: 0 }, precision: NONE, recall: e('recall'), f1: e('f1'), accuracy: e('accuracy'), specificity: e('specificity'), rocAuc: e('rocAuc'), prAuc: NONE },
    warnings: [],
    ...extra,
  };
}

function results(metrics: MetricsRow[], baselines: string[] = []): Results {
  const keys = [...new Set(metrics.map((m) => m.detector))];
  return {
    schemaVersion: 1,
    kind: 'rehash-results',
    run: { id: 'r', rehashVersion: '0', gitCommit: null, node: 'v20', cpu: 'x', platform: 'linux', seed: 1, thresholdObjective: 'balanced', resamples: 10, split: 'test', workers: 1, startedAt: '', finishedAt: '', shard: null },
    corpora: [],
    slices: [],
    detectors: keys.map((key) => ({ key, id: key.split('@')[0] as string, version: '1.0.0', task: metrics.find((m) => m.detector === key)?.task ?? 'mt', description: '', baseline: baselines.includes(key), config: {}, configHash: '' })),
    thresholds: keys.map((k, i) => ({ detector: k, value: i === 0 ? 0.019 : null, source: i === 0 ? 'dev' : 'detector', objective: 'balanced', devCases: 50 })),
    metrics,
    timing: [],
    skipped: [],
    cases: [],
    examples: [],
  } as Results;
}

/** The printed line of `detector` under the slice header `slice`. */
function lineOf(out: string, slice: string, detector: string): string {
  const lines = out.split('\n');
  const at = lines.findIndex((l) => l.trim() === slice);
  expect(at, `slice ${slice}`).toBeGreaterThanOrEqual(0);
  const found = lines.slice(at + 1).find((l) => l.trim().startsWith(`${detector} `) || l.trim() === detector);
  expect(found, `${detector} under ${slice}`).toBeDefined();
  return (found as string).trim();
}

/** The cell under `head` in `line`, read by the head's column in the table's head line. */
function cellUnder(out: string, head: string, line: string): string {
  const headLine = out.split('\n').find((l) => l.includes('slice / detector') && l.includes(head)) as string;
  const full = out.split('\n').find((l) => l.trim() === line.trim()) as string;
  const at = headLine.indexOf(head);
  return full.slice(at).split(/\s{2,}/)[0]?.trim() ?? '';
}

describe('terminal summary: the figures the targets are stated in', () => {
  it('reuse: F1 with interval, recall, specificity, accuracy, plagdet and drift P/R; blank where a class is absent', () => {
    const out = render(
      results([
        row('reuse@1.0.1', 'reuse', 'mrpc', 1725, 1147, { f1: 0.762, recall: 0.683, specificity: 0.782, accuracy: 0.716 }),
        row('reuse@1.0.1', 'reuse', 'reuse/drift', 120, 120, { f1: 1, recall: 1, accuracy: 1 }, { pan: { precision: est(1), recall: est(1), granularity: est(1), plagdet: est(0.996) }, drift: prf(0.981, 0.973, 0.977) }),
        row('reuse@1.0.1', 'reuse', 'reuse/same-event', 90, 0, { specificity: 0.944, accuracy: 0.944 }),
      ]),
    );
    for (const h of ['F1 [95% CI]', 'recall', 'spec', 'accuracy', 'plagdet', 'drift P', 'drift R']) expect(out).toContain(h);
    const mrpc = lineOf(out, 'mrpc', 'reuse@1.0.1');
    expect(mrpc).toMatch(/^reuse@1\.0\.1\s+1725\s+0\.762 \[0\.75–0\.77\]\s+0\.683\s+0\.782\s+0\.716$/);
    expect(lineOf(out, 'reuse/drift', 'reuse@1.0.1')).toMatch(/0\.996\s+0\.981\s+0\.973$/);
    // an all-negative slice has no F1 or recall, only specificity and accuracy
    const neg = lineOf(out, 'reuse/same-event', 'reuse@1.0.1');
    expect(cellUnder(out, 'recall', neg)).toBe('');
    expect(cellUnder(out, 'spec', neg)).toBe('0.944');
    expect(neg).toMatch(/^reuse@1\.0\.1\s+90\s+0\.944\s+0\.944$/);
  });

  it('mt: span F1, ROC-AUC, recall per system, FPR = 1 − specificity on negative slices, span recall per gold type', () => {
    const typed = { chars: prf(0.5, 0.4, 0.44), byType: { untranslated: prf(0.9, 0.016, 0.03), grammar: prf(null, null, null), casing: prf(0, null, null) } };
    const out = render(
      results(
        [
          row('mt@1.0.1', 'mt', 'wmt/2023-uk-en/NLLB_MBR_BLEU', 101, 101, { f1: 0.02, recall: 0.01 }, { spans: { chars: prf(0, null, null), byType: {} } }),
          row('mt@1.0.1', 'mt', 'wmt/2022-en-hr/english-original', 190, 0, { specificity: 0.995 }),
          row('mt@1.0.1', 'mt', 'mqm/source-language-fragment', 83, 83, { f1: 0.2, recall: 0.12 }, { spans: typed }),
          row('mt-franc-baseline@1.0.0', 'mt', 'mqm/source-language-fragment', 83, 83, { f1: 0, recall: 0 }),
        ],
        ['mt-franc-baseline@1.0.0'],
      ),
    );
    expect(out).toContain('FPR = 1 − specificity');
    expect(lineOf(out, 'wmt/2023-uk-en/NLLB_MBR_BLEU', 'mt@1.0.1')).toMatch(/^mt@1\.0\.1\s+101\s+0\.020\s+0\.010$/);
    // FPR 0.005 is the complement of specificity 0.995; no recall on an all-negative slice
    expect(lineOf(out, 'wmt/2022-en-hr/english-original', 'mt@1.0.1')).toMatch(/^mt@1\.0\.1\s+190\s+0\.005$/);
    // the type table: untranslated recall shown, types without gold characters left out
    const types = out.slice(out.indexOf('span recall per gold span type'));
    expect(types).toMatch(/slice \/ detector\s+untranslated\n/);
    expect(lineOf(types, 'mqm/source-language-fragment', 'mt@1.0.1')).toMatch(/^mt@1\.0\.1\s+0\.016$/);
    // the baseline reports no spans, so it has no line in the type table
    expect(types).not.toContain('mt-franc-baseline');
  });

  it('boilerplate: line F1/P/R on slices with gold lines, specificity on clean ones, kept-text F1 and snippet survival', () => {
    const out = render(
      results([
        row('boilerplate@1.0.0', 'boilerplate', 'aeb/en', 124, 124, { f1: 1, recall: 1 }, { spans: { chars: prf(0.9, 0.9, 0.9), byType: {}, lines: prf(0.958, 0.965, 0.962) }, keptText: prf(0.91, 0.9, 0.903) }),
        row('boilerplate@1.0.0', 'boilerplate', 'trafilatura', 134, 134, { f1: 1, recall: 1 }, { spans: { chars: prf(0.1, 0.9, 0.02), byType: {}, lines: prf(0.013, 0.885, 0.026) }, snippets: { removed: est(0.879), kept: est(0.858) } }),
        row('boilerplate@1.0.0', 'boilerplate', 'boilerplate/hard-content', 120, 0, { specificity: 0.992 }, { spans: { chars: prf(0, null, null), byType: {}, lines: prf(0, null, null) } }),
      ]),
    );
    for (const h of ['line F1 [95% CI]', 'line P', 'line R', 'spec', 'kept F1', 'go removed', 'stay kept']) expect(out).toContain(h);
    expect(lineOf(out, 'aeb/en', 'boilerplate@1.0.0')).toMatch(/0\.962 \[0\.94–0\.98\]\s+0\.958\s+0\.965\s+0\.903$/);
    expect(lineOf(out, 'trafilatura', 'boilerplate@1.0.0')).toMatch(/0\.885\s+0\.879\s+0\.858$/);
    // no gold lines: no line figures (a precision of 0 would mean nothing), only specificity
    expect(lineOf(out, 'boilerplate/hard-content', 'boilerplate@1.0.0')).toMatch(/^boilerplate@1\.0\.0\s+120\s+0\.992$/);
    expect(out).not.toContain('span recall per gold span type');
  });

  it('puts every detector beside its baseline under each slice, the whole task first, and names the thresholds', () => {
    const out = render(
      results(
        [
          row('mt@1.0.1', 'mt', 'mt/human', 180, 0, { specificity: 1 }),
          row('mt@1.0.1', 'mt', '*', 300, 120, { f1: 0.9, recall: 0.9, specificity: 0.99, rocAuc: 0.98 }),
          row('mt-franc-baseline@1.0.0', 'mt', 'mt/human', 180, 0, { specificity: 1 }),
          row('mt-franc-baseline@1.0.0', 'mt', '*', 300, 120, { f1: 0.1, recall: 0.05, specificity: 1, rocAuc: 0.5 }),
        ],
        ['mt-franc-baseline@1.0.0'],
      ),
    );
    const lines = out.split('\n').map((l) => l.trim());
    const all = lines.indexOf('all slices (*)');
    const human = lines.indexOf('mt/human');
    expect(all).toBeGreaterThan(0);
    expect(human).toBeGreaterThan(all);
    expect(lines[human + 1]).toMatch(/^mt@1\.0\.1 /);
    expect(lines[human + 2]).toMatch(/^mt-franc-baseline@1\.0\.0 /);
    expect(out).toContain('thresholds: mt@1.0.1 0.0190 (dev, balanced), mt-franc-baseline@1.0.0 own label');
  });

  it('shows a one-slice task (MRPC) once, without repeating it as the whole task', () => {
    const m = (slice: string) => row('reuse@1.0.1', 'reuse', slice, 1725, 1147, { f1: 0.762, recall: 0.683, specificity: 0.782, accuracy: 0.716 });
    const out = render(results([m('*'), m('mrpc')]));
    expect(out).not.toContain('all slices (*)');
    expect(out.match(/^\s*reuse@1\.0\.1 /gm)).toHaveLength(1);
    expect(render(results([m('*'), m('mrpc'), m('clough/non')]))).toContain('all slices (*)');
  });

  it('fits 120 columns with the longest bundled and public-dataset names, intervals included', () => {
    const long = [
      ['boilerplate-url-baseline@1.0.0', 'boilerplate', 'boilerplate/newsletter-prompt'],
      ['reuse-dice-baseline@1.0.0', 'reuse', 'reuse/with-boilerplate'],
      ['mt-franc-baseline@1.0.0', 'mt', 'wmt/2022-en-hr/english-original'],
      ['mt@1.0.1', 'mt', 'mqm/source-language-fragment'],
    ] as const;
    const all = { f1: 0.123, recall: 0.456, specificity: 0.789, accuracy: 0.5, rocAuc: 0.6 };
    const out = render(
      results(
        long.map(([d, t, s]) =>
          row(d, t, s, 12345, 6000, all, {
            spans: { chars: prf(0.5, 0.5, 0.5), byType: { untranslated: prf(1, 1, 1), typography: prf(1, 1, 1), mistranslation: prf(1, 1, 1), grammar: prf(1, 1, 1), casing: prf(1, 1, 1), other: prf(1, 1, 1) }, lines: prf(0.5, 0.5, 0.5) },
            pan: { precision: est(1), recall: est(1), granularity: est(1), plagdet: est(0.5) },
            drift: prf(0.5, 0.5, 0.5),
            keptText: prf(0.5, 0.5, 0.5),
            snippets: { removed: est(0.5), kept: est(0.5) },
            errors: 3,
          }),
        ),
      ),
    );
    const widest = Math.max(...out.split('\n').map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(120);
  });

  it('escapes terminal controls in slice, detector and span type names', () => {
    const evil = 'mt/\u001b[31mred\u202eevil';
    const out = render(results([row('x\u001b]0;pwn\u0007@1.0.0', 'mt', evil, 10, 10, { f1: 1, recall: 1 }, { spans: { chars: prf(1, 1, 1), byType: { 'bad\u001b[2Jtype': prf(1, 1, 1) } } })]));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(out).toContain('\\u{1b}[31mred\\u{202e}evil');
    expect(out).toContain('bad\\u{1b}[2Jtype');
  });
});

describe('ordinal grades', () => {
  it('prints the grade accuracy of whole-task rows with their cut-points, and nothing without grades', () => {
    const grades = { levels: 4, cuts: [0.3808, 0.9895, null], fittedOn: 30, accuracy: est(0.662, 0.54, 0.77) };
    const out = render(
      results([row('reuse@1.1.0', 'reuse', '*', 65, 39, { f1: 0.96 }, { grades }), row('reuse@1.1.0', 'reuse', 'clough/cut', 13, 13, { f1: 0.917 }, { grades: { ...grades, accuracy: est(0.5) } })]),
    );
    const line = out.split('\n').find((l) => l.includes('grade accuracy 0.'));
    expect(line).toMatch(/reuse@1\.1\.0\s+4-grade accuracy 0\.662 \[0\.54–0\.77\]\s+cut-points 0\.3808 \/ 0\.9895 \/ never \(fitted on 30 dev cases\)/);
    expect(out.split('\n').filter((l) => l.includes('grade accuracy 0.'))).toHaveLength(1);
    expect(render(results([row('reuse@1.1.0', 'reuse', '*', 65, 39, { f1: 0.96 })]))).not.toContain('grade accuracy');
  });
});

describe('target figures', () => {
  it('reads the false-positive rate as 1 − specificity with the mirrored interval', () => {
    const fpr = complement(est(0.996, 0.99, 1));
    expect(fpr?.value).toBeCloseTo(0.004, 10);
    expect(fpr?.lo).toBeCloseTo(0, 10);
    expect(fpr?.hi).toBeCloseTo(0.01, 10);
    expect(complement(NONE)).toBeUndefined();
  });

  it('names the task targets: MRPC accuracy, mt FPR, AEB kept-text F1, trafilatura snippets', () => {
    expect(TARGET_FIGURES.reuse.map((f) => f.head)).toEqual(expect.arrayContaining(['accuracy', 'spec', 'plagdet', 'drift P', 'drift R']));
    expect(TARGET_FIGURES.mt.map((f) => f.head)).toEqual(expect.arrayContaining(['span F1', 'ROC-AUC', 'recall', 'FPR']));
    expect(TARGET_FIGURES.boilerplate.map((f) => f.head)).toEqual(expect.arrayContaining(['line F1', 'kept F1', 'go removed', 'stay kept']));
  });

  it('lists span recall only for gold types that have characters', () => {
    const r = typeRecalls(row('mt@1.0.1', 'mt', 's', 1, 1, {}, { spans: { chars: prf(1, 1, 1), byType: { untranslated: prf(1, 0.25, 0.4), other: prf(0, null, null) } } }));
    expect([...r.keys()]).toEqual(['untranslated']);
    expect(r.get('untranslated')?.value).toBe(0.25);
  });
});

describe('colors', () => {
  it('colors figures by goodness when asked, and plain text when told not to (CI turns picocolors on)', () => {
    const r = results([row('reuse@1.1.0', 'reuse', '*', 65, 39, { f1: 0.96, recall: 0.5 })]);
    const plain = renderTerminal(r, { color: false });
    const colored = renderTerminal(r, { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(colored).toContain('\u001b[32m0.960');
    expect(colored).toContain('\u001b[31m0.500');
    expect(stripVTControlCharacters(colored)).toBe(plain);
  });
});
