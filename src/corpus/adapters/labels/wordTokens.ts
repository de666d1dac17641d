/**
 * Word tokens for comparing page text with a gold text: lower-cased runs of letters, digits
 * and combining marks; each Han, Hiragana or Katakana character is a token of its own (those
 * scripts do not separate words with spaces). Punctuation and white space never count.
 * O(length).
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const IDEOGRAPHIC_SPLIT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

export function wordTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const run = m[0];
    if (!IDEOGRAPHIC.test(run)) out.push(run);
    else for (const piece of run.split(IDEOGRAPHIC_SPLIT)) if (piece !== '') out.push(piece);
  }
  return out;
}
