/**
 * The corpus case: one labeled example, one line of a JSONL corpus file.
 *
 * This schema is the product's contract with everyone who writes a corpus. It is declared
 * once here (types are inferred from it), validated where data enters (the corpus reader and
 * the adapters) and trusted everywhere else. Offsets are UTF-16 code-unit indices into the
 * text they refer to (JavaScript string indices), `end` exclusive.
 *
 * Bump {@link CASE_SCHEMA_VERSION} on any incompatible change and keep the reader able to
 * say which versions it accepts.
 */
import { z } from 'zod';

/** Version of the on-disk case format written by this rehash. */
export const CASE_SCHEMA_VERSION = 1;

/** The three detection tasks rehash evaluates. */
export const TASKS = ['reuse', 'mt', 'boilerplate'] as const;
export const Task = z.enum(TASKS);
export type Task = z.infer<typeof Task>;

/** Corpus splits: thresholds and weights are fitted on `dev`, headline figures come from `test`. */
export const Split = z.enum(['dev', 'test']);
export type Split = z.infer<typeof Split>;

/** Span types of machine-translation artifacts. */
export const MT_SPAN_TYPES = [
  'casing', // a proper noun left lowercase ("kyiv")
  'untranslated', // a source-language word left in the output ("[leurs]", "**ukrainien")
  'typography', // foreign typography: « », a space before ':' or '?', km2, decimal commas
  'mistranslation', // a literal or wrong rendering (a one-word sentence, a calque)
  'grammar', // agreement, word order or a lost subject typical of MT
  'other',
] as const;

/** Span types of inserted boilerplate: the family of the inserted line. */
export const BOILERPLATE_SPAN_TYPES = [
  'ads-txt',
  'donation-appeal',
  'comment-spam',
  'image-credit',
  'byline',
  'social-embed',
  'call-to-action',
  'newsletter-prompt',
  'cookie-notice',
  'related-articles',
  'legal-footer',
  'other', // boilerplate of no known family (e.g. page chrome in public datasets)
] as const;

/** What was changed inside an aligned reuse passage. */
export const DRIFT_KINDS = ['number', 'date', 'name', 'other'] as const;
export const DriftKind = z.enum(DRIFT_KINDS);
export type DriftKind = z.infer<typeof DriftKind>;

/** A half-open range `[start, end)` of UTF-16 code units. */
export const Range = z
  .object({
    start: z.int().min(0),
    end: z.int().min(0),
  })
  .strict()
  .refine((r) => r.start < r.end, { message: 'start must be less than end', path: ['end'] });
export type Range = z.infer<typeof Range>;

/** A pair of corresponding source and candidate ranges. */
export const Alignment = z.object({ source: Range, candidate: Range }).strict();
export type Alignment = z.infer<typeof Alignment>;

/** An aligned pair of ranges where a figure, date or name was changed. */
export const Drift = z.object({ source: Range, candidate: Range, kind: DriftKind }).strict();
export type Drift = z.infer<typeof Drift>;

/** A labeled span of a text (`quote`, when present, must equal the covered text). */
export const spanSchema = <T extends readonly [string, ...string[]]>(types: T) =>
  z
    .object({
      start: z.int().min(0),
      end: z.int().min(0),
      type: z.enum(types),
      quote: z.string().optional(),
    })
    .strict()
    .refine((s) => s.start < s.end, { message: 'start must be less than end', path: ['end'] });

export const MtSpan = spanSchema(MT_SPAN_TYPES);
export type MtSpan = z.infer<typeof MtSpan>;
export const BoilerplateSpan = spanSchema(BOILERPLATE_SPAN_TYPES);
export type BoilerplateSpan = z.infer<typeof BoilerplateSpan>;

/** A labeled span of either text task. */
export interface Span {
  start: number;
  end: number;
  type: string;
  quote?: string | undefined;
}

/** Free-form provenance: generator name, version and seed, original dataset ids, grades… */
export const Meta = z.record(z.string(), z.unknown());

const common = {
  schemaVersion: z.literal(CASE_SCHEMA_VERSION).optional(),
  id: z.string().min(1).max(512),
  slice: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/, 'must be a path like "reuse/spun-light"'),
  split: Split,
  label: z.boolean(),
  meta: Meta.optional(),
};

/** Corpus text: well-formed UTF-16 (no lone surrogates) without NUL characters. */
export const CorpusText = z
  .string()
  .refine((s) => s.isWellFormed(), 'contains a lone surrogate (not well-formed Unicode)')
  .refine((s) => !s.includes('\u0000'), 'contains a NUL character');

const Text = z.object({ text: CorpusText }).strict();

const ReuseShape = z
  .object({
    ...common,
    task: z.literal('reuse'),
    source: Text,
    candidate: Text,
    alignments: z.array(Alignment).optional(),
    drift: z.array(Drift).optional(),
  })
  .strict();

const MtShape = z
  .object({ ...common, task: z.literal('mt'), text: CorpusText, spans: z.array(MtSpan) })
  .strict();

const BoilerplateShape = z
  .object({ ...common, task: z.literal('boilerplate'), text: CorpusText, spans: z.array(BoilerplateSpan) })
  .strict();

type Issue = { path: (string | number)[]; message: string };

/** Offsets must lie inside the text they index, and quotes must match the covered text. */
function checkRanges(
  ranges: readonly { start: number; end: number }[] | undefined,
  length: number,
  path: (string | number)[],
  issues: Issue[],
): void {
  ranges?.forEach((r, i) => {
    if (r.end > length) issues.push({ path: [...path, i, 'end'], message: `${r.end} is past the end of the text (length ${length})` });
  });
}

function textIssues(c: { text: string; spans: Span[] }): Issue[] {
  const issues: Issue[] = [];
  checkRanges(c.spans, c.text.length, ['spans'], issues);
  c.spans.forEach((s, i) => {
    if (s.quote !== undefined && s.end <= c.text.length && c.text.slice(s.start, s.end) !== s.quote)
      issues.push({ path: ['spans', i, 'quote'], message: 'does not equal the covered text' });
  });
  return issues;
}

function reuseIssues(c: z.infer<typeof ReuseShape>): Issue[] {
  const issues: Issue[] = [];
  const s = c.source.text.length;
  const k = c.candidate.text.length;
  for (const key of ['alignments', 'drift'] as const) {
    c[key]?.forEach((a, i) => {
      if (a.source.end > s) issues.push({ path: [key, i, 'source', 'end'], message: `${a.source.end} is past the end of the source text (length ${s})` });
      if (a.candidate.end > k)
        issues.push({ path: [key, i, 'candidate', 'end'], message: `${a.candidate.end} is past the end of the candidate text (length ${k})` });
    });
  }
  return issues;
}

/** One corpus case of any task, discriminated by `task`. */
export const Case = z.discriminatedUnion('task', [ReuseShape, MtShape, BoilerplateShape]).superRefine((c, ctx) => {
  const issues = c.task === 'reuse' ? reuseIssues(c) : textIssues(c);
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export type ReuseCase = z.infer<typeof ReuseShape>;
export type MtCase = z.infer<typeof MtShape>;
export type BoilerplateCase = z.infer<typeof BoilerplateShape>;
export type TextCase = MtCase | BoilerplateCase;
export type Case = ReuseCase | MtCase | BoilerplateCase;
