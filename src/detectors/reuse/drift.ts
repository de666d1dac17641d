/**
 * Drift: inside an aligned passage pair, the figures, dates and names the candidate changed.
 *
 * A candidate fact (number, name, month or weekday) drifted when the diff of the passage pair's
 * fact sequences leaves it unmatched and an unmatched source fact of the same kind stands in its
 * place — the counterpart rule keeps facts a rewriter merely added or dropped out. Kinds: a number is a `date`
 * when it is a year (1900–2099, no separator) or a day after a month name; months and weekdays are
 * `date`; other names `name`; other numbers `number`. Formatting never counts as a change: numbers
 * are compared without thousands separators, "per cent" and "%" are one word (`analysis.ts`).
 *
 * Cost: O(facts in the passage pair²) — a handful per sentence (at most `MAX_FACTS`).
 */
import type { PredictedDrift } from '../../contracts/detection.ts';
import { MONTHS, NAME, NUMBER, type Tok, WEEKDAYS } from './analysis.ts';
import type { Prepared } from './prepared.ts';

type FactKind = 'number' | 'date' | 'name';

/** Earliest and latest numbers read as years. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2099;
/** Largest number read as a day of the month after a month name. */
const MAX_DAY = 31;
/** Four digits (a year candidate) and one or two digits (a day candidate), anchored. */
export const FOUR_DIGITS = /^\d{4}$/;
export const DAY_DIGITS = /^\d{1,2}$/;

interface Fact {
  readonly tok: Tok;
  readonly kind: FactKind;
}

function factKind(tokens: readonly Tok[], i: number, text: string): FactKind | undefined {
  const t = tokens[i] as Tok;
  if (t.kind === NAME) return MONTHS.has(t.norm) || WEEKDAYS.has(t.norm) ? 'date' : 'name';
  if (t.kind !== NUMBER) return undefined;
  const raw = text.slice(t.start, t.end);
  if (FOUR_DIGITS.test(raw) && Number(raw) >= YEAR_MIN && Number(raw) <= YEAR_MAX) return 'date';
  const previous = tokens[i - 1];
  if (DAY_DIGITS.test(raw) && Number(raw) <= MAX_DAY && previous !== undefined && previous.sentence === t.sentence && MONTHS.has(previous.norm))
    return 'date';
  return 'number';
}

function factsOf(p: Prepared, from: number, to: number): Fact[] {
  const out: Fact[] = [];
  const tokens = p.analysis.tokens;
  for (let i = from; i < to; i++) {
    const kind = factKind(tokens, i, p.analysis.text);
    if (kind !== undefined) out.push({ tok: tokens[i] as Tok, kind });
  }
  return out;
}

/** Indexes of `a` and `b` matched by a longest common subsequence of their forms. O(|a|·|b|). */
function lcsMatches(a: readonly Fact[], b: readonly Fact[]): [Uint8Array, Uint8Array] {
  const n = a.length;
  const m = b.length;
  const L = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i * (m + 1) + j] =
        (a[i] as Fact).tok.norm === (b[j] as Fact).tok.norm
          ? (L[(i + 1) * (m + 1) + j + 1] as number) + 1
          : Math.max(L[(i + 1) * (m + 1) + j] as number, L[i * (m + 1) + j + 1] as number);
  const ma = new Uint8Array(n);
  const mb = new Uint8Array(m);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if ((a[i] as Fact).tok.norm === (b[j] as Fact).tok.norm) {
      ma[i++] = 1;
      mb[j++] = 1;
    } else if ((L[(i + 1) * (m + 1) + j] as number) >= (L[i * (m + 1) + j + 1] as number)) i++;
    else j++;
  }
  return [ma, mb];
}

/** Largest number of facts compared per passage pair (bounds the quadratic diff). */
const MAX_FACTS = 200;

/**
 * Drift items of candidate tokens `[cFrom, cTo)` against source tokens `[sFrom, sTo)`, by a diff
 * of the two fact sequences: facts left unmatched by their longest common subsequence are first
 * paired with an unmatched fact of the same form (moved, not changed: clause reordering); a
 * candidate fact still unmatched drifted when an unmatched source fact of its kind is left, the
 * one in the same stretch between matched facts preferred ("11 goals and 11 assists" against
 * "19 goals and 11 assists": the first 11 drifted from 19).
 */
export function passageDrift(candidate: Prepared, cFrom: number, cTo: number, source: Prepared, sFrom: number, sTo: number): PredictedDrift[] {
  const cFacts = factsOf(candidate, cFrom, cTo).slice(0, MAX_FACTS);
  const sFacts = factsOf(source, sFrom, sTo).slice(0, MAX_FACTS);
  const [cm, sm] = lcsMatches(cFacts, sFacts);
  // Moved facts: unmatched on both sides with the same form.
  cFacts.forEach((f, i) => {
    if (cm[i]) return;
    const j = sFacts.findIndex((s, k) => !sm[k] && s.tok.norm === f.tok.norm);
    if (j >= 0) {
      cm[i] = 1;
      sm[j] = 1;
    }
  });
  // Stretch of each fact: how many matched facts precede it.
  const stretches = (marks: Uint8Array) => {
    let seen = 0;
    return Array.from(marks, (x) => (x ? seen++ : seen));
  };
  const cStretch = stretches(cm);
  const sStretch = stretches(sm);
  const out: PredictedDrift[] = [];
  cFacts.forEach((f, i) => {
    if (cm[i]) return;
    let best = -1;
    for (let j = 0; j < sFacts.length; j++) {
      if (sm[j] || (sFacts[j] as Fact).kind !== f.kind) continue;
      if (best < 0 || Math.abs((sStretch[j] as number) - (cStretch[i] as number)) < Math.abs((sStretch[best] as number) - (cStretch[i] as number))) best = j;
    }
    if (best < 0) return;
    sm[best] = 1;
    const s = (sFacts[best] as Fact).tok;
    out.push({ source: { start: s.start, end: s.end }, candidate: { start: f.tok.start, end: f.tok.end }, kind: f.kind });
  });
  return out;
}
