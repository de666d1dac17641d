/**
 * Paragraphs whose quotation marks do not pair up: an odd number of straight double quotes, or
 * opening and closing curly quotes or guillemets in different numbers. MT that reorders or
 * drops words can strand a quote mark; but news paragraphs also legitimately leave a quotation
 * open when it runs on into the next paragraph, and sentence-split data (one segment per line)
 * breaks quotes apart, so this is weak evidence the model weighs (it may get no weight at all).
 * Document-level. Cost: O(n), one pass.
 */
import type { DocView } from '../context.ts';
import type { Found } from './capitalisedFunctionWord.ts';

export const SIGNAL = 'unbalancedQuotes';

export function unbalancedQuotes(view: DocView): Found[] {
  const out: Found[] = [];
  for (const line of view.lines) {
    let straight = 0;
    let curly = 0;
    let guillemet = 0;
    for (const c of line.text) {
      if (c === '"') straight++;
      else if (c === '“') curly++;
      else if (c === '”') curly--;
      else if (c === '«') guillemet++;
      else if (c === '»') guillemet--;
    }
    if (straight % 2 !== 0 || curly !== 0 || guillemet !== 0) out.push({ start: line.start, end: line.end, quote: line.text.length > 60 ? `${line.text.slice(0, 60)}…` : line.text });
  }
  return out;
}
