/**
 * The store's read commands: `rasd search`, `rasd events`, `rasd timeline`, `rasd stats`, and
 * `rasd actors --top N`. Each opens the database (`--db`, `$RASD_DB`, `./rasd.db`), asks the
 * store and prints; none of them writes.
 */
import type { Command } from 'commander';
import { once } from 'node:events';
import { RasdError } from '../../errors.ts';
import { PLOVER_TYPES } from '../../events/ontology.ts';
import { csvHeader, toCsv, toJsonl, toTable } from '../../store/export.ts';
import { dbSpec, openStore, DB_OPTION_HELP } from '../../store/open.ts';
import type { EventFilters, SearchFilters, SearchHit, Store, StoreStats } from '../../store/types.ts';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const ACTOR_RE = /^[A-Z]{3}(\.[A-Z0-9]+)*$/;

async function out(s: string): Promise<void> {
  if (!process.stdout.write(s)) await once(process.stdout, 'drain');
}

function day(v: string | undefined, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (!DAY_RE.test(v)) throw new RasdError('E_USAGE', `${name} must be a day (YYYY-MM-DD), not ${v}`);
  return v;
}

function actorCode(v: string | undefined, name: string): string | undefined {
  if (v === undefined) return undefined;
  const c = v.trim().toUpperCase();
  if (!ACTOR_RE.test(c)) throw new RasdError('E_USAGE', `${name} must be an actor code such as MAR, MAR.MIL or IGO.UNSC, not ${v}`);
  return c;
}

function eventType(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = v.toUpperCase();
  if (!(PLOVER_TYPES as readonly string[]).includes(t)) throw new RasdError('E_USAGE', `--type must be a PLOVER type (${PLOVER_TYPES.join(' ')}), not ${v}`);
  return t;
}

function count(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new RasdError('E_USAGE', `${name} must be a whole number, not ${v}`);
  return n;
}

