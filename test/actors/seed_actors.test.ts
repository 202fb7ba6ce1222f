/**
 * The seed article's actor table (`../shared/docs/seed-expected.md`, "Entities and actors"), row by
 * row: every listed mention that is in the article body is linked to the listed actor. (`الفاروق`
 * alone and `مسؤولين إسرائيليين` occur only in the photo caption, which is not part of the body.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analyze.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';
import type { AnalysisV1 } from '../../src/output/v1.ts';

const seedPath = sharedDataFile('seed', '000_e323fe3fe21d9f90.txt');
const skip = seedPath ? false : missingDataMessage('seed', '000_e323fe3fe21d9f90.txt');

/** mention texts (as in the body, proclitics outside) → country, sector */
const TABLE: [string, string[], string, string | null][] = [
  ['Belkhir El Farouk', ['بلخير الفاروق', 'بلخير'], 'MAR', 'MIL'],
  ['King Mohammed VI', ['محمد السادس'], 'MAR', 'GOV'],
  ['Aviv Kochavi', ['أفيف كوخافي'], 'ISR', 'MIL'],
  ['Abdellatif Loudiyi', ['عبد اللطيف لوديي'], 'MAR', 'GOV'],
  ['Benny Gantz', ['بني غانتس'], 'ISR', 'GOV'],
  ['the Royal Armed Forces and their general command', ['القيادة العامة للقوات المسلحة الملكية', 'لقوات المسلحة الملكية'], 'MAR', 'MIL'],
  ['the Israeli army', ['هيئة أركان الجيش الإسرائيلي', 'جيش الاحتلال'], 'ISR', 'MIL'],
  ['Israel', ['إسرائيل', 'تل أبيب'], 'ISR', null],
  ['Morocco', ['المغرب', 'الرباط'], 'MAR', null],
  ['nouns marked Moroccan', ['وفد عسكري مغربي', 'الجيش المغربي', 'المسؤولين المغاربة'], 'MAR', null],
  ['nouns marked Israeli', ['الإسرائيليين'], 'ISR', null],
];

describe('seed article actors', { skip }, () => {
  let out: AnalysisV1;
  const mentions = () => out.actors.flatMap((a) => a.mentions.map((m) => ({ ...m, actor: a })));
  test('seed actors: the article analyses', async () => {
    out = await analyze({ text: readFileSync(seedPath!, 'utf8') });
    assert.ok(out.actors.length > 0);
  });
  for (const [who, texts, country, sector] of TABLE) {
    test(`seed actors: ${who} → ${country}${sector ? ` ${sector}` : ''}`, () => {
      for (const t of texts) {
        const hits = mentions().filter((m) => m.text === t);
        assert.ok(hits.length > 0, `${t} is not an actor mention`);
        for (const h of hits) {
          assert.equal(h.actor.country, country, `${t}: ${h.rule}`);
          if (sector) assert.equal(h.actor.sector, sector, `${t}: ${h.rule}`);
        }
      }
    });
  }
  test('seed actors: entity mentions carry the actor in entities[].actor', () => {
    const belkhir = out.entities.find((e) => e.text === 'بلخير الفاروق');
    assert.deepEqual(belkhir?.actor && [belkhir.actor.country, belkhir.actor.sector, belkhir.actor.name], ['MAR', 'MIL', 'بلخير الفاروق']);
    assert.match(belkhir?.actor?.role ?? '', /^المفتش العام للقوات المسلحة الملكية/);
  });
  test('seed actors: the persons keep their roles from the text', () => {
    const role = (name: string) => out.actors.find((a) => a.mentions.some((m) => m.text === name))?.role;
    assert.equal(role('محمد السادس'), 'الملك');
    assert.equal(role('أفيف كوخافي'), 'رئيس أركان جيش الاحتلال');
    assert.equal(role('عبد اللطيف لوديي'), 'الوزير المنتدب المكلف بإدارة الدفاع الوطني');
    assert.equal(role('بني غانتس'), 'وزير الأمن الإسرائيلي');
  });
  test('seed actors: no entity of the body is left unlinked', () => {
    assert.deepEqual(out.entities.filter((e) => !e.actor).map((e) => e.text), []);
  });
});
