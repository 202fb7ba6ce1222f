/**
 * Adversarial inputs of about 200 KB through the tokeniser and the sentence splitter: each must give a
 * valid Doc (`checkDoc` returns no problem). The 10 s timeout of each test is a guard against hangs
 * (quadratic scans used to take tens of seconds here), not a speed target: each input runs in well
 * under a second.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayer } from '../../src/doc/doc.ts';
import { checkDoc } from '../../src/doc/invariants.ts';
import type { ArticleMeta, Token } from '../../src/doc/types.ts';
import { splitSentences } from '../../src/tokenize/sentences.ts';
import { tokenize } from '../../src/tokenize/tokenizer.ts';

const META: ArticleMeta = { title: null, published: null, url: null, captions: [], dropped: [], format: 'text' };
const OPTS = { timeout: 10000 };

/** A unit repeated to about 200 K code units. */
const rep = (unit: string, total = 200000): string => unit.repeat(Math.max(1, Math.floor(total / unit.length)));

const CASES: readonly (readonly [string, string])[] = [
  // long runs of one punctuation mark or symbol
  ['200 K periods', rep('.')],
  ['200 K question marks ؟', rep('؟')],
  ['200 K commas', rep(',')],
  ['200 K hyphens', rep('-')],
  ['200 K closing parentheses', rep(')')],
  ['200 K opening parentheses', rep('(')],
  ['200 K «', rep('«')],
  ['200 K »', rep('»')],
  ['200 K straight quotes', rep('"')],
  ['200 K underscores', rep('_')],
  ['200 K percent signs', rep('%')],
  ['200 K #', rep('#')],
  ['200 K @', rep('@')],
  ['# and 200 K underscores', '#' + rep('_')],
  ['#_ repeated', rep('#_')],
  ['a 200 KB hashtag', '#' + rep('و')],
  ['a 200 KB mention', '@' + rep('a')],
  // digits with separators
  ['1.1.1.1…', rep('1.') + '1'],
  ['1,1,1,1…', rep('1,') + '1'],
  ['1/1/1/1…', rep('1/') + '1'],
  ['1:1:1:1…', rep('1:') + '1'],
  ['1-1-1-1…', rep('1-') + '1'],
  ['12.09.2022.12.09…', rep('12.09.2022.')],
  ['14:30:14:30…', rep('14:30:')],
  ['200 K digits', rep('1')],
  ['200 K Arabic-Indic digits', rep('١')],
  ['Arabic-Indic ١٫١٫…', rep('١٫') + '١'],
  ['Arabic-Indic ١٬١٬…', rep('١٬') + '١'],
  ['Persian digits with slashes', rep('۱/')],
  // e-mail-like runs
  ['a-a-a-…', rep('a-') + 'a'],
  ['a_a_a_…', rep('a_') + 'a'],
  ['a+a+a+…', rep('a+') + 'a'],
  ['a%a%a%…', rep('a%') + 'a'],
  ['a@ then b-b-b-…', 'a@' + rep('b-')],
  ['a@ then b.b.b.… then 1', 'a@' + rep('b.') + '1'],
  ['a.a.a.… then @b', rep('a.') + '@b'],
  ['a-a-a-… then @ and a bad domain', rep('a-') + '@-'],
  ['1-1-1-… then @ and a bad domain', rep('1-') + '@x'],
  ['a@a@a@…', rep('a@')],
  ['a 200 KB Latin word then @', rep('a') + '@'],
  // URLs
  ['www. repeated', rep('www.')],
  ['www. and a 200 KB run', 'www.' + rep('a')],
  ['URL followed by 200 K )', 'https://a.b/' + rep(')')],
  ['URL followed by 200 K periods', 'https://a.b/' + rep('.')],
  ['URL followed by ). repeated', 'https://a.b/(x)' + rep(').')],
  ['URL with 100 K ( then 100 K )', 'http://a.b/' + rep('(', 100000) + rep(')', 100000)],
  ['http:// repeated', rep('http://')],
  ['hhh…', rep('h')],
  // initials
  ['A.A.A.… then a word', rep('A.') + 'bb'],
  ['a.a.a.… then a word', rep('a.') + 'b'],
  ['A.A.A.…', rep('A.')],
  ['أ.أ.أ.… then a word', rep('أ.') + 'بب'],
  ['أ.أ.أ.…', rep('أ.')],
  ['د. repeated', rep('د. ')],
  // combining marks
  ['a Latin letter and 200 K marks', 'a' + rep('\u0301')],
  ['an Arabic letter and 200 K harakat', 'ب' + rep('\u064e')],
  ['200 K marks with no base', rep('\u0301')],
  ['alternating combining classes on a Latin base', 'a' + rep('\u0301\u0316')],
  ['alternating hamza above and below on alef', 'ا' + rep('\u0654\u0655')],
  ['marks then a word, repeated', rep('\u0301\u0301ب ')],
  ['200 K tatweel', rep('ـ')],
  ['one letter with 200 K tatweel and a period', 'ب' + rep('ـ') + '.'],
  // words
  ['alternating Latin and Arabic letters', rep('aب')],
  ['100 K one-letter Arabic words', rep('ب ')],
  ['100 K one-letter Latin words', rep('a ')],
  ['a 200 KB Arabic word', rep('ب')],
  ['a 200 KB Arabic word with a proclitic and the article', 'وبال' + rep('ك')],
  ['a 200 KB Arabic word with an enclitic', rep('ك') + 'ها'],
  ['a 200 KB Arabic word with harakat', rep('بَ')],
  ['a 200 KB word of presentation forms', rep('\ufefb')],
  ['ﷺ repeated', rep('\ufdfa ', 100000)],
  ['a 200 KB Latin word', rep('a')],
  ["O'O'O'…", rep("O'") + 'O'],
  // surrogates and invisible characters
  ['100 K emoji (surrogate pairs)', rep('\ud83d\ude00')],
  ['100 K emoji with skin tones', rep('\ud83d\udc4d\ud83c\udffd')],
  ['ZWJ sequence of 100 K emoji', rep('\ud83d\ude00\u200d') + '\ud83d\ude00'],
  ['200 K lone high surrogates', rep('\ud800')],
  ['200 K lone low surrogates', rep('\udc00')],
  ['100 K supplementary letters', rep('\ud835\udc00')],
  ['bidi marks then a word', rep('\u200f') + 'x'],
  ['ZWNJ inside a word, repeated', rep('ب\u200c')],
  // quotes and sentences
  ['« repeated (unclosed openers)', rep('« ')],
  ['«كلمة. repeated', rep('«كلمة. ')],
  ['“ repeated', rep('“ ')],
  ['„ repeated', rep('„ ')],
  ['‘ repeated then ’', rep('‘ ') + 'كلمة. ’'],
  ['«كلمة» repeated', rep('«كلمة». ')],
  ['nested « then » repeated', rep('« ', 100000) + 'كلمة. ' + rep('» ', 100000)],
  ['"كلمة." repeated', rep('"كلمة." ')],
  ['100 K sentences', rep('كلمة. ')],
  ['1. repeated (list markers)', rep('1. ')],
  ['?! runs', rep('؟!')],
  ['lines of words', rep('كلمة\n')],
];

