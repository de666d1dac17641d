/**
 * The line features the model weighs: family strengths (strong and weak forms apart), sentence
 * shape, link and digit density, appeals, UI controls, separators, runs, repetition, lexical
 * cohesion and the position relative to the article body and the other prose islands. Every
 * feature lies in [0, 1]. `lineFeatures` is the first pass (what each line and the
 * page structure say); `contextFeatures` adds what the neighbours' first-pass probabilities say
 * (a line between two flagged lines, a headline under a "Related" header).
 * Cost: O(text) for the first pass (each matcher is O(line)), O(lines) for the context pass.
 */
import { FAMILIES, familyStrengths } from './families/index.ts';
import { LIST_HEADER } from './families/relatedArticles.ts';
import type { LineView } from './lineView.ts';
import { appeal } from './signals/appealLexicon.ts';
import { bodyRegion, distanceToBody, lineValue, REGION_PARAMS, type RegionParams } from './signals/bodyRegion.ts';
import { cohesion } from './signals/cohesion.ts';
import { digitDensity } from './signals/digitDensity.ts';
import { linkDensity } from './signals/linkDensity.ts';
import { distanceToIslands, proseIslands } from './signals/proseIslands.ts';
import { repeated } from './signals/repetition.ts';
import { isNonProse, isShort, runLengths } from './signals/runs.ts';
import { sentenceShape } from './signals/sentenceLike.ts';
import { separators } from './signals/separators.ts';
import { uiControl } from './signals/uiControl.ts';

/** First-pass feature names, in vector order. */
export const LINE_FEATURES = [
  'bias',
  ...FAMILIES.map((f) => `family:${f}`),
  ...FAMILIES.map((f) => `weak:${f}`),
  'familyMax',
  'terminal',
  'functionShare',
  'lowerShare',
  'length',
  'sentenceLike',
  'words<=2',
  'words3-5',
  'words6-12',
  'titleCase',
  'allCaps',
  'bullet',
  'quoted',
  'linkShare',
  'hasLink',
  'digitShare',
  'address',
  'appealVerb',
  'uiControl',
  'separators',
  'emoji',
  'shortRun',
  'listRun',
  'repeated',
  'outsideBody',
  'farFromBody',
  'outsideShort',
  'outsideProse',
  'insideShort',
  'inOtherIsland',
  'farFromProse',
  'cohesion',
  'noCohesion',
  'bodyShare',
  'pageEdge',
] as const;

/** Context features added by the second pass. */
export const CONTEXT_FEATURES = [
  'prevP',
  'nextP',
  'sandwich',
  'prevAcrossBreak',
  'nextAcrossBreak',
  'sandwichAcrossBreak',
  'windowP',
  'proseAmidChrome',
  'underHeader',
  'metaAbove',
  'firstPassP',
] as const;

export const ALL_FEATURES = [...LINE_FEATURES, ...CONTEXT_FEATURES] as const;
export type FeatureName = (typeof ALL_FEATURES)[number];

/** Family strength from which a match is a form only that family produces (weaker cues weigh apart). */
const STRONG = 0.8;
/** Lines beyond which a line is "far" from the body (scaled: 10 lines and more gives 1). */
const FAR_LINES = 10;
/** Run length that counts fully (scaled: runs of 8 and more give 1). */
const FULL_RUN = 8;
/** Cohesion under which a measurable line shares (almost) nothing with its neighbours. */
const NO_COHESION = 0.1;
/** Share of upper-case letters above which a line is written in capitals. */
const ALL_CAPS = 0.8;
/** Lines on each side whose first-pass probabilities make up a line's neighbourhood. */
const WINDOW = 3;
/** Lines from the top or bottom of the page that count as its edge. */
const EDGE_LINES = 2;

