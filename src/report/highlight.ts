/**
 * Render a text with labeled ranges highlighted, as escaped HTML. The text is cut at every range
 * boundary; each piece carries the classes of the ranges covering it. Corpus text is made inert:
 * control and bidi-override characters are shown as visible escapes, then HTML-escaped.
 * O(n + r log r) for n characters and r ranges.
 */
import { htmlEscape, terminalSafe } from './sanitize.ts';

export interface Mark {
  start: number;
  end: number;
  /** CSS class of the mark: e.g. `gold`, `pred`, `drift`. */
  kind: string;
  /** Shown on hover (span type, alignment number…). */
  label?: string;
}

/** Escape a piece of corpus text for HTML element content. */
export const inertHtml = (s: string): string => htmlEscape(terminalSafe(s));

export function highlight(text: string, marks: readonly Mark[]): string {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const piece = inertHtml(text.slice(a, b));
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    if (covering.length === 0) {
      out += piece;
      continue;
    }
    const kinds = [...new Set(covering.map((m) => m.kind))].sort();
    const labels = [...new Set(covering.map((m) => m.label).filter((l) => l !== undefined))];
    const title = labels.length > 0 ? ` title="${htmlEscape(labels.join(', '))}"` : '';
    out += `<mark class="${kinds.map((k) => `m-${k.replace(/[^a-z0-9-]/gi, '')}`).join(' ')}"${title}>${piece}</mark>`;
  }
  return out;
}
