/**
 * UI controls: a line that is only the label of a button, a menu toggle or a widget ("Menu",
 * "Search", "Skip to content", "Back to top", "Load more", "Reply", "Advertisement", "0 shares").
 * Such labels are never article text on their own. O(line).
 */
import type { LineView } from '../lineView.ts';

/** Whole-line control labels (with an optional count or arrow). */
export const UI_CONTROL =
  /^(?:[\d.,]{1,8}k?\s{0,2})?(?:menu|main menu|search(?: for)?:?|close|open|toggle (?:navigation|menu|search)|skip to (?:main )?content|skip to navigation|back to top|go to top|scroll to top|load more|show more|read more|view more|see more|see all|view all|more|next|previous|prev|older posts|newer posts|home|sign in|log ?in|log ?out|register|sign up|subscribe|my account|account|profile|notifications|settings|reply|share|shares|print|email|comments?|like|follow|advertisement|advertising|sponsored|ad|ads|promoted|feedback|contact|help|faq|about|about us|cancel|submit|send|ok|yes|no|accept|decline|continue|play|pause|mute|unmute|expand|collapse|hide|show|loading(?:\.{1,3}|…)?|top|go|watch|listen|download|install|open in app|get the app|x|×|✕|✖|☰|≡|«|»|‹|›|←|→|↑|↓|…|\.\.\.|•|·|\||-|—|–)\s{0,2}[:!»›→…]?\s{0,2}(?:\(\d{1,6}\))?$/u;

export const uiControl = (line: LineView): number => (line.words.length <= 4 && UI_CONTROL.test(line.lower) ? 1 : 0);
