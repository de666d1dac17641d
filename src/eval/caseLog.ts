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
import { createInterface } from 'node:readline';

/** Bytes of lines gathered before a run is sorted and written: big runs, few of them to merge. */
const RUN_BYTES = 64 * 1024 * 1024;
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

export class CaseLog {
  readonly #dir: string;
  readonly #file: FileHandle;
  #buffer: LogEntry[] = [];
  #bufferBytes = 0;
  #written = 0;
  readonly #runs: { start: number; end: number }[] = [];
  readonly #writes: Promise<unknown>[] = [];
  #count = 0;

  private constructor(dir: string, file: FileHandle) {
    this.#dir = dir;
    this.#file = file;
  }

  /** A new, empty log in the system's temporary directory. */
  static async open(): Promise<CaseLog> {
    const dir = await mkdtemp(join(tmpdir(), 'rehash-cases-'));
    const path = join(dir, 'cases.log');
    const file = await open(path, 'w+');
    try {
      await unlink(path);
    } catch {
      // not on this OS: `close` removes it
    }
    return new CaseLog(dir, file);
  }

  /** Case results added so far. */
  get count(): number {
    return this.#count;
  }

  /** Add one case result's canonical line; returns its arrival number. Synchronous: writes happen behind. */
  add(detector: number, id: string, line: string): number {
    const arrival = this.#count++;
    this.#buffer.push({ detector, id, arrival, line });
    this.#bufferBytes += line.length;
    if (this.#bufferBytes >= RUN_BYTES) this.#spill();
    return arrival;
  }

  #spill(): void {
    if (this.#buffer.length === 0) return;
    const text = this.#buffer.sort(before).map(encode).join('');
    this.#buffer = [];
    this.#bufferBytes = 0;
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
    const readers = this.#runs.map((r) =>
      createInterface({ input: this.#file.createReadStream({ start: r.start, end: r.end - 1, autoClose: false, highWaterMark: READ_BUFFER }), crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator](),
    );
    const heads: (LogEntry | undefined)[] = [];
    for (const r of readers) {
      const next = await r.next();
      heads.push(next.done ? undefined : decode(next.value));
    }
    try {
      for (;;) {
        // few runs (one per RUN_BYTES of results): a linear scan for the smallest head is enough
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
      for (const r of readers) await r.return?.();
    }
  }

  /** Close and remove the file. */
  async close(): Promise<void> {
    await Promise.allSettled(this.#writes);
    await this.#file.close().catch(() => {});
    await rm(this.#dir, { recursive: true, force: true });
  }
}
