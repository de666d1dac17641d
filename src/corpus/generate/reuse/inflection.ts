/**
 * English inflection for synonym swaps: find the lemma of an inflected word form (plural,
 * third person, past, participle, -ing) and inflect a synonym lemma the same way. Regular
 * rules plus a table of irregular verbs; forms whose spelling the rules cannot decide (final
 * consonant doubling) are refused rather than guessed. O(length of the word).
 */

/** How a word form relates to its lemma. */
export type Form = 'base' | 'plural' | 'third' | 'past' | 'participle' | 'pastOrParticiple' | 'ing';

/** Common irregular verbs: base, past, past participle. */
const IRREGULAR_VERBS: readonly (readonly [string, string, string])[] = [
  ['arise', 'arose', 'arisen'], ['awake', 'awoke', 'awoken'], ['be', 'was', 'been'], ['bear', 'bore', 'borne'],
  ['beat', 'beat', 'beaten'], ['become', 'became', 'become'], ['begin', 'began', 'begun'], ['bend', 'bent', 'bent'],
  ['bet', 'bet', 'bet'], ['bid', 'bid', 'bid'], ['bind', 'bound', 'bound'], ['bite', 'bit', 'bitten'],
  ['bleed', 'bled', 'bled'], ['blow', 'blew', 'blown'], ['break', 'broke', 'broken'], ['breed', 'bred', 'bred'],
  ['bring', 'brought', 'brought'], ['build', 'built', 'built'], ['burst', 'burst', 'burst'], ['buy', 'bought', 'bought'],
  ['cast', 'cast', 'cast'], ['catch', 'caught', 'caught'], ['choose', 'chose', 'chosen'], ['cling', 'clung', 'clung'],
  ['come', 'came', 'come'], ['cost', 'cost', 'cost'], ['creep', 'crept', 'crept'], ['cut', 'cut', 'cut'],
  ['deal', 'dealt', 'dealt'], ['dig', 'dug', 'dug'], ['do', 'did', 'done'], ['draw', 'drew', 'drawn'],
  ['drink', 'drank', 'drunk'], ['drive', 'drove', 'driven'], ['eat', 'ate', 'eaten'], ['fall', 'fell', 'fallen'],
  ['feed', 'fed', 'fed'], ['feel', 'felt', 'felt'], ['fight', 'fought', 'fought'], ['find', 'found', 'found'],
  ['flee', 'fled', 'fled'], ['fly', 'flew', 'flown'], ['forbid', 'forbade', 'forbidden'], ['forecast', 'forecast', 'forecast'],
  ['forget', 'forgot', 'forgotten'], ['forgive', 'forgave', 'forgiven'], ['freeze', 'froze', 'frozen'], ['get', 'got', 'got'],
  ['give', 'gave', 'given'], ['go', 'went', 'gone'], ['grind', 'ground', 'ground'], ['grow', 'grew', 'grown'],
  ['hang', 'hung', 'hung'], ['have', 'had', 'had'], ['hear', 'heard', 'heard'], ['hide', 'hid', 'hidden'],
  ['hit', 'hit', 'hit'], ['hold', 'held', 'held'], ['hurt', 'hurt', 'hurt'], ['keep', 'kept', 'kept'],
  ['know', 'knew', 'known'], ['lay', 'laid', 'laid'], ['lead', 'led', 'led'], ['leave', 'left', 'left'],
  ['lend', 'lent', 'lent'], ['let', 'let', 'let'], ['lie', 'lay', 'lain'], ['light', 'lit', 'lit'],
  ['lose', 'lost', 'lost'], ['make', 'made', 'made'], ['mean', 'meant', 'meant'], ['meet', 'met', 'met'],
  ['mislead', 'misled', 'misled'], ['overcome', 'overcame', 'overcome'], ['overtake', 'overtook', 'overtaken'], ['pay', 'paid', 'paid'],
  ['put', 'put', 'put'], ['quit', 'quit', 'quit'], ['read', 'read', 'read'], ['rebuild', 'rebuilt', 'rebuilt'],
  ['ride', 'rode', 'ridden'], ['ring', 'rang', 'rung'], ['rise', 'rose', 'risen'], ['run', 'ran', 'run'],
  ['say', 'said', 'said'], ['see', 'saw', 'seen'], ['seek', 'sought', 'sought'], ['sell', 'sold', 'sold'],
  ['send', 'sent', 'sent'], ['set', 'set', 'set'], ['shake', 'shook', 'shaken'], ['shed', 'shed', 'shed'],
  ['shine', 'shone', 'shone'], ['shoot', 'shot', 'shot'], ['show', 'showed', 'shown'], ['shrink', 'shrank', 'shrunk'],
  ['shut', 'shut', 'shut'], ['sing', 'sang', 'sung'], ['sink', 'sank', 'sunk'], ['sit', 'sat', 'sat'],
  ['sleep', 'slept', 'slept'], ['slide', 'slid', 'slid'], ['speak', 'spoke', 'spoken'], ['spend', 'spent', 'spent'],
  ['spin', 'spun', 'spun'], ['split', 'split', 'split'], ['spread', 'spread', 'spread'], ['spring', 'sprang', 'sprung'],
  ['stand', 'stood', 'stood'], ['steal', 'stole', 'stolen'], ['stick', 'stuck', 'stuck'], ['sting', 'stung', 'stung'],
  ['strike', 'struck', 'struck'], ['strive', 'strove', 'striven'], ['swear', 'swore', 'sworn'], ['sweep', 'swept', 'swept'],
  ['swim', 'swam', 'swum'], ['swing', 'swung', 'swung'], ['take', 'took', 'taken'], ['teach', 'taught', 'taught'],
  ['tear', 'tore', 'torn'], ['tell', 'told', 'told'], ['think', 'thought', 'thought'], ['throw', 'threw', 'thrown'],
  ['undergo', 'underwent', 'undergone'], ['understand', 'understood', 'understood'], ['undertake', 'undertook', 'undertaken'],
  ['upset', 'upset', 'upset'], ['wake', 'woke', 'woken'], ['wear', 'wore', 'worn'], ['win', 'won', 'won'],
  ['withdraw', 'withdrew', 'withdrawn'], ['withhold', 'withheld', 'withheld'], ['write', 'wrote', 'written'],
];

