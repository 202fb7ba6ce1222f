/** `rasd pipeline` lists the registered components and the default pipeline with their contracts. */
import type { Command } from 'commander';
import { listComponents } from '../../pipeline/registry.ts';
import { DEFAULT_PIPELINE } from '../../pipeline/runner.ts';

export function registerPipelineCommand(program: Command): void {
  program
    .command('pipeline')
    .description('list the pipeline components, what each requires and assigns')
    .action(() => {
      for (const c of listComponents()) {
        const on = DEFAULT_PIPELINE.includes(c.name) ? '*' : ' ';
        process.stdout.write(`${on} ${c.name.padEnd(12)} requires [${c.requires.join(', ')}] assigns [${c.assigns.join(', ')}]\n    ${c.description}\n`);
      }
      process.stdout.write(`\ndefault pipeline (*): ${DEFAULT_PIPELINE.join(' → ')}\n`);
    });
}
