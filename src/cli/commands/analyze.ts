/**
 * `rasd analyze FILE…` prints a readable summary of each article; `--json` prints output v1;
 * `--jsonl` streams JSON lines from stdin to stdout (the batch contract of output-format.md).
 */
import type { Command } from 'commander';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { analyze } from '../../analyze.ts';
import { runJsonlBatch } from '../../batch.ts';
import { RasdError, toRasdError } from '../../errors.ts';
import { expandPaths, readInputFile } from '../../io/files.ts';
import { DEFAULT_MAX_LINE_BYTES } from '../../io/lines.ts';
import type { AnalysisV1 } from '../../output/v1.ts';
import { DEFAULT_TIME_BUDGET_MS } from '../../pipeline/budget.ts';
import { formatSummary } from '../format.ts';

interface AnalyzeFlags { json?: boolean; jsonl?: boolean; maxBytes?: string; timeoutMs?: string }

async function writeOut(s: string): Promise<void> {
  if (!process.stdout.write(s)) await once(process.stdout, 'drain');
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('read and analyse articles: scraped text (.txt), HTML pages (.html), input objects (.json, .jsonl)')
    .argument('[paths...]', 'files or directories (directories are read recursively)')
    .option('--json', 'print output v1 (one JSON object, or an array for several articles)')
    .option('--jsonl', 'read JSON lines (stdin, or the .jsonl files given) and write one output line per input line')
    .option('--max-bytes <n>', 'largest accepted input or JSON line, in bytes', String(DEFAULT_MAX_LINE_BYTES))
    .option('--timeout-ms <n>', 'time budget of one article in ms; an article whose analysis takes longer stops with E_TIMEOUT', String(DEFAULT_TIME_BUDGET_MS))
    .addHelpText('after', '\nExit status: 0 all items succeeded, 1 some failed, 2 bad usage.')
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      const maxBytes = Number(flags.maxBytes);
      if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new RasdError('E_USAGE', `--max-bytes must be a positive integer, not ${flags.maxBytes}`);
      const timeBudgetMs = Number(flags.timeoutMs);
      if (!Number.isInteger(timeBudgetMs) || timeBudgetMs <= 0) throw new RasdError('E_USAGE', `--timeout-ms must be a positive integer, not ${flags.timeoutMs}`);
      if (flags.json && flags.jsonl) throw new RasdError('E_USAGE', '--json and --jsonl cannot be used together');
      if (flags.jsonl) {
        const sources = paths.length === 0 ? [{ name: 'stdin', stream: process.stdin }] : expandPaths(paths, ['.jsonl']).map((p) => ({ name: p, stream: createReadStream(p) }));
        let failed = 0;
        for (const s of sources) {
          const r = await runJsonlBatch(s.stream, writeOut, { maxLineBytes: maxBytes, sourceName: s.name, timeBudgetMs });
          failed += r.failed;
        }
        process.exitCode = failed > 0 ? 1 : 0;
        return;
      }
      if (paths.length === 0) throw new RasdError('E_USAGE', 'give one or more files or directories to analyse, or --jsonl to read JSON lines from stdin');
      const results: AnalysisV1[] = [];
      let failed = 0;
      let count = 0;
      const files: string[] = [];
      for (const p of paths) {
        try {
          files.push(...expandPaths([p]));
        } catch (err) {
          failed++;
          const e = toRasdError(err, p);
          process.stderr.write(`rasd: ${p}: ${e.code}: ${e.message}\n`);
        }
      }
      if (files.length === 0 && failed === 0) throw new RasdError('E_USAGE', `no input files in ${paths.join(', ')}: expected .txt, .html, .htm, .json or .jsonl`);
      for (const file of files) {
        for await (const it of readInputFile(file, maxBytes)) {
          count++;
          try {
            if (it.error) throw it.error;
            const out = await analyze(it.input, { item: it.item, timeBudgetMs });
            if (flags.json) results.push(out);
            else await writeOut(formatSummary(it.item, out) + '\n');
          } catch (err) {
            failed++;
            const e = toRasdError(err, it.item);
            process.stderr.write(`rasd: ${it.item}: ${e.code}: ${e.message}\n`);
          }
        }
      }
      // One item: its object (nothing on stdout when it failed; the error is on stderr). Several: an array.
      if (flags.json && count === 1) {
        if (results[0]) await writeOut(JSON.stringify(results[0], null, 2) + '\n');
      } else if (flags.json) await writeOut(JSON.stringify(results, null, 2) + '\n');
      process.exitCode = failed > 0 ? 1 : 0;
    });
}
