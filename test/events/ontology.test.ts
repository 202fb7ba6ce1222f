/**
 * The event ontology and trigger lexicon (data/events, issue #6): the files load and agree with each
 * other, the CAMEO table carries the published Goldstein scores, and every trigger word the issue
 * names is in the lexicon under its PLOVER type.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadOntology, PLOVER_TYPES, type Trigger } from '../../src/events/ontology.ts';
import { wordKey } from '../../src/ner/keys.ts';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/data.ts';
import { RasdError } from '../../src/errors.ts';
import { loadEventLexicon } from '../../src/events/lexicon.ts';

const onto = loadOntology();

/** The PLOVER types a word (as written, no proclitic) triggers, by the lexicon's forms and the first word of its phrases. */
function typesOf(word: string): Set<string> {
  const k = wordKey(word);
  const out = new Set<string>();
  const has = (forms: readonly string[] | undefined) => (forms ?? []).some((f) => wordKey(f) === k || wordKey(f) === 'ال' + k || 'ال' + wordKey(f) === k);
  for (const t of onto.triggers as Trigger[]) {
    if (has(t.forms)) out.add(t.type);
    for (const p of t.phrases ?? []) {
      const firstPos = p[0];
      if (has(typeof firstPos === 'string' ? [firstPos] : firstPos)) out.add(t.type);
    }
  }
  return out;
}

describe('event ontology', () => {
  test('the 16 PLOVER types each have triggers, and the modes PLOVER defines (e.g. CONSULT visit, PROTEST demo, ASSAULT firearms)', () => {
    for (const t of PLOVER_TYPES) assert.ok(onto.triggers.some((x) => x.type === t), `${t} has triggers`);
    const modes = (t: (typeof PLOVER_TYPES)[number]) => onto.types.get(t)!.modes.map((m) => m.mode);
    assert.ok(modes('CONSULT').includes('visit'));
    assert.ok(modes('PROTEST').includes('demo'));
    assert.ok(modes('ASSAULT').includes('firearms'));
  });

  const goldstein: [string, number, string][] = [
    ['042', 1.9, 'CONSULT'],
    ['043', 2.8, 'CONSULT'],
    ['057', 8, 'AGREE'],
    ['190', -10, 'ASSAULT'],
    ['145', -7.5, 'PROTEST'],
  ];
  for (const [code, g, type] of goldstein) {
    test(`CAMEO ${code}: Goldstein ${g}, PLOVER ${type}`, () => {
      const c = onto.cameo.get(code);
      assert.ok(c, `${code} is in the table`);
      assert.equal(c.goldstein, g);
      assert.equal(c.plover?.type, type);
    });
  }

  test('the CAMEO table has the 20 root codes and their sub-codes', () => {
    for (let r = 1; r <= 20; r++) assert.ok(onto.cameo.has(String(r).padStart(2, '0')), `root ${r}`);
    assert.ok(onto.cameo.size > 250, `${onto.cameo.size} codes`);
  });

  // the trigger words issue #6 names, with the type dev-gold's guidelines give them
  const words: [string, string][] = [
    ['زار', 'CONSULT'], ['يزور', 'CONSULT'], ['زيارة', 'CONSULT'], ['التقى', 'CONSULT'], ['لقاء', 'CONSULT'], ['اجتماع', 'CONSULT'],
    ['محادثات', 'CONSULT'], ['مباحثات', 'CONSULT'], ['وقع', 'AGREE'], ['توقيع', 'AGREE'], ['اتفاق', 'AGREE'], ['دعا', 'REQUEST'],
    ['طالب', 'REQUEST'], ['ناشد', 'REQUEST'], ['ندد', 'ACCUSE'], ['أدان', 'ACCUSE'], ['انتقد', 'ACCUSE'], ['اتهم', 'ACCUSE'],
    ['رفض', 'REJECT'], ['هدد', 'THREATEN'], ['تظاهر', 'PROTEST'], ['مظاهرة', 'PROTEST'], ['احتجاج', 'PROTEST'], ['اعتصام', 'PROTEST'],
    ['إضراب', 'PROTEST'], ['مسيرة', 'PROTEST'], ['استنفار', 'MOBILIZE'], ['مناورات', 'MOBILIZE'], ['اعتقل', 'COERCE'], ['داهم', 'COERCE'],
    ['صادر', 'COERCE'], ['قصف', 'ASSAULT'], ['غارة', 'ASSAULT'], ['هجوم', 'ASSAULT'], ['استهدف', 'ASSAULT'], ['اشتباكات', 'ASSAULT'],
    ['قتل', 'ASSAULT'], ['تفجير', 'ASSAULT'], ['اغتيال', 'ASSAULT'], ['خطف', 'ASSAULT'],
    // first words of the multi-word triggers the issue names
    ['فرض', 'SANCTION'], ['قطع', 'SANCTION'], ['مذكرة', 'AGREE'], ['اتصال', 'CONSULT'], ['نشر', 'MOBILIZE'], ['حظر', 'COERCE'],
  ];
  for (const [w, type] of words) {
    test(`trigger ${w} → ${type}`, () => assert.ok(typesOf(w).has(type), `${w}: ${[...typesOf(w)].join(', ') || 'not in the lexicon'}`));
  }
});

