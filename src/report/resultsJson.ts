/**
 * Write `results.json` streamed and atomically. The run metadata, metrics and other small parts
 * are validated together; cases and examples are written one per line, so a run of a million
 * cases never builds one giant string. Case results come either validated from `results.cases`
 * or as canonical lines streamed from disk (`EvaluatedRun.caseLines`, validated when they were
 * spilled). Validation also puts every object's keys in schema order, so equal results are equal
 * bytes however they were assembled (one run, or merged shards). The file goes to a temporary
 * name first and is renamed into place when complete.
 */
import { open, rename, rm } from 'node:fs/promises';
import { CaseResult, ExampleCase, Results } from '../contracts/results.ts';

/** Bytes gathered before each write. */
const CHUNK = 1 << 20;

/** Write `results`; `caseLines`, when given, replaces `results.cases` with these canonical lines. */
export async function writeResultsJson(file: string, results: Results, caseLines?: AsyncIterable<string>): Promise<void> {
  const header = Results.parse({ ...results, cases: [], examples: [] });
  const head = JSON.stringify(header);
  // the schema puts `cases` and `examples` last: reopen the header just before them
  const cut = head.lastIndexOf(',"cases":[]');
  if (cut === -1 || !head.endsWith(',"cases":[],"examples":[]}')) throw new Error('results schema no longer ends with cases and examples');
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    let buffer = `${head.slice(0, cut)},"cases":[`;
    const flush = async (force = false) => {
      if (buffer.length >= CHUNK || force) {
        await handle.write(buffer);
        buffer = '';
      }
    };
    let i = 0;
    for await (const line of caseLines ?? canonical(results.cases)) {
      buffer += `${i++ === 0 ? '' : ','}\n${line}`;
      await flush();
    }
    buffer += '\n],"examples":[';
    for (const [k, e] of results.examples.entries()) {
      buffer += `${k === 0 ? '' : ','}\n${JSON.stringify(ExampleCase.parse(e))}`;
      await flush();
    }
    buffer += '\n]}\n';
    await flush(true);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  await rename(tmp, file);
}

function* canonical(cases: readonly CaseResult[]): Generator<string> {
  for (const c of cases) yield JSON.stringify(CaseResult.parse(c));
}
