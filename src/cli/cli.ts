#!/usr/bin/env node
/**
 * The `rasd` command line: a thin shell over the library. Each command lives in
 * `cli/commands/<name>.ts` and registers itself on the program.
 * Exit status: 0 when every item succeeded, 1 when some failed, 2 on bad usage.
 */
import { Command, CommanderError } from 'commander';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RasdError } from '../errors.ts';
import { registerAnalyzeCommand } from './commands/analyze.ts';
import { registerPipelineCommand } from './commands/pipeline.ts';
import { registerTagCommand } from './commands/tag.ts';
import { registerActorsCommand } from './commands/actors.ts';
import { registerIngestCommand } from './commands/ingest.ts';
import { registerStoreCommands } from './commands/store.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerQueueCommands } from './commands/queue.ts';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/** Builds the program; `io` lets tests capture output without spawning a process. */
export function buildProgram(): Command {
  const program = new Command('rasd')
    .description('rasd (رصد): structured, evidence-linked event data from raw Arabic news')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  registerAnalyzeCommand(program);
  registerPipelineCommand(program);
  registerTagCommand(program);
  registerActorsCommand(program);
  registerIngestCommand(program);
  registerStoreCommands(program);
  registerServeCommand(program);
  registerQueueCommands(program);
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (err instanceof RasdError) {
      process.stderr.write(`rasd: ${err.code}: ${err.message}\n`);
      return err.code === 'E_USAGE' ? EXIT_USAGE : EXIT_SOME_FAILED;
    }
    process.stderr.write(`rasd: E_INTERNAL: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_SOME_FAILED;
  }
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

/** A reader that goes away (`rasd analyze … | head -1`) is no error: stop quietly. */
export function exitQuietlyOnEpipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK);
    throw err;
  });
}

if (invokedDirectly) {
  exitQuietlyOnEpipe();
  process.exitCode = await main(process.argv.slice(2));
}
