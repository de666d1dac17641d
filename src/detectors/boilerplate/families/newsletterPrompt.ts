/**
 * Newsletter and e-mail alert sign-up prompts: "sign up", "subscribe", "newsletter", "inbox",
 * "enter your email", "mailing list", confirmation and log-in notes, and the form leftovers
 * ("Email address*", "[Subscribe]"). The cue is an appeal to hand over an e-mail address or
 * subscribe to a recurring digest. O(line).
 */
import type { LineView } from '../lineView.ts';
import { type FamilyMatcher, firstRule } from './family.ts';

/** Sign-up wording. */
export const SIGNUP_STRONG = new RegExp(
  [
    '\\bnewsletters?\\b',
    '\\bsign(?:ing)?[ -]?up\\b[^.]{0,60}\\b(?:newsletter|bulletin|briefing|digest|alerts?|email|inbox|free|today|here|now|column|edition)',
    '\\bsign(?:ing)? up (?:for|to)\\b',
    '\\b(?:in|to) (?:your|their) inbox(?:es)?\\b',
    '\\binboxes\\b',
    '\\b(?:enter|your|valid|verify your|confirm your) e-?mail(?: address)?\\b',
    '\\be-?mail address\\s{0,2}\\*',
    '\\bmailing list\\b',
    '\\bsubscribe\\b[^.]{0,40}\\b(?:newsletter|free|digest|briefing|bulletin|email|column|weekly|daily|updates|telegram digest)',
    '\\bsubscri(?:be|bing|ption)\\b[^.]{0,60}\\b(?:unsubscribe|privacy|terms)',
    '\\bunsubscribe\\b',
    '\\balready (?:subscribed|a subscriber|a member)\\b',
    '\\bthanks? (?:you )?for (?:signing up|subscribing)\\b',
    '\\b(?:breaking )?news alerts by e-?mail\\b',
    '\\bget (?:notified|email alerts|our (?:breaking )?(?:news )?alerts)\\b',
    '\\breceive (?:our |the )?(?:free )?(?:notifications|newsletter|sunday edition|daily|weekly|updates|new posts)',
    '\\bnotifications of new posts\\b',
    '\\b(?:morning|evening|daily|weekly|weekend) (?:briefing|digest|bulletin|newsletter|edition|wrap)\\b[^.]{0,40}\\b(?:subscribe|sign|inbox|delivered|every)',
    '\\bdelivered (?:straight )?to your inbox\\b',
    '\\bnever miss (?:a|another) (?:story|post|update)\\b',
    '\\bstay (?:informed|updated|in the loop)\\b',
    '\\bchoose yours\\b',
  ].join('|'),
  'u',
);
/** Form leftovers and single-word buttons. */
export const SIGNUP_FORM =
  /^(?:subscribe(?: now)?|sign up(?: now| here)?|submit|join(?: now)?|log ?in|e-?mail\*?|your e-?mail:?\s{0,2}_{0,40}\s{0,2}\[?subscribe\]?|newsletter)\s{0,2}[.!]?$|\[subscribe\]|_{4,}|\[\s{0,3}\]\s{0,2}i agree/u;
/** Weaker: subscribe wording that may be an appeal of another kind. */
export const SIGNUP_WEAK = /\bsubscri(?:be|ption|bers?)\b|\bsign up\b|\bbriefing\b|\bdigest\b/u;

const RULES = [
  [1, SIGNUP_STRONG],
  [0.9, SIGNUP_FORM],
  [0.45, SIGNUP_WEAK],
] as const;

export const newsletterPrompt: FamilyMatcher = {
  family: 'newsletter-prompt',
  match: (line: LineView) => firstRule(RULES, line.lower),
};
