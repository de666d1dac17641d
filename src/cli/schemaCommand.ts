/**
 * `rehash schema <name>`: print the JSON Schema of an on-disk contract.
 */
import { Argument, Command } from 'commander';
import { CONTRACT_NAMES, type ContractName, contractJsonSchema } from '../contracts/jsonSchema.ts';

export function schemaCommand(): Command {
  return new Command('schema')
    .description('print the JSON Schema of a contract (case, detection, results)')
    .addArgument(new Argument('<name>', 'which contract').choices(CONTRACT_NAMES))
    .action((name: ContractName) => {
      process.stdout.write(contractJsonSchema(name));
    });
}
