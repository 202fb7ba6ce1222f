/**
 * Golden fixtures (readability's test-pages model): `test/fixtures/<slug>/` holds the input —
 * `source.txt` / `source.html` written for rasd, or `source.ref.json` naming a file in the
 * shared data (`{"shared": "seed/…txt"}`) or in the project (`{"project": "examples/…"}`),
 * optionally with `"meta": {title, published, url}` — and `expected.json`, the output v1 that
 * rasd must produce. `npm run fixtures:update -- <slug|all>` rewrites expected files; review the diff.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/data.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';
import type { AnalyzeInput } from '../../src/reader/input.ts';

export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures');

export interface Fixture { slug: string; dir: string; expectedPath: string }

export function listFixtures(): Fixture[] {
  if (!existsSync(FIXTURES_DIR)) return [];
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ slug: d.name, dir: path.join(FIXTURES_DIR, d.name), expectedPath: path.join(FIXTURES_DIR, d.name, 'expected.json') }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The fixture's input, or a skip message when its shared source file is missing. */
export function fixtureInput(f: Fixture): { input: AnalyzeInput } | { skip: string } {
  const kind = (file: string, content: string): AnalyzeInput => (/\.html?$/iu.test(file) ? { id: f.slug, html: content } : { id: f.slug, text: content });
  for (const name of ['source.txt', 'source.html']) {
    const p = path.join(f.dir, name);
    if (existsSync(p)) return { input: kind(p, readFileSync(p, 'utf8')) };
  }
  const refPath = path.join(f.dir, 'source.ref.json');
  if (!existsSync(refPath)) throw new Error(`fixture ${f.slug} has no source.txt, source.html or source.ref.json`);
  const ref = JSON.parse(readFileSync(refPath, 'utf8')) as { shared?: string; project?: string; id?: string; meta?: Partial<AnalyzeInput> };
  let file: string | null;
  if (ref.shared) {
    file = sharedDataFile(...ref.shared.split('/'));
    if (!file) return { skip: missingDataMessage(...ref.shared.split('/')) };
  } else if (ref.project) {
    file = path.join(PROJECT_ROOT, ref.project);
  } else {
    throw new Error(`fixture ${f.slug}: source.ref.json needs "shared" or "project"`);
  }
  if (file.endsWith('.jsonl')) {
    // A real article from a shared JSONL corpus, named by its id: the text stays in shared/.
    const line = readFileSync(file, 'utf8').split('\n').find((l) => l.includes(`"id": ${JSON.stringify(ref.id)}`) || l.includes(`"id":${JSON.stringify(ref.id)}`));
    if (!line) throw new Error(`fixture ${f.slug}: no article with id ${ref.id} in ${file}`);
    const o = JSON.parse(line) as { text: string; title?: string | null; published?: string | null; url?: string | null };
    return { input: { id: f.slug, text: o.text, title: o.title ?? null, published: o.published ?? null, url: o.url ?? null, ...ref.meta } };
  }
  return { input: { ...kind(file, readFileSync(file, 'utf8')), ...ref.meta, id: f.slug } };
}
