/** `rasd actors --explain`: how a phrase was resolved, through the real binary. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.ts';
import type { Explanation } from '../../src/actors/explain.ts';

test('rasd actors --explain names the knowledge-base entry, the rule and the steps', async () => {
  const r = await runCli(['actors', '--explain', 'رئيس أركان جيش الاحتلال أفيف كوخافي']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /«أفيف كوخافي» .* → ISR\.MIL/);
  assert.match(r.stdout, /rule: kb:person\+title/);
  assert.match(r.stdout, /knowledge base: person:aviv-kochavi/);
  assert.match(r.stdout, /title رئيس أركان → MIL/);
  assert.match(r.stdout, /«جيش الاحتلال» .* → ISR\.MIL/);
});

test('rasd actors --explain --json gives the mentions with offsets into the phrase', async () => {
  const phrase = 'أدانت الحكومة اللبنانية الهجوم';
  const r = await runCli(['actors', '--explain', '--json', phrase]);
  assert.equal(r.code, 0, r.stderr);
  const x = JSON.parse(r.stdout) as Explanation;
  assert.equal(x.phrase, phrase);
  assert.deepEqual(x.mentions.map((m) => [m.text, m.start, m.end, m.actor.id, m.rule]), [['الحكومة اللبنانية', 6, 23, 'LBN.GOV', 'institution+nisba']]);
  assert.ok(x.mentions[0]!.steps.some((s) => /nisba/.test(s)));
});

test('rasd actors --explain --as treats the whole phrase as one entity, and says why a region stays unlinked', async () => {
  const a = await runCli(['actors', '--explain', '--as', 'LOC', 'الشرق الأوسط']);
  assert.equal(a.code, 0, a.stderr);
  assert.match(a.stdout, /unlinked — a region of no one country/);
  const b = await runCli(['actors', '--explain', '--as', 'ORG', '--date', '2016-05-01', 'وزارة الدفاع السعودية']);
  assert.match(b.stdout, /→ SAU\.GOV/);
});

test('rasd actors without --explain, with a bad --as or --date, is a usage error', async () => {
  for (const args of [['actors', 'الجيش'], ['actors', '--explain', '--as', 'PERSON', 'x'], ['actors', '--explain', '--date', 'yesterday', 'x']]) {
    const r = await runCli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /E_USAGE/);
  }
});
