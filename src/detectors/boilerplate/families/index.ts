/**
 * Every family matcher, in the order ties are broken (the more specific forms first).
 * Cost: the sum of the matchers, O(line) each.
 */
import type { LineView } from '../lineView.ts';
import { adsTxtRecord } from './adsTxtRecord.ts';
import { byline } from './byline.ts';
import { callToAction } from './callToAction.ts';
import { commentSpam } from './commentSpam.ts';
import { cookieNotice } from './cookieNotice.ts';
import { donationAppeal } from './donationAppeal.ts';
import type { Family, FamilyMatcher } from './family.ts';
import { imageCredit } from './imageCredit.ts';
import { legalFooter } from './legalFooter.ts';
import { newsletterPrompt } from './newsletterPrompt.ts';
import { relatedArticles } from './relatedArticles.ts';
import { socialEmbed } from './socialEmbed.ts';

export const FAMILY_MATCHERS: readonly FamilyMatcher[] = [
  adsTxtRecord,
  legalFooter,
  cookieNotice,
  socialEmbed,
  imageCredit,
  commentSpam,
  donationAppeal,
  newsletterPrompt,
  byline,
  relatedArticles,
  callToAction,
];

export const FAMILIES: readonly Family[] = FAMILY_MATCHERS.map((m) => m.family);

/** Strength of every family for one line, in FAMILIES order. */
export function familyStrengths(line: LineView): number[] {
  return FAMILY_MATCHERS.map((m) => m.match(line));
}

/** The strongest family and its strength (first in FAMILIES order on ties). */
export function strongestFamily(strengths: readonly number[]): { family: Family; strength: number } {
  let best = 0;
  for (let i = 1; i < strengths.length; i++) if ((strengths[i] as number) > (strengths[best] as number)) best = i;
  return { family: FAMILIES[best] as Family, strength: strengths[best] as number };
}

export type { Family } from './family.ts';
