import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines, type Line } from '../../src/io/lines.ts';

async function collect(chunks: (string | Uint8Array)[], max?: number): Promise<Line[]> {
  async function* src() { for (const c of chunks) yield c; }
  const out: Line[] = [];
  for await (const l of splitLines(src(), max)) out.push(l);
  return out;
}
const text = (l: Line): string => (l.tooLarge ? `<too large ${l.size}>` : Buffer.from(l.bytes).toString('utf8'));

describe('io splitLines', () => {
  test('io splitLines splits across chunk boundaries, strips CR, keeps blank lines and a final line without newline', async () => {
    const lines = await collect(['{"a"', ':1}\r\n\n{"b":2}\n{"c"', ':3}']);
    assert.deepEqual(lines.map(text), ['{"a":1}', '', '{"b":2}', '{"c":3}']);
    assert.deepEqual(lines.map((l) => l.lineNo), [1, 2, 3, 4]);
  });
  test('io splitLines yields nothing for empty input and one line for a lone newline', async () => {
    assert.deepEqual((await collect([])).map(text), []);
    assert.deepEqual((await collect(['\n'])).map(text), ['']);
  });
  test('io splitLines reports a line over the limit as too large without keeping it, and goes on', async () => {
    const big = 'x'.repeat(1000);
    const lines = await collect(['a\n', big.slice(0, 400), big.slice(400), '\nb\n'], 100);
    assert.deepEqual(lines.map(text), ['a', '<too large 1000>', 'b']);
  });
  test('io splitLines keeps multi-byte characters split across chunks intact', async () => {
    const bytes = Buffer.from('مرحبا\nعالم\n', 'utf8');
    const lines = await collect([bytes.subarray(0, 3), bytes.subarray(3, 13), bytes.subarray(13)]);
    assert.deepEqual(lines.map(text), ['مرحبا', 'عالم']);
  });
});