/** Nouns whose plural the -s rules get wrong. */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  man: 'men', woman: 'women', child: 'children', person: 'people', foot: 'feet', tooth: 'teeth', mouse: 'mice',
  goose: 'geese', crisis: 'crises', analysis: 'analyses', thesis: 'theses', basis: 'bases', criterion: 'criteria',
  phenomenon: 'phenomena', life: 'lives', wife: 'wives', knife: 'knives', leaf: 'leaves', half: 'halves', shelf: 'shelves',
  thief: 'thieves', wolf: 'wolves', loaf: 'loaves', calf: 'calves',
};

const IRREGULAR_BY_BASE = new Map(IRREGULAR_VERBS.map((v) => [v[0], v]));
const IRREGULAR_BY_FORM = new Map<string, { base: string; form: Form }[]>();
for (const [base, past, participle] of IRREGULAR_VERBS) {
  const add = (w: string, form: Form) => IRREGULAR_BY_FORM.set(w, [...(IRREGULAR_BY_FORM.get(w) ?? []), { base, form }]);
  if (past === participle) add(past, 'pastOrParticiple');
  else {
    add(past, 'past');
    add(participle, 'participle');
  }
}
const PLURAL_TO_SINGULAR = new Map(Object.entries(IRREGULAR_PLURALS).map(([s, p]) => [p, s]));

const VOWEL = /[aeiou]/;
const isConsonant = (c: string | undefined) => c !== undefined && /[a-z]/.test(c) && !VOWEL.test(c);

/** True when the word ends consonant–vowel–consonant, where -ed/-ing may double the consonant. */
function doublingIsAmbiguous(w: string): boolean {
  const n = w.length;
  return n >= 3 && isConsonant(w[n - 1]) && !/[wxy]/.test(w[n - 1] as string) && VOWEL.test(w[n - 2] as string) && isConsonant(w[n - 3]);
}

/** Words in -o whose plural (or third person) takes -es; the rest take -s ("photos"). */
const O_ES: ReadonlySet<string> = new Set(['potato', 'tomato', 'hero', 'echo', 'veto', 'torpedo', 'embargo', 'go', 'do', 'undergo', 'forgo']);

function sibilantEnd(w: string): boolean {
  return /(s|x|z|ch|sh)$/.test(w);
}

