/**
 * Crash safety: `rasd ingest` killed with SIGKILL half-way, then run again, gives the database one
 * clean run gives — nothing lost, nothing doubled — on real news from the shared data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/data.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/store.ts';
import { dumpSqlite, sqliteArticleCount, sqliteKeys } from '../faults/helpers.ts';

const NEWS = ['news', 'ant_jawharafm.jsonl'];
const ARTICLES = 160;

/** Everything the store holds about the articles, in a comparable form (run ids and times left out). */
const dump = (file: string): Record<string, unknown> => dumpSqlite(file, ['"تونس"', '"وزير"', '"حكومه"', '"امن"']);

test('an ingest killed with SIGKILL half-way and run again equals one clean run', { timeout: 240_000 }, async (t) => {
  const news = sharedDataFile(...NEWS);
  if (!news) return t.skip(missingDataMessage(...NEWS));
  const { dir, cleanup } = tempDir('rasd-crash-');
  try {
    const input = path.join(dir, 'news.jsonl');
    writeFileSync(input, readFileSync(news, 'utf8').split('\n').slice(0, ARTICLES).join('\n') + '\n');
    const args = (db: string): string[] => ['ingest', input, '--db', db, '--threads', '2', '--batch', '10', '--json'];

    const clean = path.join(dir, 'clean.db');
    const c = await runCli(args(clean));
    const cleanSummary = JSON.parse(c.stdout) as { added: number; failed: number };
    assert.ok(cleanSummary.added > 100, `the clean run stored ${cleanSummary.added} articles`);

    const killed = path.join(dir, 'killed.db');
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'rasd.js'), ...args(killed)], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let atKill = 0;
    for (let i = 0; i < 1200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      atKill = sqliteArticleCount(killed);
      if (atKill >= 30) break;
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    assert.ok(atKill >= 30 && atKill < cleanSummary.added, `killed half-way: ${atKill} of ${cleanSummary.added} articles stored`);
    const stored = sqliteArticleCount(killed);
    assert.ok(stored >= atKill && stored < cleanSummary.added);
    assert.deepEqual(sqliteKeys(killed), sqliteKeys(clean).slice(0, stored), 'what the killed run stored is a prefix of the input, whole articles only');

    const again = await runCli(args(killed));
    const resumed = JSON.parse(again.stdout) as { added: number; unchanged: number; failed: number };
    assert.equal(resumed.added, cleanSummary.added - stored, 'the re-run adds exactly what was missing');
    assert.equal(resumed.unchanged, stored);
    assert.deepEqual(dump(killed), dump(clean));
  } finally {
    cleanup();
  }
});
