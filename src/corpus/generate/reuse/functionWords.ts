/**
 * Word lists that steer the synonym swapper: function words (never content words, never
 * swapped), words whose WordNet synonyms read badly in news copy (kept as they are), and the
 * context words that tell a noun slot from a verb slot. O(1) lookups.
 */

/** Determiners, pronouns, prepositions, conjunctions, auxiliaries and other closed-class words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those some any each every no none all both either neither another such other ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one ones ' +
    'who whom whose which what whatever whoever where when why how whether if then than so as because since ' +
    'although though while whereas unless until till once after before during about above across against along ' +
    'amid among around at behind below beneath beside besides between beyond by down for from in inside into ' +
    'near of off on onto out outside over past per through throughout to toward towards under underneath up ' +
    'upon via with within without and or but nor yet also too very just only even still already not never ' +
    'be am is are was were been being have has had having do does did done doing will would shall should can ' +
    'could may might must ought there here s t d ll re ve don doesn didn isn wasn aren weren hasn haven hadn ' +
    'won wouldn couldn shouldn cannot mr mrs ms dr st more most less least much many few several own same ' +
    'say says said saying tell tells told telling further again ago ' +
    // name particles ("Pieter van Rensburg", "Luis de la Cruz")
    'van von der den de del della di da das dos du le la bin ibn al el ter'
  ).split(' '),
);

/** Content words left alone: their WordNet synonyms are wrong in news register or senses. */
export const KEEP_WORDS: ReadonlySet<string> = new Set(
  (
    'percent people year years month months week weeks day days time times per cent million billion thousand hundred ' +
    'first second third last next new old get got make made take took like well back way ' +
    'statement percentage minister president mayor police court according call called calls calling ' +
    'due including include includes one two three four five six seven eight nine ten eleven twelve twenty thirty ' +
    'forty fifty sixty seventy eighty ninety hundred dozen half quarter'
  ).split(' '),
);

/** Words after which the next word fills a noun or adjective slot. */
export const NOMINAL_CUES: ReadonlySet<string> = new Set(
  'the a an this these those its his her their our my your every each no some any another such whose'.split(' '),
);

/** Words after which the next word fills a verb slot. */
export const VERBAL_CUES: ReadonlySet<string> = new Set(
  'will would could should can may might must did does do not to'.split(' '),
);

/** Words after which an -ed/-en form is a participle (verb), not an adjective. */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set('has have had having been was were is are be being'.split(' '));
