/**
 * Load the hand-written boilerplate material under `corpora/sources/boilerplate/`: the family
 * templates (`families/<family>.txt`), the placeholder values (`params.yaml`) and the content
 * lines that must stay (`content/<kind>.txt`). Every placeholder a template uses is checked
 * against the parameters at load time, so a typo fails the build, not a detector run.
 *
 * Cost: reads about twenty small files once; O(total size). `defaultMaterial()` caches the
 * result for the process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { BOILERPLATE_SPAN_TYPES } from '../../../contracts/case.ts';
import { placeholdersOf } from './fill.ts';

/** The families that have a template file: every boilerplate span type but the catch-all. */
export const FAMILIES = BOILERPLATE_SPAN_TYPES.filter((f) => f !== 'other');
export type Family = (typeof FAMILIES)[number];

/** Kinds of content lines that look like boilerplate but belong to the article. */
export const CONTENT_KINDS = ['headlines', 'dateline-ledes', 'subheadings', 'pull-quotes', 'lists', 'fact-lines'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** One template line of a family file. */
export interface Template {
  family: Family;
  /** Variant id: 0-based position among the family's templates (comment and blank lines not counted). */
  index: number;
  /** The template, placeholders `{name}` unfilled; ` || ` joins the lines of a multi-line block. */
  text: string;
}

/** Values per placeholder name. */
export type Params = Readonly<Record<string, readonly string[]>>;

export interface Material {
  templates: Readonly<Record<Family, readonly Template[]>>;
  params: Params;
  content: Readonly<Record<ContentKind, readonly string[]>>;
}

/** `corpora/sources/` of this checkout. */
export const DEFAULT_SOURCES_DIR = fileURLToPath(new URL('../../../../corpora/sources/', import.meta.url));

/** The non-blank, non-comment lines of a material file (a comment line starts with `#`). */
export function materialLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The templates of one family file, in file order. */
export function parseTemplates(family: Family, text: string): Template[] {
  return materialLines(text).map((t, index) => ({ family, index, text: t }));
}

/** Parse `params.yaml`: a map from placeholder name to a non-empty list of strings. */
export function parseParams(text: string, file = 'params.yaml'): Params {
  const data = parse(text) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: expected a map of placeholder lists`);
  const out: Record<string, readonly string[]> = {};
  for (const [name, values] of Object.entries(data)) {
    if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string'))
      throw new Error(`${file}: ${name} must be a non-empty list of strings`);
    out[name] = values as string[];
  }
  return out;
}

/** Throw naming the template when it uses a placeholder that has no values. */
function checkPlaceholders(templates: readonly Template[], params: Params, file: string): void {
  for (const t of templates)
    for (const name of placeholdersOf(t.text))
      if (!params[name]) throw new Error(`${file}: template ${t.index} uses {${name}}, which params.yaml does not define`);
}

/** Load everything from `<sourcesDir>/boilerplate/`. */
export function loadMaterial(sourcesDir: string): Material {
  const dir = join(sourcesDir, 'boilerplate');
  const params = parseParams(readFileSync(join(dir, 'params.yaml'), 'utf8'), join(dir, 'params.yaml'));
  const templates = {} as Record<Family, readonly Template[]>;
  for (const family of FAMILIES) {
    const file = join(dir, 'families', `${family}.txt`);
    const list = parseTemplates(family, readFileSync(file, 'utf8'));
    if (list.length === 0) throw new Error(`${file}: no templates`);
    checkPlaceholders(list, params, file);
    templates[family] = list;
  }
  const content = {} as Record<ContentKind, readonly string[]>;
  for (const kind of CONTENT_KINDS) {
    const file = join(dir, 'content', `${kind}.txt`);
    const list = materialLines(readFileSync(file, 'utf8'));
    if (list.length === 0) throw new Error(`${file}: no content lines`);
    content[kind] = list;
  }
  return { templates, params, content };
}

let cached: Material | undefined;

/** The material of this checkout, loaded once. */
export function defaultMaterial(): Material {
  cached ??= loadMaterial(DEFAULT_SOURCES_DIR);
  return cached;
}
