import { systemClock } from '@followup/core/adapters';
import { FollowupError } from '@followup/core/errors';
import { draftCommand } from './draft-command.ts';
import { exampleCommand } from './example-command.ts';
import { keysCommand } from './keys-command.ts';
import { smokeCommand } from './smoke-command.ts';
import { planCommand } from './plan-command.ts';
import { InputError, USAGE, UsageError } from './usage.ts';

/** A command returns what goes to standard output; `err` takes notes for the person (not for pipes). */
const COMMANDS: Record<string, (args: string[], now: () => number, err: NodeJS.WritableStream) => Promise<string>> = {
  plan: planCommand,
  draft: draftCommand,
  keys: keysCommand,
  example: exampleCommand,
  smoke: smokeCommand,
};

/**
 * Runs one CLI command and returns its exit code: 0 done, 2 bad usage or input, 1 anything else.
 * @example process.exitCode = await main(['plan', 'record.json'], process.stdout, process.stderr)
 */
export async function main(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name ? out : err).write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command ${name}`);
    out.write(await command(args, systemClock.now, err));
    return 0;
  } catch (error) {
    // parseArgs reports unknown or malformed flags with codes like ERR_PARSE_ARGS_UNKNOWN_OPTION.
    const usage = error instanceof UsageError || String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
    // The store or the data folder (a StartError naming it): one line, no stack trace.
    if (error instanceof FollowupError && !usage) {
      err.write(`followup: ${error.message}\n`);
      return 1;
    }
    err.write(`followup: ${(error as Error).message}\n${usage ? `\n${USAGE}\n` : ''}`);
    return usage || error instanceof InputError ? 2 : 1;
  }
}
