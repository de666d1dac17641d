/**
 * The shape every corpus generator has: a name, a version and a function from the build
 * context to cases. `build.ts` runs them all and writes one JSONL file per slice.
 */
import type { Case } from '../../contracts/case.ts';
import type { Article } from './sources.ts';
import type { Random } from './random.ts';

export interface BuildContext {
  /** Absolute path of `corpora/sources/`. */
  sourcesDir: string;
  english: readonly Article[];
  french: readonly Article[];
  /** The build seed (recorded in every case's meta). */
  seed: number;
  /** This generator's own random stream. */
  random: Random;
}

export interface Generator {
  name: string;
  version: string;
  generate(ctx: BuildContext): Case[] | Promise<Case[]>;
}

/** The `meta` every generated case carries. */
export const generatedMeta = (g: Pick<Generator, 'name' | 'version'>, seed: number, extra: Record<string, unknown> = {}) => ({
  generator: g.name,
  generatorVersion: g.version,
  seed,
  ...extra,
});
