/**
 * Photo, video and illustration credits and the captions that end in one: a credit label
 * ("Photo:", "Image credit:", "Photograph by", "Credit:", "📷"), agency/photographer pairs joined
 * by a slash ("Meridian Wire/Lena Aldridge", "AP Photo/…", "/File Photo", "/Handout", "/Pool"),
 * caption widgets ("Enlarge this image", "hide caption", "Image 1 of 12"). O(line).
 */
import type { LineView } from '../lineView.ts';
import { type FamilyMatcher, firstRule } from './family.ts';

const CREDIT_WORD =
  '(?:photo(?:graph)?s?|images?|pictures?|pics?|video|illustrations?|graphics?|credits?|file photo|featured image|lead image|top image|header image|thumbnail|pictured|screenshot|image source|footage|artwork)';

/** A credit label opening the line (`Photo: …`, `(Image credit: …)`, `Photo by …`). */
export const CREDIT_LABEL = new RegExp(
  `^[\\[(]?\\s{0,2}(?:📷|📸|${CREDIT_WORD}(?: \\d{1,3} of \\d{1,3})?(?:\\s{0,2}(?:credit|courtesy|source|by)s?)?\\s{0,2}(?::|by\\b|courtesy of\\b|via\\b))`,
  'u',
);
/** A credit label later in the line, as captions end (`… on March 3. Photo: X/Y`). */
export const TRAILING_CREDIT = new RegExp(
  `(?:[.)!?]|\\s[|—–-])\\s{0,3}[\\[(]?(?:📷|${CREDIT_WORD}(?:\\s{0,2}(?:credit|courtesy)s?)?\\s{0,2}(?::|by\\b|courtesy of\\b))`,
  'u',
);
/** Agency wording: `AP Photo/…`, `/File Photo`, `/Handout`, `/Pool`, `via Getty`, `Editorial use only`. */
export const AGENCY_MARK =
  /\b(?:ap|afp|reuters|getty|epa|xinhua|anadolu|[a-z]{2,20}) photo\s{0,2}\/|\/\s{0,2}(?:file photo|handout|pool|getty images|afp|reuters|ap|epa)\b|\bhandout via\b|\beditorial use only\b|\bphoto courtesy\b|\bhide caption\b|\btoggle caption\b|\benlarge this image\b|^image \d{1,3} of \d{1,3}\b|\bimage: supplied\b|\bgenerated for illustrative purposes\b|\billustration by\b|\bphotos? by\b|\bgraphic by\b|\bvia (?:getty|shutterstock|unsplash|pexels|istock|wikimedia|youtube|twitter|x|instagram)\b/u;
/** Name/Name pairs: `Meridian Wire/Lena Aldridge`, `(Lena Aldridge/Meridian Wire)`, `X / Y / 2024`. */
export const SLASH_CREDIT =
  /(?:^|[(\s])\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?: \p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,3}\s{0,1}\/\s{0,1}\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?: \p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,3}(?:\s{0,1}\/\s{0,1}[\p{L}\p{N}]{1,30}(?: \p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,3})?\)?\s{0,2}$/u;

/** Rules on the lower-cased line. */
const RULES = [
  [1, CREDIT_LABEL],
  [1, AGENCY_MARK],
  [0.9, TRAILING_CREDIT],
] as const;
/** Strength of a Name/Name credit (case matters, so it runs on the line as written). */
const SLASH_STRENGTH = 0.85;

export const imageCredit: FamilyMatcher = {
  family: 'image-credit',
  match: (line: LineView) => firstRule(RULES, line.lower) || (SLASH_CREDIT.test(line.text) ? SLASH_STRENGTH : 0),
};
