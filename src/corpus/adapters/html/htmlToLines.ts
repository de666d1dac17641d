/**
 * Turn an HTML page into plain text with one block per line, the way a reader sees its
 * blocks: the page is parsed with a real HTML5 parser (parse5, the browser algorithm), text
 * is gathered in document order, and a line ends wherever a block-level element starts or ends
 * or a `<br>` stands. Invisible or non-text content (head, script, style, noscript, template,
 * svg, iframe…) is skipped; white space inside a line is collapsed to single spaces; soft
 * hyphens and zero-width characters are dropped. Inside `<pre>` every source line is a line.
 *
 * Cost: O(HTML size) time and memory; the walk is iterative, so deep nesting cannot overflow
 * the stack.
 */
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose boundaries end a line (HTML block-level and table/list/form layout boxes). */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p',
  'pre', 'section', 'select', 'summary', 'table', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is never shown as page text. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'frame',
  'noframes', 'title', 'meta', 'link',
]);

/** Characters with no visible width that would split or glue words unpredictably. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Control characters (C0, C1): never meaningful in page text, read as white space. */
const CONTROL = /\p{Cc}/gu;

export interface PageLines {
  /** The page text: the lines joined by `\n`. */
  text: string;
  /** Each line with its UTF-16 offsets in `text` (`end` exclusive). */
  lines: { text: string; start: number; end: number }[];
  /** The `lang` attribute of the `<html>` element, when there is one. */
  lang?: string;
}

/** Collapse white space and drop invisible characters; '' when nothing visible is left. */
export const cleanLine = (s: string): string =>
  s.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();

export function htmlToLines(html: string): PageLines {
  const blocks: string[] = [];
  let parts: string[] = [];
  const flush = () => {
    const line = cleanLine(parts.join(''));
    if (line !== '') blocks.push(line);
    parts = [];
  };
  // explicit stack: a node to visit, or the marker that its element has ended
  const document = parse(html);
  const root = document.childNodes.find((n): n is Element => n.nodeName === 'html');
  const lang = root?.attrs.find((a) => a.name === 'lang')?.value.trim();
  const stack: ({ node: Node } | { end: Element })[] = [{ node: document }];
  let preDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop() as { node: Node } | { end: Element };
    if ('end' in item) {
      if (item.end.tagName === 'pre') preDepth--;
      if (BLOCK_ELEMENTS.has(item.end.tagName)) flush();
      continue;
    }
    const node = item.node;
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterTypes.TextNode).value;
      if (preDepth === 0) parts.push(value);
      else {
        const pieces = value.split(/\r\n|\r|\n/);
        pieces.forEach((piece, i) => {
          if (i > 0) flush();
          parts.push(piece);
        });
      }
      continue;
    }
    if (!('childNodes' in node)) continue; // comments, doctype
    if ('tagName' in node) {
      const tag = node.tagName;
      if (SKIPPED_ELEMENTS.has(tag)) continue;
      if (tag === 'br') {
        flush();
        continue;
      }
      if (BLOCK_ELEMENTS.has(tag)) flush();
      if (tag === 'pre') preDepth++;
      stack.push({ end: node });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i] as Node });
  }
  flush();
  const lines: PageLines['lines'] = [];
  let at = 0;
  for (const b of blocks) {
    const text = b.toWellFormed();
    lines.push({ text, start: at, end: at + text.length });
    at += text.length + 1;
  }
  const page: PageLines = { text: lines.map((l) => l.text).join('\n'), lines };
  if (lang) page.lang = lang;
  return page;
}
