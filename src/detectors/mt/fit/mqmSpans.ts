/**
 * What the MQM "Source language fragment" and "Non-translation!" spans contain, and which the
 * detector touches: each error classed by its marked text (Chinese characters, digits only, a
 * capitalised name, a repetition loop, other English), counted per split × class × touched.
 *
 *   node --import tsx src/detectors/mt/fit/mqmSpans.ts ../shared/datasets/mqm-wmt23-zhen [--show]
 *
 * `--show` also prints every error with 40 characters of context on each side (to the terminal
 * only: the dataset's text is never written into the repository). Development tooling only; the
 * detector does not import it. Cost: one detector run per segment holding such an error.
 */
import { mtReference } from '../mt.ts';
import { loadMtCases } from './cases.ts';

const CATEGORIES: Record<string, string> = { 'Accuracy/Source language fragment': 'source-language-fragment', 'Non-translation!': 'non-translation' };
/** Han, CJK punctuation and full-width forms. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
const DIGITS_ONLY = /^[\d\s.,%]+$/u;
/** One to three capitalised words, possibly possessive ("Xia Liyan", "Zhao Chunshan's", "Lu"). */
const NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?:'s)?$/u;
/** A phrase back to back three times or more. */
const LOOP = /(.{6,}?)\1\1/su;
/** Context printed on each side of a span with `--show`. */
const CONTEXT = 40;

interface MqmError {
  category: string;
  start: number | null;
  end: number | null;
}

function classOf(span: string): string {
  if (CJK.test(span)) return 'Chinese characters';
  if (DIGITS_ONLY.test(span)) return 'digits only';
  if (NAME.test(span)) return 'capitalised name';
  if (LOOP.test(span)) return 'repetition loop';
  return 'other English';
}

const [path, flag] = process.argv.slice(2);
if (!path) throw new Error('usage: mqmSpans.ts <mqm dataset folder> [--show]');
const counts = new Map<string, number>();
for (const c of await loadMtCases(`mqm:${path}`, 'all')) {
  const errors = ((c.meta?.errors ?? []) as MqmError[]).filter((e) => e.category in CATEGORIES && e.start !== null && e.end !== null);
  if (errors.length === 0) continue;
  const spans = (await mtReference.detect({ text: c.text })).spans ?? [];
  for (const e of errors) {
    const [start, end] = [e.start as number, e.end as number];
    const span = c.text.slice(start, end);
    const touched = spans.some((s) => s.start < end && s.end > start);
    const key = [CATEGORIES[e.category], c.split, classOf(span), touched ? 'touched' : 'missed'].join(' | ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (flag === '--show')
      console.log(`${key} | ${JSON.stringify(`${c.text.slice(Math.max(0, start - CONTEXT), start)}⟦${span}⟧${c.text.slice(end, end + CONTEXT)}`)}`);
  }
}
console.log('| category | split | span holds | detector | errors |\n| --- | --- | --- | --- | --: |');
for (const [k, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`| ${k} | ${n} |`);
