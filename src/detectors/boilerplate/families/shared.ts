/**
 * Token patterns shared by the family matchers: URLs, bare domains, e-mail addresses, @handles,
 * dates, clock times, person names, money amounts. Every quantifier is bounded or unambiguous,
 * so each pattern runs in linear time on any input (see the regex-safety test).
 * Cost: O(line length) per test.
 */

/** Top-level domains seen in news pages and spam; a bare `word.tld` with one of these is a domain. */
const TLD =
  '(?:com|org|net|io|co|uk|us|news|media|info|biz|top|bet|click|xyz|win|loan|shop|site|store|date|pro|online|live|icu|tv|me|ly|app|dev|gov|edu|de|fr|es|it|nl|eu|ca|au|in|ru|ua|pl|ch|be|at|se|no|dk|fi|jp|cn|br|mx|za|ng|ke|gh|to|cc|ai|fm|social|blog|world|club|link|space|website|tech|today|press|network)';

/** A URL with a scheme or `www.`. */
export const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'()]{1,300}/gu;
/** A bare domain (`example.com`, `t.me/x`, `youtu.be/x`), optionally with a path. */
export const DOMAIN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}@.-])[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9][a-z0-9-]{0,62}){0,4}\\.(?:${TLD}|be|gl)(?![\\p{L}\\p{N}-])(?:\\/[^\\s<>"']{0,300})?`,
  'gu',
);
/** An e-mail address (also the `[email protected]` placeholder of scraped pages). */
export const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,12}\b|\[email(?:\u00a0| )protected\]/gu;
/** An @handle not part of an e-mail address. */
export const HANDLE_RE = /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_][A-Za-z0-9_.]{0,30}/gu;
/** A #hashtag. */
export const HASHTAG_RE = /(?<![\p{L}\p{N}&])#[\p{L}\p{N}_]{2,40}/gu;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?';

/** A calendar date in any of the usual written forms. */
export const DATE_RE = new RegExp(
  [
    `\\b(?:${WEEKDAY} )?${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?\\b`,
    `\\b(?:${WEEKDAY} )?\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}\\b`,
    `\\b(?:${WEEKDAY} )?\\d{1,2} ${MONTH}(?![\\p{L}])`,
    '\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?\\b',
    '\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b',
    `\\b${MONTH} \\d{4}\\b`,
  ].join('|'),
  'giu',
);
/** A clock time (`14:32`, `9:05 a.m. ET`, `9.30am`) or a relative age (`2h`, `3 hours ago`). */
export const TIME_RE =
  /\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:[A-Z]{2,4}))?\b|\b\d{1,2}\s?[ap]\.?m\.?(?![\p{L}])|\b\d{1,3}\s?(?:h|hrs?|mins?|minutes?|hours?|days?|weeks?)\s?ago\b|\b\d{1,2}[hmd]\b/giu;
/** Reading time: `5 min read`, `12 mins`, `4 minute read`. */
export const READ_TIME_RE = /\b\d{1,3}[ -]?(?:min|mins|minutes?)(?:[ -]read)?\b/iu;

/** A capitalised word of a name (`Lena`, `O'Neill`, `Okonkwo-Reyes`, `J.O.`). */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]{0,30}";
/** Two to four capitalised words: the shape of a person's (or an agency's) name. */
export const NAME_RE = new RegExp(`(?<![\\p{L}\\p{M}'’.-])${NAME_WORD}(?: ${NAME_WORD}){1,3}`, 'u');
/** A line that is only a name of 2–4 capitalised words. */
export const ONLY_NAME_RE = new RegExp(`^${NAME_WORD}(?: (?:van|de|der|von|da|di|del|la|le|bin|al)?${NAME_WORD}){1,3}$`, 'u');

/** A money amount: a currency sign or code, then digits. */
export const MONEY_RE = /(?:[$€£¥₹₦₴₺]|\b(?:US|A|C|NZ|R|HK|S)\$|\b(?:USD|EUR|GBP|CHF|Fr\.|kr|Rs)\s?)\s?\d[\d,.]{0,12}/gu;

/** Count the matches of a global regex in `s` (resets `lastIndex`). */
export function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) {
    n++;
    if (n > 1000) break;
  }
  re.lastIndex = 0;
  return n;
}

/** Total length of the matches of a global regex in `s`. */
export function matchedLength(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    n += m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return n;
}

/** `s` with every match of the global regex replaced by a space (for "what is left" tests). */
export function strip(re: RegExp, s: string): string {
  re.lastIndex = 0;
  const out = s.replace(re, ' ');
  re.lastIndex = 0;
  return out;
}

/** Does the global or sticky-free regex match `s`? (safe for global regexes). */
export function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(s);
  re.lastIndex = 0;
  return hit;
}
