/**
 * The reuse corpus generators. `reuse` builds the slices made from the English source
 * articles alone (verbatim, spun-light, spun-heavy, partial, drift, same-event, same-topic,
 * unrelated); `reuse-with-boilerplate` builds `reuse/with-boilerplate`, which also needs the
 * boilerplate corpus's inserter. Slice by slice documentation: SLICES.md in this folder.
 * Cost: dominated by spinning, a few seconds for the whole corpus.
 */
import type { Case } from '../../../contracts/case.ts';
import type { Generator } from '../generator.ts';
import { driftCases } from './slices/drift.ts';
import { partialCases } from './slices/partial.ts';
import { sameEventCases } from './slices/sameEvent.ts';
import { sameTopicCases } from './slices/sameTopic.ts';
import { sliceContext } from './slices/sliceContext.ts';
import { spunCases } from './slices/spun.ts';
import { unrelatedCases } from './slices/unrelated.ts';
import { verbatimCases } from './slices/verbatim.ts';
import { withBoilerplateCases } from './slices/withBoilerplate.ts';

export const reuse: Generator = {
  name: 'reuse',
  version: '1.0.0',
  generate(ctx) {
    const s = sliceContext(ctx, this);
    const cases: Case[] = [
      ...verbatimCases(s),
      ...spunCases(s, 'light'),
      ...spunCases(s, 'heavy'),
      ...partialCases(s),
      ...driftCases(s),
      ...sameEventCases(s),
      ...sameTopicCases(s).cases,
      ...unrelatedCases(s),
    ];
    return cases;
  },
};

export const reuseWithBoilerplate: Generator = {
  name: 'reuse-with-boilerplate',
  version: '1.0.0',
  generate(ctx) {
    return withBoilerplateCases(sliceContext(ctx, this));
  },
};

/** Both reuse generators, in build order (with-boilerplate last). */
export const REUSE_GENERATORS: readonly Generator[] = [reuse, reuseWithBoilerplate];
