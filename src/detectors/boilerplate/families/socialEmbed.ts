/**
 * Leftovers of embedded social posts: attribution lines ("— Name (@handle) March 3, 2024"),
 * platform links (pic.twitter.com, x.com/…/status, youtu.be, t.me), embed widgets ("View this
 * post on Instagram", "A post shared by", "Watch on YouTube", "Loading Twitter content…"),
 * engagement counts ("1.2K likes", "Reposts"), retweets, and raw embed markup. O(line).
 */
import type { LineView } from '../lineView.ts';
import { type FamilyMatcher, firstRule } from './family.ts';

/** Platform links. */
export const PLATFORM_LINK =
  /\bpic\.twitter\.com\/|\b(?:twitter|x)\.com\/[A-Za-z0-9_]{1,30}\/status|\byoutu\.be\/|\byoutube\.com\/(?:watch|shorts|embed)|\bt\.me\/|\binstagram\.com\/(?:p|reel)\/|\btiktok\.com\/@|\.bsky\.social\b|\bfacebook\.com\/[^\s]{1,80}\/(?:posts|videos)\//u;
/** Embed widgets and platform chrome. */
export const EMBED_WIDGET = new RegExp(
  [
    '\\bview this post on (?:instagram|x|twitter|facebook|threads|tiktok)\\b',
    '\\bsee this post on\\b',
    '\\ba post shared by\\b',
    '\\bwatch on (?:youtube|tiktok|x|instagram|facebook)\\b',
    '\\b(?:skip|end of) (?:x|twitter|instagram|facebook|tiktok|youtube) (?:post|content|video)\\b',
    '\\bcontent not available\\b',
    '\\bembedded (?:content|video|tweet|post)\\b',
    '\\bthis (?:post|tweet|video) (?:may have been|has been|is no longer) (?:deleted|removed|available)\\b',
    '\\bloading (?:twitter|x|instagram|facebook|tiktok) content\\b',
    '\\btap to unmute\\b',
    '\\boriginal sound\\b',
    '\\brate this translation\\b',
    '\\btranslated from \\w{3,20} by (?:google|bing|deepl)\\b',
    '\\b(?:tiktok|youtube|instagram|facebook|telegram|threads|x|twitter) (?:video|post|reel|story) by\\b',
    '\\bposted by [^:]{2,40} on (?:telegram|x|twitter|facebook|instagram|tiktok|threads)\\b',
    '\\b(?:video|photo|post)s? by @',
    '\\bvia (?:tiktok|instagram|youtube|telegram)\\b',
    '\\bon (?:telegram|x|twitter|instagram|tiktok|threads|youtube): ',
    '^(?:threads|instagram|telegram|tiktok|youtube|x|twitter|bluesky):\\s{0,2}@',
    '\\bwatch: youtube\\b',
    '\\b(?:view all|add a comment|\\d[\\d,.]{0,6}k?\\s{0,2}(?:likes|reposts|retweets|views|replies|reactions|shares|comments))\\b[^.]{0,60}(?:·|\\||$)',
    '^rt @',
    '^replying to @',
    '\\bvia @[a-z0-9_]{1,30}\\s{0,2}$',
    '&mdash;|<a href=|<blockquote|<iframe',
    '\\(@[a-z0-9_.]{1,30}(?:\\.bsky\\.social)?\\)',
    '^—\\s{0,2}[^—]{1,60}\\(@',
    '\\[(?:embedded content|embed|video)\\]',
    '\\s·\\s{0,2}follow\\b|^follow\\s{0,2}·',
  ].join('|'),
  'u',
);

const RULES = [
  [1, PLATFORM_LINK],
  [1, EMBED_WIDGET],
] as const;

export const socialEmbed: FamilyMatcher = {
  family: 'social-embed',
  match: (line: LineView) => firstRule(RULES, line.lower),
};
