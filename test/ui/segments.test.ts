/** The article view's text pieces: sentences, gaps and marks with exact offsets; overlaps resolved. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBlocks, resolveOverlaps, type Mark } from '../../ui/src/segments.ts';

const mark = (start: number, end: number, kind: Mark['kind'] = 'entity'): Mark => ({ start, end, kind, sub: 'X', title: '' });

test('buildBlocks: sentences and the gaps between them tile the text; marks become pieces', () => {
  const text = 'زار الوزير مصر.\n\nثم عاد.';
  //            0123456789012345 6 7890123
  const blocks = buildBlocks(text, [{ start: 0, end: 15 }, { start: 17, end: 24 }], [mark(4, 10), mark(11, 14, 'timex'), mark(17, 19, 'trigger')]);
  assert.deepEqual(blocks.map((b) => [b.start, b.end, b.gap]), [[0, 15, false], [15, 17, true], [17, 24, false]]);
  assert.deepEqual(blocks[0]!.pieces.map((p) => [p.text, p.mark?.kind ?? null]), [['زار ', null], ['الوزير', 'entity'], [' ', null], ['مصر', 'timex'], ['.', null]]);
  assert.deepEqual(blocks[2]!.pieces.map((p) => [p.start, p.text, p.mark?.kind ?? null]), [[17, 'ثم', 'trigger'], [19, ' عاد.', null]]);
  assert.equal(blocks.flatMap((b) => b.pieces.map((p) => p.text)).join(''), text, 'the pieces give the text back, once');
});

test('buildBlocks: a mark across a sentence boundary is left unmarked; text after the last sentence is a gap', () => {
  const text = 'أ ب. ج د. هـ';
  const blocks = buildBlocks(text, [{ start: 0, end: 4 }, { start: 5, end: 9 }], [mark(2, 7)]);
  assert.equal(blocks.flatMap((b) => b.pieces).filter((p) => p.mark).length, 0);
  assert.deepEqual(blocks.map((b) => b.gap), [false, true, false, true]);
  assert.equal(blocks.flatMap((b) => b.pieces.map((p) => p.text)).join(''), text);
});

test('resolveOverlaps keeps the earlier mark, the longer on a tie, and drops empty ones', () => {
  assert.deepEqual(resolveOverlaps([mark(5, 9), mark(0, 6), mark(0, 3), mark(9, 9), mark(9, 12)]).map((m) => [m.start, m.end]), [[0, 6], [9, 12]]);
});
