/**
 * Reader comments and comment spam: comment-widget metadata ("jdoe says:", "Reply", "12
 * Comments", "on March 3, 2024 at 4:47 pm said:", vote counts), generic praise that opens spam
 * ("Great article!!", "Thanks for sharing"), and the lexicon of comment spam (earn money from
 * home, loans without credit checks, crypto "recovery", casinos, spell casters, replica goods,
 * "check my site"). News prose reports on scams in the third person; spam speaks in the first
 * person and links out. O(line).
 */
import type { LineView } from '../lineView.ts';
import { type FamilyMatcher, firstRule } from './family.ts';

/** A handle-like first token: no spaces, with `_`, digits, dots or a lower-case start. */
const HANDLE = '@?(?:[a-z][A-Za-z0-9_.]{1,30}|[A-Za-z][A-Za-z.]{0,30}[_0-9][A-Za-z0-9_.]{0,30}|[A-Z][a-z]{1,15}[A-Z][A-Za-z0-9]{1,15})';

/** A handle that cannot be a word: it holds `_`, a digit or an inner dot. */
const STRICT_HANDLE = '@?[A-Za-z][A-Za-z.]{0,30}[_0-9.][A-Za-z0-9_.]{0,30}';

/** A handle with a mark no plain word has: `_`, a digit, an inner dot or an inner capital. */
const MARKED_HANDLE = `(?:${STRICT_HANDLE}|[a-z][a-z0-9]{0,20}[A-Z][A-Za-z0-9]{0,20}|[A-Z][a-z]{1,15}[A-Z][A-Za-z0-9]{1,15})`;

/** Comment-widget metadata that starts with a handle (case matters: runs on the line as written). */
export const COMMENT_HANDLE_META = new RegExp(
  [
    `^${HANDLE}\\s{0,2}(?:says|said|wrote|replied|commented|posted)\\b[^:]{0,30}:`,
    `^${HANDLE}\\s{0,2}(?:·|—|-|\\|)\\s{0,2}(?:\\d|[Rr]eply|\\p{Lu}\\p{Ll}{2})`,
    `^${STRICT_HANDLE}$`,
    `^${HANDLE}\\s{0,2}\\(\\s{0,2}\\d{1,2}[:.]\\d{2}`,
    `^${MARKED_HANDLE}\\s{0,2}:\\s`,
    `^${HANDLE}\\s{1,2}(?:\\d{1,2}[:.]\\d{2}|👍|\\d{1,2}[hmd]\\b)`,
  ].join('|'),
  'u',
);
/** Comment-widget metadata and buttons (lower case: runs on the lower-cased line). */
export const COMMENT_META = new RegExp(
  [
    '^\\[[^\\]]{4,40}\\]\\s{0,2}[^\\s:]{2,32}:',
    '^(?:reply from|anonymous said|reply to|replying to)\\b',
    '\\b(?:said|says|wrote|writes|commented)(?: on [^:]{4,40})?\\s{0,2}:\\s{0,2}$',
    '\\bon [^,]{3,20}\\d{1,2},? \\d{4},? at \\d{1,2}[:.]\\d{2}\\s{0,2}(?:[ap]m)?\\b',
    '^\\d[\\d,.]{0,6}k?\\s{0,2}(?:comments?|replies|responses)\\b',
    '^(?:reply|report|flag|like \\(\\d{1,6}\\)\\s{0,2}·\\s{0,2}reply|leave a (?:comment|reply)|post (?:a|your) comments?|add a comment\\.{0,3}|comments are closed\\.?|load more comments|view (?:all )?\\d{0,6}\\s{0,2}comments?|show (?:more )?replies|cancel reply|\\d{1,6} likes?)$',
    '👍\\s{0,2}\\d{1,6}\\s{0,2}👎',
    '\\b(?:save my name, email|notify me (?:of|via e-?mail)|your email address will not be published|required fields are marked)',
  ].join('|'),
  'u',
);
/** The lexicon of comment spam. */
export const SPAM_LEXICON = new RegExp(
  [
    '\\b(?:i|my (?:aunt|mom|friend|neighbou?r)) (?:earn|earned|make|made|makes)\\b[^.]{0,40}(?:\\d|online|from home|a day|a week|an hour|per month)',
    '\\b(?:earn|make|making|made)\\s{1,2}\\S{0,8}\\d[\\d,.]{0,8}\\+?\\s{0,2}(?:a|an|per|/|every)\\s{0,2}(?:day|week|hour|month)',
    '\\bwork(?:ing)? from home\\b',
    '\\bpart-time work\\b|\\bonline job\\b|\\bpassive income\\b|\\bget paid to\\b',
    '\\bno (?:credit check|experience needed)\\b|\\bbad credit\\b|\\bloans? (?:came through|approved)\\b|\\bfast loan\\b|\\bapproved in minutes\\b',
    '\\b(?:free spins|bonus spins|welcome bonus|online casino|best casino|casino \\w{1,12}:|betting tips|sports betting)\\b',
    '\\b(?:spell caster|bring back lovers|recover (?:my|your) lost (?:bitcoin|crypto|funds))\\b',
    '\\b(?:replica (?:watches|bags)|cheap essays|cheap followers|verified accounts|gift cards here|meet singles)\\b',
    '\\b(?:check|visit) (?:out )?my (?:blog|site|profile|website|page)\\b',
    '\\bmy portfolio doubled\\b|\\binvestment platform\\b|\\btrading with mr\\b|\\busdt\\b|\\bcrypto mining\\b',
    '\\b(?:dm|message) (?:me|him|her)\\b',
    '\\bjoin my team\\b|\\bopen this link\\b|\\bclick the home tab\\b|\\bone trick\\b|\\bi want to testify\\b',
    '\\bthe (?:media|government) (?:lies|doesn.t want you)\\b',
    '^(?:great (?:article|post|read|insight)|nice (?:post|article)|thanks for (?:sharing|this)|very informative|good read|first!|whoever wrote this|wow\\.? just wow|this is exactly what i needed)',
    '\\blol\\b|\\bpls\\b|!!!|!!\\s{0,2}(?:https?:|www\\.|[a-z0-9-]{2,40}\\.[a-z]{2,6}\\b)|^\\S{1,30}!!$',
  ].join('|'),
  'u',
);

/** Rules on the lower-cased line. */
const RULES = [
  [1, SPAM_LEXICON],
  [0.9, COMMENT_META],
] as const;
/** Strength of handle-led comment metadata. */
const HANDLE_META_STRENGTH = 0.9;

export const commentSpam: FamilyMatcher = {
  family: 'comment-spam',
  match: (line: LineView) => firstRule(RULES, line.lower) || (COMMENT_HANDLE_META.test(line.text) ? HANDLE_META_STRENGTH : 0),
};
