/**
 * Quiet factual drift: find the figures, dates and names of a text that a copier could change
 * without anyone noticing, and change one ("42" → "24", "Tuesday" → "Wednesday", "Endara" →
 * "Becerril"). Figures keep their format (separators, decimals, digit count); dates stay valid
 * (days 1–28 of a month, weekdays, months, years ±1–3); names are surnames taken from other
 * articles. O(length of text).
 */
import type { DriftKind } from '../../../contracts/case.ts';
import type { Random } from '../random.ts';

export interface DriftTarget {
  start: number;
  end: number;
  kind: Exclude<DriftKind, 'other'>;
  text: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const MONTH_WORD = new RegExp(String.raw`\b(?:${[...MONTHS, ...MONTH_ABBREVIATIONS, 'Sep'].join('|')})\.?$`);

/** Shortest surname worth swapping (short capitalised words are mostly not names). */
const MIN_SURNAME_LENGTH = 4;
/** A surname must recur: one mention is as likely a place or an organisation. */
const MIN_SURNAME_MENTIONS = 2;
/** Largest day number a drifted date may take (valid in every month). */
const MAX_DAY = 28;

/** A figure not glued to letters ("KMV-2", "COVID-19" are names, not figures). */
const FIGURE = /(?<![\p{L}\p{N}\-.,])\d+(?:[.,]\d+)*(?![\p{L}\p{N}-])/gu;

/** Figures, date words and day numbers of `text`, each with its kind. */
export function figureAndDateTargets(text: string): DriftTarget[] {
  const out: DriftTarget[] = [];
  for (const m of text.matchAll(FIGURE)) {
    let value = m[0];
    let end = m.index + value.length;
    if (/[.,]$/.test(value)) {
      value = value.slice(0, -1);
      end--;
    }
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    const year = /^(?:19|20)\d\d$/.test(value);
    const day = MONTH_WORD.test(before.trimEnd()) && /^\d{1,2}$/.test(value) && Number(value) <= 31;
    out.push({ start: m.index, end, kind: year || day ? 'date' : 'number', text: value });
  }
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:${[...WEEKDAYS, ...MONTHS].join('|')})\b`, 'g')))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'date', text: m[0] });
  return out.sort((a, b) => a.start - b.start);
}

/** Words never taken for surnames even when capitalised and recurring. */
const NOT_NAMES = new Set([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS]);

/**
 * Surname-like words of `text`: capitalised mid-sentence, recurring, not dictionary words
 * (`isWord` tests the lowercase form), not months or weekdays.
 */
export function surnames(text: string, isWord: (lower: string) => boolean): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<=[\p{Ll},] )\p{Lu}\p{Ll}+(?![\p{L}'\u2019-])/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts]
    .filter(([w, n]) => n >= MIN_SURNAME_MENTIONS && w.length >= MIN_SURNAME_LENGTH && !NOT_NAMES.has(w) && !isWord(w.toLowerCase()))
    .map(([w]) => w)
    .sort();
}

/** Every occurrence of the given names in `text` (whole words). */
export function nameTargets(text: string, names: readonly string[]): DriftTarget[] {
  const out: DriftTarget[] = [];
  for (const name of names)
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}-])${name}(?![\p{L}-])`, 'gu')))
      out.push({ start: m.index, end: m.index + name.length, kind: 'name', text: name });
  return out.sort((a, b) => a.start - b.start);
}

/** A different figure of the same shape: the digits permuted ("42" → "24") or one digit changed. */
export function driftNumber(value: string, random: Random): string {
  const digits = value.replace(/\D/g, '').split('');
  const shuffled = random.shuffle(digits);
  let next = shuffled.join('');
  if (next === digits.join('') || (next[0] === '0' && digits.length > 1)) {
    const i = random.int(digits.length > 1 ? 1 : 0, digits.length - 1);
    const d = Number(digits[i]);
    const nd = (d + random.int(1, 8)) % 10;
    next = digits.map((c, k) => (k === i ? String(i === 0 && nd === 0 ? 1 : nd) : c)).join('');
    if (next === digits.join('')) next = digits.map((c, k) => (k === i ? String((d + 1) % 10 || 1) : c)).join('');
  }
  let k = 0;
  return value.replace(/\d/g, () => next[k++] as string);
}

/** Another weekday or month (same spelling style), another day of the month, a nearby year. */
export function driftDate(value: string, random: Random): string {
  for (const list of [WEEKDAYS, MONTHS, MONTH_ABBREVIATIONS]) {
    const i = list.indexOf(value);
    if (i !== -1) return list[(i + random.int(1, list.length - 1)) % list.length] as string;
  }
  const n = Number(value);
  if (value.length === 4) return String(n + (random.chance(0.5) ? 1 : -1) * random.int(1, 3));
  const day = ((n - 1 + random.int(1, MAX_DAY - 1)) % MAX_DAY) + 1;
  return String(day === n ? (n % MAX_DAY) + 1 : day);
}

/** The changed text of a target (`names`: surnames to swap in, none of them the target). */
export function driftValue(t: DriftTarget, random: Random, names: readonly string[]): string {
  if (t.kind === 'number') return driftNumber(t.text, random);
  if (t.kind === 'date') return driftDate(t.text, random);
  return random.pick(names.filter((n) => n !== t.text));
}

/** Pick `count` targets of distinct positions, preferring distinct kinds, spread over the text. */
export function chooseTargets(targets: readonly DriftTarget[], count: number, random: Random): DriftTarget[] {
  const byKind = new Map<string, DriftTarget[]>();
  for (const t of targets) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t]);
  const kinds = random.shuffle([...byKind.keys()].sort());
  const chosen: DriftTarget[] = [];
  for (let i = 0; chosen.length < count && i < count * kinds.length; i++) {
    const pool = (byKind.get(kinds[i % kinds.length] as string) ?? []).filter(
      (t) => !chosen.some((c) => c.start < t.end && t.start < c.end),
    );
    if (pool.length > 0) chosen.push(random.pick(pool));
  }
  return chosen.sort((a, b) => a.start - b.start);
}
