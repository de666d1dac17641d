/**
 * Fill a boilerplate template: every `{name}` occurrence gets its own value drawn from the
 * parameter list (two `{person}` in one template may name two people), and ` || ` splits the
 * result into the lines of a multi-line block. Cost: O(template length) plus one draw per
 * placeholder.
 */
import type { Random } from '../random.ts';

/** Joins the lines of a multi-line template or content block in the source files. */
export const LINE_JOIN = ' || ';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** The placeholder names a template uses, in order of appearance (repeats kept). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** Split a ` || `-joined block into its trimmed, non-empty lines. */
export function splitBlock(block: string): string[] {
  return block
    .split(LINE_JOIN)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The filled lines of one template; throws on a placeholder without values. */
export function fillTemplate(template: string, params: Readonly<Record<string, readonly string[]>>, random: Random): string[] {
  const filled = template.replace(PLACEHOLDER, (whole, name: string) => {
    const values = params[name];
    if (!values || values.length === 0) throw new Error(`no values for placeholder ${whole} in template ${JSON.stringify(template)}`);
    return random.pick(values);
  });
  return splitBlock(filled);
}
