/**
 * Loading of annotated evaluation sets in the dev-gold layout: `articles.jsonl` (one article per
 * line, with `id`) and `gold/<id>.json` per article. Shared by the evaluations of actors and events.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The articles of a set that have a gold file, each with its gold annotation.
 * @param dir the set's directory
 */
export function loadGoldSet<A extends { id: string }, G>(dir: string): { a: A; g: G }[] {
  const out: { a: A; g: G }[] = [];
  for (const line of readFileSync(path.join(dir, 'articles.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as A;
    const gf = path.join(dir, 'gold', `${a.id}.json`);
    if (existsSync(gf)) out.push({ a, g: JSON.parse(readFileSync(gf, 'utf8')) as G });
  }
  return out;
}
