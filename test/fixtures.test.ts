import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyze, analyzeToDoc } from '../src/analyze.ts';
import { checkDoc } from '../src/doc/invariants.ts';
import { checkOutputV1 } from '../src/output/check.ts';
import { fixtureInput, listFixtures } from './helpers/fixtures.ts';
import { schemaErrors } from './helpers/schema.ts';

describe('golden fixtures', () => {
  const fixtures = listFixtures();
  test('golden fixtures exist', () => assert.ok(fixtures.length >= 5, `found ${fixtures.length}`));
  for (const f of fixtures) {
    const src = fixtureInput(f);
    const skip = 'skip' in src ? src.skip : false;
    test(`golden ${f.slug}: Doc invariants, schema and expected output`, { skip }, async () => {
      if ('skip' in src) return;
      const doc = await analyzeToDoc(src.input);
      assert.deepEqual(checkDoc(doc), [], 'Doc invariants');
      const out = await analyze(src.input);
      assert.deepEqual(schemaErrors(out), [], 'schema');
      assert.deepEqual(checkOutputV1(out), [], 'output offsets');
      assert.ok(existsSync(f.expectedPath), `missing ${f.expectedPath}: run npm run fixtures:update -- ${f.slug}`);
      const expected = JSON.parse(readFileSync(f.expectedPath, 'utf8'));
      assert.deepEqual(out, expected, `output differs from expected.json (if the change is intended: npm run fixtures:update -- ${f.slug}, then review the diff)`);
    });
  }
});
