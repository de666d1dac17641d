/**
 * Synonym swaps from WordNet, as article spinners do them: a share of the content words is
 * replaced by another single-word lemma of the same synset (the word's most frequent sense),
 * inflected like the original and capitalised like it. Names, figures, parts of compounds and
 * function words are never touched, nor quoted speech unless `quotes` is set; "a"/"an" before a swapped word is fixed.
 *
 * Cost: one WordNet lookup per content word, O(length of text) otherwise.
 */
import type { Random } from '../random.ts';
import { FUNCTION_WORDS, KEEP_WORDS, NOMINAL_CUES, PARTICIPLE_CUES, VERBAL_CUES } from './functionWords.ts';
import { type Form, inflect, lemmaCandidates, spells } from './inflection.ts';
import { isContentWord, type WordToken, wordTokens } from './tokens.ts';
import { loadWordNet, POSES, type Pos, type WordNet } from './wordnet.ts';

export interface SwapOptions {
  /** Share of the content words (unquoted ones unless `quotes`) to swap; fewer when fewer have a synonym. */
  rate: number;
  /**
   * Which of the word's senses (most frequent first) may supply synonyms, as the minimum
   * SemCor tag count a synonym needs in each: `[1]` = first sense, commonly used synonyms
   * only; `[0, 1]` = any synonym of the first sense, common ones of the second.
   */
  minTags: readonly number[];
  /** Refuse words whose part of speech is unclear without a context cue (light spin does). */
  strictPos: boolean;
  /** Admit two- and three-word lemmas ("take office") when no single-word synonym exists. */
  multiword: boolean;
  /** Spin inside quoted speech too (crude spinners do; then quotes do not survive). */
  quotes: boolean;
}

export interface SwapResult {
  text: string;
  /** Words replaced. */
  swapped: number;
  /** Content words that may be swapped, quoted or not (the rate's denominator). */
  contentWords: number;
  /** Content words that had an acceptable synonym. */
  eligible: number;
}

/** A reading of a word form: lemma, part of speech and inflection. */
interface Reading {
  lemma: string;
  pos: Pos;
  form: Form;
  score: number;
}

/** Which parts of speech an inflection allows. */
const FORM_POS: Record<Form, readonly Pos[]> = {
  base: POSES,
  plural: ['n', 'v'],
  third: ['v'],
  past: ['v'],
  participle: ['v'],
  pastOrParticiple: ['v'],
  ing: ['v'],
};

/** Shortest synonym worth using: two-letter lemmas are mostly abbreviations. */
const MIN_SYNONYM_LENGTH = 3;
/** Without a context cue, a reading must outscore the best other part of speech this many times. */
const DOMINANCE = 2;
/** A two- or three-word WordNet lemma. */
const MULTIWORD = /^[a-z]+(?:_[a-z]+){1,2}$/;
/** WordNet lists Roman numerals as synonyms of number words. */
const ROMAN_NUMERAL = /^[ivxlcdm]+$/;
/** Lemmas that already end in a plural -s ("winnings", "grounds"); "-ss" and "-us" are singular. */
const PLURALE_TANTUM = /[^su]s$/;
/** Synonyms WordNet offers in senses no news copy means (sexual, slang or archaic readings). */
const BANNED_SYNONYMS: ReadonlySet<string> = new Set(
  'ejaculate ejaculates climax orgasm screw bang lay hump fuck shit piss crap nigger bastard bitch whore shag bonk'.split(' '),
);
/** Subjects after which an -s form may be a verb ("it rises"); elsewhere it is read as a plural. */
const SUBJECT_CUES: ReadonlySet<string> = new Set(['he', 'she', 'it', 'who', 'which', 'that', 'also']);

/**
 * The readings of a word in context, best first: context cues filter, SemCor tag counts rank,
 * and without a cue an ambiguous word (no part of speech clearly dominant) has none.
 */
export function readings(t: WordToken, wn: WordNet, strictPos = true): Reading[] {
  const lower = t.text.toLowerCase();
  const out: Reading[] = [];
  for (const { lemma, form } of lemmaCandidates(lower)) {
    for (const pos of FORM_POS[form]) {
      const entry = wn.entry(lemma, pos);
      if (!entry || !spells(lemma, form, pos, lower)) continue;
      if (out.some((r) => r.lemma === lemma && r.pos === pos)) continue;
      if (form === 'plural' && pos === 'v' && !SUBJECT_CUES.has(t.previous)) continue;
      const score = entry.tags.reduce((a, b) => a + b, 0) + (form === 'base' ? 0.5 : 0);
      out.push({ lemma, pos, form: form === 'plural' && pos === 'v' ? 'third' : form, score });
    }
  }
  let kept = out;
  if (NOMINAL_CUES.has(t.previous)) kept = out.filter((r) => r.pos === 'n' || r.pos === 'a');
  else if (VERBAL_CUES.has(t.previous) && out.some((r) => r.pos === 'v' && r.form === 'base'))
    kept = out.filter((r) => r.pos === 'v' && r.form === 'base');
  else if (PARTICIPLE_CUES.has(t.previous) && out.some((r) => r.pos === 'v' && r.form !== 'base'))
    kept = out.filter((r) => r.pos === 'v' && r.form !== 'base');
  else if (lower.endsWith('ly') && out.some((r) => r.pos === 'r')) kept = out.filter((r) => r.pos === 'r');
  const sorted = [...kept].sort((a, b) => b.score - a.score || (a.pos < b.pos ? -1 : 1));
  const best = sorted[0];
  const rival = sorted.find((r) => best && r.pos !== best.pos);
  if (strictPos && best && rival && kept === out && best.score < DOMINANCE * rival.score) return [];
  return sorted;
}

