/**
 * Where the shared corpus lives: `$RASD_DATA`, or `../shared/data` beside the project.
 * rasd runs without it; tests and benchmarks that need it skip with a message.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './data.ts';

export function sharedDataRoot(): string {
  return process.env.RASD_DATA ? path.resolve(process.env.RASD_DATA) : path.resolve(PROJECT_ROOT, '..', 'shared', 'data');
}

/** The absolute path of a file under the shared data root, or null when it is not there. */
export function sharedDataFile(...parts: string[]): string | null {
  const p = path.join(sharedDataRoot(), ...parts);
  return existsSync(p) ? p : null;
}

/** A message for a skipped test or benchmark that names what is missing. */
export function missingDataMessage(...parts: string[]): string {
  return `skipped: ${path.join(sharedDataRoot(), ...parts)} is missing (set RASD_DATA to the shared data folder)`;
}
