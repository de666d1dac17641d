/**
 * The passages of each English article that `mt/apertium-en-roundtrip` translates and
 * `mt/human` keeps as they are: the whole body plus a few random windows. Both generators
 * compute the same plan from the build seed, so every machine-translated passage has its human
 * original in the negatives (a matched pair). Cost: a few random draws per article.
 */
import type { Article } from '../sources.ts';
import { random } from '../random.ts';
import { randomWindows, type Window, wholeArticle } from './paragraphWindows.ts';

/** Random windows per article besides the whole body: 88 articles × 3 passes 50 test cases easily. */
export const PLAN_WINDOWS = 2;
/** Window sizes in paragraphs: two to four paragraphs is a short news excerpt. */
export const PLAN_WINDOW_SIZE = { min: 2, max: 4 } as const;

/** The passages of one article: the whole body first, then the windows. */
export function englishWindowPlan(article: Article, seed: number): Window[] {
  const r = random(seed).fork('mt:english-window-plan').fork(article.id);
  const n = article.paragraphs.length;
  return [wholeArticle(n), ...randomWindows(n, PLAN_WINDOWS, r, PLAN_WINDOW_SIZE)];
}
