/**
 * Whitespace and quote normalisation of verbatim copies, as republishing pipelines do it:
 * paragraphs joined by single newlines or flattened into one block, two spaces after full
 * stops, straight quotes turned typographic (“ ” ’). Nothing but layout and quote marks
 * changes. O(length of text).
 */

export const NORMALISATIONS = ['none', 'single-newlines', 'flattened', 'double-spaced', 'curly-quotes', 'curly-flattened'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];

/** Straight quotes to typographic ones: `"` alternates “ and ”, `'` becomes ’ (or ‘ after a space). */
export function curlyQuotes(text: string): string {
  let open = false;
  return text
    .replace(/"/g, () => {
      open = !open;
      return open ? '\u201C' : '\u201D';
    })
    .replace(/(^|[\s(\u201C])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/** The separator a normalisation joins paragraphs with. */
export function separatorOf(n: Normalisation): string {
  if (n === 'single-newlines') return '\n';
  if (n === 'flattened' || n === 'curly-flattened') return ' ';
  return '\n\n';
}

/** Normalise one paragraph (the separator is applied by the caller's layout). */
export function normaliseParagraph(p: string, n: Normalisation): string {
  if (n === 'double-spaced') return p.replace(/([.!?]["']?) (?=["\p{Lu}])/gu, '$1  ');
  if (n === 'curly-quotes' || n === 'curly-flattened') return curlyQuotes(p);
  return p;
}
