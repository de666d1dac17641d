/**
 * Adapters for public datasets, by name: `rehash eval --corpus <name>:<path>`. Each turns a
 * dataset folder into validated cases on the fly, with a documented mapping (ADAPTERS.md).
 */
import type { CorpusInput } from '../open.ts';
import { aebAdapter } from './aeb.ts';
import { cloughAdapter } from './clough.ts';
import { type DatasetAdapter, openDataset } from './datasetInput.ts';
import { mqmAdapter } from './mqm.ts';
import { mrpcAdapter } from './mrpc.ts';
import { trafilaturaAdapter } from './trafilatura.ts';
import { wmtAdapter } from './wmt.ts';

export type Adapter = (path: string) => Promise<CorpusInput>;

const dataset = (adapter: DatasetAdapter): Adapter => (path) => openDataset(adapter, path);

export const ADAPTERS: Record<string, Adapter> = {
  mrpc: dataset(mrpcAdapter),
  clough: dataset(cloughAdapter),
  aeb: dataset(aebAdapter),
  trafilatura: dataset(trafilaturaAdapter),
  wmt: dataset(wmtAdapter),
  mqm: dataset(mqmAdapter),
};
