/**
 * `rasd actors --explain "…phrase…"`: shows how a phrase's actors were resolved (knowledge-base
 * entry, rule, steps). `rasd actors --top N`: the most active actors in the database.
 */
import type { Command } from 'commander';
import { RasdError } from '../../errors.ts';
import { explainActors, formatExplanation } from '../../actors/explain.ts';
import { printTopActors } from './store.ts';
import { DB_OPTION_HELP } from '../../store/open.ts';
import type { EntityType } from '../../doc/types.ts';

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

export function registerActorsCommand(program: Command): void {
  program
    .command('actors')
    .description('the most active actors in the database (--top N), or how rasd links a phrase to actors (--explain)')
    .argument('[phrase...]', 'with --explain: the phrase or sentence, e.g. "وزير الأمن الإسرائيلي بني غانتس"')
    .option('--top <n>', 'the N most active actors in the database, with their events by type')
    .option('--db <path|url>', `with --top: ${DB_OPTION_HELP}`)
    .option('--explain', 'show the knowledge-base entry, rule and steps for each actor of the phrase')
    .option('--as <type>', 'treat the whole phrase as one entity of this type (PER, ORG, LOC, MISC)')
    .option('--date <iso>', 'reference date (picks a person\'s role for that year)')
    .option('--json', 'print the explanation as JSON')
    .addHelpText('after', '\nExample:\n  rasd actors --explain "رئيس أركان جيش الاحتلال أفيف كوخافي"\n  rasd actors --top 20\n\nExit status: 0 done, 2 bad usage.')
    .action(async (words: string[], flags: { explain?: boolean; top?: string; db?: string; as?: string; date?: string; json?: boolean }) => {
      if (flags.top !== undefined) {
        if (flags.explain || words.length > 0) throw new RasdError('E_USAGE', '--top lists the database\'s actors and takes no phrase; use --explain for a phrase');
        const n = Number(flags.top);
        if (!Number.isInteger(n) || n < 1) throw new RasdError('E_USAGE', `--top must be a positive integer, not ${flags.top}`);
        return printTopActors(n, flags.db, flags.json === true);
      }
      if (!flags.explain) throw new RasdError('E_USAGE', 'say --top N for the most active actors in the database, or --explain "phrase" to see how a phrase is linked');
      if (words.length === 0) throw new RasdError('E_USAGE', '--explain needs a phrase');
      const as = flags.as?.toUpperCase();
      if (as !== undefined && !TYPES.has(as)) throw new RasdError('E_USAGE', `--as must be PER, ORG, LOC or MISC, not ${flags.as}`);
      if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(flags.date)) throw new RasdError('E_USAGE', `--date must be an ISO date (YYYY-MM-DD), not ${flags.date}`);
      const x = explainActors(words.join(' '), { as: as as EntityType | undefined, referenceDate: flags.date ?? null });
      process.stdout.write(flags.json ? JSON.stringify(x) + '\n' : formatExplanation(x));
    });
}
