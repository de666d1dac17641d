/**
 * A generated corpus of any size, for scale tests and the memory measurement: tiny `mt` cases
 * (two sentences, English or French, alternating labels, one in five on dev, four slices), one
 * JSON line each, so its size is set by the case count alone. Deterministic.
 *
 * Write one to a file (nothing big is committed):
 *   npx tsx test/support/largeCorpus.ts 1000000 /tmp/rehash-1m.jsonl
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** Slices the cases are spread over. */
const SLICES = 4;
/** One case in this many is on dev (thresholds are fitted there). */
const DEV_EVERY = 5;

const ENGLISH = [
  'The city council approved the new tram line on Thursday after a long debate.',
  'Dockworkers at the port began a two-day strike on Monday over pay and hours.',
  'The central bank raised its key rate by half a point, its third rise this year.',
];
const FRENCH = [
  'Le conseil municipal a approuvé jeudi la nouvelle ligne de tramway après un long débat.',
  'Les dockers du port ont entamé lundi une grève de deux jours pour les salaires.',
  'La banque centrale a relevé son taux directeur d’un demi-point, sa troisième hausse.',
];

/** The i-th generated case as its JSON line (no newline). */
export function generatedCaseLine(i: number): string {
  const label = i % 2 === 0;
  const pool = label ? FRENCH : ENGLISH;
  const text = `${pool[i % pool.length]} Report ${i}. ${ENGLISH[(i + 1) % ENGLISH.length]}`;
  return JSON.stringify({ id: `gen-${i}`, task: 'mt', slice: `gen/s${i % SLICES}`, split: i % DEV_EVERY === 0 ? 'dev' : 'test', label, text, spans: [] });
}

/** Write `n` generated cases to `file` as JSON Lines. */
export async function writeGeneratedCorpus(n: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) if (!out.write(`${generatedCaseLine(i)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [n, file] = process.argv.slice(2);
  if (!n || !/^\d+$/.test(n) || !file) {
    process.stderr.write('usage: npx tsx test/support/largeCorpus.ts <cases> <file.jsonl>\n');
    process.exit(2);
  }
  await writeGeneratedCorpus(Number(n), file);
}
