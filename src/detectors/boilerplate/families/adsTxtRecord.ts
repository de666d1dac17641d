/**
 * ads.txt records and variables (IAB Tech Lab ads.txt 1.1) that leak into scraped article text:
 * `<ad system domain>, <publisher account id>, DIRECT|RESELLER[, <certification id>]`, the
 * variables `OWNERDOMAIN=`, `MANAGERDOMAIN=`, `CONTACT=`, `SUBDOMAIN=`, `INVENTORYPARTNERDOMAIN=`,
 * and `#` comment lines. The record grammar is rigid, so a match is near-certain. Patterns are
 * lower case and run on the lower-cased line (case-insensitive regexes are many times slower). O(line).
 */
import type { LineView } from '../lineView.ts';
import { type FamilyMatcher, firstRule } from './family.ts';

/** A record: domain, account id, relationship (any case), anywhere in the line. */
export const ADS_RECORD = /(?:^|[\s:;])(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,4}\s{0,3},\s{0,3}[\w-]{1,40}\s{0,3},\s{0,3}(?:direct|reseller)\b/u;
/** A variable line. */
export const ADS_VARIABLE = /^(?:ownerdomain|managerdomain|contact|subdomain|inventorypartnerdomain)\s{0,3}=\s{0,3}\S/u;
/** A `#` comment line that names ads.txt, an update stamp or a partner section. */
export const ADS_COMMENT = /^#{1,3}\s{0,3}(?:ads\.txt|updated|last (?:modified|updated)|-{2,}|[\w ]{0,40}(?:partners?|sellers?|bidding|exchanges?)\b)/u;
/** Comment mark after a record-like field list (`…, DIRECT, abc # header bidding`). */
export const ADS_TRAILING_COMMENT = /,\s{0,3}(?:direct|reseller)\b[^#]{0,40}#/u;

const RULES = [
  [1, ADS_RECORD],
  [1, ADS_VARIABLE],
  [1, ADS_TRAILING_COMMENT],
  [0.8, ADS_COMMENT],
] as const;

export const adsTxtRecord: FamilyMatcher = {
  family: 'ads-txt',
  match: (line: LineView) => firstRule(RULES, line.lower),
};
