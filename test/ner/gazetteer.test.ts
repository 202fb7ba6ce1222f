import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  GAZETTEER_CLASSES,
  compileGazetteers,
  gazBit,
  gazetteerTags,
  loadGazetteers,
  matchGazetteers,
  procliticVariants,
  type GazetteerFile,
} from '../../src/ner/gazetteer.ts';
import { wordKey } from '../../src/ner/keys.ts';
import { loadData } from '../../src/data.ts';

/** Word keys of a whitespace-separated sentence. */
const keys = (s: string): string[] => (s.trim() ? s.trim().split(/\s+/).map(wordKey) : []);
/** Entry of a name (what the build script writes). */
const entry = (s: string): string => keys(s).join(' ');

/** A small hand gazetteer, so that the expected outputs are exact and independent of the data file. */
const SMALL = compileGazetteers({
  country: ['مصر', 'السعودية', 'الولايات المتحدة', 'الولايات المتحدة الأمريكية'].map(entry),
  city: ['بغداد', 'القاهرة', 'نيويورك'].map(entry),
  nationality: ['المصرية', 'المصري'].map(entry),
  person_first: ['محمد', 'أحمد'].map(entry),
  person_last: ['الصدر'].map(entry),
  person_title: ['الرئيس', 'رئيس الوزراء'].map(entry),
  org: ['الأمم المتحدة', 'بنك مصر', 'وزارة الخارجية', 'وزارة الخارجية المصرية'].map(entry),
  org_token: ['وزارة', 'بنك'].map(entry),
});

/** Readable tags of every token of a sentence. */
const tagsOf = (s: string): string[][] => [...matchGazetteers(keys(s), SMALL)].map(gazetteerTags);

describe('matchGazetteers on a small gazetteer', () => {
  const cases: ReadonlyArray<readonly [string, string[][]]> = [
    ['', []],
    ['في من على', [[], [], []]],
    ['زار مصر', [[], ['country:B']]],
    ['وصل إلى بغداد أمس', [[], [], ['city:B'], []]],
    // multi-token; longest match wins within a class
    ['الولايات المتحدة الأمريكية', [['country:B'], ['country:I'], ['country:I']]],
    ['الولايات المتحدة اليوم', [['country:B'], ['country:I'], []]],
    ['الأمم المتحدة', [['org:B'], ['org:I']]],
    ['وزارة الخارجية المصرية', [['org:B', 'org_token:B'], ['org:I'], ['nationality:B', 'org:I']]],
    // classes overlap independently: مصر is a country inside an organisation
    ['بنك مصر', [['org:B', 'org_token:B'], ['country:B', 'org:I']]],
    ['قال رئيس الوزراء', [[], ['person_title:B'], ['person_title:I']]],
    ['الرئيس محمد الصدر', [['person_title:B'], ['person_first:B'], ['person_last:B']]],
    // proclitics on the first token
    ['وبغداد', [['city:B']]],
    ['لمصر', [['country:B']]],
    ['بالقاهرة', [['city:B']]],
    ['للقاهرة', [['city:B']]],
    ['وللمصري', [['nationality:B']]],
    ['والولايات المتحدة', [['country:B'], ['country:I']]],
    ['ولمصر والسعودية', [['country:B'], ['country:B']]],
    // normalisation: alef and teh marbuta variants, diacritics
    ['القاهره', [['city:B']]],
    ['مِصْر', [['country:B']]],
    // no proclitic stripping inside an entry; a partial entry does not match
    ['الولايات والمتحدة', [[], []]],
    ['الأمم', [[]]],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => assert.deepEqual(tagsOf(input), expected));
  }

  test('bit layout: class c has B at bit 2c and I at bit 2c+1', () => {
    assert.equal(gazBit('country', 'B'), 1);
    assert.equal(gazBit('country', 'I'), 2);
    assert.equal(gazBit('city', 'B'), 4);
    assert.equal(gazBit('org_token', 'I'), 1 << 21);
    const m = matchGazetteers(keys('بنك مصر'), SMALL);
    assert.deepEqual([...m], [gazBit('org', 'B') | gazBit('org_token', 'B'), gazBit('org', 'I') | gazBit('country', 'B')]);
    assert.ok(GAZETTEER_CLASSES.length <= 16);
  });

  test('returns a Uint32Array of the input length; empty input', () => {
    const r = matchGazetteers([], SMALL);
    assert.ok(r instanceof Uint32Array);
    assert.equal(r.length, 0);
  });

  test('proclitic variants', () => {
    assert.deepEqual(procliticVariants('وبغداد'), ['غداد', 'بغداد']);
    assert.deepEqual(procliticVariants('للقاهره'), ['القاهره', 'لقاهره']);
    assert.deepEqual(procliticVariants('مصر'), []);
  });

  test('an unknown class is an error', () => {
    assert.throws(() => compileGazetteers({ planet: ['مريخ'] }), /unknown gazetteer class/);
  });

  test('5,000 tokens', () => {
    const words = keys('قال الرئيس محمد الصدر في بغداد إن وزارة الخارجية المصرية ولمصر والولايات المتحدة الأمريكية');
    const input: string[] = [];
    while (input.length < 5000) input.push(...words);
    input.length = 5000;
    const t0 = performance.now();
    const r = matchGazetteers(input, SMALL);
    const ms = performance.now() - t0;
    assert.equal(r.length, 5000);
    assert.deepEqual(gazetteerTags(r[5]!), ['city:B']);
    assert.ok(ms < 500, `${ms} ms`);
  });
});

