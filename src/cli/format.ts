/** Human-readable summaries for the terminal. */
import type { AnalysisV1, EventV1 } from '../output/v1.ts';

const clip = (s: string, n = 90): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** A short multi-line summary of one analysed article. */
export function formatSummary(item: string, a: AnalysisV1): string {
  const lines = [`── ${item}`];
  lines.push(`  title:      ${a.article.title ?? '—'}`);
  lines.push(`  published:  ${a.article.published ?? '—'}`);
  if (a.article.url) lines.push(`  url:        ${a.article.url}`);
  lines.push(`  body:       ${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences, ${a.article.text.length} characters`);
  lines.push(`  captions:   ${a.article.captions.length}`);
  for (const c of a.article.captions) lines.push(`    · ${clip(c.text)}${c.credit ? ` [credit: ${c.credit}]` : ''}`);
  lines.push(`  dropped:    ${a.article.dropped.length}`);
  for (const d of a.article.dropped) lines.push(`    · ${d.reason}: ${clip(d.text, 70)}`);
  lines.push(`  dates:      ${a.timexes.length}`);
  for (const t of a.timexes.slice(0, 8)) lines.push(`    · ${t.text} = ${t.value}`);
  if (a.timexes.length > 8) lines.push(`    · … ${a.timexes.length - 8} more (--json for all)`);
  // entities: each distinct name once, by type, in order of first mention
  const byType = new Map<string, string[]>();
  for (const e of a.entities) {
    const list = byType.get(e.type) ?? [];
    if (!list.includes(e.name)) list.push(e.name);
    byType.set(e.type, list);
  }
  lines.push(`  entities:   ${a.entities.length} mentions`);
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
    const names = byType.get(t);
    if (names) lines.push(`    · ${t.padEnd(4)} ${clip(names.join('، '), 100)}`);
  }
  // actors: each with its code, name, role and how many times it is mentioned
  lines.push(`  actors:     ${a.actors.length}`);
  for (const x of a.actors.slice(0, 12)) {
    lines.push(`    · ${x.id.padEnd(12)} ${clip(x.name, 40)}${x.role ? ` (${clip(x.role, 40)})` : ''}${x.mentions.length > 1 ? ` ×${x.mentions.length}` : ''}`);
  }
  if (a.actors.length > 12) lines.push(`    · … ${a.actors.length - 12} more (--json for all)`);
  // events: a table — type, source → target, own date, modality, evidence (the trigger in its sentence)
  lines.push(`  events:     ${a.events.length}`);
  const side = (xs: EventV1['source']): string => (xs.length ? xs.map((x) => x.actor).join('+') : '—');
  for (const e of a.events.slice(0, 20)) {
    const type = `${e.type}${e.mode ? `/${e.mode}` : ''}`;
    const sentence = a.article.text.slice(e.sentence.start, e.sentence.end);
    const at = e.trigger.start - e.sentence.start;
    const evidence = clip(sentence.slice(Math.max(0, at - 30), at) + '«' + e.trigger.text + '»' + sentence.slice(at + e.trigger.text.length, at + e.trigger.text.length + 30), 80);
    lines.push(
      `    · ${type.padEnd(22)} ${clip(`${side(e.source)} → ${side(e.target)}`, 34).padEnd(34)} ${(e.date ?? '—').padEnd(21)} ${e.modality.padEnd(12)} ${evidence}${e.mentions.length > 1 ? ` ×${e.mentions.length}` : ''}`,
    );
  }
  if (a.events.length > 20) lines.push(`    · … ${a.events.length - 20} more (--json for all)`);
  const first = a.article.text.slice(0, a.paragraphs[0]?.end ?? 0);
  lines.push(`  first paragraph: ${clip(first, 120)}`);
  return lines.join('\n');
}
