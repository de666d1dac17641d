/**
 * Boilerplate baseline: a line is boilerplate when it holds a URL or a copyright sign.
 * Deliberately simple, the floor every real detector must clear. O(n).
 */
import type { Detector } from '../../contracts/detector.ts';
import type { PredictedSpan } from '../../contracts/detection.ts';
import { lines } from '../../kernels/lines.ts';

const URL_OR_COPYRIGHT = /https?:\/\/|www\.|©/i;

export const boilerplateUrlBaseline: Detector<'boilerplate'> = {
  id: 'boilerplate-url-baseline',
  version: '1.0.0',
  task: 'boilerplate',
  description: 'Flags lines that contain a URL or a copyright sign',
  config: {},
  baseline: true,
  detect({ text }) {
    const spans: PredictedSpan[] = lines(text)
      .filter((l) => URL_OR_COPYRIGHT.test(l.text))
      .map((l) => ({ start: l.start, end: l.end, type: 'other' }));
    return { score: spans.length > 0 ? 1 : 0, label: spans.length > 0, spans, signals: [{ name: 'lines', value: spans.length }] };
  },
};