describe('data/ner/gazetteers.json', () => {
  const file = loadData<GazetteerFile>('ner/gazetteers.json');

  test('version, classes, sorted entries, sane sizes', () => {
    assert.equal(file.version, 1);
    const min: Record<string, number> = {
      country: 250,
      city: 5000,
      loc_other: 100,
      nationality: 1000,
      person_first: 1000,
      person_last: 1000,
      person: 1000,
      person_particle: 5,
      person_title: 50,
      org: 1000,
      org_token: 30,
    };
    for (const c of GAZETTEER_CLASSES) {
      const list = file.classes[c];
      assert.ok(list, `class ${c}`);
      assert.ok(list.length >= min[c]!, `${c}: ${list.length} entries`);
      assert.ok(list.length < 50000, `${c}: ${list.length} entries`);
      const sorted = [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      assert.deepEqual(list, sorted, `${c} sorted`);
      assert.equal(new Set(list).size, list.length, `${c} without duplicates`);
    }
  });

  test('entries are word keys: Arabic letters, no digits, no single letters', () => {
    for (const c of GAZETTEER_CLASSES) {
      for (const e of file.classes[c]!) {
        assert.match(e, /^[\u0621-\u063a\u0641-\u064a]{2,}( [\u0621-\u063a\u0641-\u064a]{2,})*$/, `${c}: ${e}`);
        assert.equal(e, entry(e), `${c}: ${e} is already in key form`);
      }
    }
  });

  const has = (c: string, name: string): boolean => file.classes[c]!.includes(entry(name));
  const mustHave: ReadonlyArray<readonly [string, string]> = [
    ['country', 'مصر'],
    ['country', 'السعودية'],
    ['country', 'المملكة العربية السعودية'],
    ['country', 'الولايات المتحدة'],
    ['country', 'العراق'],
    ['city', 'بغداد'],
    ['city', 'القاهرة'],
    ['city', 'الرياض'],
    ['city', 'دمشق'],
    ['nationality', 'مصري'],
    ['nationality', 'المصرية'],
    ['nationality', 'المصريين'],
    ['nationality', 'مصريون'],
    ['nationality', 'الأميركي'],
    ['person_first', 'محمد'],
    ['person_first', 'أحمد'],
    ['person', 'بشار الأسد'],
    ['org', 'الأمم المتحدة'],
    ['org', 'وزارة الخارجية'],
    ['org', 'الجيش المصري'],
    ['org_token', 'وزارة'],
    ['org_token', 'حزب'],
    ['person_title', 'الرئيس'],
    ['person_title', 'وزير الدفاع'],
    ['loc_other', 'أوروبا'],
    ['loc_other', 'نهر النيل'],
  ];
  for (const [c, name] of mustHave) test(`${c} has ${name}`, () => assert.ok(has(c, name)));

  test('no stop words as single-token entries', () => {
    const stop = ['في', 'من', 'على', 'عن', 'الى', 'إلى', 'ان', 'أن', 'ما', 'لا', 'هو', 'هي', 'هذا', 'التي', 'الذي', 'مع', 'قد', 'كان'];
    for (const c of GAZETTEER_CLASSES) for (const w of stop) assert.ok(!has(c, w), `${c} has ${w}`);
  });

  test('the project gazetteers match real phrases', () => {
    const gaz = loadGazetteers();
    const t = (s: string): string[][] => [...matchGazetteers(keys(s), gaz)].map(gazetteerTags);
    assert.ok(t('وبغداد')[0]!.includes('city:B'));
    assert.ok(t('لمصر')[0]!.includes('country:B'));
    assert.deepEqual(t('في'), [[]]);
    const us = t('الولايات المتحدة');
    assert.ok(us[0]!.includes('country:B') && us[1]!.includes('country:I'));
    const un = t('الأمم المتحدة');
    assert.ok(un[0]!.includes('org:B') && un[1]!.includes('org:I'));
  });
});
