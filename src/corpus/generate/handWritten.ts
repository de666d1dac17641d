/**
 * The hand-written example slices (`reuse/hand`, `mt/hand`, `boilerplate/hand`) from
 * `corpora/sources/hand/cases.yaml`: readable YAML where spans are given by the text they
 * cover; offsets are computed here, so nobody counts characters by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { BoilerplateCase, Case, MtCase, ReuseCase } from '../../contracts/case.ts';
import { type Generator, generatedMeta } from './generator.ts';

interface HandSpan {
  quote: string;
  type: string;
  occurrence?: number;
}
interface HandText {
  id: string;
  split: 'dev' | 'test';
  label: boolean;
  text: string;
  spans: HandSpan[];
}
interface HandReuse {
  id: string;
  split: 'dev' | 'test';
  label: boolean;
  source: string;
  candidate: string;
}

/** Offsets of the n-th occurrence of `quote` in `text`; throws when it is not there. */
export function locate(text: string, quote: string, occurrence = 1, where = ''): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`${where}: quote ${JSON.stringify(quote)} (occurrence ${occurrence}) not found`);
  }
  return { start: at, end: at + quote.length };
}

export const handWritten: Generator = {
  name: 'hand-written',
  version: '1.0.0',
  generate({ sourcesDir, seed }) {
    const data = parse(readFileSync(join(sourcesDir, 'hand', 'cases.yaml'), 'utf8')) as {
      reuse: HandReuse[];
      mt: HandText[];
      boilerplate: HandText[];
    };
    const meta = generatedMeta(this, seed, { provenance: 'written by hand for rehash' });
    const reuse: ReuseCase[] = data.reuse.map((r) => ({
      id: r.id,
      task: 'reuse',
      slice: 'reuse/hand',
      split: r.split,
      label: r.label,
      meta,
      source: { text: r.source },
      candidate: { text: r.candidate },
    }));
    const text = (task: 'mt' | 'boilerplate') => (t: HandText) => ({
      id: t.id,
      task,
      slice: `${task}/hand`,
      split: t.split,
      label: t.label,
      meta,
      text: t.text,
      spans: t.spans.map((s) => ({ ...locate(t.text, s.quote, s.occurrence, t.id), type: s.type, quote: s.quote })),
    });
    return [...reuse, ...(data.mt.map(text('mt')) as MtCase[]), ...(data.boilerplate.map(text('boilerplate')) as BoilerplateCase[])] as Case[];
  },
};
