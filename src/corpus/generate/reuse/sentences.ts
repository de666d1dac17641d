/**
 * Sentence boundaries in wire copy: a sentence ends at `.`, `!` or `?` (plus any closing
 * quote or bracket) followed by white space and a capital, digit or opening quote, except
 * after abbreviations ("Dr.", "Oct.", "U.S.") and initials. O(length of text).
 */

/** Abbreviations whose full stop does not end a sentence (compared without the dot). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof st mt ft gen lt col maj capt sgt cpl adm gov sen rep rev jr sr inc co corp ltd no nos vs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ'
  ).split(' '),
);

const END = /[.!?]["'\u201D\u2019)\]]*(?=\s+["\u201C(]?[\p{Lu}\p{N}\uE000-\uF8FF])/gu;

/** `[start, end)` of each sentence of `text`, trimmed of surrounding white space. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') out.push({ start: start + lead, end: start + lead + trimmed.length });
  };
  for (const m of text.matchAll(END)) {
    const before = /([\p{L}.]+)$/u.exec(text.slice(start, m.index))?.[1] ?? '';
    const word = before.replace(/\./g, '').toLowerCase();
    if (m[0][0] === '.' && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before) || /\.\p{L}$/u.test(before))) continue;
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/** The sentences of `text` as strings. */
export function sentenceTexts(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end));
}
