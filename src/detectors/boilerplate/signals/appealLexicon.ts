/**
 * Appeals to the reader: second-person address ("you", "your") and the imperatives of
 * engagement (subscribe, donate, share, follow, sign up, click, join, support…). Article prose
 * reports in the third person; page furniture talks to the reader. Returns the share of
 * second-person words (scaled) and whether an appeal verb opens a clause. O(line).
 */
import type { LineView } from '../lineView.ts';

const SECOND_PERSON = new Set(['you', "you're", 'you’re', "you'll", 'you’ll', "you've", 'you’ve', 'your', 'yours', 'yourself', 'vous', 'votre', 'vos', 'usted', 'tu', 'du', 'dein', 'deine', 'ihr', 'sie']);
/** Appeal verbs opening the line or a clause after punctuation. */
export const APPEAL_VERB =
  /(?:^|[.!?:|•·>»→-]\s{0,3})(?:please\s{1,2})?(?:subscribe|donate|support|share|follow|sign up|sign in|log in|register|click|tap|join|download|install|contribute|give|help us|become|enter|get|try|learn more|find out|discover|watch|listen|read|visit|explore|bookmark|like|comment|leave|post|submit|send|contact|call|email|text|save|buy|shop|order|book|claim|start|upgrade|unlock|continue|accept|allow|enable|manage|don['’]t miss|never miss|stay)\b/u;
/** Second-person share at which a line is clearly addressed to the reader. */
const FULL_ADDRESS = 0.12;

export interface Appeal {
  /** Share of second-person words, scaled so 12% and more gives 1. */
  address: number;
  /** 1 when an appeal verb opens the line or a clause. */
  verb: number;
}

export function appeal(line: LineView): Appeal {
  const n = line.words.length;
  let you = 0;
  for (const w of line.words) if (SECOND_PERSON.has(w.toLowerCase())) you++;
  return { address: n === 0 ? 0 : Math.min(1, you / n / FULL_ADDRESS), verb: APPEAL_VERB.test(line.lower) ? 1 : 0 };
}
