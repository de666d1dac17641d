/**
 * Insert filled boilerplate templates into article paragraphs, as their own lines at the top,
 * the bottom and between paragraphs (paragraphs joined by a blank line; inserted lines
 * separated by a blank line or a single newline, as scraped pages are). Returns the text and
 * one span per inserted line, typed with its family, covering exactly the line.
 *
 * This is the stable entry point other generators import (the reuse corpus uses it).
 * Families and placeholder values come from `corpora/sources/boilerplate/`, loaded once.
 * Cost: O(text length + inserted length).
 */
import type { Random } from '../random.ts';
import { boilerplateInsertion } from './boilerplateBlock.ts';
import { assemble, render } from './document.ts';
import { defaultMaterial, FAMILIES, type Family } from './material.ts';

/** Fewest insertions when no count is given. */
const MIN_COUNT = 1;
/** Most insertions when no count is given: more than three makes the page mostly chrome. */
const MAX_COUNT = 3;

export function insertBoilerplate(
  paragraphs: readonly string[],
  random: Random,
  options?: { count?: number; families?: readonly string[] },
): { text: string; spans: { start: number; end: number; type: string }[] } {
  const material = defaultMaterial();
  const families = options?.families ?? FAMILIES;
  if (families.length === 0) throw new Error('insertBoilerplate: families is empty');
  for (const f of families)
    if (!(FAMILIES as readonly string[]).includes(f)) throw new Error(`insertBoilerplate: unknown family ${JSON.stringify(f)}`);
  const count = options?.count ?? random.int(MIN_COUNT, MAX_COUNT);
  if (!Number.isInteger(count) || count < 0) throw new Error(`insertBoilerplate: count must be a non-negative integer, got ${count}`);
  const insertions = Array.from({ length: count }, () => {
    const template = random.pick(material.templates[random.pick(families) as Family]);
    return boilerplateInsertion(template, material.params, paragraphs.length, random).insertion;
  });
  const { text, spans } = render(assemble(paragraphs, insertions));
  return { text, spans };
}
