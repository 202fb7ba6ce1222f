/**
 * Property tests of the tokeniser and the sentence splitter (src/tokenize) on hostile text: tokens
 * are in order, non-empty, non-overlapping, inside the text, equal to their slice, never split a
 * surrogate pair and cover every letter and digit; clitic segments tile their token; sentences
 * cover the tokens, in order, inside their paragraphs (checkDoc, the invariant checker of every
 * fixture, must find nothing).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createDoc, withLayer } from '../../src/doc/doc.ts';
import { checkDoc } from '../../src/doc/invariants.ts';
import type { ArticleMeta, Token } from '../../src/doc/types.ts';
import { splitSentences } from '../../src/tokenize/sentences.ts';
import { tokenize } from '../../src/tokenize/tokenizer.ts';
import { checkProperty, hostileText, textInput } from './fuzz.ts';

const META: ArticleMeta = { title: null, published: null, url: null, captions: [], dropped: [], format: 'text' };
const LETTER_OR_DIGIT_RE = /[\p{L}\p{Nd}]/u;
const KINDS = new Set(['word', 'number', 'date', 'time', 'url', 'email', 'hashtag', 'mention', 'punct', 'symbol']);

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The tokeniser's own contract on one text. */
function assertTokens(text: string, tokens: readonly Token[]): void {
  let prevEnd = 0;
  const covered = new Uint8Array(text.length);
  for (const [i, t] of tokens.entries()) {
    assert.ok(Number.isInteger(t.start) && Number.isInteger(t.end), `tokens[${i}] has integer offsets`);
    assert.ok(t.start >= prevEnd, `tokens[${i}] starts at ${t.start}, after the previous end ${prevEnd}`);
    assert.ok(t.end > t.start && t.end <= text.length, `tokens[${i}] [${t.start}, ${t.end}) is non-empty and inside the text`);
    assert.equal(t.text, text.slice(t.start, t.end), `tokens[${i}] text is its slice`);
    assert.ok(KINDS.has(t.kind), `tokens[${i}] kind ${t.kind}`);
    assert.equal(typeof t.norm, 'string');
    assert.ok(!(t.start > 0 && isLow(text.charCodeAt(t.start)) && isHigh(text.charCodeAt(t.start - 1))), `tokens[${i}] starts inside a surrogate pair`);
    assert.ok(!(t.end < text.length && isLow(text.charCodeAt(t.end)) && isHigh(text.charCodeAt(t.end - 1))), `tokens[${i}] ends inside a surrogate pair`);
    covered.fill(1, t.start, t.end);
    prevEnd = t.end;
  }
  // every letter and digit (a whole code point) belongs to some token
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (LETTER_OR_DIGIT_RE.test(ch)) assert.ok(covered[i] === 1, `the letter or digit ${JSON.stringify(ch)} at ${i} is in no token`);
    if (cp > 0xffff) i++;
  }
}

/** Splits text into trimmed non-empty paragraphs, as the readers do (one per line). */
function paragraphsOf(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\u0085\v\f]/).map((l) => l.trim()).filter((l) => l.length > 0);
}

const input = fc.oneof({ weight: 2, arbitrary: hostileText(60) }, { weight: 1, arbitrary: textInput });

describe('fuzz: tokeniser and sentence splitter', () => {
  test('tokenize: tokens in order, non-overlapping, inside the text, equal to their slice, covering every letter and digit', async (t) => {
    await checkProperty(t, 'tokenize', 300, fc.property(input, (text) => {
      assertTokens(text, tokenize(text));
    }));
  });

  test('splitSentences: sentences cover every token, in order, inside their paragraph (checkDoc finds nothing)', async (t) => {
    await checkProperty(t, 'sentences', 300, fc.property(input, (text) => {
      const paragraphs = paragraphsOf(text);
      const base = createDoc(paragraphs, META);
      const tokens = tokenize(base.text);
      assertTokens(base.text, tokens);
      const sentences = splitSentences(base.text, tokens, base.layers.paragraphs!);
      const doc = withLayer(withLayer(base, 'tokens', tokens), 'sentences', sentences);
      assert.deepEqual(checkDoc(doc), []);
      if (tokens.length > 0) {
        // each sentence starts at a token start and ends at a token end
        const starts = new Set(tokens.map((x) => x.start));
        const ends = new Set(tokens.map((x) => x.end));
        for (const s of sentences) assert.ok(starts.has(s.start) && ends.has(s.end), `sentence [${s.start}, ${s.end}) is on token boundaries`);
      } else {
        assert.deepEqual(sentences, []);
      }
    }));
  });
});
