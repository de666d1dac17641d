/**
 * Decode Windows-1252 bytes. Node's `TextDecoder('windows-1252')` maps 0x80–0x9F to C1
 * control characters (Latin-1 behaviour), which turns curly quotes into invisible controls;
 * this decoder uses the real code page. O(bytes).
 */

/** Code points of bytes 0x80–0x9F in Windows-1252 (0 where the code page leaves a hole). */
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const mapped = b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] || b : b;
    out += String.fromCharCode(mapped);
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 (without a leading BOM), or Windows-1252 when the bytes are not UTF-8. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = UTF8.decode(bytes);
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
