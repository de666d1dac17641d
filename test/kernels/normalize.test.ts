import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NormalizeOptions } from '../../src/kernels/normalize.ts';
import { COMBINING_NON_MARKS, normalize, normalizedSpan, sourceSpan } from '../../src/kernels/normalize.ts';
import { words } from '../../src/kernels/segment.ts';
import { anyText } from './arbitraries.ts';

/** The documented whole-string pipeline, step by step. */
function reference(text: string, o: NormalizeOptions = {}): string {
  let s = text;
  const form = o.form ?? 'NFKC';
  if (form !== 'none') s = s.normalize(form);
  if (o.caseFold ?? true) s = s.toLowerCase().replace(/ς/g, 'σ');
  if (o.stripFormat ?? true) s = s.replace(/\p{Cf}/gu, '');
  if (o.foldQuotes ?? true) {
    s = s.replace(/[\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u2039\u203a]/g, "'");
    s = s.replace(/[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u301d\u301e\u301f]/g, '"');
  }
  if (o.foldDashes ?? true) s = s.replace(/[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g, '-');
  if (o.foldWhitespace ?? true) s = s.replace(/[\s\u0085]+/g, ' ').replace(/^ /, '').replace(/ $/, '');
  return s;
}

const options: fc.Arbitrary<NormalizeOptions> = fc.record({
  form: fc.constantFrom('NFC', 'NFKC', 'none') as fc.Arbitrary<'NFC' | 'NFKC' | 'none'>,
  caseFold: fc.boolean(),
  stripFormat: fc.boolean(),
  foldQuotes: fc.boolean(),
  foldDashes: fc.boolean(),
  foldWhitespace: fc.boolean(),
});

/** Whether output offset `i` is a chunk boundary (a span starting or ending there maps exactly). */
function aligned(n: ReturnType<typeof normalize>, i: number): boolean {
  return i === 0 || i === n.text.length || n.starts[i] !== n.starts[i - 1];
}

describe('normalize', () => {
  it('equals the whole-string pipeline for every option combination', () => {
    fc.assert(
      fc.property(anyText, options, (text, o) => {
        expect(normalize(text, o).text).toBe(reference(text, o));
      }),
      { numRuns: 5_000 },
    );
  });

  it('folds what it documents', () => {
    expect(normalize('  Ｈello\u00a0\u00a0“World” — it’s ﬁne\u200b!\n').text).toBe('hello "world" - it\'s fine!');
    expect(normalize('ΟΔΟΣ Σ').text).toBe('οδοσ σ');
    expect(normalize('e\u0301', { form: 'NFC' }).text).toBe('é');
    expect(normalize('ㄱㅏ ｶﾞ').text).toBe('가 ガ');
  });

  it('maps every output unit to a non-empty, ordered source span', () => {
    fc.assert(
      fc.property(anyText, options, (text, o) => {
        const n = normalize(text, o);
        expect(n.starts.length).toBe(n.text.length + 1);
        expect(n.starts[n.text.length]).toBe(text.length);
        const bad: number[] = [];
        for (let i = 0; i < n.text.length; i++) {
          const s = n.starts[i] as number;
          const e = n.ends[i] as number;
          const ordered = i === 0 || (s >= (n.starts[i - 1] as number) && e >= (n.ends[i - 1] as number));
          if (!(s < e && e <= text.length && ordered)) bad.push(i);
        }
        expect(bad).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('round-trips spans: chunk-aligned exactly, others widen to whole chunks', () => {
    fc.assert(
      fc.property(anyText, options, fc.nat(), fc.nat(), (text, o, x, y) => {
        const n = normalize(text, o);
        const len = n.text.length;
        const s = x % (len + 1);
        const e = s + (y % (len - s + 1));
        const src = sourceSpan(n, s, e);
        const back = normalizedSpan(n, src.start, src.end);
        if (aligned(n, s) && aligned(n, e)) expect(back).toEqual({ start: s, end: e });
        else if (s === e) {
          // An empty span inside a chunk maps to the empty span at that chunk's start.
          expect(back.start).toBe(back.end);
          expect(back.start).toBeLessThanOrEqual(s);
        } else {
          expect(back.start).toBeLessThanOrEqual(s);
          expect(back.end).toBeGreaterThanOrEqual(e);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('a word of the normalized text maps back to source text that normalizes to it', () => {
    const o: NormalizeOptions = { form: 'NFKC', foldWhitespace: true };
    fc.assert(
      fc.property(anyText, (text) => {
        const n = normalize(text, o);
        for (const w of words(n.text)) {
          const src = sourceSpan(n, w.start, w.end);
          const again = normalize(text.slice(src.start, src.end), o).text;
          if (aligned(n, w.start) && aligned(n, w.end)) expect(again).toBe(w.text);
          else expect(again).toContain(w.text);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('reports spans in the original text for a realistic case', () => {
    const text = '  The “Big”  ＡＰＩ\u00a0launch — ﬁnally!';
    const n = normalize(text);
    expect(n.text).toBe('the "big" api launch - finally!');
    const at = n.text.indexOf('api');
    expect(sourceSpan(n, at, at + 3)).toEqual({ start: text.indexOf('ＡＰＩ'), end: text.indexOf('ＡＰＩ') + 3 });
    const fi = n.text.indexOf('fi');
    expect(sourceSpan(n, fi, fi + 1)).toEqual({ start: text.indexOf('ﬁ'), end: text.indexOf('ﬁ') + 1 });
    const space = n.text.indexOf(' "big"') + 6; // the space folded from two spaces
    expect(sourceSpan(n, space, space + 1)).toEqual({ start: text.indexOf('”') + 1, end: text.indexOf('ＡＰＩ') });
  });

  it('its chunking knows every non-mark that can combine with what precedes it', () => {
    // Derive from the runtime's normalization data: code points that compose as a second element,
    // or whose compatibility decomposition starts with one or with a mark.
    const isMark = /^\p{M}$/u;
    const composers = new Set<number>();
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const p = String.fromCodePoint(cp);
      const d = p.normalize('NFD');
      if (d !== p && d.normalize('NFC') === p) composers.add(Array.from(d).pop()?.codePointAt(0) as number);
    }
    const extends_ = (cp: number) => isMark.test(String.fromCodePoint(cp)) || composers.has(cp);
    const covered = (cp: number) => COMBINING_NON_MARKS.some(([lo, hi]) => cp >= lo && cp <= hi);
    const missing: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const p = String.fromCodePoint(cp);
      if (isMark.test(p)) continue;
      const first = p.normalize('NFKD').codePointAt(0) as number;
      if ((extends_(cp) || extends_(first)) && !covered(cp)) missing.push(cp.toString(16));
    }
    expect(missing).toEqual([]);
  });
});
