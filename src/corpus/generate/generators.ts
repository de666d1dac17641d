/**
 * Every corpus generator, in build order. Add a generator here to have `corpora:build` run it.
 */
import type { Generator } from './generator.ts';
import { boilerplate } from './boilerplate/boilerplateGenerator.ts';
import { handWritten } from './handWritten.ts';
import { MT_GENERATORS } from './mt/generators.ts';
import { REUSE_GENERATORS } from './reuse/reuseGenerator.ts';

export const GENERATORS: readonly Generator[] = [handWritten, boilerplate, ...MT_GENERATORS, ...REUSE_GENERATORS];
