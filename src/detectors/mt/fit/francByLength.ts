/**
 * How reliable is franc by span length? Prints the Markdown tables of the README.
 *
 * 1. Single words: every `untranslated` gold span of the bundled dev cases that is one word
 *    (French or Spanish), against English words of the same lengths drawn from the human dev
 *    texts; franc restricted to eng/fra/spa with `minLength: 1`. A word is right when franc says
 *    "not English" for a foreign word and "English" for an English one.
 * 2. Runs of text: windows of whole words cut from the French source articles of dev cases
 *    (`corpora/sources/fr`) and from the English human dev texts, at target lengths of 10–160
 *    characters, franc restricted to the detector's `FRANC_LANGUAGES`.
 *
 * Run: `node --import tsx src/detectors/mt/fit/francByLength.ts`. Deterministic (no sampling:
 * every span or every window at a fixed stride is used). Development tooling only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { FRANC_LANGUAGES } from '../signals/foreignSentence.ts';
import { loadMtCases } from './cases.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const WORD_BUCKETS = [
  [2, 3],
  [4, 5],
  [6, 7],
  [8, 10],
  [11, 20],
] as const;
const RUN_LENGTHS = [10, 20, 30, 40, 60, 80, 120, 160] as const;
/** Words between two windows of one text (keeps windows from overlapping too much). */
const STRIDE_WORDS = 7;

const pct = (a: number, n: number) => (n === 0 ? '–' : `${((100 * a) / n).toFixed(0)}%`);

async function main(): Promise<void> {
  const dev = await loadMtCases(join(ROOT, 'corpora/mt'), 'dev');
  const foreign: string[] = [];
  for (const c of dev)
    for (const s of c.spans) {
      const w = c.text.slice(s.start, s.end).replace(/^\[|\]$/g, '');
      if (s.type === 'untranslated' && /^[\p{L}\p{M}]+$/u.test(w)) foreign.push(w.toLowerCase());
    }
  const human = dev.filter((c) => c.slice === 'mt/human');
  const englishByLength = new Map<number, string[]>();
  for (const c of human) for (const w of c.text.toLowerCase().match(/\p{L}+/gu) ?? []) englishByLength.set(w.length, [...(englishByLength.get(w.length) ?? []), w]);

  console.log('| word length | foreign words | franc says not English | English words | franc says English |');
  console.log('| --- | --: | --: | --: | --: |');
  for (const [lo, hi] of WORD_BUCKETS) {
    const fs = foreign.filter((w) => w.length >= lo && w.length <= hi);
    const fRight = fs.filter((w) => franc(w, { only: ['eng', 'fra', 'spa'], minLength: 1 }) !== 'eng').length;
    // the same number of English words per length as foreign ones (all of them when fewer)
    const es: string[] = [];
    for (let len = lo; len <= hi; len++) {
      const want = fs.filter((w) => w.length === len).length;
      const pool = englishByLength.get(len) ?? [];
      const step = Math.max(1, Math.floor(pool.length / Math.max(1, want)));
      for (let i = 0; i < pool.length && es.length < fs.length && i / step < want; i += step) es.push(pool[i] as string);
    }
    const eRight = es.filter((w) => franc(w, { only: ['eng', 'fra', 'spa'], minLength: 1 }) === 'eng').length;
    console.log(`| ${lo}–${hi} | ${fs.length} | ${pct(fRight, fs.length)} | ${es.length} | ${pct(eRight, es.length)} |`);
  }

  const devFrench = new Set(dev.filter((c) => c.slice === 'mt/apertium-fr').flatMap((c) => (c.meta?.sources as string[] | undefined) ?? []));
  const frDir = join(ROOT, 'corpora/sources/fr');
  const frenchTexts = readdirSync(frDir)
    .filter((f) => devFrench.has(f.replace(/\.md$/, '')))
    .map((f) => readFileSync(join(frDir, f), 'utf8').split(/^---$/m)[2] ?? '');
  const windows = (texts: string[], target: number): string[] => {
    const out: string[] = [];
    for (const t of texts) {
      const words = t.split(/\s+/).filter(Boolean);
      for (let i = 0; i < words.length; i += STRIDE_WORDS) {
        let s = '';
        for (let j = i; j < words.length && s.length < target; j++) s = s ? `${s} ${words[j]}` : (words[j] as string);
        if (s.length >= target) out.push(s);
      }
    }
    return out;
  };
  console.log('');
  console.log(`| run length (chars) | French runs | franc says French | English runs | franc says English |`);
  console.log('| --- | --: | --: | --: | --: |');
  for (const len of RUN_LENGTHS) {
    const fr = windows(frenchTexts, len);
    const en = windows(
      human.map((c) => c.text),
      len,
    );
    const frRight = fr.filter((s) => franc(s, { only: FRANC_LANGUAGES }) === 'fra').length;
    const enRight = en.filter((s) => franc(s, { only: FRANC_LANGUAGES }) === 'eng').length;
    console.log(`| ≥ ${len} | ${fr.length} | ${pct(frRight, fr.length)} | ${en.length} | ${pct(enRight, en.length)} |`);
  }
}

await main();
