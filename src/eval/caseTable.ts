/**
 * Case results reduced to what thresholds, metrics and example picking need, in typed columns:
 * detector, slice, split, gold label, prediction score and label, failure, input size and the
 * match counts — no ids, texts, signals or spans. 27 bytes a case result, plus 8 bytes per match
 * number a task has (chars, lines and drift 3 each, PAN 6, kept text 3, snippets 4) and 32 bytes
 * per per-type overlap. Rows are numbered in order of arrival; `reorder` puts them in results order.
 */
import type { CaseResult, Overlap, PanCounts, SnippetCounts } from '../contracts/results.ts';

/** Rows allocated at first; columns double when full. */
const INITIAL_ROWS = 1024;

/** The fixed-width match groups and their fields, in storage order. */
const GROUPS = {
  chars: ['tp', 'fp', 'fn'],
  lines: ['tp', 'fp', 'fn'],
  drift: ['tp', 'fp', 'fn'],
  pan: ['precisionSum', 'detections', 'recallSum', 'goldPassages', 'foundPassages', 'detectionsPerFoundPassage'],
  keptText: ['precision', 'recall', 'f1'],
  snippets: ['mustRemove', 'removed', 'mustKeep', 'kept'],
  grade: ['rank', 'levels'],
} as const;
export type MatchGroup = keyof typeof GROUPS;
type GroupValue = { chars: Overlap; lines: Overlap; drift: Overlap; pan: PanCounts; keptText: { precision: number; recall: number; f1: number }; snippets: SnippetCounts; grade: { rank: number; levels: number } };

/** Flag bits of a row. */
const LABEL = 1;
const PREDICTED = 2;
const PREDICTED_LABEL = 4;
const FAILED = 8;

type Column = Float64Array | Uint32Array | Uint16Array | Uint8Array;

function grown<T extends Column>(column: T, size: number): T {
  const bigger = new (column.constructor as new (n: number) => T)(size);
  bigger.set(column);
  return bigger;
}

/** Per-type overlaps of the rows that have them (sparse: most rows have few types). */
interface TypeOverlaps {
  rows: Uint32Array;
  values: Float64Array;
  length: number;
}

export class CaseTable {
  readonly detectors: readonly string[];
  readonly #detectorIndex: Map<string, number>;
  readonly slices: string[] = [];
  readonly #sliceIndex = new Map<string, number>();
  #length = 0;
  #capacity = INITIAL_ROWS;
  #detector = new Uint16Array(INITIAL_ROWS);
  #slice = new Uint32Array(INITIAL_ROWS);
  #dev = new Uint8Array(INITIAL_ROWS);
  #flags = new Uint8Array(INITIAL_ROWS);
  #score = new Float64Array(INITIAL_ROWS);
  #size = new Float64Array(INITIAL_ROWS);
  /** Match groups, allocated when a first row has one; NaN in a row's first field: absent. */
  readonly #groups = new Map<MatchGroup, Float64Array>();
  readonly #types = new Map<string, TypeOverlaps>();

  /** An empty table for case results of these detectors (keys, in results order). */
  constructor(detectors: readonly string[]) {
    this.detectors = detectors;
    this.#detectorIndex = new Map(detectors.map((d, i) => [d, i]));
  }

  get length(): number {
    return this.#length;
  }

  /** Index of a detector key in the table's order. */
  detectorIndex(key: string): number {
    const i = this.#detectorIndex.get(key);
    if (i === undefined) throw new Error(`case result of unknown detector ${key}`);
    return i;
  }

