/** `rasd actors --explain "…phrase…"`: shows how a phrase's actors were resolved (knowledge-base entry, rule, steps). */
import type { Command } from 'commander';
import { RasdError } from '../../errors.ts';
import { explainActors, formatExplanation } from '../../actors/explain.ts';
import type { EntityType } from '../../doc/types.ts';

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

export function registerActorsCommand(program: Command): void {
  program
    .command('actors')
    .description('explain how rasd links a phrase to actors (country + sector, organisations, people)')
    .argument('<phrase...>', 'the phrase or sentence, e.g. "وزير الأمن الإسرائيلي بني غانتس"')
    .option('--explain', 'show the knowledge-base entry, rule and steps for each actor (the one mode of this command)')
    .option('--as <type>', 'treat the whole phrase as one entity of this type (PER, ORG, LOC, MISC)')
    .option('--date <iso>', 'reference date (picks a person\'s role for that year)')
    .option('--json', 'print the explanation as JSON')
    .addHelpText('after', '\nExample:\n  rasd actors --explain "رئيس أركان جيش الاحتلال أفيف كوخافي"\n\nExit status: 0 done, 2 bad usage.')
    .action((words: string[], flags: { explain?: boolean; as?: string; date?: string; json?: boolean }) => {
      if (!flags.explain) throw new RasdError('E_USAGE', 'say --explain: rasd actors explains how a phrase is linked');
      const as = flags.as?.toUpperCase();
      if (as !== undefined && !TYPES.has(as)) throw new RasdError('E_USAGE', `--as must be PER, ORG, LOC or MISC, not ${flags.as}`);
      if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(flags.date)) throw new RasdError('E_USAGE', `--date must be an ISO date (YYYY-MM-DD), not ${flags.date}`);
      const x = explainActors(words.join(' '), { as: as as EntityType | undefined, referenceDate: flags.date ?? null });
      process.stdout.write(flags.json ? JSON.stringify(x) + '\n' : formatExplanation(x));
    });
}
