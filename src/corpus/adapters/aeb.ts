/**
 * `aeb`: the Scrapinghub (Zyte) Article Extraction Benchmark as boilerplate cases. One case
 * per page: the page HTML becomes text with one block per line (html/htmlToLines.ts), and the
 * lines outside the gold article body (`articleBody`) are labeled boilerplate spans of type
 * `other` (runs of consecutive lines merged); which lines are inside is decided by
 * labels/goldBodyLines.ts. `label` = the page has any boilerplate line.
 *
 * `meta.goldBody` keeps the gold text, for the "token F1 of the kept text against the gold
 * body" metric; `meta.labelQuality` is the token precision/recall/F1 of the labeled content
 * lines against it (how faithfully the line labels reproduce the gold), and
 * `meta.pageTokenRecall` the recall of the whole page text (the ceiling of any line labeling).
 *
 * Slices `aeb/en` and `aeb/other` by the page language (`<html lang>`, else franc on the gold
 * body); split by web host (~30% of hosts in dev), so one site's template is never in both.
 *
 * Cost: O(HTML bytes) per page for parsing plus goldBodyLines; one page in memory at a time.
 */
import { franc } from 'franc';
import type { DatasetFiles } from './datasetFiles.ts';
import { type DatasetAdapter, problem } from './datasetInput.ts';
import { datasetSplit } from './datasetSplit.ts';
import { htmlToLines } from './html/htmlToLines.ts';
import { readJsonRecords } from './jsonRecords.ts';
import { goldBodyLines } from './labels/goldBodyLines.ts';
import { flaggedLineSpans } from './labels/lineSpans.ts';
import { tokenPrf } from './labels/tokenF1.ts';
import { wordTokens } from './labels/wordTokens.ts';
import { hostOf } from './webHost.ts';
import { decodeText } from './windows1252.ts';

const GROUND_TRUTH = 'ground-truth.json';
const HTML = 'html';
/** Fewer gold characters than this and franc's language guess is noise. */
const MIN_LANGUAGE_SAMPLE = 80;

/** `en` when the page says so (`<html lang="en…">`) or, without a lang attribute, franc hears English. */
export function pageLanguage(htmlLang: string | undefined, goldBody: string): 'en' | 'other' {
  if (htmlLang) return /^en\b/i.test(htmlLang) ? 'en' : 'other';
  return goldBody.length >= MIN_LANGUAGE_SAMPLE && franc(goldBody) === 'eng' ? 'en' : 'other';
}

/** The HTML file of a page id: `html/<id>.html.gz`, or an uncompressed `html/<id>.html`. */
function htmlFile(files: DatasetFiles, id: string): string | undefined {
  if (!/^[\w.-]+$/.test(id)) return undefined;
  return [`${HTML}/${id}.html.gz`, `${HTML}/${id}.html`].find((f) => files.exists(f));
}

export const aebAdapter: DatasetAdapter = {
  name: 'aeb',
  required: [GROUND_TRUTH, HTML],
  async *produce(files) {
    const { records, issue } = await readJsonRecords(files, GROUND_TRUTH);
    if (issue) yield issue;
    for (const { key, value, line } of records) {
      const entry = value as { articleBody?: unknown; url?: unknown } | null;
      if (typeof entry !== 'object' || entry === null) {
        yield problem(GROUND_TRUTH, line, key, 'must be an object with articleBody and url');
        continue;
      }
      if (typeof entry.articleBody !== 'string' || entry.articleBody.trim() === '') {
        yield problem(GROUND_TRUTH, line, `${key}.articleBody`, 'must be a non-empty string');
        continue;
      }
      if (typeof entry.url !== 'string') {
        yield problem(GROUND_TRUTH, line, `${key}.url`, 'must be a string');
        continue;
      }
      const file = htmlFile(files, key);
      if (!file) {
        yield problem(GROUND_TRUTH, line, key, `no page ${HTML}/${key}.html.gz`);
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await files.bytes(file);
      } catch (e) {
        yield problem(file, 1, '(file)', `cannot read: ${(e as Error).message}`);
        continue;
      }
      const { text: html, encoding } = decodeText(bytes);
      const page = htmlToLines(html);
      const gold = wordTokens(entry.articleBody);
      const lineTokens = page.lines.map((l) => wordTokens(l.text));
      const content = goldBodyLines(lineTokens, gold);
      const spans = flaggedLineSpans(page.lines, content.map((c) => !c));
      const host = hostOf(entry.url);
      yield {
        kind: 'case',
        file: GROUND_TRUTH,
        line,
        value: {
          id: `aeb/${key}`,
          task: 'boilerplate',
          slice: `aeb/${pageLanguage(page.lang, entry.articleBody)}`,
          split: datasetSplit('aeb', host),
          label: spans.length > 0,
          meta: {
            dataset: 'aeb-scrapinghub',
            url: entry.url,
            host,
            htmlFile: file,
            encoding,
            htmlLang: page.lang ?? null,
            goldBody: entry.articleBody,
            lines: page.lines.length,
            contentLines: content.filter(Boolean).length,
            labelQuality: tokenPrf(
              lineTokens.filter((_, i) => content[i]).flat(),
              gold,
            ),
            pageTokenRecall: tokenPrf(lineTokens.flat(), gold).recall,
          },
          text: page.text,
          spans,
        },
      };
    }
  },
};
