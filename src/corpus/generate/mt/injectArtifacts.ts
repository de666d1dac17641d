/**
 * Inject 1–4 varied MT artifacts into a human text: the kinds (casing, untranslated,
 * typography, mistranslation) are taken in a shuffled order, cycling when more artifacts than
 * kinds are wanted, skipping kinds the text has no place for. Cost: O(artifacts × text).
 */
import type { Random } from '../random.ts';
import { injectCasing } from './injectCasing.ts';
import { applyEdits, type InjectContext, type Injected, type Injector } from './injection.ts';
import { injectMistranslation } from './injectMistranslation.ts';
import { injectTypography } from './injectTypography.ts';
import { injectUntranslated } from './injectUntranslated.ts';

/** Artifacts per case: one to four, so some cases carry a single weak signal. */
export const ARTIFACTS_PER_CASE = { min: 1, max: 4 } as const;

export const INJECTORS: Readonly<Record<string, Injector>> = {
  casing: injectCasing,
  untranslated: injectUntranslated,
  typography: injectTypography,
  mistranslation: injectMistranslation,
};

export interface InjectedText extends Injected {
  artifacts: Record<string, string>[];
}

/** Inject `count` artifacts (default: a random count in {@link ARTIFACTS_PER_CASE}). */
export function injectArtifacts(text: string, random: Random, ctx: InjectContext, count?: number): InjectedText {
  const want = count ?? random.int(ARTIFACTS_PER_CASE.min, ARTIFACTS_PER_CASE.max);
  let order = random.shuffle(Object.keys(INJECTORS).sort());
  let doc: Injected = { text, spans: [] };
  const artifacts: Record<string, string>[] = [];
  for (let i = 0; artifacts.length < want && order.length > 0; i++) {
    const kind = order[i % order.length] as string;
    const injection = (INJECTORS[kind] as Injector)(doc, random, ctx);
    if (injection === undefined) {
      order = order.filter((k) => k !== kind);
      continue;
    }
    doc = applyEdits(doc, injection.edits);
    artifacts.push(injection.detail);
  }
  return { ...doc, artifacts };
}
