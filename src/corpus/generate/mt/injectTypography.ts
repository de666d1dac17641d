/**
 * Injector: French typography in English text, one of (picked among those the text allows):
 * guillemets for a pair of straight quotes (`« … »`), a space before ':' or ';', a decimal
 * comma ("3.5" → "3,5"), a space before '%', space-grouped thousands ("140,000" → "140 000"),
 * and "km2" for "square kilometres". Span type `typography`: each guillemet, the space with its
 * sign, or the whole number / unit. Cost: O(text).
 */
import type { Random } from '../random.ts';
import { type Edit, type Injected, type Injector, isFree } from './injection.ts';

/** The no-break space French typography puts before "%", ":" and inside guillemets. */
const NBSP = '\u00A0';
/** Chance a French space is a no-break space rather than a plain one (MT output has both). */
const NBSP_SHARE = 0.5;
const space = (random: Random) => (random.chance(NBSP_SHARE) ? NBSP : ' ');

type Variant = (doc: Injected, random: Random) => { edits: Edit[]; variant: string } | undefined;

function pickMatch(doc: Injected, re: RegExp, random: Random, span: (m: RegExpExecArray) => [number, number] = (m) => [m.index, m.index + m[0].length]) {
  const sites = [...doc.text.matchAll(re)].filter((m) => {
    const [s, e] = span(m);
    return isFree(doc, s, e);
  });
  return sites.length === 0 ? undefined : random.pick(sites);
}

const guillemets: Variant = (doc, random) => {
  const m = pickMatch(doc, /"([^"\n]{1,400})"/gu, random);
  if (m === undefined) return undefined;
  const inner = random.chance(0.5) ? space(random) : '';
  const open: Edit = { start: m.index, end: m.index + 1, insert: `«${inner}`, marks: [{ from: 0, to: 1, type: 'typography' }] };
  const closeAt = m.index + m[0].length - 1;
  const close: Edit = { start: closeAt, end: closeAt + 1, insert: `${inner}»`, marks: [{ from: inner.length, to: inner.length + 1, type: 'typography' }] };
  return { edits: [open, close], variant: 'guillemets' };
};

const spaceBeforePunctuation: Variant = (doc, random) => {
  const m = pickMatch(doc, /(?<=\p{L})[:;](?= )/gu, random);
  if (m === undefined) return undefined;
  const sp = space(random);
  return { edits: [{ start: m.index, end: m.index + 1, insert: `${sp}${m[0]}`, marks: [{ from: 0, to: 2, type: 'typography' }] }], variant: 'space-before-punctuation' };
};

const decimalComma: Variant = (doc, random) => {
  const m = pickMatch(doc, /(?<![\p{N}.,])\d+\.\d{1,2}(?![\p{N}]|\.\d)/gu, random);
  if (m === undefined) return undefined;
  const insert = m[0].replace('.', ',');
  return { edits: [{ start: m.index, end: m.index + m[0].length, insert, marks: [{ from: 0, to: insert.length, type: 'typography' }] }], variant: 'decimal-comma' };
};

const spaceBeforePercent: Variant = (doc, random) => {
  const m = pickMatch(doc, /(?<=\d)%/gu, random, (x) => [x.index - 1, x.index + 1]);
  if (m === undefined) return undefined;
  return { edits: [{ start: m.index, end: m.index + 1, insert: `${space(random)}%`, marks: [{ from: 0, to: 2, type: 'typography' }] }], variant: 'space-before-percent' };
};

const groupedThousands: Variant = (doc, random) => {
  const m = pickMatch(doc, /(?<![\p{N}.,])\d{1,3}(?:,\d{3})+(?![\p{N}]|[.,]\d)/gu, random);
  if (m === undefined) return undefined;
  const insert = m[0].replaceAll(',', space(random));
  return { edits: [{ start: m.index, end: m.index + m[0].length, insert, marks: [{ from: 0, to: insert.length, type: 'typography' }] }], variant: 'space-grouped-thousands' };
};

const squareKilometres: Variant = (doc, random) => {
  const m = pickMatch(doc, /(?<=\d )square kilomet(?:re|er)s?\b/gu, random);
  if (m === undefined) return undefined;
  return { edits: [{ start: m.index, end: m.index + m[0].length, insert: 'km2', marks: [{ from: 0, to: 3, type: 'typography' }] }], variant: 'km2' };
};

/** Every variant, in a fixed order (the injector shuffles them per call). */
export const TYPOGRAPHY_VARIANTS: readonly Variant[] = [guillemets, spaceBeforePunctuation, decimalComma, spaceBeforePercent, groupedThousands, squareKilometres];

export const injectTypography: Injector = (doc, random) => {
  for (const variant of random.shuffle(TYPOGRAPHY_VARIANTS)) {
    const r = variant(doc, random);
    if (r !== undefined) return { edits: r.edits, detail: { kind: 'typography', variant: r.variant } };
  }
  return undefined;
};
