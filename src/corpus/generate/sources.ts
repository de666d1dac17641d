/**
 * Load the hand-written source articles (`corpora/sources/{en,fr}/*.md`): front matter plus
 * body paragraphs. The format is documented in `corpora/sources/FORMAT.md`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export const BEATS = ['politics', 'conflict', 'business', 'science', 'health', 'sport', 'technology', 'local'] as const;

const FrontMatter = z
  .object({
    id: z.string().regex(/^(en|fr)-[a-z]{3}-\d{2}(-b)?$/),
    lang: z.enum(['en', 'fr']),
    beat: z.enum(BEATS),
    topic: z.string().min(1),
    event: z.string().min(1),
    role: z.enum(['original', 'independent']),
    pairedWith: z.string().optional(),
    title: z.string().min(1),
  })
  .strict();

export interface Article extends z.infer<typeof FrontMatter> {
  /** Paragraphs in order (a `• ` list is one paragraph of several lines). */
  paragraphs: string[];
  /** The body as published: paragraphs joined by one blank line. */
  body: string;
}

/** Parse one article file; throws naming the file when it does not fit the format. */
export function parseArticle(text: string, file: string): Article {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!m) throw new Error(`${file}: missing front matter between --- lines`);
  const front = FrontMatter.safeParse(parse(m[1] as string));
  if (!front.success) throw new Error(`${file}: ${front.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const paragraphs = (m[2] as string)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return { ...front.data, paragraphs, body: paragraphs.join('\n\n') };
}

/** Every article of one language, sorted by id. */
export function loadArticles(sourcesDir: string, lang: 'en' | 'fr'): Article[] {
  const dir = join(sourcesDir, lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const article = parseArticle(readFileSync(join(dir, f), 'utf8'), join(dir, f));
      if (`${article.id}.md` !== f) throw new Error(`${join(dir, f)}: id ${article.id} does not match the file name`);
      return article;
    });
}
