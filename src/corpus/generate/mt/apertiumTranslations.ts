/**
 * Translate whole articles with an Apertium pipeline, once per build: the three Apertium
 * generators share one translation of each article (memoised per pipeline and text), and the
 * first call installs Apertium when it is missing. Checks that the translation kept the
 * article's paragraphs, so paragraph windows of source and output correspond.
 * Cost: about 0.3 s of Apertium per article and step, two calls at a time.
 */
import type { Article } from '../sources.ts';
import { type ApertiumMode, apertiumVersions, ensureApertium } from './apertiumInstall.ts';
import { translateAll } from './apertiumRun.ts';
import { paragraphRanges } from './labeledDocument.ts';

/** English → Spanish → English: the round trip of the English originals. */
export const EN_ROUND_TRIP: readonly ApertiumMode[] = ['eng-spa', 'spa-eng'];
/** French → Spanish → English: Debian has no direct French–English pair. */
export const FR_TO_EN: readonly ApertiumMode[] = ['fr-es', 'spa-eng'];

const memo = new Map<string, string>();
let checked: Record<string, string> | undefined;

/** Install Apertium if needed (once per process) and return its package versions. */
export function readyApertium(): Record<string, string> {
  if (checked === undefined) {
    ensureApertium((line) => process.stderr.write(`${line}\n`));
    checked = apertiumVersions();
  }
  return checked;
}

/** The raw (marked) Apertium translation of each article's body, in input order. */
export async function translateArticles(articles: readonly Article[], modes: readonly ApertiumMode[]): Promise<string[]> {
  readyApertium();
  const key = (a: Article) => `${modes.join('|')}\u0000${a.body}`;
  const todo = articles.filter((a) => !memo.has(key(a)));
  const done = await translateAll(
    modes,
    todo.map((a) => a.body),
  );
  for (const [i, a] of todo.entries()) memo.set(key(a), done[i] as string);
  return articles.map((a) => {
    const raw = (memo.get(key(a)) as string).replace(/\n+$/, '');
    const got = paragraphRanges(raw).length;
    if (got !== a.paragraphs.length) throw new Error(`${a.id}: Apertium ${modes.join(' → ')} returned ${got} paragraphs for ${a.paragraphs.length}`);
    return raw;
  });
}
