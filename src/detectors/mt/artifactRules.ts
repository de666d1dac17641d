/**
 * MT artifact rules, first version: bracketed or marked untranslated words, foreign
 * typography, and proper nouns that the document itself capitalises but also leaves in
 * lowercase mid-sentence. O(n) per rule.
 */
import type { Detector } from '../../contracts/detector.ts';
import type { PredictedSpan, Signal } from '../../contracts/detection.ts';

/** Untranslated material: a bracketed single word, or an MT system's unknown-word mark. */
const UNTRANSLATED = /\[[\p{L}'’-]{2,}\]|(?<![\p{L}\p{N}])[*#@]{1,2}\p{L}[\p{L}'’-]*/gu;
/** Foreign typography: guillemets, a space before : ; ? !, km2/m2, a decimal comma. */
const TYPOGRAPHY = /[«»]|(?<=\p{L})[ \u00A0\u202F][:;?!](?=\s|$)|\b(?:km|m|cm)2\b|\b\d+,\d{1,2}(?!\d)(?:\s?%)?/gu;
/** Capitalised words (candidates for the document's own proper nouns). */
const CAPITALISED = /(?<=[a-z,;]\s)\p{Lu}\p{Ll}{2,}/gu;
/** Document score when `n` artifacts are found. */
const scoreFor = (n: number): number => 1 - 0.6 ** n;

function matches(text: string, re: RegExp, type: string): PredictedSpan[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, type }));
}

/** Lowercase occurrences of words the same text capitalises mid-sentence. */
function lowercaseProperNouns(text: string): PredictedSpan[] {
  const names = new Set([...text.matchAll(CAPITALISED)].map((m) => m[0]));
  const spans: PredictedSpan[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    const re = new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'gu');
    spans.push(...matches(text, re, 'casing'));
  }
  return spans;
}

export const mtArtifactRules: Detector<'mt'> = {
  id: 'mt-artifacts',
  version: '0.1.0',
  task: 'mt',
  description: 'Untranslated words, foreign typography and lowercased proper nouns',
  config: {},
  // one regex pass per capitalised name: quadratic-ish on huge inputs
  maxInputChars: 2_000_000,
  detect({ text }) {
    const spans = [
      ...matches(text, UNTRANSLATED, 'untranslated'),
      ...matches(text, TYPOGRAPHY, 'typography'),
      ...lowercaseProperNouns(text),
    ].sort((a, b) => a.start - b.start || a.end - b.end);
    const signals: Signal[] = ['untranslated', 'typography', 'casing'].map((t) => ({
      name: t,
      value: spans.filter((s) => s.type === t).length,
    }));
    return { score: scoreFor(spans.length), label: spans.length > 0, spans, signals };
  },
};
