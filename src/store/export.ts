/**
 * Event data out: merged events as CSV in event-data conventions (one row per real-world event,
 * ICEWS/POLECAT-style columns), JSON lines, or a table for the terminal.
 */
import { stringify } from 'csv-stringify/sync';
import type { StoredEvent } from './types.ts';

/** The CSV columns, in order (docs/store.md explains each). */
export const CSV_COLUMNS = [
  'event_id', 'date', 'day', 'source_actor', 'source_name', 'source_country', 'source_sector',
  'target_actor', 'target_name', 'target_country', 'target_sector', 'plover_type', 'plover_mode',
  'cameo', 'goldstein', 'quad_class', 'modality', 'num_mentions', 'num_articles', 'num_sources',
  'first_url', 'evidence',
] as const;

export function csvRow(e: StoredEvent): (string | number)[] {
  return [
    e.id, e.date ?? '', e.day ?? '', e.source.actor ?? '', e.source.name ?? '', e.source.country ?? '', e.source.sector ?? '',
    e.target.actor ?? '', e.target.name ?? '', e.target.country ?? '', e.target.sector ?? '', e.type, e.mode ?? '',
    e.cameo, e.goldstein, e.quad, e.modality, e.mentions, e.articles, e.sources, e.firstUrl ?? '', e.evidence.replace(/\s+/g, ' '),
  ];
}

/** The CSV header line. */
export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

/** CSV lines for events (no header). */
export function toCsv(events: readonly StoredEvent[]): string {
  return stringify(events.map(csvRow));
}

/** One JSON line per event. */
export function toJsonl(events: readonly StoredEvent[]): string {
  return events.map((e) => JSON.stringify(e) + '\n').join('');
}

const clip = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const sideLabel = (s: StoredEvent['source']): string => s.actor ?? s.country ?? '—';

/** A readable table: day, type, source → target, counts, evidence. */
export function toTable(events: readonly StoredEvent[]): string {
  const lines: string[] = [];
  for (const e of events) {
    const type = `${e.type}${e.mode ? `/${e.mode}` : ''}`;
    const counts = `${e.mentions}m ${e.articles}a ${e.sources}s`;
    lines.push(`${(e.date ?? (e.day ? `~${e.day}` : '—')).padEnd(22)} ${type.padEnd(22)} ${clip(`${sideLabel(e.source)} → ${sideLabel(e.target)}`, 26).padEnd(26)} ${e.modality.padEnd(12)} ${counts.padEnd(12)} ${clip(e.evidence.replace(/\s+/g, ' '), 90)}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
