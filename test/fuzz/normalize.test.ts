/**
 * Property tests of the normaliser (src/lang/ar/normalize.ts) on hostile text: the match view's
 * offset map is monotone and maps back inside the source, the view agrees with the plain string
 * functions, normalising twice changes nothing more, and range mapping stays inside the source.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  dediacAr,
  normalizeAlefAr,
  normalizeDigits,
  normalizeForMatch,
  normalizeLetters,
  normalizeUnicode,
  normalizeView,
  removeBidiAndZeroWidth,
  sourceSpan,
  toNormIndex,
  type NormView,
} from '../../src/lang/ar/normalize.ts';
import { checkProperty, hostileText, textInput } from './fuzz.ts';

/** The documented shape of the offset map (see NormView). */
function assertViewMap(v: NormView): void {
  const { text, source, toSource } = v;
  assert.equal(toSource.length, text.length + 1, 'toSource has one entry per view character plus one');
  assert.equal(toSource[text.length], source.length, 'the last entry is the source length');
  if (text.length > 0) assert.equal(toSource[0], 0, 'the first entry is 0');
  for (let i = 0; i < text.length; i++) {
    const s = toSource[i]!;
    assert.ok(s >= 0 && s < source.length, `toSource[${i}] = ${s} lies inside the source (length ${source.length})`);
    assert.ok(s <= toSource[i + 1]!, `toSource is non-decreasing at ${i}`);
  }
}

const hostile = fc.oneof({ weight: 3, arbitrary: hostileText(40) }, { weight: 1, arbitrary: textInput });

describe('fuzz: normaliser', () => {
  test('normalizeView: the offset map is monotone, inside the source, and the view equals normalizeForMatch', async (t) => {
    await checkProperty(t, 'normalizeView map', 400, fc.property(hostile, fc.boolean(), (s, foldLetters) => {
      const v = normalizeView(s, { foldLetters });
      assert.equal(v.source, s);
      assertViewMap(v);
      assert.equal(v.text, foldLetters ? normalizeForMatch(s) : normalizeLetters(s));
    }));
  });

  test('normalising twice is stable (the view of the view is the view)', async (t) => {
    await checkProperty(t, 'normalize idempotent', 400, fc.property(hostile, (s) => {
      const once = normalizeForMatch(s);
      assert.equal(normalizeForMatch(once), once);
      const letters = normalizeLetters(s);
      assert.equal(normalizeLetters(letters), letters);
    }));
  });

  test('sourceSpan maps every view range inside the source, in order; toNormIndex inverts it at boundaries', async (t) => {
    await checkProperty(t, 'sourceSpan', 300, fc.property(hostile, fc.nat(), fc.nat(), (s, x, y) => {
      const v = normalizeView(s);
      const n = v.text.length;
      const a = x % (n + 1);
      const b = a + (y % (n - a + 1));
      const span = sourceSpan(v, a, b);
      assert.ok(span.start >= 0 && span.start <= span.end && span.end <= s.length, `[${span.start}, ${span.end}) inside [0, ${s.length}]`);
      // an empty range maps to an empty range, except the whole of an empty view (all of the source was dropped)
      if (a === b && n > 0) assert.equal(span.end, span.start);
      const whole = sourceSpan(v, 0, n);
      assert.deepEqual(whole, { start: 0, end: s.length });
      // a source offset that starts a view character maps back to that character
      if (a < n) assert.ok(toNormIndex(v, v.toSource[a]!) <= a);
      const k = toNormIndex(v, span.start);
      assert.ok(k >= 0 && k <= n);
    }));
  });

  test('the CAMeL-compatible functions never throw and drop what they say they drop', async (t) => {
    await checkProperty(t, 'camel functions', 300, fc.property(hostile, (s) => {
      assert.doesNotMatch(dediacAr(s), /[\u064b-\u0652\u0670]/);
      assert.doesNotMatch(normalizeAlefAr(s), /[\u0625\u0623\u0671\u0622]/);
      assert.doesNotMatch(normalizeDigits(s), /[\u0660-\u0669\u06f0-\u06f9]/);
      assert.doesNotMatch(removeBidiAndZeroWidth(s), /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff\u061c\u00ad]/);
      assert.equal(typeof normalizeUnicode(s), 'string');
      assert.equal(typeof normalizeUnicode(s, false), 'string');
    }));
  });
});
