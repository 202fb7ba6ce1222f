/** Helpers for store tests: analysed records of inputs written in the test, and temporary database files. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AnalyzeInput } from '../../src/reader/input.ts';
import { analyzeToRecord, articleKey, contentHash } from '../../src/store/records.ts';
import type { ArticleRecord } from '../../src/store/types.ts';

/** Analyses an input (validated as the ingest reader would) into a store record. */
export async function recordOf(input: AnalyzeInput, origin = `test:${input.id ?? 'x'}`): Promise<ArticleRecord> {
  const hash = contentHash(input);
  return analyzeToRecord(input, { key: articleKey(input, hash), contentHash: hash, origin });
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'rasd-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