function run(text: string): { tokens: readonly Token[]; problems: string[] } {
  const doc = createDoc([text], META);
  const tokens = tokenize(doc.text);
  const sentences = splitSentences(doc.text, tokens, doc.layers.paragraphs!);
  const problems = checkDoc(withLayer(withLayer(doc, 'tokens', tokens), 'sentences', sentences));
  return { tokens, problems };
}

describe('tokenize and splitSentences on ~200 KB adversarial inputs', () => {
  for (const [name, raw] of CASES) {
    const text = raw.trim();
    test(`pathological: ${name} (${text.length} code units)`, OPTS, () => {
      const { tokens, problems } = run(text);
      assert.deepEqual(problems.slice(0, 5), []);
      assert.ok(tokens.length > 0);
    });
  }

  test('pathological: the e-mail run memo still finds an address at the end of a run', OPTS, () => {
    const text = rep('a-', 1000) + 'x@ex.com';
    const { tokens, problems } = run(text);
    assert.deepEqual(problems, []);
    assert.equal(tokens.length, 1);
    assert.equal(tokens[0]!.kind, 'email');
  });

  test('pathological: a URL keeps balanced brackets and drops unbalanced ones', OPTS, () => {
    const text = 'https://a.b/(x)' + ')'.repeat(50000);
    const { tokens } = run(text);
    assert.equal(tokens[0]!.kind, 'url');
    assert.equal(tokens[0]!.text, 'https://a.b/(x)');
    assert.equal(tokens.length, 50001);
  });

  test('pathological: 100 K unclosed « do not keep a later quotation from pairing', OPTS, () => {
    const text = '« '.repeat(100000) + 'قال «هذا نص. وهذا آخر» ثم مضى.';
    const doc = createDoc([text], META);
    const tokens = tokenize(doc.text);
    const sentences = splitSentences(doc.text, tokens, doc.layers.paragraphs!);
    assert.equal(sentences.length, 1);
  });
});
