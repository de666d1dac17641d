/**
 * Reader donation and membership appeals: "donate", "support independent journalism", "chip
 * in", "become a member/patron", "reader-funded", "no paywall", "buy us a coffee", tax notes and
 * payment details. The phenomenon is the outlet asking the reader for money for itself, which
 * news prose reports about others but does not address to "you". O(line).
 */
import type { LineView } from '../lineView.ts';
import { type FamilyMatcher, firstRule } from './family.ts';

/** Direct appeals for money. */
export const APPEAL_STRONG = new RegExp(
  [
    '\\bdonat(?:e|e now|ing|ion)s?\\b[^.]{0,40}(?:\\btoday|\\bnow|\\bhere|:|→|https?:|\\bto (?:us|support|keep|help)|\\bin crypto|\\bmatched|\\bbig or small|\\btax-deductible|\\bcounts|\\$|€|£)',
    '^(?:donate|support us|give|contribute|tip)\\b',
    '\\b(?:please )?(?:support|stand with|donate to|give to|contribute to|fund|help) (?:us|our (?:work|journalism|reporting|newsroom|mission)|independent (?:journalism|media|news|reporting)|local (?:news|journalism)|fearless reporting|journalism that|quality journalism)',
    '\\bjournalism (?:needs|costs|depends on) ',
    '\\bchip in\\b',
    '\\bbecome a (?:member|patron|supporter|subscriber)\\b',
    '\\bjoin \\d[\\d,.]{0,8}k? (?:others|readers|members|supporters)\\b',
    '\\bjoin (?:them|us|our (?:members|supporters))\\s{0,2}[:?!→]',
    '\\bwill you join\\b',
    '\\breader[- ](?:funded|supported|support(?:ed)? journalism)\\b',
    '\\b(?:funded|supported) by (?:readers|our readers|people like you|you)\\b',
    '\\breaders like you\\b',
    '\\bpaywall\\b',
    '\\bbuy (?:us|me|the author) a coffee\\b',
    '\\btip the (?:author|writer|journalist)\\b',
    '\\btax[- ]deductible\\b',
    '\\b(?:one-off|one-time|monthly|yearly|annual) (?:gift|donation|contribution)\\b',
    '\\bone-time:|\\bmonthly:\\s|\\bother amount\\b',
    '\\bfundraiser\\b',
    '\\b(?:double|triple) your impact\\b',
    '\\bmatched (?:until|up to|by)\\b',
    '\\bnon-?profit newsroom\\b',
    '\\bbillionaire owner\\b',
    '\\bsmall favou?r to ask\\b',
    '\\bcan you (?:spare|help|chip)\\b',
    '\\bevery (?:contribution|donation|gift)\\b',
    '\\bgive (?:now|today|what you can|once)\\b',
    '\\b(?:give|gave|donated) last month\\b',
    '\\bpaypal\\b',
    '\\breader support\\b',
    '\\bkeeps? our (?:reporting|journalism|newsroom)\\b',
    '\\bgive\\s{1,2}\\S{0,4}\\d[\\d,.]{0,8}\\s{0,2}(?:once|today|now|a month|every month|monthly)\\b',
    '\\bbank transfer details\\b',
    '\\bkeeps? (?:our reporters|us|this site|it) (?:in the field|free|independent|going|online)\\b',
    '\\bfree (?:to read|for everyone) thanks to\\b',
    '\\bmade possible by (?:readers|our supporters|you)\\b',
    '\\bsupporters short of\\b',
    '\\bread ad-free\\b',
  ].join('|'),
  'u',
);
/** "Support <Outlet Name> →|with|for just|today" (case-sensitive: the outlet is capitalised). */
export const SUPPORT_OUTLET = /\[\s{0,2}[Ss]upport\b|\b[Ss]upport (?:\p{Lu}[\p{L}\p{N}]{0,20} ){1,3}(?:→|with|for just|today)|\bStand with (?:\p{Lu}[\p{L}\p{N}]{0,20} ){1,3}for just/u;
/** Weaker: words of giving that news can use too. */
export const APPEAL_WEAK = /\bdonat(?:e|ion|ions|ing)\b|\bsupporters?\b|\bcontribut(?:e|ion)\b|\bmembership\b/u;

/** Rules on the lower-cased line. */
const RULES = [
  [1, APPEAL_STRONG],
  [0.4, APPEAL_WEAK],
] as const;

export const donationAppeal: FamilyMatcher = {
  family: 'donation-appeal',
  match: (line: LineView) => (SUPPORT_OUTLET.test(line.text) ? 1 : firstRule(RULES, line.lower)),
};
