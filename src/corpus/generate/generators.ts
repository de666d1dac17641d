/**
 * Every corpus generator, in build order. Add a generator here to have `corpora:build` run it.
 */
import type { Generator } from './generator.ts';
import { boilerplate } from './boilerplate/boilerplateGenerator.ts';
import { handWritten } from './handWritten.ts';

export const GENERATORS: readonly Generator[] = [handWritten, boilerplate];
