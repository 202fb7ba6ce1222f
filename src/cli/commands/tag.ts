/** `rasd tag --conll [FILE]`: tags pre-tokenised text (output-format.md, "Pre-tokenised tagging"). */
import type { Command } from 'commander';
import { once } from 'node:events';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { RasdError } from '../../errors.ts';
import { tagConllStream } from '../../ner/conll-tag.ts';
import { defaultNerTagger } from '../../ner/tagger.ts';

async function writeOut(s: string): Promise<void> {
  if (!process.stdout.write(s)) await once(process.stdout, 'drain');
}

export function registerTagCommand(program: Command): void {
  program
    .command('tag')
    .description('tag pre-tokenised text with named-entity labels (one token per line, blank line between sentences)')
    .argument('[file]', 'a CoNLL file (default: standard input)')
    .option('--conll', 'read and write CoNLL: each input line comes back with its BIO label (B-PERS, I-ORG, O, …) appended')
    .addHelpText('after', '\nExit status: 0 done, 1 some lines could not be read, 2 bad usage.')
    .action(async (file: string | undefined, flags: { conll?: boolean }) => {
      if (!flags.conll) throw new RasdError('E_USAGE', 'say --conll: it is the one input format of rasd tag');
      if (file !== undefined && !existsSync(file)) throw new RasdError('E_IO', `${file}: no such file`, { item: file });
      if (file !== undefined && statSync(file).isDirectory()) throw new RasdError('E_IO', `${file}: is a directory, not a CoNLL file`, { item: file });
      const tagger = defaultNerTagger();
      let r;
      try {
        // a file, a FIFO or /dev/stdin (anything readable that is not a directory)
        r = await tagConllStream(file === undefined ? process.stdin : createReadStream(file), writeOut, tagger);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (!(err instanceof RasdError) && typeof (err as NodeJS.ErrnoException).syscall === 'string') {
          throw new RasdError('E_IO', `${file ?? 'stdin'}: cannot be read (${code})`, { item: file ?? 'stdin', cause: err });
        }
        throw err;
      }
      for (const p of r.problems) process.stderr.write(`rasd: ${file ?? 'stdin'}: E_TOO_LARGE: ${p}\n`);
      process.exitCode = r.problems.length > 0 ? 1 : 0;
    });
}