describe('event lexicon: broken data files are coded errors', () => {
  const copy = (edit: (syntax: Record<string, unknown>) => void): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rasd-events-'));
    for (const f of ['plover.json', 'cameo.json', 'triggers.json']) copyFileSync(path.join(PROJECT_ROOT, 'data', 'events', f), path.join(dir, f));
    const syntax = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data', 'events', 'syntax.json'), 'utf8')) as Record<string, unknown>;
    edit(syntax);
    writeFileSync(path.join(dir, 'syntax.json'), JSON.stringify(syntax));
    return dir;
  };
  test('the project lexicon loads, with the attribution-only claim words', () => {
    const lex = loadEventLexicon();
    assert.ok(lex.forms.size > 5000);
    assert.ok(lex.attributionOnly.some((c) => c.map((w) => w.key).join(' ') === 'حسب'));
  });
  test('a missing list in syntax.json names the list', () => {
    const dir = copy((s) => delete s.report_verbs);
    assert.throws(() => loadEventLexicon(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /report_verbs/.test(e.message));
    rmSync(dir, { recursive: true });
  });
  test('the title, relative and quantity words come from syntax.json, and an empty prefix list matches nothing', () => {
    const lex = loadEventLexicon();
    assert.ok(lex.syntax.titleHeads.has('وزاره') && lex.syntax.titleHeads.has('اجهزه'), 'keys fold ة and hamza');
    assert.ok(lex.syntax.titleWord.test('نظيره') && lex.syntax.titleWord.test('الخارجيه') && !lex.syntax.titleWord.test('قصف'));
    assert.ok(lex.syntax.titleHeadNoun.test('امير') && !lex.syntax.titleHeadNoun.test('حركه'));
    assert.ok(lex.syntax.relativePronouns.has('التي') && lex.syntax.contrastWords.has('اما') && lex.syntax.kanaForms.has('كانت'));
    assert.ok(lex.syntax.quantityWords.test('50 مليون دولار') && !lex.syntax.quantityWords.test('المتظاهرين'));
    assert.ok(lex.syntax.pressTypes.has('COERCE') && !lex.syntax.pressTypes.has('CONSULT'));
    const dir = copy((s) => {
      s.title_word_prefixes = [];
      s.title_head_noun_prefixes = ['\u064e']; // a fatha alone folds to nothing
      s.quantity_words = [];
    });
    const empty = loadEventLexicon(dir);
    assert.equal(empty.syntax.titleWord.test('نظيره'), false);
    assert.equal(empty.syntax.titleHeadNoun.test('قصف'), false, 'a word that folds to nothing matches nothing');
    assert.equal(empty.syntax.quantityWords.test('50 مليون دولار'), false);
    rmSync(dir, { recursive: true });
    const missing = copy((s) => delete s.title_heads);
    assert.throws(() => loadEventLexicon(missing), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /title_heads/.test(e.message));
    rmSync(missing, { recursive: true });
  });
  test('manner adverbs, cause words and relative-day words come from syntax.json; a relative day must be a whole number', () => {
    const lex = loadEventLexicon();
    assert.ok(lex.syntax.mannerAdverbs.has('هاتفيا'));
    assert.ok(lex.syntax.causeWords.has('خلفيه') && lex.syntax.causeWords.has('بسبب'), 'keys fold ة');
    assert.equal(lex.syntax.relativeDayWords.get('غداه'), -1);
    assert.equal(lex.syntax.relativeDayWords.get('عشيه'), 1);
    assert.deepEqual(lex.syntax.requestPhrases[0], ['بناء', 'علي'], 'a phrase as its word keys');
    for (const bad of [['غداة'], { غداة: 'أمس' }, { غداة: 0.5 }, null]) {
      const dir = copy((s) => (s.relative_day_words = bad));
      assert.throws(() => loadEventLexicon(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /relative_day_words/.test(e.message), JSON.stringify(bad));
      rmSync(dir, { recursive: true });
    }
    const badPhrases = copy((s) => (s.request_phrases = ['بناء على', 3]));
    assert.throws(() => loadEventLexicon(badPhrases), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /"request_phrases" holds something other than words/.test(e.message));
    rmSync(badPhrases, { recursive: true });
    const badMarkers = copy((s) => (s.agent_markers = [['من', 'قبل'], 'على يد']));
    assert.throws(() => loadEventLexicon(badMarkers), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /"agent_markers" holds something other than lists of words/.test(e.message));
    rmSync(badMarkers, { recursive: true });
    const noPhrases = copy((s) => (s.request_phrases = []));
    assert.deepEqual(loadEventLexicon(noPhrases).syntax.requestPhrases, []);
    rmSync(noPhrases, { recursive: true });
    const missing = copy((s) => delete s.cause_words);
    assert.throws(() => loadEventLexicon(missing), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /cause_words/.test(e.message));
    rmSync(missing, { recursive: true });
    // the later lists too: a missing one is a coded error naming it, not a crash while compiling
    for (const key of ['passive_pair_verbs', 'call_prepositions', 'decision_nouns', 'opinion_verbs', 'setting_prepositions', 'scene_markers', 'answered_scene_markers', 'answer_particles']) {
      const dir = copy((s) => delete s[key]);
      assert.throws(() => loadEventLexicon(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && new RegExp(`"${key}"`).test(e.message), key);
      rmSync(dir, { recursive: true });
    }
    assert.deepEqual([...(loadEventLexicon().syntax.sequenceConjunctions.get('بعد') ?? [])].sort(), ['ان']);
    for (const bad of [['بعد أن'], { بعد: 'أن' }, null]) {
      const dir = copy((s) => (s.sequence_conjunctions = bad));
      assert.throws(() => loadEventLexicon(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /sequence_conjunctions/.test(e.message), JSON.stringify(bad));
      rmSync(dir, { recursive: true });
    }
  });
  test('a syntax.json that is not JSON is E_MODEL', () => {
    const dir = copy(() => {});
    writeFileSync(path.join(dir, 'syntax.json'), '{ not json');
    assert.throws(() => loadEventLexicon(dir), (e: unknown) => e instanceof RasdError && e.code === 'E_MODEL' && /syntax/.test(e.message));
    rmSync(dir, { recursive: true });
  });
});
