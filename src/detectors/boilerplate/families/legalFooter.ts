/**
 * Legal and corporate footers: copyright notices, reuse restrictions, disclaimers, disclosures,
 * imprint and policy-link bars. The strongest cue is the copyright notice itself (©, "(c) 2024",
 * "Copyright 2024", "all rights reserved"); next come reuse and liability phrases that articles
 * practically never say about themselves, and bars of policy links. O(line).
 */
import type { LineView } from '../lineView.ts';
import { type FamilyMatcher, firstRule } from './family.ts';

/** A copyright notice. */
export const COPYRIGHT = /©|\(c\)\s{0,2}(?:\d{4}|copyright)|\bcopyright\b(?:\s{0,2}(?:©|\(c\)))?\s{0,2}\d{4}|\ball rights? reserved\b|\bcopyleft\b|\bcopyright\s{0,2}©/u;
/** Words of footer link bars. */
export const POLICY_LINK =
  /\b(?:terms(?: of (?:use|service))?|terms (?:&|and) conditions|privacy(?: policy| notice)?|cookie policy|contact(?: us)?|about us|advertise(?: with us)?|careers|sitemap|accessibility|imprint|impressum|data protection|do not sell(?: my info(?:rmation)?)?|user agreement|code of conduct|rss(?: feeds)?|faq|help|jobs)\b/gu;
/** Separators of link bars. */
export const BAR_SEPARATOR = /\s[|·•/]\s|\s{0,1}\|\s{0,1}/gu;
/** Reuse restrictions, liability and disclosure phrases. */
export const LEGAL_PHRASE = new RegExp(
  [
    'not (?:to )?be (?:republished|published|broadcast|rewritten|redistributed|reproduced)',
    '(?:republish|redistribut|reproduc|copy|copying)\\w{0,8}\\b[^.]{0,60}\\b(?:prohibited|forbidden|without (?:prior )?(?:written )?permission)',
    'without (?:prior )?written permission',
    'onward distribution',
    'used under licen[cs]e',
    'reprint rights',
    'content licensed from',
    'distributed by [^.]{1,40} under licen[cs]e',
    '\\bdisclaimer\\b',
    'does not constitute (?:financial|legal|investment|medical|professional) advice',
    'for (?:general )?informational purposes only',
    'affiliate (?:disclosure|links?|commission|advertising)',
    'may earn (?:a )?(?:small )?commission',
    'participant in the [^.]{1,40}associates? program',
    'registered (?:office|address)',
    'registered in \\p{L}{2,30}(?: and wales)?,? (?:company|no\\b|number|under)',
    '\\bcompany (?:no|number|reg)\\b',
    '\\bvat (?:no|number|reg)\\b',
    'trading name of',
    'accepts? no (?:liability|responsibility)',
    'not responsible for the content of external',
    "(?:views|opinions) expressed [^.]{0,60}(?:own|do not necessarily)",
    "opinions are (?:the|my|our) (?:writer|author)['’]?s? own",
    "are the author['’]s own",
    'code of (?:practice|conduct)[^.]{0,40}(?:press|council|ipso|complaints)',
    '\\bpress (?:council|complaints)\\b',
    '^(?:complaints|corrections|editor-in-chief|imprint|publisher|registered office)\\s{0,2}:',
    'to report an error',
    'corrections? (?:and|&) clarifications',
    'all trademarks',
    'trademarks? (?:belong|of their respective)',
    'protected by recaptcha',
    'use of this (?:site|website)[^.]{0,40}(?:constitutes|acceptance)',
    'constitutes acceptance of',
    '(?:is|are) (?:a )?(?:registered )?trademarks? of',
    'accurate at the time of (?:publication|writing)',
    'syndicated (?:wire )?feed',
    'produced with material from',
    'sponsored content',
    'produced in partnership with',
    'paid (?:partnership|post|content)',
    '\\bpowered by\\s{1,2}\\S{1,40}(?:\\s{1,2}\\S{1,40})?\\s{0,2}$',
    '(?:shared|reused|republished) with (?:credit|attribution)',
    'not for commercial use',
    'creative commons (?:attribution|licen[cs]e|by)',
    'licensed under (?:a |the )?(?:creative commons|cc[ -]|licen[cs]e|[\\w ]{1,30} licen[cs]e)',
    'subject to (?:our|the) terms',
  ].join('|'),
  'u',
);

const RULES = [
  [1, COPYRIGHT],
  [0.85, LEGAL_PHRASE],
] as const;

/** Count the policy links when the line is a short bar of them. */
function policyBar(line: LineView): number {
  if (line.words.length > 24) return 0;
  POLICY_LINK.lastIndex = 0;
  const links = line.lower.match(POLICY_LINK)?.length ?? 0;
  BAR_SEPARATOR.lastIndex = 0;
  const separators = line.text.match(BAR_SEPARATOR)?.length ?? 0;
  if (links >= 3 || (links >= 2 && separators >= 1)) return 1;
  return 0;
}

export const legalFooter: FamilyMatcher = {
  family: 'legal-footer',
  match: (line: LineView) => Math.max(firstRule(RULES, line.lower), policyBar(line)),
};
