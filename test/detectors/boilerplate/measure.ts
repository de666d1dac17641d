/**
 * Measure a boilerplate detector against the targets (a script, not a test):
 *
 *   node --import tsx test/detectors/boilerplate/measure.ts [--split test|dev|all] [--detector id@version] [--errors]
 *
 * Figures as defined in `metrics.ts`; a line counts as flagged when half of it is covered by the
 * detector's spans (the eval engine's line rule).
 */
import type { Detector } from '../../../src/contracts/detector.ts';
import { boilerplateReference } from '../../../src/detectors/boilerplate/boilerplate.ts';
import { boilerplateLinePatterns } from '../../../src/detectors/boilerplate/linePatterns.ts';
import { boilerplateUrlBaseline } from '../../../src/detectors/boilerplate/urlBaseline.ts';
import { type LabeledCase, loadAll } from './data.ts';
import { report, summarize } from './metrics.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : dflt;
};
const split = opt('--split', 'test');
const key = opt('--detector', 'boilerplate');
// the boilerplate detectors only (not the registry, so the script does not load the other tasks' detectors)
const DETECTORS: readonly Detector<'boilerplate'>[] = [boilerplateReference, boilerplateLinePatterns, boilerplateUrlBaseline];
const detector = DETECTORS.find((d) => `${d.id}@${d.version}` === key || d.id === key);
if (!detector) throw new Error(`unknown detector ${key}`);

const cases = (await loadAll()).filter((lc) => split === 'all' || lc.c.split === split);
const started = performance.now();
const flags: boolean[][] = [];
for (const lc of cases) {
  const spans = (await detector.detect({ text: lc.c.text })).spans ?? [];
  flags.push(
    lc.lines.map((l) => {
      let n = 0;
      for (const s of spans) n += Math.max(0, Math.min(s.end, l.end) - Math.max(s.start, l.start));
      return n >= 0.5 * (l.end - l.start);
    }),
  );
}
const seconds = (performance.now() - started) / 1000;
console.log(`detector ${detector.id}@${detector.version}, split ${split}, ${cases.length} cases, detect ${seconds.toFixed(1)} s`);
console.log(report(summarize(cases, (_: LabeledCase, k: number) => flags[k] as boolean[]), args.includes('--errors')));
