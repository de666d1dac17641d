/**
 * Split a text into its non-empty lines with UTF-16 offsets (`\n`, `\r\n` and `\r` all end a
 * line; the terminator is not part of the line; surrounding white space is trimmed). O(n).
 */
export interface Line {
  text: string;
  start: number;
  end: number;
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    out.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}
