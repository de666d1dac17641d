/**
 * Bag-of-tokens precision, recall and F1 of an extracted text against a gold text — the
 * measure of the article-extraction benchmark (multiset intersection of word tokens).
 * O(tokens).
 */
import { wordTokens } from './wordTokens.ts';

export interface TokenPrf {
  precision: number;
  recall: number;
  f1: number;
}

function counts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Precision/recall/F1 of token multisets; an empty side scores 1 only when both are empty. */
export function tokenPrf(extracted: readonly string[], gold: readonly string[]): TokenPrf {
  if (extracted.length === 0 && gold.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const g = counts(gold);
  let common = 0;
  for (const [t, n] of counts(extracted)) common += Math.min(n, g.get(t) ?? 0);
  const precision = extracted.length === 0 ? 0 : common / extracted.length;
  const recall = gold.length === 0 ? 0 : common / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** {@link tokenPrf} of two texts. */
export const textTokenPrf = (extracted: string, gold: string): TokenPrf => tokenPrf(wordTokens(extracted), wordTokens(gold));
