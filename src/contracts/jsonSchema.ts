/**
 * JSON Schema exports of the on-disk contracts, for users who validate outside TypeScript.
 * The committed copies under `corpora/schema/` are checked against these by the test suite.
 */
import { z } from 'zod';
import { Case } from './case.ts';
import { Detection } from './detection.ts';
import { Results } from './results.ts';

const contracts = { case: Case, detection: Detection, results: Results } as const;
export type ContractName = keyof typeof contracts;
export const CONTRACT_NAMES = Object.keys(contracts) as ContractName[];

/** The JSON Schema (draft 2020-12) of one contract, as pretty-printed JSON text. */
export function contractJsonSchema(name: ContractName): string {
  const schema = z.toJSONSchema(contracts[name], { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return `${JSON.stringify({ $id: `https://rehash.dev/schema/${name}.schema.json`, title: `rehash ${name}`, ...schema }, null, 2)}\n`;
}
