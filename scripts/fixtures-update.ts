/**
 * Regenerates `test/fixtures/<slug>/expected.json` from the current code:
 *   npm run fixtures:update -- <slug> [<slug>…]   or   npm run fixtures:update -- all
 * Review the diff before committing: the expected files are the golden truth.
 */
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/analyze.ts';
import { fixtureInput, listFixtures } from '../test/helpers/fixtures.ts';

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: npm run fixtures:update -- <slug|all> …');
  process.exit(2);
}
const all = listFixtures();
const chosen = args.includes('all') ? all : all.filter((f) => args.includes(f.slug));
const unknown = args.filter((a) => a !== 'all' && !all.some((f) => f.slug === a));
if (unknown.length > 0) {
  console.error(`unknown fixture(s): ${unknown.join(', ')}; known: ${all.map((f) => f.slug).join(', ')}`);
  process.exit(2);
}
for (const f of chosen) {
  const src = fixtureInput(f);
  if ('skip' in src) {
    console.log(`${f.slug}: ${src.skip}`);
    continue;
  }
  const out = await analyze(src.input);
  writeFileSync(f.expectedPath, JSON.stringify(out, null, 2) + '\n');
  console.log(`${f.slug}: wrote ${f.expectedPath}`);
}
