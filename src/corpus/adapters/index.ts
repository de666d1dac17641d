/**
 * Adapters for public datasets, by name: `rehash eval --corpus <name>:<path>`. Each turns a
 * dataset folder into validated cases on the fly, with a documented mapping.
 */
import type { CorpusInput } from '../open.ts';

export type Adapter = (path: string) => Promise<CorpusInput>;

export const ADAPTERS: Record<string, Adapter> = {};
