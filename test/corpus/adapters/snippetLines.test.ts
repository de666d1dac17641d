import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flaggedLineSpans } from '../../../src/corpus/adapters/labels/lineSpans.ts';
import { SnippetIndex, snippetSpans } from '../../../src/corpus/adapters/labels/snippetLines.ts';

const linesOf = (text: string) => {
  let at = 0;
  return text.split('\n').map((t) => {
    const l = { text: t, start: at, end: at + t.length };
    at += t.length + 1;
    return l;
  });
};

describe('SnippetIndex.locate', () => {
  const text = 'Home News\nThe mayor said \u201cno\u201d on Monday \u2013 twice.\nShare this\nFacebook\nCopyright 2026 Some Paper';
  const index = new SnippetIndex(text);
  const found = (s: string) => {
    const r = index.locate(s);
    return r && text.slice(r.start, r.end);
  };

  it('finds exact, folded (case, quotes, dashes, white space) and glued snippets, and says when it cannot', () => {
    expect(found('said \u201cno\u201d')).toBe('said \u201cno\u201d');
    expect(found('THE MAYOR said "no" on monday - twice.')).toBe('The mayor said \u201cno\u201d on Monday \u2013 twice.');
    expect(found('Share this Facebook')).toBe('Share this\nFacebook');
    expect(found('Share thisFacebook')).toBe('Share this\nFacebook');
    expect(found('Copyright  2026\tSome Paper')).toBe('Copyright 2026 Some Paper');
    expect(found('Sign up for our newsletter')).toBeUndefined();
    expect(found('   ')).toBeUndefined();
  });

  it('locates any substring of the text, however its white space and case are changed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z]{1,6}$/), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(' ', '\n'), { minLength: 12, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (words, seps, a, b) => {
          const page = words.map((w, i) => w + (i < words.length - 1 ? seps[i] : '')).join('');
          const from = a % words.length;
          const to = from + (b % (words.length - from));
          const snippet = words.slice(from, to + 1).join(' ');
          const r = new SnippetIndex(page).locate(snippet.toUpperCase());
          expect(r).toBeDefined();
          const got = page.slice(r?.start, r?.end);
          expect(got.replace(/\s+/g, ' ').toUpperCase()).toBe(snippet.toUpperCase());
        },
      ),
    );
  });
});

describe('snippetSpans', () => {
  const text = 'Menu\nThe bridge opened. Photo: K. Lind\nRead also: ferry news\nFooter';
  const lines = linesOf(text);
  const at = (s: string) => {
    const i = text.indexOf(s);
    return { start: i, end: i + s.length };
  };

  it('labels whole lines holding a must-go snippet, but only the snippet where a must-stay one shares the line', () => {
    const { spans, conflicts } = snippetSpans(lines, [at('Photo: K. Lind'), at('Read also'), at('Footer')], [at('The bridge opened')]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Photo: K. Lind', 'Read also: ferry news\nFooter']);
    expect(conflicts).toBe(1);
  });

  it('never covers a must-stay snippet, even when a must-go snippet overlaps it', () => {
    const { spans } = snippetSpans(lines, [at('opened. Photo')], [at('The bridge opened')]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['. Photo']);
  });
});

describe('flaggedLineSpans', () => {
  it('covers exactly the characters of the flagged lines (and the line breaks between consecutive ones)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,5}$/), fc.boolean()), { minLength: 1, maxLength: 20 }), (rows) => {
        const text = rows.map(([t]) => t).join('\n');
        const lines = linesOf(text);
        const flags = rows.map(([, f]) => f);
        const spans = flaggedLineSpans(lines, flags);
        const covered = (i: number) => spans.some((s) => s.start <= i && i < s.end);
        lines.forEach((l, k) => {
          for (let i = l.start; i < l.end; i++) expect(covered(i)).toBe(flags[k]);
        });
        for (const s of spans) {
          expect(s.type).toBe('other');
          expect(text[s.start - 1] ?? '\n').toBe('\n');
          expect(text[s.end] ?? '\n').toBe('\n');
        }
      }),
    );
  });
});
