/**
 * MQM error categories (Google's expert annotations of WMT) mapped onto rehash's MT span
 * vocabulary. The original category and severity always travel with the span in `meta`, so
 * the mapping can be revisited without re-reading the dataset. O(1) per lookup.
 */

/** Categories that mark source-language text left in (or passed through to) the output. */
export const UNTRANSLATED_CATEGORIES: ReadonlySet<string> = new Set(['Accuracy/Source language fragment', 'Non-translation!']);

const MAPPING: Readonly<Record<string, 'untranslated' | 'mistranslation' | 'grammar' | 'typography'>> = {
  'Accuracy/Source language fragment': 'untranslated',
  'Non-translation!': 'untranslated',
  'Accuracy/Mistranslation': 'mistranslation',
  'Accuracy/Gender Mismatch': 'mistranslation', // a wrong pronoun for the source referent
  'Fluency/Grammar': 'grammar',
  'Style/Bad sentence structure': 'grammar', // word order
  'Fluency/Punctuation': 'typography',
  'Locale convention/Date format': 'typography',
  'Locale convention/Currency format': 'typography',
};

/** Categories that are not translation errors at all (a problem of the source text). */
export const NOT_MT_ERRORS: ReadonlySet<string> = new Set(['Source issue']);

/** Severities that make a segment erroneous (No-error and the attention checks do not). */
export const ERROR_SEVERITIES: ReadonlySet<string> = new Set(['Minor', 'Major', 'Critical']);

/** Rows of rater attention checks on deliberately corrupted text; dropped (SOURCE.txt). */
export const ATTENTION_CHECK_SEVERITY = 'HOTW-test';

export type MtSpanType = 'untranslated' | 'mistranslation' | 'grammar' | 'typography' | 'other';

/** The span type of an MQM category; anything not listed is `other`. */
export const mqmSpanType = (category: string): MtSpanType => MAPPING[category] ?? 'other';
