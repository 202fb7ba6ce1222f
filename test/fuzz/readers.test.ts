/**
 * Property tests of the readers (src/reader) and the input layer on hostile input: scraped text,
 * HTML pages (deep and unclosed nesting, huge attribute values, scripts, comments, entities,
 * malformed JSON-LD) and JSON lines (BOM, invalid UTF-8, deep nesting, huge numbers, duplicate
 * keys, wrong types). Nothing may escape but a RasdError with a code that such input may produce;
 * what is read must keep the readers' promises (trimmed non-empty paragraphs from the input,
 * every line of a text in exactly one place, documented drop reasons, ISO dates).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readArticle } from '../../src/analyze.ts';
import { decodeUtf8, isIsoDate, parseJsonLine, validateInput } from '../../src/reader/input.ts';
import { readText } from '../../src/reader/text.ts';
import { isDropReason } from '../../src/reader/reasons.ts';
import type { ReadArticle } from '../../src/reader/types.ts';
import { assertInputError, checkProperty, hostileText, htmlInput, jsonLineBytes, referenceDate, textInput } from './fuzz.ts';

/** The text reader's line split and edge trimming (src/reader/text.ts), to count the input's lines. */
const LINE_SPLIT_RE = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
const CONTROL_RE = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
const EDGE_RE = /^[\u0000-\u0020\u0085\u00a0\u00ad\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]+|[\u0000-\u0020\u0085\u00a0\u00ad\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]+$/g;
const cleanLines = (raw: string): string[] =>
  raw.split(LINE_SPLIT_RE).map((l) => l.replace(CONTROL_RE, ' ').replace(EDGE_RE, '')).filter((l) => l.length > 0);

/** What every reader promises about its article. */
function assertArticle(a: ReadArticle): void {
  assert.ok(a.paragraphs.length > 0, 'at least one paragraph');
  for (const p of a.paragraphs) {
    assert.ok(p.length > 0, 'no empty paragraph');
    assert.equal(p, p.trim(), 'paragraphs are trimmed');
  }
  for (const c of a.captions) {
    assert.equal(typeof c.text, 'string');
    assert.ok(c.credit === null || (typeof c.credit === 'string' && c.credit.length > 0), 'a credit is null or non-empty');
  }
  for (const d of a.dropped) {
    assert.equal(typeof d.text, 'string');
    assert.ok(isDropReason(d.reason), `documented drop reason: ${d.reason}`);
  }
  if (a.published !== null) assert.ok(isIsoDate(a.published), `published is an ISO 8601 date: ${a.published}`);
  assert.ok(a.title === null || a.title.length > 0, 'a title is null or non-empty');
}

describe('fuzz: readers', () => {
  test('readText: an article or a coded error; every non-empty line ends up in exactly one place, words unchanged', async (t) => {
    await checkProperty(t, 'readText', 250, fc.property(fc.oneof(textInput, hostileText(60)), fc.option(hostileText(3)), (raw, givenTitle) => {
      let a: ReadArticle;
      try {
        a = readText(raw, { title: givenTitle });
      } catch (err) {
        assertInputError(err);
        return;
      }
      assertArticle(a);
      const lines = cleanLines(raw);
      const titleFromLine = (givenTitle?.trim() || null) === null && a.title !== null ? 1 : 0;
      assert.equal(a.paragraphs.length + a.captions.length + a.dropped.length + titleFromLine, lines.length, 'each line is the title, a caption, dropped or a paragraph');
      // paragraphs, dropped lines and the title are input lines, in input order
      const pool = new Map<string, number>();
      for (const l of lines) pool.set(l, (pool.get(l) ?? 0) + 1);
      for (const l of [...a.paragraphs, ...a.dropped.map((d) => d.text), ...(titleFromLine ? [a.title!] : [])]) {
        assert.ok((pool.get(l) ?? 0) > 0, `${JSON.stringify(l.slice(0, 60))} is a line of the input`);
        pool.set(l, pool.get(l)! - 1);
      }
      let at = 0;
      for (const p of a.paragraphs) {
        const k = lines.indexOf(p, at);
        assert.ok(k >= 0, 'paragraphs keep input order');
        at = k + 1;
      }
      const flat = raw.replace(CONTROL_RE, ' ');
      for (const c of a.captions) {
        assert.ok(flat.includes(c.text), 'a caption text comes from the input');
        if (c.credit !== null) assert.ok(flat.includes(c.credit), 'a caption credit comes from the input');
      }
    }));
  });

  test('readArticle (HTML): an article or a coded error; paragraphs trimmed, documented drop reasons, ISO dates', async (t) => {
    await checkProperty(t, 'readHtml', 120, fc.asyncProperty(htmlInput, fc.option(hostileText(3)), referenceDate, async (html, title, published) => {
      let a: ReadArticle;
      try {
        a = await readArticle({ html, title, published }, { item: 'fuzz' });
      } catch (err) {
        assertInputError(err);
        return;
      }
      assertArticle(a);
      assert.equal(a.format, 'html');
      assert.ok(a.dropped.length <= 50, 'at most 50 dropped entries');
      for (const d of a.dropped) assert.ok(d.text.length <= 201, 'dropped texts are cut to 200 characters');
      if (title?.trim()) assert.equal(a.title, title.trim(), 'a given title wins');
      if (published) assert.equal(a.published, published, 'a given date wins');
    }));
  });

  test('JSON lines: decodeUtf8 + parseJsonLine + validateInput give a valid input or a coded error', async (t) => {
    await checkProperty(t, 'json input', 400, fc.property(jsonLineBytes, (bytes) => {
      try {
        const input = validateInput(parseJsonLine(decodeUtf8(bytes, 'fuzz'), 'fuzz'), 'fuzz');
        assert.ok((typeof input.text === 'string') !== (typeof input.html === 'string'), 'exactly one of text and html');
        assert.ok(input.published === null || isIsoDate(input.published!), 'published is ISO or null');
        for (const k of ['id', 'title', 'url'] as const) assert.ok(input[k] === null || typeof input[k] === 'string', `${k} is a string or null`);
      } catch (err) {
        assertInputError(err, new Set(['E_NOT_TEXT', 'E_BAD_JSON', 'E_BAD_INPUT']));
      }
    }));
  });
});