async function withStore<T>(db: string | undefined, f: (s: Store) => Promise<T>): Promise<T> {
  const store = openStore(dbSpec(db), { mustExist: true });
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

/** A hit's snippet with the matched words marked: bold on a terminal, «…» otherwise. */
export function markSnippet(h: SearchHit, tty: boolean): string {
  const [open, close] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['«', '»'];
  let s = '';
  let at = 0;
  for (const m of h.snippet.highlights) {
    s += h.snippet.text.slice(at, m.start) + open + h.snippet.text.slice(m.start, m.end) + close;
    at = m.end;
  }
  return s + h.snippet.text.slice(at);
}

function formatStats(s: StoreStats): string {
  const lines = [
    `articles        ${s.articles} (${s.stories} stories after merging near-duplicates), ${s.sources} sources`,
    `published       ${s.firstPublished ?? '—'} … ${s.lastPublished ?? '—'}`,
    `entities        ${s.entities} (${s.linkedEntities} linked to actors)`,
    `time expressions ${s.timexes}`,
    `events          ${s.events} real-world events from ${s.articleEvents} article events`,
  ];
  for (const [t, n] of Object.entries(s.eventsByType)) lines.push(`  ${t.padEnd(10)} ${n}`);
  if (s.topSources.length) lines.push('top sources');
  for (const x of s.topSources) lines.push(`  ${String(x.articles).padStart(6)}  ${x.source}`);
  lines.push(`ingest errors   ${s.errors}`);
  for (const r of s.runs) lines.push(`  run ${r.id} ${r.startedAt} ${r.status}: +${r.added} ~${r.updated} =${r.unchanged} !${r.failed}  (${r.args})`);
  return lines.join('\n') + '\n';
}

export function registerStoreCommands(program: Command): void {
  program
    .command('search')
    .description('full-text search in Arabic (clitics, hamza and diacritics folded): إسرائيل finds لإسرائيل، وإسرائيل، اسرائيل')
    .argument('<query...>', 'words (all required); "…" for a phrase')
    .option('--db <path|url>', DB_OPTION_HELP)
    .option('--from <day>', 'published on or after (YYYY-MM-DD)')
    .option('--to <day>', 'published on or before (YYYY-MM-DD)')
    .option('--source <outlet>', 'outlet name or part of it')
    .option('--actor <code>', 'articles mentioning an actor (MAR, MAR.MIL …)')
    .option('--type <plover>', 'articles with an event of this PLOVER type')
    .option('--limit <n>', 'hits to show', '20')
    .option('--offset <n>', 'hits to skip', '0')
    .option('--json', 'print the result as JSON')
    .action(async (words: string[], f: { db?: string; from?: string; to?: string; source?: string; actor?: string; type?: string; limit?: string; offset?: string; json?: boolean }) => {
      const filters: SearchFilters = {
        from: day(f.from, '--from'), to: day(f.to, '--to'), source: f.source, actor: actorCode(f.actor, '--actor'), type: eventType(f.type),
        limit: count(f.limit, '--limit'), offset: count(f.offset, '--offset'),
      };
      const r = await withStore(f.db, (s) => s.search(words.join(' '), filters));
      if (f.json) return out(JSON.stringify(r) + '\n');
      const tty = process.stdout.isTTY === true;
      await out(`${r.total} articles\n`);
      for (const [i, h] of r.hits.entries()) {
        await out(`${String(i + 1 + (filters.offset ?? 0)).padStart(3)}. ${h.published?.slice(0, 10) ?? '—'}  ${h.source ?? '—'}  ${h.title ?? h.key}\n     ${markSnippet(h, tty)}\n`);
      }
    });

  const eventOptions = (c: Command): Command =>
    c
      .option('--db <path|url>', DB_OPTION_HELP)
      .option('--format <f>', 'table, jsonl or csv', 'table')
      .option('--limit <n>', 'at most this many events');
  const printEvents = async (format: string, events: Parameters<typeof toTable>[0]): Promise<void> => {
    if (format === 'csv') await out(csvHeader() + toCsv(events));
    else if (format === 'jsonl') await out(toJsonl(events));
    else await out(toTable(events));
  };
  const checkFormat = (f: string): string => {
    if (!['table', 'jsonl', 'csv'].includes(f)) throw new RasdError('E_USAGE', `--format must be table, jsonl or csv, not ${f}`);
    return f;
  };

  eventOptions(
    program
      .command('events')
      .description('real-world events (reports in several articles merged), as a table, JSON lines or CSV in event-data conventions')
      .option('--actor <code>', 'an actor on either side (MAR, MAR.MIL …; a country code includes its sectors)')
      .option('--dyad <a,b>', 'events between two actors, either direction (MAR,ISR)')
      .option('--type <plover>', 'a PLOVER event type')
      .option('--from <day>', 'on or after (YYYY-MM-DD, the event\'s own date)')
      .option('--to <day>', 'on or before'),
  ).action(async (f: { db?: string; format: string; limit?: string; actor?: string; dyad?: string; type?: string; from?: string; to?: string }) => {
    const format = checkFormat(f.format);
    let dyad: [string, string] | undefined;
    if (f.dyad !== undefined) {
      const parts = f.dyad.split(',');
      if (parts.length !== 2) throw new RasdError('E_USAGE', `--dyad takes two actor codes separated by a comma (MAR,ISR), not ${f.dyad}`);
      dyad = [actorCode(parts[0], '--dyad')!, actorCode(parts[1], '--dyad')!];
    }
    const filters: EventFilters = { actor: actorCode(f.actor, '--actor'), dyad, type: eventType(f.type), from: day(f.from, '--from'), to: day(f.to, '--to'), limit: count(f.limit, '--limit') };
    const r = await withStore(f.db, (s) => s.events(filters));
    await printEvents(format, r.events);
    if (format === 'table') await out(`${r.events.length} of ${r.total} events\n`);
  });

  eventOptions(
    program
      .command('timeline')
      .description('the events between two actors, both directions, in the order of their own dates')
      .argument('<a>', 'an actor code (MAR)')
      .argument('<b>', 'another actor code (ISR)'),
  ).action(async (a: string, b: string, f: { db?: string; format: string }) => {
    const format = checkFormat(f.format);
    const events = await withStore(f.db, (s) => s.timeline(actorCode(a, 'the first actor')!, actorCode(b, 'the second actor')!));
    await printEvents(format, events);
  });

  program
    .command('stats')
    .description('the corpus at a glance: articles, stories, sources, entities, events by type, recent runs')
    .option('--db <path|url>', DB_OPTION_HELP)
    .option('--json', 'print as JSON')
    .action(async (f: { db?: string; json?: boolean }) => {
      const s = await withStore(f.db, (st) => st.stats());
      await out(f.json ? JSON.stringify(s) + '\n' : formatStats(s));
    });
}

/** `rasd actors --top N`: the most active actors in the database, with counts by event type. */
export async function printTopActors(n: number, db: string | undefined, json: boolean): Promise<void> {
  const top = await withStore(db, (s) => s.topActors(n));
  if (json) return out(JSON.stringify(top) + '\n');
  for (const a of top) {
    const types = Object.entries(a.byType).sort((x, y) => y[1] - x[1]).map(([t, k]) => `${t} ${k}`).join(', ');
    await out(`${a.actor.padEnd(12)} ${String(a.events).padStart(6)}  ${(a.name ?? '').padEnd(18)} ${types}\n`);
  }
}
