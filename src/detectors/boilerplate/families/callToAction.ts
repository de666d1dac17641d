/**
 * Calls to action: imperatives addressed to the reader about consuming or spreading media —
 * read more/next, watch, listen, click/tap, follow, share, download the app, join a channel,
 * turn on notifications, send tips — plus share bars ("Print | Email | Share") and the arrows
 * and pointing emoji that decorate them. The verbs are the ones a page uses on its reader, not
 * the ones a story reports. O(line).
 */
import type { LineView } from '../lineView.ts';
import type { FamilyMatcher } from './family.ts';

/** Imperative openers of reader-directed actions. */
export const CTA_OPENER = new RegExp(
  [
    '^(?:[>»→👉▶⬇↓\\s-]{0,4})(?:read|watch|listen|click|tap|follow|share|download|get|join|explore|visit|bookmark|scroll|continue|subscribe|like|see|open|turn on|tune in|check out|find us|send|email|text|have your say|don.t miss|want more|got a (?:news )?tip|also read|also watch|must read|recommended|related video|more videos?|watch live)\\b',
  ].join('|'),
  'u',
);
/** Reader-directed objects: what the action is about. */
export const CTA_OBJECT =
  /\b(?:full (?:story|interview|report|video|article|coverage|episode)|(?:the|this|our) (?:app|article|story|video|podcast|channel|live (?:blog|coverage|stream)|coverage)|(?:youtube|whatsapp|telegram|tiktok|instagram|facebook) (?:channel|group)?|on (?:facebook|x|twitter|telegram|whatsapp|instagram|tiktok|youtube|google news|linkedin|threads)|notifications|breaking (?:news|updates|alerts)|(?:for|the) latest (?:news|updates|stories)|more (?:news|stories)|news tip|your story|in the comments|app store|google play|ios and android|preferred source|new window|original story|continues below|video above|above video|read (?:more|next|the rest)|more:|news from)\b/u;
/** Share and action bars, and lines that are only a call ("Open in app", "Story continues below ↓"). */
export const CTA_BAR =
  /^(?:print|email|share|tweet|save|comment|copy link|facebook|x|twitter|whatsapp|linkedin|reddit|pinterest|telegram|flipboard|messenger)(?:\s{0,2}[|·•/,]\s{0,2}(?:print|email|share|tweet|save|comment|copy link|facebook|x|twitter|whatsapp|linkedin|reddit|pinterest|telegram|flipboard|messenger)){1,10}$|^share (?:this|on)\b|^share this article:|\bopens in (?:a )?new (?:window|tab)\b|^open in app$|^story continues below|^scroll down for|^(?:read|see) more\s{0,2}[:›»→]|^read more$|^listen to this article\b|^(?:also|must) read\s{0,2}[|:]|^(?:watch|read|listen)\s{0,2}:|^don.t miss\s{0,2}:/u;
/** Arrows and pointing emoji that decorate calls. */
export const CTA_DECORATION = /[👉➡→↓⬇▶🔔⭐]|>>|-->|\(\d{1,3} min\)/u;

/** A colon, an exclamation or a link after an opener makes it a call. */
export const LINK_OR_PUNCT = /[:!]|https?:|www\.|\.[a-z]{2,4}\b/u;

function cta(line: LineView): number {
  const text = line.lower;
  if (CTA_BAR.test(text)) return 1;
  if (CTA_OPENER.test(text)) {
    if (CTA_OBJECT.test(text) || CTA_DECORATION.test(text) || LINK_OR_PUNCT.test(text)) return 1;
    return line.words.length <= 8 ? 0.5 : 0.3;
  }
  if (CTA_OBJECT.test(text) && line.words.length <= 20) return 0.5;
  return 0;
}

export const callToAction: FamilyMatcher = {
  family: 'call-to-action',
  match: cta,
};
