/**
 * Loading of the project's own lexical data files (`data/**.json`): lexical knowledge lives
 * in data, not in code. Files are read once, synchronously, when a module first asks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project's root folder (where package.json is). */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const cache = new Map<string, unknown>();

/** Reads and parses `data/<relPath>` (a JSON file), cached. */
export function loadData<T>(relPath: string): T {
  let v = cache.get(relPath);
  if (v === undefined) {
    v = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data', relPath), 'utf8'));
    cache.set(relPath, v);
  }
  return v as T;
}