  /** Append a case result; `size` is its input's size in characters (undefined: unknown). Returns its row. */
  add(r: CaseResult, size: number | undefined): number {
    if (this.#length === this.#capacity) this.#grow();
    const i = this.#length++;
    let slice = this.#sliceIndex.get(r.slice);
    if (slice === undefined) {
      slice = this.slices.push(r.slice) - 1;
      this.#sliceIndex.set(r.slice, slice);
    }
    this.#detector[i] = this.detectorIndex(r.detector);
    this.#slice[i] = slice;
    this.#dev[i] = r.split === 'dev' ? 1 : 0;
    this.#flags[i] = (r.label ? LABEL : 0) | (r.prediction ? PREDICTED : 0) | (r.prediction?.label ? PREDICTED_LABEL : 0) | (r.error !== undefined ? FAILED : 0);
    this.#score[i] = r.prediction?.score ?? 0;
    this.#size[i] = size ?? Number.NaN;
    for (const group of Object.keys(GROUPS) as MatchGroup[]) {
      const value = r.match?.[group] as Record<string, number> | undefined;
      if (value === undefined && !this.#groups.has(group)) continue;
      const fields = GROUPS[group];
      const column = this.#groupColumn(group);
      fields.forEach((f, k) => {
        column[i * fields.length + k] = value ? (value[f] as number) : Number.NaN;
      });
    }
    for (const [type, o] of Object.entries(r.match?.types ?? {})) {
      let t = this.#types.get(type);
      if (!t) {
        t = { rows: new Uint32Array(INITIAL_ROWS), values: new Float64Array(3 * INITIAL_ROWS), length: 0 };
        this.#types.set(type, t);
      }
      if (t.length === t.rows.length) {
        t.rows = grown(t.rows, 2 * t.rows.length);
        t.values = grown(t.values, 6 * t.rows.length);
      }
      t.rows[t.length] = i;
      t.values.set([o.tp, o.fp, o.fn], 3 * t.length);
      t.length++;
    }
    return i;
  }

  #groupColumn(group: MatchGroup): Float64Array {
    let column = this.#groups.get(group);
    if (!column) {
      column = new Float64Array(this.#capacity * GROUPS[group].length).fill(Number.NaN);
      this.#groups.set(group, column);
    }
    return column;
  }

  #grow(): void {
    const size = 2 * this.#capacity;
    this.#detector = grown(this.#detector, size);
    this.#slice = grown(this.#slice, size);
    this.#dev = grown(this.#dev, size);
    this.#flags = grown(this.#flags, size);
    this.#score = grown(this.#score, size);
    this.#size = grown(this.#size, size);
    for (const [group, column] of this.#groups) {
      const bigger = new Float64Array(size * GROUPS[group].length).fill(Number.NaN);
      bigger.set(column);
      this.#groups.set(group, bigger);
    }
    this.#capacity = size;
  }

  /** Put the rows in a new order: `order[k]` is the current row that becomes row k (a permutation). */
  reorder(order: Uint32Array): void {
    if (order.length !== this.#length) throw new Error(`reorder needs ${this.#length} rows, got ${order.length}`);
    const gather = <T extends Column>(column: T, width = 1): T => {
      const out = new (column.constructor as new (n: number) => T)(Math.max(1, this.#length) * width);
      for (let k = 0; k < order.length; k++) {
        const from = (order[k] as number) * width;
        for (let j = 0; j < width; j++) out[k * width + j] = column[from + j] as number;
      }
      return out;
    };
    this.#detector = gather(this.#detector);
    this.#slice = gather(this.#slice);
    this.#dev = gather(this.#dev);
    this.#flags = gather(this.#flags);
    this.#score = gather(this.#score);
    this.#size = gather(this.#size);
    for (const [group, column] of this.#groups) this.#groups.set(group, gather(column, GROUPS[group].length));
    this.#capacity = Math.max(1, this.#length);
    const newRow = new Uint32Array(this.#length);
    order.forEach((from, k) => {
      newRow[from] = k;
    });
    for (const t of this.#types.values()) {
      const entries = Array.from({ length: t.length }, (_, k) => k).sort((a, b) => (newRow[t.rows[a] as number] as number) - (newRow[t.rows[b] as number] as number));
      const rows = new Uint32Array(t.length);
      const values = new Float64Array(3 * t.length);
      entries.forEach((e, k) => {
        rows[k] = newRow[t.rows[e] as number] as number;
        values.set(t.values.subarray(3 * e, 3 * e + 3), 3 * k);
      });
      t.rows = rows;
      t.values = values;
    }
  }

  detector(i: number): number {
    return this.#detector[i] as number;
  }
  slice(i: number): string {
    return this.slices[this.#slice[i] as number] as string;
  }
  split(i: number): 'dev' | 'test' {
    return this.#dev[i] ? 'dev' : 'test';
  }
  label(i: number): boolean {
    return ((this.#flags[i] as number) & LABEL) !== 0;
  }
  /** The prediction's score and label; undefined when the case failed. */
  prediction(i: number): { score: number; label: boolean } | undefined {
    const f = this.#flags[i] as number;
    return f & PREDICTED ? { score: this.#score[i] as number, label: (f & PREDICTED_LABEL) !== 0 } : undefined;
  }
  /** The prediction's score, 0 without a prediction. */
  score(i: number): number {
    return this.#score[i] as number;
  }
  failed(i: number): boolean {
    return ((this.#flags[i] as number) & FAILED) !== 0;
  }
  /** Input size in characters; undefined when unknown. */
  size(i: number): number | undefined {
    const s = this.#size[i] as number;
    return Number.isNaN(s) ? undefined : s;
  }

  /** Whether a row's case result has match counts of this group. */
  hasMatch(group: MatchGroup, i: number): boolean {
    const column = this.#groups.get(group);
    return column !== undefined && !Number.isNaN(column[i * GROUPS[group].length] as number);
  }

  /** A row's match counts of one group; undefined when its case result has none. */
  match<G extends MatchGroup>(group: G, i: number): GroupValue[G] | undefined {
    const column = this.#groups.get(group);
    const fields = GROUPS[group];
    if (!column || Number.isNaN(column[i * fields.length] as number)) return undefined;
    const out: Record<string, number> = {};
    fields.forEach((f, k) => {
      out[f] = column[i * fields.length + k] as number;
    });
    return out as GroupValue[G];
  }

  /** Per span type: the rows with an overlap of that type (ascending) and their tp, fp, fn (3 per row). Views, not copies. */
  types(): Map<string, { rows: Uint32Array; values: Float64Array }> {
    return new Map([...this.#types].map(([type, t]) => [type, { rows: t.rows.subarray(0, t.length), values: t.values.subarray(0, 3 * t.length) }]));
  }
}
