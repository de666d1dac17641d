/**
 * Standalone bylines, datelines and timestamps: "By <Name>", reporting/editing credits,
 * "Published/Updated <date>", reading times, "<Name>, <Role>, <Outlet>", and lines made only of
 * a name, a role, a date, a time and separators. A byline names who wrote the piece or when; it
 * never carries a clause of its own. O(line).
 */
import type { LineView } from '../lineView.ts';
import { type FamilyMatcher, firstRule } from './family.ts';
import { isFunctionWord } from '../signals/functionWords.ts';
import { DATE_RE, has, NAME_RE, ONLY_NAME_RE, READ_TIME_RE, strip, TIME_RE } from './shared.ts';

/** "By …", "Written by …", reporting and editing credits, "Author: …" (then a capital: see NAME_START). */
export const BY_LINE =
  /^(?:by|written by|words by|story by|reported by|compiled by|author|posted by|reporting by|additional reporting by|writing by|edited by|editing by|interview by|text by|von|par|por)\b(?:\s{0,2}:)?\s{0,2}/u;
/** What must follow a byline keyword: a capital, a digit or a handle (case-sensitive). */
export const NAME_START = /^[\p{Lu}\p{N}@]/u;
/** Credits further in: "; Editing by …", "Pictures by …", "Additional reporting by …". */
export const CREDIT_CHAIN = /(?:^|[;.]\s{0,2})(?:(?:additional )?reporting|writing|editing|edited|compiled|pictures|words) by\s/u;
/** Timestamps: "Published …", "Updated …", "Last updated: …", "Posted: …", "First published on …", "Modified: …". */
export const STAMP = /^(?:last |first )?(?:published|updated|posted|modified|created|uploaded)(?: on| at)?\s{0,2}:?\s{0,2}/u;
/** "<Outlet> Staff | …". */
export const STAFF = /^[\p{L}\p{N} ]{1,40} (?:staff|desk|team)\s{0,2}[|·•—-]/u;

/** A keyword regex at the line start, then a capital, digit or handle. */
function keywordThenName(re: RegExp, line: LineView): boolean {
  const m = re.exec(line.lower);
  return m !== null && NAME_START.test(line.text.slice(m[0].length));
}
/** Roles of newsroom staff (a name plus a role is a byline). */
export const ROLE =
  /\b(?:staff writer|senior (?:correspondent|editor|writer|reporter)|(?:political|business|health|sports|deputy|contributing|investigations|foreign|science|technology|energy(?: and climate)?|local news|data|video|digital|chief|managing|news|features|opinion|city|assistant) (?:editor|reporter|correspondent|journalist|producer|photographer|writer)s?|correspondent|(?:bureau chief)|columnist|contributor|freelance\w{0,12}|news intern|photographer|journalist|reporter|editor)\b/iu;
/** The same roles, for the lower-cased line (fast test). */
export const ROLE_LOWER = new RegExp(ROLE.source, 'u');
/** Field separators that make a line of names a byline bar. */
export const BAR_MARK = /[|·•✍]/u;
/** Separators between byline fields. */
export const FIELD_SEPARATORS = /[|·•—–✍,;/-]|\bat\b|\bon\b|\band\b|\bin\b|\bby\b|\bfollow\b|\bmins?\b|\bminutes?\b|\bread\b|\bupdated\b|\bpublished\b|\bposted\b/giu;

/** A list item (bullet or number): results and schedules are content, not bylines. */
export const LIST_ITEM = /^(?:[•▪◦●*]|[-–—]\s|\d{1,2}[.)]\s)/u;

/** A handle, removed from a byline's residue. */
export const HANDLE_TOKEN = /@[A-Za-z0-9_.]{1,30}/gu;
/** A handle at the start of a word (counts as a stamp: "Name @handle"). */
export const HANDLE_TOKEN_START = /(?:^|\s)@[A-Za-z0-9_]/u;
/** Runs of spaces, punctuation and symbols. */
export const PUNCT_RUN = /[\s\p{P}\p{S}]+/gu;
/** Runs of white space. */
export const SPACE_RUN = /\s+/g;
/** A name part starts with a capital or a digit. */
export const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/** What is left of a line once dates, times, reading times, handles and separators are removed. */
function residue(text: string): string {
  let s = strip(DATE_RE, text);
  s = strip(TIME_RE, s);
  s = s.replace(READ_TIME_RE, ' ');
  s = s.replace(HANDLE_TOKEN, ' ');
  s = strip(FIELD_SEPARATORS, s);
  return s.replace(PUNCT_RUN, ' ').trim();
}

/** A line made only of names, roles, dates, times and separators. */
function metaOnly(line: LineView): number {
  if (line.words.length > 16 || line.words.length === 0 || LIST_ITEM.test(line.text)) return 0;
  // fast exit: with no digit or handle there is no stamp, so a role or a field separator is needed
  if (line.digits === 0 && !line.text.includes('@') && !BAR_MARK.test(line.text) && !ROLE_LOWER.test(line.lower)) return 0;
  const hasStamp = has(DATE_RE, line.text) || has(TIME_RE, line.text) || READ_TIME_RE.test(line.text) || HANDLE_TOKEN_START.test(line.text);
  const rest = residue(line.text);
  if (rest === '') return hasStamp ? 1 : 0;
  const roleLeft = ROLE.test(rest);
  const restNoRole = roleLeft ? rest.replace(ROLE, ' ').replace(SPACE_RUN, ' ').trim() : rest;
  // the remainder is a capitalised name or two (plus maybe a city or an outlet)
  const parts = restNoRole.split(' ').filter(Boolean);
  const capitalised = parts.every((p) => CAPITAL_OR_DIGIT.test(p) || p.length <= 3);
  if (!capitalised || parts.length > 9) return 0;
  if (hasStamp) return 1;
  if (roleLeft && (parts.length === 0 || NAME_RE.test(restNoRole))) return 0.9;
  if (BAR_MARK.test(line.text) && parts.length >= 2 && parts.length <= 6) return 0.6;
  return 0;
}

const RULES = [[0.9, STAFF]] as const;

/** Function words a byline may hold ("by X and Y in Lyon for Z"); any other kind suggests a clause. */
const BYLINE_GLUE = new Set(['by', 'and', 'in', 'at', 'on', 'of', 'for', 'with', 'from', 'de', 'von', 'par', 'por', 'y', 'et', 'und']);

/** At most one function word outside the byline glue, and short: no clause. */
function clauseFree(line: LineView): boolean {
  if (line.words.length > 16) return false;
  let other = 0;
  for (const w of line.words) {
    const lw = w.toLowerCase();
    if (!BYLINE_GLUE.has(lw) && isFunctionWord(lw)) other++;
  }
  return other <= 1;
}

function keyed(line: LineView): number {
  if (keywordThenName(BY_LINE, line) && clauseFree(line)) return 1;
  if (keywordThenName(STAMP, line) && line.words.length <= 16) return 0.9;
  if (CREDIT_CHAIN.test(line.lower) && line.words.length <= 30) return 0.8;
  return firstRule(RULES, line.lower);
}

/** "Lena Aldridge" or "Lena Aldridge (Staff Writer) — Lyon": a bare name is weak evidence. */
function bareName(line: LineView): number {
  return line.words.length <= 4 && ONLY_NAME_RE.test(line.text) ? 0.35 : 0;
}

export const byline: FamilyMatcher = {
  family: 'byline',
  match: (line: LineView) => Math.max(keyed(line), metaOnly(line), bareName(line)),
};
