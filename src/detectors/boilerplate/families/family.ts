/**
 * The shape of a family matcher: one boilerplate family, recognised line by line from what
 * the line itself says. `match` returns a strength in [0, 1] — 1 for a form only that family
 * produces (an ads.txt record, a copyright line), lower for cues that content can also carry.
 * Matchers are pure and see one line at a time; context is the composer's job.
 */
import type { LineView } from '../lineView.ts';

export type Family =
  | 'ads-txt'
  | 'donation-appeal'
  | 'comment-spam'
  | 'image-credit'
  | 'byline'
  | 'social-embed'
  | 'call-to-action'
  | 'newsletter-prompt'
  | 'cookie-notice'
  | 'related-articles'
  | 'legal-footer';

export interface FamilyMatcher {
  readonly family: Family;
  /** Strength of the family's evidence in this line, in [0, 1]. */
  match(line: LineView): number;
}

/** Strength of the first rule whose pattern matches `text` (rules ordered strongest first), else 0. */
export function firstRule(rules: readonly (readonly [strength: number, pattern: RegExp])[], text: string): number {
  for (const [strength, re] of rules) {
    re.lastIndex = 0;
    if (re.test(text)) return strength;
  }
  return 0;
}
