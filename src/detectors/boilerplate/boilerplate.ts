/**
 * The reference boilerplate detector: every line gets a probability of being page furniture
 * rather than article text, from a two-pass logistic model over family matchers (ads.txt,
 * credits, bylines, embeds, appeals, prompts, notices, footers, related lists, spam), line
 * shape (sentence-likeness, links, digits, separators, UI labels), page structure (the article
 * body found by a maximum-sum line run, runs of menu lines, repeated lines, the page edges)
 * and the neighbours' first-pass probabilities. Lines at or above the fitted threshold become
 * spans typed by their family (`other` when none fits); the document score is the highest line
 * probability. Cost: O(text) (each matcher is linear in its line), plus O(lines × features).
 */
import type { PredictedSpan, Signal } from '../../contracts/detection.ts';
import type { Detector } from '../../contracts/detector.ts';
import { FAMILIES, strongestFamily } from './families/index.ts';
import { viewLines } from './lineView.ts';
import { scoreLines, topContributions } from './model.ts';
import { REGION_PARAMS } from './signals/bodyRegion.ts';
import { LINE_THRESHOLD } from './weights.ts';

/** A family's strength at which it names the line's type. */
const TYPE_STRENGTH = 0.5;
/** Flagged lines explained one by one in the signals (the most probable first). */
const EXPLAINED_LINES = 6;
/** Characters of a line quoted in its signal. */
const QUOTE_CHARS = 60;
/** Longest input accepted: far beyond any news page, short enough to stay fast. */
const MAX_INPUT_CHARS = 8_000_000;

export const boilerplateReference: Detector<'boilerplate'> = {
  id: 'boilerplate',
  version: '1.0.0',
  task: 'boilerplate',
  description:
    'Per-line logistic model over family matchers, line shape, links, appeals, menu runs, repetition and the article body region; spans typed by family',
  config: { lineThreshold: LINE_THRESHOLD, region: { ...REGION_PARAMS }, families: [...FAMILIES] },
  maxInputChars: MAX_INPUT_CHARS,
  detect({ text }) {
    const lines = viewLines(text);
    const scores = scoreLines(lines);
    const flagged = lines.map((_, i) => (scores.p[i] as number) >= LINE_THRESHOLD);
    const types = lines.map((_, i) => {
      const { family, strength } = strongestFamily(scores.page.families[i] as number[]);
      return strength >= TYPE_STRENGTH ? family : undefined;
    });
    // a flagged line with no family of its own takes the family of the flagged block it sits in
    const resolved = types.map((t, i) => t ?? (flagged[i - 1] ? types[i - 1] : undefined) ?? (flagged[i + 1] ? types[i + 1] : undefined) ?? 'other');
    const spans: PredictedSpan[] = [];
    const counts = new Map<string, number>();
    lines.forEach((line, i) => {
      if (!flagged[i]) return;
      const type = resolved[i] as string;
      spans.push({ start: line.start, end: line.end, type, score: scores.p[i] as number });
      counts.set(type, (counts.get(type) ?? 0) + 1);
    });
    const score = scores.p.reduce((m, x) => Math.max(m, x), 0);
    const signals: Signal[] = [
      { name: 'lines', value: lines.length },
      { name: 'flaggedLines', value: spans.length },
      { name: 'maxLineProbability', value: score },
      { name: 'bodyWordShare', value: scores.page.body.wordShare, detail: `article body: lines ${scores.page.body.first}–${scores.page.body.last}` },
      ...[...counts].sort().map(([name, value]) => ({ name: `type:${name}`, value })),
    ];
    const explained = lines
      .map((_, i) => i)
      .filter((i) => flagged[i])
      .sort((a, b) => (scores.p[b] as number) - (scores.p[a] as number) || a - b)
      .slice(0, EXPLAINED_LINES);
    for (const i of explained) {
      const line = lines[i] as (typeof lines)[number];
      const why = topContributions(scores, i)
        .map(([n, c]) => `${n} +${c.toFixed(2)}`)
        .join(', ');
      const quote = line.text.length > QUOTE_CHARS ? `${line.text.slice(0, QUOTE_CHARS)}…` : line.text;
      signals.push({ name: `line:${i}`, value: scores.p[i] as number, detail: `${resolved[i]}: ${why} — "${quote}"` });
    }
    return { score, label: spans.length > 0, spans, signals };
  },
};
