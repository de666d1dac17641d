/**
 * Case results spilled to disk as they arrive, so a run's memory does not grow with its case
 * count. Each result is kept as its canonical results.json line, in sorted runs of a few tens of
 * megabytes written to one temporary file; reading merges the runs back in results order
 * (detector, then case id). The file is unlinked as soon as it is opened where the OS allows it
 * (POSIX), so even a killed run leaves nothing behind; elsewhere `close` removes it.
 * Memory: one run's lines before they are written, plus a read buffer per run while merging.
 */
import { mkdtemp, open, rm, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Characters of lines gathered before a run is sorted and written. Bounds the log's memory (the
 * lines, their sorted copy and the encoded bytes: ≈ 5× this) whatever the case count; a million
 * small cases make about twenty runs, merged with one read buffer each.
 */
const RUN_CHARS = 16 * 1024 * 1024;
/** Read buffer of each run while merging. */
const READ_BUFFER = 64 * 1024;

/** One spilled case result: where it goes in the results, its arrival number and its line. */
export interface LogEntry {
  /** Index of the case result's detector in the run's detector order. */
  detector: number;
  id: string;
  /** Order of arrival (0, 1, …), to line up with anything kept per arrival. */
  arrival: number;
  line: string;
}

const before = (a: LogEntry, b: LogEntry): number => a.detector - b.detector || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A stored line: `detector \t JSON id \t arrival \t result JSON` (JSON escapes every tab and newline). */
const encode = (e: LogEntry) => `${e.detector}\t${JSON.stringify(e.id)}\t${e.arrival}\t${e.line}\n`;

function decode(text: string): LogEntry {
  const a = text.indexOf('\t');
  const b = text.indexOf('\t', a + 1);
  const c = text.indexOf('\t', b + 1);
  return { detector: Number(text.slice(0, a)), id: JSON.parse(text.slice(a + 1, b)) as string, arrival: Number(text.slice(b + 1, c)), line: text.slice(c + 1) };
}

/**
 * The lines of bytes `[start, end)` of `file`, read `READ_BUFFER` bytes at a time at explicit
 * positions (no stream, so any number of runs share the handle without listeners piling up on
 * it). A line is decoded only once its newline is read, so a UTF-8 sequence cut by a read
 * border stays whole.
 */
async function* readLines(file: FileHandle, start: number, end: number): AsyncGenerator<string> {
  let position = start;
  let rest: Buffer = Buffer.alloc(0);
  while (position < end) {
    const chunk = Buffer.allocUnsafe(Math.min(READ_BUFFER, end - position));
    const { bytesRead } = await file.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const data = rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
    let from = 0;
    for (let nl = data.indexOf(10, from); nl !== -1; nl = data.indexOf(10, from)) {
      yield data.toString('utf8', from, nl);
      from = nl + 1;
    }
    rest = Buffer.from(data.subarray(from));
  }
  if (rest.length > 0) yield rest.toString('utf8');
}

export class CaseLog {
  readonly #dir: string;
  readonly #file: FileHandle;
  readonly #runChars: number;
  #buffer: LogEntry[] = [];
  #bufferChars = 0;
  #written = 0;
  readonly #runs: { start: number; end: number }[] = [];
  readonly #writes: Promise<unknown>[] = [];
  #count = 0;

  private constructor(dir: string, file: FileHandle, runChars: number) {
    this.#dir = dir;
    this.#file = file;
    this.#runChars = runChars;
  }

  /** A new, empty log in the system's temporary directory; `runChars` sets the run size (tests use small runs). */
  static async open(runChars = RUN_CHARS): Promise<CaseLog> {
    const dir = await mkdtemp(join(tmpdir(), 'rehash-cases-'));
    const path = join(dir, 'cases.log');
    const file = await open(path, 'w+');
    try {
      await unlink(path);
    } catch {
      // not on this OS: `close` removes it
    }
    return new CaseLog(dir, file, runChars);
  }

  /** Case results added so far. */
  get count(): number {
    return this.#count;
  }

  /** Add one case result's canonical line; returns its arrival number. Synchronous: writes happen behind. */
  add(detector: number, id: string, line: string): number {
    const arrival = this.#count++;
    this.#buffer.push({ detector, id, arrival, line });
    this.#bufferChars += line.length;
    if (this.#bufferChars >= this.#runChars) this.#spill();
    return arrival;
  }

  #spill(): void {
    if (this.#buffer.length === 0) return;
    const text = this.#buffer.sort(before).map(encode).join('');
    this.#buffer = [];
    this.#bufferChars = 0;
    const bytes = Buffer.from(text);
    const start = this.#written;
    this.#written += bytes.length;
    this.#runs.push({ start, end: this.#written });
    this.#writes.push(this.#file.write(bytes, 0, bytes.length, start));
  }

  /** Every entry in results order (detector, then id), merged from the sorted runs on disk. */
  async *entries(): AsyncGenerator<LogEntry> {
    this.#spill();
    await Promise.all(this.#writes);
    const readers = this.#runs.map((r) => readLines(this.#file, r.start, r.end));
    const heads: (LogEntry | undefined)[] = [];
    for (const r of readers) {
      const next = await r.next();
      heads.push(next.done ? undefined : decode(next.value));
    }
    try {
      for (;;) {
        // few runs (one per RUN_CHARS of results): a linear scan for the smallest head is enough
        let min = -1;
        for (let i = 0; i < heads.length; i++) {
          const h = heads[i];
          if (h && (min === -1 || before(h, heads[min] as LogEntry) < 0)) min = i;
        }
        if (min === -1) return;
        yield heads[min] as LogEntry;
        const next = await (readers[min] as AsyncIterator<string>).next();
        heads[min] = next.done ? undefined : decode(next.value);
      }
    } finally {
      for (const r of readers) await r.return(undefined);
    }
  }

  /** Close and remove the file. */
  async close(): Promise<void> {
    await Promise.allSettled(this.#writes);
    await this.#file.close().catch(() => {});
    await rm(this.#dir, { recursive: true, force: true });
  }
}