/** A list item: bullet, dash, number or letter in brackets. */
export const BULLET = /^(?:[•▪◦●○■□➤✓✔*]|[-–—]\s|\d{1,2}[.)]\s|\(\w\)\s)/u;
/** A line opening with a quotation mark (pull quotes). */
export const QUOTED = /^["“”'‘«]/u;
/** Emoji and pictographs (decorate calls, embeds and spam). */
export const EMOJI = /\p{Extended_Pictographic}/u;
/** A line that ends like a sentence (closes a list opened by a header). */
export const PROSE_END = /[.!?]["”’)]?$/u;

export interface PageFeatures {
  /** One first-pass vector per line, in LINE_FEATURES order. */
  rows: number[][];
  /** Family strengths per line, in FAMILIES order. */
  families: number[][];
  /** The body region found. */
  body: { first: number; last: number; wordShare: number };
}

export function lineFeatures(lines: readonly LineView[], region: RegionParams = REGION_PARAMS): PageFeatures {
  const n = lines.length;
  const families = lines.map(familyStrengths);
  const famMax = families.map((f) => Math.max(0, ...f));
  const shapes = lines.map(sentenceShape);
  const words = lines.map((l) => l.words.length);
  const coh = cohesion(lines);
  const values = lines.map((_, i) => lineValue(words[i] as number, (shapes[i] as { score: number }).score, famMax[i] as number, coh[i] as number, region));
  const body = bodyRegion(values, words);
  const islands = proseIslands(values);
  const toIsland = distanceToIslands(islands);
  const inOther = (i: number) => islands.some((s) => i >= s.first && i <= s.last && (s.last < body.first || s.first > body.last));
  const shortRun = runLengths(n, (i) => isShort(lines[i] as LineView));
  const listRun = runLengths(n, (i) => isNonProse(lines[i] as LineView, shapes[i] as ReturnType<typeof sentenceShape>));
  const rep = repeated(lines);
  const rows = lines.map((line, i) => {
    const shape = shapes[i] as ReturnType<typeof sentenceShape>;
    const w = line.words.length;
    const link = linkDensity(line);
    const ap = appeal(line);
    const d = distanceToBody(i, body);
    const outside = d > 0 ? 1 : 0;
    const allCaps = line.letters >= 6 && line.upper / line.letters > ALL_CAPS ? 1 : 0;
    const titleCase = line.alphaWords >= 2 ? line.capitalised / line.alphaWords : 0;
    const short = w <= 5 ? 1 : 0;
    return [
      1,
      ...(families[i] as number[]).map((x) => (x >= STRONG ? x : 0)),
      ...(families[i] as number[]).map((x) => (x < STRONG ? x : 0)),
      famMax[i] as number,
      shape.terminal,
      shape.functionShare,
      shape.lowerShare,
      shape.length,
      shape.score,
      w <= 2 ? 1 : 0,
      w >= 3 && w <= 5 ? 1 : 0,
      w >= 6 && w <= 12 ? 1 : 0,
      titleCase,
      allCaps,
      BULLET.test(line.text) ? 1 : 0,
      QUOTED.test(line.text) ? 1 : 0,
      link.share,
      link.any,
      digitDensity(line),
      ap.address,
      ap.verb,
      uiControl(line),
      separators(line),
      EMOJI.test(line.text) ? 1 : 0,
      Math.min(1, Math.max(0, (shortRun[i] as number) - 1) / (FULL_RUN - 1)),
      Math.min(1, Math.max(0, (listRun[i] as number) - 1) / (FULL_RUN - 1)),
      rep[i] as number,
      outside,
      Math.min(1, d / FAR_LINES),
      outside * short,
      outside * shape.score,
      outside === 0 && w <= 5 && (famMax[i] as number) < STRONG ? 1 : 0,
      inOther(i) ? 1 : 0,
      Math.min(1, Math.min(d, toIsland(i)) / FAR_LINES),
      Math.max(0, coh[i] as number),
      (coh[i] as number) >= 0 && (coh[i] as number) < NO_COHESION ? 1 : 0,
      body.wordShare,
      i < EDGE_LINES || i >= n - EDGE_LINES ? 1 : 0,
    ];
  });
  return { rows, families, body };
}

/** Family indices whose strong matches mark comment and teaser metadata (who and when). */
const META_FAMILIES = [FAMILIES.indexOf('comment-spam'), FAMILIES.indexOf('byline')];
/** Lines above a line within which a metadata line makes it a comment or a teaser. */
const META_REACH = 3;

/** Second-pass context from first-pass probabilities `p` (one per line) and the first pass's page features. */
export function contextFeatures(lines: readonly LineView[], p: readonly number[], page: PageFeatures): number[][] {
  const n = lines.length;
  // metadata lines (a comment's author and time, a teaser's byline) inside or below the body
  const meta = lines.map((_, i) => i > page.body.first && META_FAMILIES.some((f) => ((page.families[i] as number[])[f] as number) >= STRONG));
  const metaAbove = lines.map((_, i) => {
    // within the same block: a paragraph break ends a comment
    for (let j = i - 1; j >= Math.max(0, i - META_REACH) && !(lines[j + 1] as LineView).blankBefore; j--) if (meta[j]) return 1;
    return 0;
  });
  const sentenceCol = LINE_FEATURES.indexOf('sentenceLike');
  const headerAbove = new Array<number>(n).fill(0);
  // a list header covers the non-prose lines under it, up to the next prose line
  let open = false;
  for (let i = 0; i < n; i++) {
    const line = lines[i] as LineView;
    if (LIST_HEADER.test(line.lower)) {
      open = true;
      continue;
    }
    const prose = line.words.length > 24 || PROSE_END.test(line.text);
    if (open && !prose) headerAbove[i] = 1;
    else open = false;
  }
  // window: up to WINDOW lines on each side, not across a blank line
  const windowMean = (i: number): number => {
    let sum = 0;
    let k = 0;
    for (let j = i - 1; j >= Math.max(0, i - WINDOW) && !(lines[j + 1] as LineView).blankBefore; j--) {
      sum += p[j] as number;
      k++;
    }
    for (let j = i + 1; j <= Math.min(n - 1, i + WINDOW) && !(lines[j] as LineView).blankBefore; j++) {
      sum += p[j] as number;
      k++;
    }
    return k === 0 ? 0 : sum / k;
  };
  return p.map((pi, i) => {
    // neighbours in the same block (no blank line between) and across a paragraph break weigh apart
    const prev = i > 0 ? (p[i - 1] as number) : 0;
    const next = i < n - 1 ? (p[i + 1] as number) : 0;
    const prevBreak = (lines[i] as LineView).blankBefore;
    const nextBreak = i < n - 1 && (lines[i + 1] as LineView).blankBefore;
    const prevSame = prevBreak ? 0 : prev;
    const nextSame = nextBreak ? 0 : next;
    const around = windowMean(i);
    const sentence = (page.rows[i] as number[])[sentenceCol] as number;
    return [
      prevSame,
      nextSame,
      Math.min(prevSame, nextSame),
      prevBreak ? prev : 0,
      nextBreak ? next : 0,
      prevBreak || nextBreak ? Math.min(prev, next) : 0,
      around,
      sentence * around,
      headerAbove[i] as number,
      metaAbove[i] as number,
      pi,
    ];
  });
}
