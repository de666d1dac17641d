/**
 * `rehash schema [name]`: print the JSON Schema of an on-disk contract, or write them all
 * (`--write <dir>`; the committed copies live in `corpora/schema/`).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Argument, Command } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import { CONTRACT_NAMES, type ContractName, contractJsonSchema } from '../contracts/jsonSchema.ts';
import { UsageError } from '../usageError.ts';

export function schemaCommand(): Command {
  return new Command('schema')
    .description('print the JSON Schema of a contract (case, detection, results), or write all of them')
    .addArgument(new Argument('[name]', 'which contract').choices(CONTRACT_NAMES))
    .option('--write <dir>', 'write <name>.schema.json for every contract into <dir>')
    .action(async (name: ContractName | undefined, opts: { write?: string }) => {
      if (opts.write) {
        await mkdir(opts.write, { recursive: true });
        for (const n of CONTRACT_NAMES) await writeFileAtomic(join(opts.write, `${n}.schema.json`), contractJsonSchema(n));
        process.stdout.write(`wrote ${CONTRACT_NAMES.length} schemas to ${opts.write}\n`);
        return;
      }
      if (!name) throw new UsageError(`name a contract (${CONTRACT_NAMES.join(', ')}) or pass --write <dir>`);
      process.stdout.write(contractJsonSchema(name));
    });
}
