import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishText } from '../../benchmarks/text.ts';
import { MAX_SEGMENTER_RUN, sentences, words } from '../../src/kernels/segment.ts';
import { anyText } from './arbitraries.ts';

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;
const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

describe('words', () => {
  it('finds what the module documents', () => {
    const text = "Don't stop: U.S.A. 3,000.50 state-of-the-art café naïve 𝐀𝐁 x—y l·l 1'000 90's";
    expect(words(text).map((w) => w.text)).toEqual([
      "Don't", 'stop', 'U.S.A', '3,000.50', 'state', 'of', 'the', 'art', 'café', 'naïve', '𝐀𝐁', 'x', 'y', 'l·l', "1'000", '90', 's',
    ]);
  });

  it('segments scripts written without spaces with Intl.Segmenter', () => {
    expect(words('東京都に住んでいます。Hello').map((w) => w.text)).toEqual(['東京', '都', 'に', '住', 'んで', 'い', 'ます', 'Hello']);
    expect(words('ภาษาไทย ง่าย').map((w) => w.text).join('|')).toBe('ภาษา|ไทย|ง่าย');
  });

  it('gives the same words for a long no-space run as Intl.Segmenter on the whole run', () => {
    const unit = '私は東京大学で日本語を勉強しています';
    const run = unit.repeat(Math.ceil((3 * MAX_SEGMENTER_RUN) / unit.length));
    const whole = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(run)]
      .filter((s) => s.isWordLike)
      .map((s) => [s.index, s.index + s.segment.length]);
    expect(words(run).map((w) => [w.start, w.end])).toEqual(whole);
  });

  it('returns ordered, disjoint tokens whose text is their span, covering every letter and digit', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = words(text);
        const problems: string[] = [];
        let last = 0;
        const inside = new Uint8Array(text.length);
        for (const t of tokens) {
          if (t.start < last || t.end <= t.start) problems.push(`order ${t.start}-${t.end}`);
          if (text.slice(t.start, t.end) !== t.text) problems.push(`text ${t.start}`);
          if (/\s/.test(t.text)) problems.push(`space in ${t.text}`);
          if (!WORD_CHAR.test(String.fromCodePoint(t.text.codePointAt(0) as number))) problems.push(`starts ${t.text}`);
          inside.fill(1, t.start, t.end);
          last = t.end;
        }
        if (!NO_SPACE.test(text)) {
          // Every letter, mark or number code point lies in a token.
          for (let i = 0; i < text.length; i++) {
            const cp = text.codePointAt(i) as number;
            if (!(cp >= 0xd800 && cp <= 0xdfff) && WORD_CHAR.test(String.fromCodePoint(cp)) && inside[i] !== 1) {
              problems.push(`uncovered @${i}`);
            }
            if (cp > 0xffff) i++;
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('sentences', () => {
  it('splits news text and keeps titles, initials, decimals and lowercase continuations', () => {
    const text =
      'Mr. Smith went to Washington. He said "Hi!" Then U.S. officials left. J. K. Rowling wrote it.\n' +
      'It costs $3.50 today... really? 我爱你。你好！ Yes.  Dr. No arrived (late). The end';
    expect(sentences(text).map((s) => s.text)).toEqual([
      'Mr. Smith went to Washington.',
      'He said "Hi!"',
      'Then U.S. officials left.',
      'J. K. Rowling wrote it.',
      'It costs $3.50 today... really?',
      '我爱你。',
      '你好！',
      'Yes.',
      'Dr. No arrived (late).',
      'The end',
    ]);
  });

  it('treats single line breaks as spaces with softWrap, blank lines still ending sentences', () => {
    const text = 'A wrapped\nsentence here\n\nNext paragraph';
    expect(sentences(text).map((s) => s.text)).toEqual(['A wrapped', 'sentence here', 'Next paragraph']);
    expect(sentences(text, { softWrap: true }).map((s) => s.text)).toEqual(['A wrapped\nsentence here', 'Next paragraph']);
  });

  it('returns ordered, disjoint, trimmed sentences covering every non-space character', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.nat({ max: 10_000 }).map((s) => englishText(s, 800))), (text) => {
        const out = sentences(text);
        const problems: string[] = [];
        let last = 0;
        const inside = new Uint8Array(text.length);
        const space = /[\s\u0085]/;
        for (const s of out) {
          if (s.start < last || s.end <= s.start) problems.push(`order ${s.start}-${s.end}`);
          if (text.slice(s.start, s.end) !== s.text) problems.push(`text ${s.start}`);
          if (space.test(s.text[0] as string) || space.test(s.text[s.text.length - 1] as string)) problems.push(`untrimmed ${s.start}`);
          inside.fill(1, s.start, s.end);
          last = s.end;
        }
        for (let i = 0; i < text.length; i++) {
          if (!space.test(text[i] as string) && inside[i] !== 1) problems.push(`uncovered @${i}`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });
});
