/**
 * The machine-translation corpus generators, one per slice, in build order. The three
 * Apertium generators share one translation of each article (apertiumTranslations.ts).
 */
import type { Generator } from '../generator.ts';
import { apertiumEnRoundTrip } from './apertiumEnRoundTrip.ts';
import { apertiumFr } from './apertiumFr.ts';
import { apertiumMarked } from './apertiumMarked.ts';
import { humanNegatives } from './humanNegatives.ts';
import { injected } from './injected.ts';
import { spunHuman } from './spunHuman.ts';

export const MT_GENERATORS: readonly Generator[] = [apertiumEnRoundTrip, apertiumFr, apertiumMarked, injected, humanNegatives, spunHuman];
