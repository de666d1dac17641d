/**
 * Boilerplate line rules, first version: each family is recognised by a few telling patterns.
 * A line is flagged with the first family whose pattern matches. Every pattern is linear-time
 * (no nested quantifiers). O(lines × patterns × line length).
 */
import type { Detector } from '../../contracts/detector.ts';
import type { PredictedSpan, Signal } from '../../contracts/detection.ts';
import { lines } from '../../kernels/lines.ts';

/** Patterns per boilerplate family, tried in this order. */
const FAMILIES: readonly (readonly [family: string, pattern: RegExp])[] = [
  ['ads-txt', /^[a-z0-9.-]+\.[a-z]{2,}\s*,\s*(?:pub-)?[\w-]+\s*,\s*(?:DIRECT|RESELLER)\b/i],
  ['legal-footer', /©|\(c\) \d{4}|all rights reserved/i],
  ['donation-appeal', /\b(?:donate|donation|support (?:our|independent) journalism|chip in)\b/i],
  ['newsletter-prompt', /\b(?:newsletter|subscribe|sign up)\b/i],
  ['cookie-notice', /\bcookies?\b/i],
  ['image-credit', /^(?:\(?(?:photo|image|picture)(?: credit)?\s*:|credit\s*:)/i],
  ['social-embed', /pic\.twitter\.com|\(@\w+\)|view this post on|a post shared by/i],
  ['call-to-action', /^(?:watch|read more|click here|follow us|download our)\b/i],
  ['byline', /^by [A-Z][\w.'-]+ [A-Z][\w.'-]+\s*(?:[,|]|$)/],
  ['related-articles', /^(?:related|you may also like|more from)\b/i],
];

/** Document score when `n` lines are flagged: saturates quickly, 0 when none. */
const scoreFor = (n: number): number => 1 - 0.5 ** n;

export const boilerplateLinePatterns: Detector<'boilerplate'> = {
  id: 'boilerplate-lines',
  version: '0.1.0',
  task: 'boilerplate',
  description: 'Per-line pattern families (ads.txt, footers, appeals, prompts, credits, embeds, calls to action, bylines)',
  config: { families: FAMILIES.map(([f]) => f) },
  detect({ text }) {
    const spans: PredictedSpan[] = [];
    const counts = new Map<string, number>();
    for (const line of lines(text)) {
      const hit = FAMILIES.find(([, re]) => re.test(line.text));
      if (!hit) continue;
      spans.push({ start: line.start, end: line.end, type: hit[0] });
      counts.set(hit[0], (counts.get(hit[0]) ?? 0) + 1);
    }
    const signals: Signal[] = [...counts].map(([name, value]) => ({ name: `family:${name}`, value }));
    const score = scoreFor(spans.length);
    return { score, label: spans.length > 0, spans, signals };
  },
};
