/**
 * Make corpus-derived strings inert where they are rendered. Corpus text comes from the web
 * and may carry markup, terminal escape sequences or bidi overrides written to attack whoever
 * renders it.
 */

/** C0/C1 controls (ESC among them), bidi embeddings/overrides/isolates, other invisible format marks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Text safe to print on a terminal: control and bidi characters shown as `\u{…}` escapes. */
export const terminalSafe = (s: string): string =>
  s.replace(UNSAFE_FOR_TERMINAL, (ch) => `\\u{${(ch.codePointAt(0) as number).toString(16)}}`);

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text safe inside HTML element content and quoted attributes. */
export const htmlEscape = (s: string): string => s.replace(/[&<>"'`]/g, (ch) => HTML_ESCAPES[ch] as string);

/** Text safe inside a Markdown table cell: HTML escaped, pipes and line breaks neutralised. */
export const markdownCell = (s: string): string =>
  htmlEscape(terminalSafe(s)).replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]])/g, '\\$1');
