/**
 * The rehash CLI: parse → call → print. User mistakes (unknown flags, missing files, bad
 * corpus lines) end with a one-line message and a non-zero exit, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { UsageError } from '../usageError.ts';
import { REHASH_VERSION } from '../version.ts';
import { compareCommand } from './compareCommand.ts';
import { corpusCommand } from './corpusCommand.ts';
import { evalCommand } from './evalCommand.ts';
import { gateCommand } from './gateCommand.ts';
import { mergeCommand } from './mergeCommand.ts';
import { schemaCommand } from './schemaCommand.ts';

// output piped into `head` and closed early is not an error
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });

const program = new Command('rehash')
  .description('Evaluate detectors of text reuse, machine-translation artifacts and boilerplate in news text')
  .version(REHASH_VERSION)
  .showSuggestionAfterError()
  .exitOverride();
for (const command of [evalCommand(), corpusCommand(), compareCommand(), gateCommand(), mergeCommand(), schemaCommand()]) program.addCommand(command.exitOverride());

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // commander has already printed its one-line message (or the help text)
    process.exitCode = e.exitCode;
  } else if (e instanceof UsageError) {
    process.stderr.write(`rehash: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`rehash: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.REHASH_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 1;
  }
}
