import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../../src/corpus/adapters/html/htmlToLines.ts';
import { wordTokens } from '../../../src/corpus/adapters/labels/wordTokens.ts';

describe('htmlToLines', () => {
  it('puts each block on its own line and skips what is never shown', () => {
    const page = htmlToLines(`<!doctype html><html lang="en-US"><head><title>Title</title><style>p{}</style></head><body>
      <nav><a href="/">Home</a> | <a href="/x">World</a></nav>
      <script>var hidden = "never";</script><noscript>Enable JS</noscript><template><p>Later</p></template>
      <p>First&nbsp;paragraph with <b>bold</b>   and
      a line break<br>after it.</p><ul><li>one</li><li>two<li>three</ul>
      <table><tr><td>cell A</td><td>cell B</td></tr></table><svg><text>icon</text></svg>
      <pre>code  line 1
code line 2</pre><p>soft\u00ADhyphen and zero\u200Bwidth</p></body></html>`);
    expect(page.lines.map((l) => l.text)).toEqual([
      'Home | World',
      'First paragraph with bold and a line break',
      'after it.',
      'one',
      'two',
      'three',
      'cell A',
      'cell B',
      'code line 1',
      'code line 2',
      'softhyphen and zerowidth',
    ]);
    expect(page.lang).toBe('en-US');
  });

  it('keeps inline elements inside the line, glued as a browser shows them', () => {
    expect(htmlToLines('<p>Read <a>more</a>: <i>the</i><b>end</b></p>').text).toBe('Read more: theend');
  });

  it('survives very deep nesting (the walk is iterative)', () => {
    const depth = 20_000;
    const page = htmlToLines(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`);
    expect(page.text).toBe('deep');
  });

  it('has no line for an empty page and no lang without the attribute', () => {
    const page = htmlToLines('<html><body><div> </div><p>\n</p></body></html>');
    expect(page).toEqual({ text: '', lines: [] });
  });

  // property: offsets index the text exactly and no word is lost or reordered
  type Tree = { word: string } | { tag: string; children: Tree[] };
  const tags = ['p', 'div', 'li', 'h2', 'td', 'blockquote', 'section', 'span', 'b', 'a', 'em'];
  const word = fc.stringMatching(/^[a-z]{1,8}$/);
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      word.map((w) => ({ word: w })),
      fc.record({ tag: fc.constantFrom(...tags), children: fc.array(tie('tree'), { maxLength: 4 }) }),
    ),
  }));
  const render = (t: Tree): string => ('word' in t ? ` ${t.word} ` : `<${t.tag}>${t.children.map(render).join('')}</${t.tag}>`);
  const words = (t: Tree): string[] => ('word' in t ? [t.word] : t.children.flatMap(words));

  it('gives lines whose offsets index the text, one per text line, with every word kept in order', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (trees) => {
        const page = htmlToLines(`<body>${trees.map(render).join('')}</body>`);
        expect(page.text.split('\n').filter((l) => l !== '')).toEqual(page.lines.map((l) => l.text));
        for (const l of page.lines) {
          expect(page.text.slice(l.start, l.end)).toBe(l.text);
          expect(l.text).toBe(l.text.trim());
          expect(l.text).not.toBe('');
        }
        expect(wordTokens(page.text)).toEqual(trees.flatMap(words));
      }),
    );
  });
});
