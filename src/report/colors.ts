/**
 * Terminal colors on or off as the caller asks, so a renderer's output does not depend on the
 * environment it was imported in; picocolors' own detection (a color terminal, `FORCE_COLOR`,
 * `CI`; never with `NO_COLOR`) when the caller does not say. O(1).
 */
import pc from 'picocolors';

/** picocolors' formatters, each a no-op when colors are off. */
export type Colors = ReturnType<typeof pc.createColors>;

/** A renderer's color choice: false for plain text (files, tests); unset: picocolors' detection. */
export interface ColorOption {
  color?: boolean;
}

export const colors = (color?: boolean): Colors => pc.createColors(color ?? pc.isColorSupported);
