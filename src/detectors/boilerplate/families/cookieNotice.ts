/**
 * Cookie banners and consent dialogs: the vocabulary of consent management (cookies, consent,
 * vendors, "legitimate interest", "store and/or access information on a device", privacy
 * choices) and the button rows that go with it ("Accept | Reject | Settings"). Privacy and
 * consent words are rare in news prose and almost never come together there. O(line).
 */
import type { LineView } from '../lineView.ts';
import { type FamilyMatcher, firstRule } from './family.ts';

/** Unmistakable consent-management wording. */
export const CONSENT_STRONG = new RegExp(
  [
    '\\bcookies?\\b[^.]{0,80}\\b(?:accept|consent|agree|use|uses|settings|preferences|policy|notice|enable|disabled|store|improve|personali[sz]e|experience|necessary|functional|analytics|advertising|tracking|blocked|only)',
    '\\b(?:accept|allow|reject|decline|manage|essential|strictly necessary|functional|analytics|advertising|third[- ]party|our|use of|social media) cookies\\b',
    '\\bcookie (?:settings|preferences|policy|notice|banner|consent)\\b',
    '\\blegitimate interests?\\b',
    '\\bvendors?(?: list)?\\b[^.]{0,30}\\b(?:\\d|consent|reject|cookies|partners)',
    '\\b\\d[\\d,]{0,6} (?:partners|third[- ]party vendors|vendors)\\b',
    'store and/or access information',
    '\\b(?:personali[sz]ed|personal) (?:ads|advertising)(?: and content)?\\b',
    'ad and content measurement',
    '\\baudience (?:measurement|research|insights)\\b',
    '\\b(?:your|manage|my) (?:privacy|consent) (?:choices|preferences|settings|options)\\b',
    '\\bprivacy (?:manager|settings|choices|preferences|center|centre)\\b',
    '\\bconsent (?:preferences|settings|for)\\b',
    '\\bdo not sell or share\\b',
    '\\bdo not sell my (?:personal )?(?:info|information|data)\\b',
    '\\bwe (?:value|respect) your privacy\\b',
    '\\b(?:we|and our|we and our) (?:\\d[\\d,]{0,6} )?partners (?:use|store|process)',
    '\\benable javascript\\b',
    '\\b(?:rejected|accepted|declined) (?:tracking|cookies)\\b',
    '\\bchange (?:your )?(?:cookie |privacy )?settings\\b',
    '\\bupdated (?:our|its) privacy (?:policy|notice)\\b',
    '\\bfunctional cookies\\b',
    '\\bstrictly necessary\\b',
    '\\b(?:would like|asks? for|need|withdraw|revoke|give) (?:your |my )?consent\\b',
    '\\bconsent to (?:the )?(?:use|storing|processing|receiving)\\b',
  ].join('|'),
  'u',
);
/** Consent button rows and single buttons. */
export const CONSENT_BUTTONS =
  /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|decline|agree|disagree|i (?:accept|agree|decline)|allow all|necessary only|customi[sz]e|more options|save preferences|learn more|got it!?|ok|\[ok\]|i accept ✔|manage (?:cookies|settings|options))(?:\s{0,2}[|/·✔✘✕]\s{0,2}(?:accept(?: all)?|reject(?: all)?|decline|agree|disagree|settings|more options|allow all|necessary only|customi[sz]e|learn more|i decline ✘|manage (?:cookies|settings|options))){0,4}\s{0,2}[.!✔✘✕]?$/u;
/** Weaker: privacy wording that articles sometimes use. */
export const PRIVACY_WEAK = /\bcookies?\b|\bconsent\b|\bpersonal data\b|\bprivacy (?:policy|notice)\b|\btracking\b|\bgdpr\b|\bccpa\b/u;

const RULES = [
  [1, CONSENT_STRONG],
  [0.9, CONSENT_BUTTONS],
  [0.45, PRIVACY_WEAK],
] as const;

export const cookieNotice: FamilyMatcher = {
  family: 'cookie-notice',
  match: (line: LineView) => firstRule(RULES, line.lower),
};
