/**
 * Link density of a line: the share of its characters inside URLs, bare domains, e-mail
 * addresses, @handles and #hashtags. Navigation, embeds, spam and sign-up lines are made of
 * links; article sentences rarely hold more than one. O(line).
 */
import { DOMAIN_RE, EMAIL_RE, HANDLE_RE, HASHTAG_RE, matchedLength, URL_RE } from '../families/shared.ts';
import type { LineView } from '../lineView.ts';

export interface LinkDensity {
  /** Share of the line's characters in links, in [0, 1]. */
  share: number;
  /** 1 when the line holds at least one link of any kind. */
  any: number;
}

export function linkDensity(line: LineView): LinkDensity {
  const text = line.lower;
  const len = text.length;
  if (len === 0) return { share: 0, any: 0 };
  // cheap substring tests first: most lines hold no link at all
  const urls = text.includes('http') || text.includes('www.') ? matchedLength(URL_RE, text) : 0;
  // bare domains and e-mails outside URLs: measure on the text with URLs blanked out
  const rest = urls > 0 ? text.replace(URL_RE, ' ') : text;
  URL_RE.lastIndex = 0;
  const hasAt = rest.includes('@');
  const emails = hasAt || rest.includes('[email') ? matchedLength(EMAIL_RE, rest) : 0;
  const domains = rest.includes('.') ? matchedLength(DOMAIN_RE, emails > 0 ? rest.replace(EMAIL_RE, ' ') : rest) : 0;
  EMAIL_RE.lastIndex = 0;
  const handles = hasAt ? matchedLength(HANDLE_RE, rest) : 0;
  const tags = rest.includes('#') ? matchedLength(HASHTAG_RE, rest) : 0;
  const other = emails + domains + handles + tags;
  const linked = Math.min(len, urls + other);
  return { share: linked / len, any: linked > 0 ? 1 : 0 };
}