/** Acceptable replacements for a word in context (already inflected, lowercase). */
export function synonymsFor(t: WordToken, wn: WordNet, options: Omit<SwapOptions, 'rate'>): string[] {
  const lower = t.text.toLowerCase();
  if (!isContentWord(t) || (t.quoted && !options.quotes) || KEEP_WORDS.has(lower)) return [];
  const best = readings(t, wn, options.strictPos)[0];
  if (!best || KEEP_WORDS.has(best.lemma)) return [];
  const entry = wn.entry(best.lemma, best.pos);
  if (!entry) return [];
  const out = new Map<string, number>();
  const phrases = new Map<string, number>();
  for (let i = 0; i < Math.min(options.minTags.length, entry.synsets.length); i++) {
    const synset = wn.synset(entry.synsets[i] as number, best.pos);
    if (synset.lemmas.some((l) => l[0] !== (l[0] as string).toLowerCase())) continue; // a proper-noun synset
    for (const lemma of synset.lemmas) {
      const phrase = MULTIWORD.test(lemma);
      if (lemma === best.lemma || lemma.length < MIN_SYNONYM_LENGTH || !(/^[a-z]+$/.test(lemma) || (phrase && options.multiword))) continue;
      if (phrase && lemma.split('_').includes(best.lemma)) continue; // "vote" → "cast a vote" adds nothing
      if (FUNCTION_WORDS.has(lemma) || KEEP_WORDS.has(lemma) || ROMAN_NUMERAL.test(lemma)) continue;
      const tag = wn.tagCount(lemma, synset.offset, best.pos);
      if (tag < (options.minTags[i] as number) || BANNED_SYNONYMS.has(lemma)) continue;
      if (PLURALE_TANTUM.test(lemma) && (best.form === 'plural' || !lower.endsWith('s'))) continue; // "winnings", "authorities"
      if (best.form === 'plural' && lemma.endsWith('ing')) continue; // "talks" → "talkings"
      const form = phrase ? inflectPhrase(lemma, best.form, best.pos) : inflect(lemma, best.form, best.pos);
      if (form === undefined || form === lower) continue;
      const into = phrase ? phrases : out;
      into.set(form, Math.max(into.get(form) ?? 0, tag));
    }
  }
  const ranked = out.size > 0 ? out : phrases;
  return [...ranked].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/**
 * Inflect a multi-word lemma ("take_office", "polling_place"): a verb phrase inflects its
 * first word, a noun phrase its last; other parts of speech only in the base form.
 */
function inflectPhrase(lemma: string, form: Form, pos: Pos): string | undefined {
  const parts = lemma.split('_');
  const head = pos === 'v' ? 0 : parts.length - 1;
  if (form !== 'base' && pos !== 'v' && pos !== 'n') return undefined;
  const inflected = inflect(parts[head] as string, form, pos);
  if (inflected === undefined) return undefined;
  parts[head] = inflected;
  return parts.join(' ');
}

/** Copy the capitalisation of `model` (all caps, initial capital or lowercase) onto `word`. */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] !== (model[0] as string).toLowerCase()) return (word[0] as string).toUpperCase() + word.slice(1);
  return word;
}

/** "a" or "an" before `word` (by its first letter; good enough for generated copy). */
function article(word: string, model: string): string {
  const an = /^[aeiou]/i.test(word) && !/^(u[nbsrt]i|eu|one)/i.test(word);
  return matchCase(an ? 'an' : 'a', model);
}

/** Swap about `rate` of the content words of `text` for WordNet synonyms. */
export function swapSynonyms(text: string, random: Random, options: SwapOptions, wn: WordNet = loadWordNet()): SwapResult {
  const tokens = wordTokens(text);
  const content = tokens.filter((t) => isContentWord(t) && (options.quotes || !t.quoted));
  const choices = new Map<number, string[]>();
  tokens.forEach((t, i) => {
    const s = synonymsFor(t, wn, options);
    if (s.length > 0) choices.set(i, s);
  });
  const target = Math.round(options.rate * content.length);
  const chosen = random
    .shuffle([...choices.keys()])
    .slice(0, target)
    .sort((a, b) => a - b);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const i of chosen) {
    const t = tokens[i] as WordToken;
    const replacement = matchCase(random.pick(choices.get(i) as string[]), t.text);
    edits.push({ start: t.start, end: t.end, text: replacement });
    const prev = tokens[i - 1];
    if (prev && /^an?$/i.test(prev.text) && text.slice(prev.end, t.start) === ' ' && !chosen.includes(i - 1))
      edits.push({ start: prev.start, end: prev.end, text: article(replacement, prev.text) });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, swapped: chosen.length, contentWords: content.length, eligible: choices.size };
}
