/**
 * The files of one dataset folder, read through one object so that every byte an adapter
 * reads is in the corpus fingerprint: sha256 over the sorted list of (relative file name,
 * sha256 of the file's bytes on disk). Files ending in `.gz` are decompressed transparently;
 * the fingerprint covers the compressed bytes as stored.
 *
 * Cost: O(bytes) per file read; `lines` streams, holding one line at a time.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip, gunzipSync } from 'node:zlib';
import { MAX_LINE_BYTES } from '../read.ts';

/** One line of a dataset file: its bytes (without `\n`, `\r`), or why it could not be read. */
export type RawLine = { line: number; bytes: Buffer } | { line: number; error: string };
/** One decoded line: its text, or why it could not be read. */
export type TextLine = { line: number; text: string } | { line: number; error: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export class DatasetFiles {
  readonly #digests = new Map<string, string>();

  constructor(readonly root: string) {}

  /** Absolute path of a dataset file. */
  path(rel: string): string {
    return join(this.root, rel);
  }

  exists(rel: string): boolean {
    return existsSync(this.path(rel));
  }

  /** File names directly inside a sub-folder (relative to the root, sorted); [] when absent. */
  async list(sub = '.'): Promise<string[]> {
    const dir = this.path(sub);
    if (!existsSync(dir)) return [];
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => (sub === '.' ? e.name : `${sub}/${e.name}`))
      .sort();
  }

  /** The whole file (decompressed when it ends in `.gz`). Throws on a read or gzip error. */
  async bytes(rel: string): Promise<Buffer> {
    const raw = await readFile(this.path(rel));
    this.#digests.set(rel, sha256(raw));
    return rel.endsWith('.gz') ? gunzipSync(raw) : raw;
  }

  /**
   * Stream the lines of a file (decompressed when it ends in `.gz`). A read or gzip error, or
   * a line longer than {@link MAX_LINE_BYTES}, becomes an `error` item, never a throw.
   */
  async *lines(rel: string): AsyncGenerator<RawLine> {
    const hash = createHash('sha256');
    const source = createReadStream(this.path(rel));
    let stream: AsyncIterable<Buffer>;
    if (rel.endsWith('.gz')) {
      const gunzip = createGunzip();
      source.on('data', (chunk) => hash.update(chunk as Buffer));
      source.on('error', (e) => gunzip.destroy(e));
      stream = source.pipe(gunzip);
    } else
      stream = (async function* () {
        for await (const chunk of source as AsyncIterable<Buffer>) {
          hash.update(chunk);
          yield chunk;
        }
      })();
    let parts: Buffer[] = [];
    let size = 0;
    let line = 1;
    const take = (): RawLine => {
      const bytes = Buffer.concat(parts);
      parts = [];
      const result: RawLine =
        size > MAX_LINE_BYTES
          ? { line, error: `longer than ${MAX_LINE_BYTES} bytes` }
          : { line, bytes: bytes.at(-1) === 13 ? bytes.subarray(0, -1) : bytes };
      size = 0;
      line++;
      return result;
    };
    try {
      for await (const chunk of stream) {
        let from = 0;
        for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
          size += nl - from;
          if (size <= MAX_LINE_BYTES) parts.push(chunk.subarray(from, nl));
          yield take();
          from = nl + 1;
        }
        size += chunk.length - from;
        if (size <= MAX_LINE_BYTES && from < chunk.length) parts.push(Buffer.from(chunk.subarray(from)));
        else if (size > MAX_LINE_BYTES) parts = [];
      }
      if (size > 0) yield take();
      this.#digests.set(rel, hash.digest('hex'));
    } catch (e) {
      yield { line, error: `cannot read ${rel}: ${(e as Error).message}` };
    } finally {
      source.destroy(); // also when the reader stops early
    }
  }

  /** {@link lines} decoded as strict UTF-8 (a BOM on line 1 is dropped); bad bytes are an `error` item. */
  async *textLines(rel: string): AsyncGenerator<TextLine> {
    for await (const raw of this.lines(rel)) {
      if ('error' in raw) {
        yield raw;
        continue;
      }
      try {
        const text = UTF8.decode(raw.bytes);
        yield { line: raw.line, text: raw.line === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text };
      } catch {
        yield { line: raw.line, error: 'not valid UTF-8' };
      }
    }
  }

  /** Fingerprint of every file read so far. */
  sha256(): string {
    const h = createHash('sha256');
    for (const [name, digest] of [...this.#digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) h.update(`${name}\0${digest}\n`);
    return h.digest('hex');
  }
}
