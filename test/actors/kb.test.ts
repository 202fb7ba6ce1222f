/** The knowledge-base loader and its lookups: keys, proclitic variants, nisbas, and coded errors for bad files. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultKb, loadKb, nameKeys, nisbaCountry, trieGet, withoutAl } from '../../src/actors/kb.ts';
import { keyVariants, actorId } from '../../src/actors/link.ts';
import { RasdError } from '../../src/errors.ts';
import { PROJECT_ROOT } from '../../src/data.ts';

describe('actor knowledge base', () => {
  test('name keys fold hamza, ta marbuta and alef maqsura, and read underscores as spaces', () => {
    assert.deepEqual(nameKeys('إسرائيل'), ['اسرائيل']);
    assert.deepEqual(nameKeys('الأمم المتحدة'), ['الامم', 'المتحده']);
    assert.deepEqual(nameKeys('حزب_الله'), ['حزب', 'الله']);
    assert.deepEqual(nameKeys('«الكنيست»'), ['الكنيست']);
  });

  // the gazetteer's proclitic rule (src/ner/gazetteer.ts procliticCuts), the word itself first
  const variants: [string, [string, number][]][] = [
    ['لاسرائيل', [['لاسرائيل', 0], ['اسرائيل', 1]]],
    ['للامم', [['للامم', 0], ['الامم', 1], ['لامم', 1]]],
    ['وللامم', [['وللامم', 0], ['الامم', 2], ['لامم', 2], ['للامم', 1]]],
    ['وبغداد', [['وبغداد', 0], ['غداد', 2], ['بغداد', 1]]],
    ['مصر', [['مصر', 0]]],
  ];
  for (const [key, want] of variants) {
    test(`keyVariants(${key}) tries the word and each proclitic cut`, () => assert.deepEqual(keyVariants(key).map((v) => [v.key, v.cut]), want));
  }

  test('withoutAl keeps short words whole', () => {
    assert.equal(withoutAl('المغربيه'), 'مغربيه');
    assert.equal(withoutAl('الله'), 'الله');
  });

  test('nisbas resolve in every form, two-word ones too, and common words are not nisbas', () => {
    const kb = defaultKb();
    for (const f of ['مغربي', 'المغربية', 'مغاربة', 'المغاربة', 'مغربيين', 'مغربيون', 'مغربيات']) assert.equal(nisbaCountry(kb, f), 'MAR', f);
    assert.equal(nisbaCountry(kb, 'الكوري الشمالي'), 'PRK');
    assert.equal(nisbaCountry(kb, 'جنوب أفريقي'), 'ZAF');
    assert.equal(nisbaCountry(kb, 'المالية'), null, 'finance is not Mali');
    assert.equal(nisbaCountry(kb, 'القمرية'), null, 'lunar is not the Comoros');
  });

  test('names resolve to their entries: capitals, aliases, IGOs, people, regions', () => {
    const kb = defaultKb();
    const kinds = (n: string) => trieGet(kb.names, nameKeys(n)).map((e) => `${e.kind}:${e.country ?? '-'}`);
    assert.deepEqual(kinds('الرباط'), ['place:MAR']);
    assert.deepEqual(kinds('تل أبيب'), ['place:ISR']);
    assert.ok(kinds('جيش الاحتلال').includes('alias:ISR'));
    assert.ok(kinds('الأمم المتحدة').includes('igo:-'));
    assert.ok(kinds('بنيامين نتنياهو').includes('person:ISR'));
    assert.deepEqual(kinds('الشرق الأوسط').filter((k) => k.startsWith('region')), ['region:-']);
    assert.deepEqual(kb.ambiguous.get(nameKeys('طرابلس').join(' '))?.slice().sort(), ['LBN', 'LBY']);
    assert.deepEqual(kb.ambiguousSpellings.get(nameKeys('عمان').join(' '))?.map((x) => x.country).sort(), ['JOR', 'OMN']);
    assert.ok((kb.words.get(nameKeys('الجنود')[0]!) ?? []).some((x) => x.kind === 'groupNoun' && x.personnel), 'soldiers are personnel');
    assert.ok(!(kb.words.get(nameKeys('القوة')[0]!) ?? []).some((x) => x.personnel), 'القوة is not');
  });

  test('actor codes: country, sector, organisation code; IGO and transnational actors', () => {
    assert.equal(actorId('MAR', null, null), 'MAR');
    assert.equal(actorId('MAR', 'MIL', null), 'MAR.MIL');
    assert.equal(actorId('LBN', 'PTY', 'HEZ'), 'LBN.PTY.HEZ');
    assert.equal(actorId(null, 'IGO', 'UNO'), 'IGO.UNO');
    assert.equal(actorId(null, 'REB', 'ISIS'), 'INT.REB.ISIS');
  });

  test('a missing, malformed or inconsistent knowledge-base file is a coded E_MODEL error naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rasd-kb-'));
    assert.throws(() => loadKb(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /countries\.json/.test(e.message));
    copyFileSync(path.join(PROJECT_ROOT, 'data', 'actors', 'countries.json'), path.join(dir, 'countries.json'));
    writeFileSync(path.join(dir, 'aliases.json'), '{"entries": [');
    assert.throws(() => loadKb(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /aliases\.json is not valid JSON/.test(e.message));
    writeFileSync(path.join(dir, 'aliases.json'), JSON.stringify({ entries: [{ names: ['x'], country: 'ISR', sector: 'ARMY' }] }));
    assert.throws(() => loadKb(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /unknown sector "ARMY"/.test(e.message));
    writeFileSync(path.join(dir, 'aliases.json'), JSON.stringify({ entries: [{ names: ['x'], country: 'Israel', sector: 'MIL' }] }));
    assert.throws(() => loadKb(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /bad country code/.test(e.message));
    writeFileSync(path.join(dir, 'aliases.json'), JSON.stringify({ entries: [] }));
    writeFileSync(path.join(dir, 'places.json'), JSON.stringify({ ambiguous: [{ name: 'عمان', candidates: ['OMN', 'JOR'], spellings: { عمّان: 'SYR' } }] }));
    assert.throws(() => loadKb(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /spelling عمّان names SYR, not one of its candidates/.test(e.message));
  });

  test('the loader keeps the flags the linker reads: definiteContext, domestic, needs_entity (both files), portfolioHeads', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rasd-kb-'));
    copyFileSync(path.join(PROJECT_ROOT, 'data', 'actors', 'countries.json'), path.join(dir, 'countries.json'));
    const sectors = {
      institutions: [
        { names: ['الأجهزة الأمنية'], sector: 'COP', needsCountry: true, definiteContext: true },
        { names: ['الجيوش'], sector: 'MIL', needsCountry: true },
        { names: ['التنسيقية'], sector: 'CVL', domestic: true },
      ],
      portfolioHeads: ['وزير', 'الوزيرة'],
    };
    writeFileSync(path.join(dir, 'sectors.json'), JSON.stringify(sectors));
    writeFileSync(path.join(dir, 'needs-entity.json'), JSON.stringify({ words: [{ key: 'امل' }] }));
    writeFileSync(path.join(dir, 'organisations.json'), JSON.stringify({ entries: [{ id: 'shell', kind: 'company', names: ['شل'], country: 'GBR', sector: 'BUS', needs_entity: ['شل'] }] }));
    const kb = loadKb(dir);
    const item = (n: string) => trieGet(kb.lexicon, nameKeys(n))[0];
    assert.equal(item('الأجهزة الأمنية')?.definiteContext, true);
    assert.equal(item('الأجهزة الأمنية')?.needsCountry, true);
    assert.equal(item('الجيوش')?.definiteContext, undefined, 'the flag is not given to groups without it');
    assert.equal(item('التنسيقية')?.domestic, true);
    assert.equal(item('الأجهزة الأمنية')?.domestic, undefined);
    assert.ok(kb.needsEntity.has('امل'), 'a word of needs-entity.json');
    assert.ok(kb.needsEntity.has('شل'), "an organisation's own needs_entity name");
    // the heads are kept with ال and without, whichever way they are written
    for (const k of ['وزير', 'الوزير', 'وزيره', 'الوزيره']) assert.ok(kb.portfolioHeads.has(k), k);
    assert.equal(kb.portfolioHeads.has('نائب'), false);
    writeFileSync(path.join(dir, 'sectors.json'), JSON.stringify({ ...sectors, portfolioHeads: ['نائب الوزير'] }));
    assert.throws(() => loadKb(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /portfolioHeads: "نائب الوزير" is not one word/.test(e.message));
  });

  test('every knowledge-base file parses and uses known codes (loading the shipped folder)', () => {
    const kb = loadKb();
    assert.ok(kb.size.person! > 500 && kb.size.organisation! > 500 && kb.size.place! > 2000, JSON.stringify(kb.size));
    for (const f of ['organisations.json', 'people.json']) {
      const ids = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data', 'actors', f), 'utf8')) as { entries: { id: string }[] }).entries.map((e) => e.id);
      assert.equal(new Set(ids).size, ids.length, `${f}: ids are unique`);
    }
  });
});
