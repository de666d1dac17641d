/**
 * The reference MT-artifact detector (`mt`): located artifacts as typed spans (`untranslated`:
 * rule-based MT marks, French/Spanish words, glued multiword units, bracketed words, non-Latin
 * script, foreign sentences; `typography`: French punctuation and number formats; `casing`:
 * lowercased names; `mistranslation`: literal one-word sentences; `other`: repetition loops),
 * and a document score from a logistic model over those and over document-level evidence of
 * literal translation (capitalised function words after names, "the Wednesday", "billions
 * euros", doubled words, agreement errors), fitted on dev cases. Every prediction names what
 * fired in its signals. Cost: O(n) per document after a one-time lexicon load (~1–2 s).
 */
import type { PredictedSpan, Signal } from '../../contracts/detection.ts';
import type { Detector } from '../../contracts/detector.ts';
import { analyse, FEATURES } from './features.ts';
import { score } from './model.ts';
import { BIAS, DECISION_THRESHOLD, WEIGHTS } from './weights.ts';

const SPACES = /\s+/g;
/** Located hits explained one by one in the signals (in text order). */
const EXPLAINED_HITS = 12;
/** Characters of context quoted around an explained hit. */
const QUOTE_CHARS = 40;
/**
 * Longest input accepted. Every signal is linear, so this only bounds the time of one case
 * (≈ 3 s at the measured speed): far beyond any news article.
 */
const MAX_INPUT_CHARS = 4_000_000;
/** Length of the reference document a span's own score is computed for (a short news story). */
const SPAN_SCORE_WORDS = 200;

/** A span's own score: the probability the model gives a {@link SPAN_SCORE_WORDS}-word document holding this one artifact alone. */
function spanScore(feature: keyof typeof WEIGHTS): number {
  return 1 / (1 + Math.exp(-(BIAS + (WEIGHTS[feature] ?? 0) * Math.log1p(1) + WEIGHTS.logWords * Math.log(1 + SPAN_SCORE_WORDS))));
}

/** The model feature a located hit counts for. */
function featureOf(h: { signal: string; type: string; why?: string | undefined }): keyof typeof WEIGHTS {
  if (h.signal === 'unknownWordMark') return h.type === 'untranslated' ? 'unknownWordMark' : 'otherMark';
  if (h.signal === 'foreignTypography') return h.why === 'guillemet' || h.why === 'space before punctuation' ? 'typographyPunctuation' : 'typographyNumber';
  if (h.signal === 'lowercaseProperNoun') return h.why === 'next to a name' ? 'casingNextToName' : 'casingName';
  return h.signal as keyof typeof WEIGHTS;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export const mtReference: Detector<'mt'> = {
  id: 'mt',
  version: '1.0.1',
  task: 'mt',
  description:
    'Typed MT artifacts (untranslated words and marks, foreign typography, lowercased names, literal one-word sentences, repetition loops) and a dev-fitted logistic document score that adds literal-translation evidence',
  config: { features: [...FEATURES], bias: BIAS, weights: WEIGHTS, threshold: DECISION_THRESHOLD },
  maxInputChars: MAX_INPUT_CHARS,
  detect({ text }) {
    const a = analyse(text);
    const { p, contributions } = score(a.x);
    const spans: PredictedSpan[] = a.hits.map((h) => ({ start: h.start, end: h.end, type: h.type, score: round(spanScore(featureOf(h))) }));
    const signals: Signal[] = [{ name: 'words', value: a.counts.logWords }];
    for (const [f, c] of contributions.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) {
      if (f === 'logWords') continue;
      if (f === 'ofShare') {
        signals.push({ name: f, value: round(a.counts.ofShare), detail: `log-odds ${c >= 0 ? '+' : ''}${c.toFixed(2)}` });
        continue;
      }
      const examples = a.found[f]?.slice(0, 3).map((x) => `"${x.quote}"`);
      signals.push({ name: f, value: a.counts[f], detail: `log-odds ${c >= 0 ? '+' : ''}${c.toFixed(2)}${examples?.length ? `: ${examples.join(', ')}` : ''}` });
    }
    for (const h of a.hits.slice(0, EXPLAINED_HITS)) {
      const from = Math.max(0, h.start - QUOTE_CHARS);
      const to = Math.min(text.length, h.end + QUOTE_CHARS);
      const context = `${from > 0 ? '…' : ''}${text.slice(from, h.start)}[${text.slice(h.start, h.end)}]${text.slice(h.end, to)}${to < text.length ? '…' : ''}`.replace(SPACES, ' ');
      signals.push({ name: `${h.type}@${h.start}`, value: 1, detail: `${h.signal}${h.why ? ` (${h.why})` : ''}: ${context}` });
    }
    signals.push({ name: 'documentScore', value: round(p) });
    return { score: p, label: p >= DECISION_THRESHOLD, spans, signals };
  },
};

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [SPACES];
