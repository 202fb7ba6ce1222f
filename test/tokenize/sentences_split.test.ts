import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayer } from '../../src/doc/doc.ts';
import { checkDoc } from '../../src/doc/invariants.ts';
import type { ArticleMeta } from '../../src/doc/types.ts';
import { splitSentences } from '../../src/tokenize/sentences.ts';
import { tokenize } from '../../src/tokenize/tokenizer.ts';

const META: ArticleMeta = { title: null, published: null, url: null, captions: [], dropped: [], format: 'text' };

type Sent = readonly [start: number, end: number, text: string];
/** Paragraphs and their exact sentences. */
type Case = readonly [name: string, paragraphs: readonly string[], sentences: readonly Sent[]];

const CASES: readonly Case[] = [
  [
    "two sentences",
    ["قال د. محمد إن الوضع مستقر. وأضاف أن الحل قريب."],
    [[0,27,"قال د. محمد إن الوضع مستقر."],
     [28,47,"وأضاف أن الحل قريب."]],
  ],
  [
    "quotation that goes on after its period stays whole",
    ["وقال: \"الوضع خطير. نحن ندعو إلى التهدئة\". ثم غادر."],
    [[0,41,"وقال: \"الوضع خطير. نحن ندعو إلى التهدئة\"."],
     [42,50,"ثم غادر."]],
  ],
  [
    "period just before the closing quote",
    ["وقال: \"الوضع خطير.\" ثم غادر."],
    [[0,19,"وقال: \"الوضع خطير.\""],
     [20,28,"ثم غادر."]],
  ],
  [
    "closing quote after the period",
    ["قال إن النتائج \"مطمئنة\". وتوجه عباس إلى نيويورك."],
    [[0,24,"قال إن النتائج \"مطمئنة\"."],
     [25,48,"وتوجه عباس إلى نيويورك."]],
  ],
  [
    "guillemets",
    ["قال «انتهى الأمر. حقا». ثم غادر؟ نعم!"],
    [[0,23,"قال «انتهى الأمر. حقا»."],
     [24,32,"ثم غادر؟"],
     [33,37,"نعم!"]],
  ],
  [
    "headline without final punctuation",
    ["مسؤول عسكري مغربي رفيع يزور إسرائيل لأول مرة"],
    [[0,44,"مسؤول عسكري مغربي رفيع يزور إسرائيل لأول مرة"]],
  ],
  [
    "line break inside a paragraph",
    ["عنوان الخبر\nنص الخبر. جملة ثانية"],
    [[0,11,"عنوان الخبر"],
     [12,21,"نص الخبر."],
     [22,32,"جملة ثانية"]],
  ],
  [
    "runs of final marks",
    ["هل انتهى؟! لا... ربما…  سنرى"],
    [[0,10,"هل انتهى؟!"],
     [11,16,"لا..."],
     [17,22,"ربما…"],
     [24,28,"سنرى"]],
  ],
  [
    "Arabic full stop",
    ["جملة أولى۔ جملة ثانية۔"],
    [[0,10,"جملة أولى۔"],
     [11,22,"جملة ثانية۔"]],
  ],
  [
    "list markers",
    ["1. البند الأول. 2. البند الثاني."],
    [[0,15,"1. البند الأول."],
     [16,32,"2. البند الثاني."]],
  ],
  [
    "closing bracket after the period",
    ["(انظر الملحق.) ثم تابع."],
    [[0,14,"(انظر الملحق.)"],
     [15,23,"ثم تابع."]],
  ],
  [
    "paragraphs are never crossed",
    ["الفقرة الأولى بلا نقطة","الثانية. والثالثة."],
    [[0,22,"الفقرة الأولى بلا نقطة"],
     [24,32,"الثانية."],
     [33,42,"والثالثة."]],
  ],
  [
    "unclosed quote is ignored",
    ["قال \"الوضع خطير. ثم غادر."],
    [[0,16,"قال \"الوضع خطير."],
     [17,25,"ثم غادر."]],
  ],
  [
    "nested quotes",
    ["قال «إن \"الوضع\" خطير. ونحن هنا». انتهى."],
    [[0,32,"قال «إن \"الوضع\" خطير. ونحن هنا»."],
     [33,39,"انتهى."]],
  ],
];

describe('sentences split', () => {
  for (const [title, paragraphs, expected] of CASES) {
    test(`sentences ${title}`, () => {
      const doc = createDoc(paragraphs, META);
      const tokens = tokenize(doc.text);
      const sentences = splitSentences(doc.text, tokens, doc.layers.paragraphs!);
      assert.deepEqual(
        sentences.map((s): Sent => [s.start, s.end, doc.text.slice(s.start, s.end)]),
        expected,
      );
      assert.deepEqual(checkDoc(withLayer(withLayer(doc, 'tokens', tokens), 'sentences', sentences)), []);
    });
  }
});
