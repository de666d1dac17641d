/**
 * Related, recommended and trending article lists and tag lines: a list header ("Related",
 * "You may also like", "Most read", "Trending now", "Keep reading", "Tags:", "Previous
 * article") alone or followed by headlines, and headline lists run together on one line
 * (" | ", " / ", "1. … 2. …", "« … | … »"). The items themselves are headlines, which look like
 * content; the composer extends a header's family to the headline lines under it. O(line).
 */
import type { LineView } from '../lineView.ts';
import type { FamilyMatcher } from './family.ts';

/** The same headers in French, Spanish, Portuguese, Italian, German and Russian. */
const OTHER_LANGUAGES =
  "(?:à lire aussi|lire aussi|à lire|articles similaires|sur le même sujet|les plus lus|lea (?:también|más)|te puede interesar|noticias relacionadas|artículos relacionados|más leídas|contenido relacionado|você pode gostar|leia (?:também|mais)|veja também|mais lidas|notícias relacionadas|leggi anche|potrebbe interessarti|articoli correlati|più letti|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|diese artikel könnten dich interessieren|weitere artikel|meistgelesen|ähnliche artikel|neueste kommentare|читайте также|похожие статьи|по теме|популярное)";

const HEADER_WORDS = `(?:related(?: (?:stories|articles|posts|coverage|content|topics|reading|links|videos?|news))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| reading| articles)?|trending(?: now| stories| topics| in [\\p{L} ]{2,30})?|also trending(?: in [\\p{L} ]{2,30})?|most (?:read|popular|viewed|shared|commented|recent)|popular (?:stories|posts|articles|now|in [\\p{L} ]{2,30})|more (?:from|on|in|stories|news|like this|to explore|on this story|top stories)(?: [^:|›]{0,40})?|also on [^:→]{2,40}|see also|read next|up next|what to read next|in case you missed it|keep reading|editors['’]? (?:picks|choice)|top stories|latest (?:news|stories|headlines|from [^:]{2,40}|articles|posts)|from around the web|sponsored (?:stories|links|content)|promoted(?: stories| content)?|previous (?:article|post|story)|next (?:article|post|story)|tags|tagged(?: with)?|topics|filed under|categories|related topics|explore more|read our live blog|view all stories(?: about [^:]{2,40})?|other stories|further reading|more coverage|around the web|you missed|don['’]t miss these|latest videos|top videos|must reads?|recent (?:posts|stories|articles|comments)|${OTHER_LANGUAGES})`;

/** The whole line is a list header. */
export const LIST_HEADER = new RegExp(`^(?:📌\\s{0,2})?${HEADER_WORDS}\\s{0,2}(?:[:›»…]|\\.{3})?\\s{0,2}$`, 'u');
/** A list header followed by items on the same line. */
export const HEADER_WITH_ITEMS = new RegExp(`^(?:📌\\s{0,2})?${HEADER_WORDS}\\s{0,2}(?:[:›»→|]|\\s(?:\\d\\.|•|-)\\s)`, 'u');
/** Headlines run together: "1. A 2. B", "« A | B »", "A - https://…". */
export const INLINE_LIST = /^\d[.)]\s.{5,200}\s2[.)]\s|^«.{5,200}\|.{5,200}»$|^[▶►]\s{0,2}\p{Lu}|\s[-–—]\s(?:https?:\/\/|www\.)\S{4,300}$/u;
/** Numbered list item under a "Most read" header: "1 Headline…". */
export const NUMBERED_ITEM = /^\d{1,2}\.?\s\p{Lu}[^.!?]{10,160}$/u;
/** Hashtag runs ("Explore more: #Ghana #Geneva") and topic chains ("Ghana · Geneva · Politics"). */
export const TOPIC_CHAIN = /(?:#[\p{L}\p{N}_]{2,40}\s{1,2}){1,10}#[\p{L}\p{N}_]{2,40}\s{0,2}$|^(?:\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: (?:&|\p{Lu}[\p{L}\p{M}'’.-]{1,30})){0,3}\s{0,2}[·•|,/]\s{0,2}){2,12}\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: (?:&|\p{Lu}[\p{L}\p{M}'’.-]{1,30})){0,3}$/u;

function related(line: LineView): number {
  if (LIST_HEADER.test(line.lower)) return 1;
  if (HEADER_WITH_ITEMS.test(line.lower)) return 1;
  if (INLINE_LIST.test(line.text)) return 0.9;
  if (TOPIC_CHAIN.test(line.text) && line.functionWords <= 1) return 0.7;
  if (NUMBERED_ITEM.test(line.text)) return 0.3;
  return 0;
}

export const relatedArticles: FamilyMatcher = {
  family: 'related-articles',
  match: related,
};