/** Plural of a noun or third person of a verb ("-s", "-es", "-ies"). */
function addS(w: string): string {
  if (/[^u]man$/.test(w)) return `${w.slice(0, -3)}men`;
  if (sibilantEnd(w) || O_ES.has(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function addEd(w: string): string | undefined {
  if (doublingIsAmbiguous(w)) return undefined;
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  return `${w}ed`;
}

function addIng(w: string): string | undefined {
  if (doublingIsAmbiguous(w)) return undefined;
  if (w.endsWith('ie')) return `${w.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(w)) return `${w.slice(0, -1)}ing`;
  return `${w}ing`;
}

/**
 * Inflect a lemma into `form`; undefined when the spelling is uncertain or the form does not
 * exist for an irregular verb (a regular "-ed" word may be past or participle: both must agree).
 */
export function inflect(lemma: string, form: Form, pos: 'n' | 'v' | 'a' | 'r'): string | undefined {
  if (form === 'base') return lemma;
  if (form === 'plural') return IRREGULAR_PLURALS[lemma] ?? addS(lemma);
  if (pos !== 'v') return undefined;
  const irregular = IRREGULAR_BY_BASE.get(lemma);
  if (form === 'third') return lemma === 'be' ? 'is' : lemma === 'have' ? 'has' : addS(lemma);
  if (form === 'ing') return addIng(lemma);
  if (irregular) {
    if (form === 'past') return irregular[1];
    if (form === 'participle') return irregular[2];
    return irregular[1] === irregular[2] ? irregular[1] : undefined;
  }
  return addEd(lemma);
}

/** Candidate (lemma, form) readings of a lowercase word form, most likely first. */
export function lemmaCandidates(w: string): { lemma: string; form: Form }[] {
  const out: { lemma: string; form: Form }[] = [{ lemma: w, form: 'base' }];
  for (const r of IRREGULAR_BY_FORM.get(w) ?? []) out.push({ lemma: r.base, form: r.form });
  const singular = PLURAL_TO_SINGULAR.get(w) ?? (/[^u]men$/.test(w) ? `${w.slice(0, -3)}man` : undefined);
  if (singular) out.push({ lemma: singular, form: 'plural' });
  if (w.endsWith('ies') && w.length > 4) out.push({ lemma: `${w.slice(0, -3)}y`, form: 'plural' });
  if (w.endsWith('es') && sibilantEnd(w.slice(0, -2))) out.push({ lemma: w.slice(0, -2), form: 'plural' });
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) out.push({ lemma: w.slice(0, -1), form: 'plural' });
  if (w.endsWith('ied') && w.length > 4) out.push({ lemma: `${w.slice(0, -3)}y`, form: 'pastOrParticiple' });
  if (w.endsWith('ed') && w.length > 4) {
    out.push({ lemma: w.slice(0, -1), form: 'pastOrParticiple' }, { lemma: w.slice(0, -2), form: 'pastOrParticiple' });
    if (w[w.length - 3] === w[w.length - 4]) out.push({ lemma: w.slice(0, -3), form: 'pastOrParticiple' });
  }
  if (w.endsWith('ing') && w.length > 5) {
    out.push({ lemma: w.slice(0, -3), form: 'ing' }, { lemma: `${w.slice(0, -3)}e`, form: 'ing' });
    if (w[w.length - 4] === w[w.length - 5]) out.push({ lemma: w.slice(0, -4), form: 'ing' });
  }
  return out;
}

/** True when `form` of `lemma` regularly or irregularly spells `w` (guards the guesses above). */
export function spells(lemma: string, form: Form, pos: 'n' | 'v' | 'a' | 'r', w: string): boolean {
  if (form === 'plural' && pos === 'v') return inflect(lemma, 'third', pos) === w;
  if (form === 'pastOrParticiple') {
    const irregular = IRREGULAR_BY_BASE.get(lemma);
    if (irregular) return irregular[1] === w || irregular[2] === w;
    if (w.endsWith('ed') && w[w.length - 3] === w[w.length - 4] && lemma === w.slice(0, -3)) return true; // stopped
    return addEd(lemma) === w || (lemma.endsWith('e') && `${lemma}d` === w);
  }
  if (form === 'ing' && w.endsWith('ing') && w[w.length - 4] === w[w.length - 5] && lemma === w.slice(0, -4)) return true;
  return inflect(lemma, form, pos) === w;
}
