import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runJsonlBatch } from '../../src/batch.ts';
import { schemaErrors } from '../helpers/schema.ts';

type OutLine = { id: string | null; error?: { code: string; message: string }; line?: number; article?: { text: string } };

async function runBatch(chunks: (string | Uint8Array)[], maxLineBytes?: number): Promise<{ lines: OutLine[]; ok: number; failed: number }> {
  async function* src() { for (const c of chunks) yield c; }
  const raw: string[] = [];
  const r = await runJsonlBatch(src(), (s) => { raw.push(s); }, { maxLineBytes });
  for (const s of raw) assert.ok(s.endsWith('\n') && !s.slice(0, -1).includes('\n'), 'one JSON object per output line');
  return { lines: raw.map((s) => JSON.parse(s) as OutLine), ...r };
}

const good = (id: string) => JSON.stringify({ id, text: 'عنوان الخبر\n\nزار وزير الخارجية المغربي العاصمة الأردنية عمان اليوم الإثنين.' }) + '\n';

describe('batch runJsonlBatch', () => {
  test('batch one output line per input line, in order, bad items as coded error lines while the rest goes on', async () => {
    const invalidUtf8 = Buffer.concat([Buffer.from('{"id":"u","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    const { lines, ok, failed } = await runBatch([
      good('a1'),
      '{"id":"a2","text":""}\n',
      '{"id":"a3","text":"   \\n\\t  "}\n',
      '{"id":"a4", "text": \n',
      '{"id":"a5","text":"نص","html":"<p>نص</p>"}\n',
      '{"id":"a6","title":"بلا نص"}\n',
      invalidUtf8,
      '{"id":"a8","text":"\\u0000\\u0001\\u0002binary\\u0000"}\n',
      '\n',
      JSON.stringify({ id: 'a10', html: '<html><body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/w">العالم</a></li></ul></nav></body></html>' }) + '\n',
      JSON.stringify({ id: 'a11', html: '<div>'.repeat(100_000) + 'نص' }) + '\n',
      '[1,2]\n',
      good('a13'),
    ]);
    assert.deepEqual(lines.map((l) => l.error?.code ?? 'ok'), [
      'ok', 'E_EMPTY_INPUT', 'E_EMPTY_INPUT', 'E_BAD_JSON', 'E_BAD_INPUT', 'E_BAD_INPUT', 'E_NOT_TEXT', 'E_NOT_TEXT', 'E_EMPTY_INPUT', 'E_NO_ARTICLE', 'E_HTML_TOO_DEEP', 'E_BAD_INPUT', 'ok',
    ]);
    assert.deepEqual(lines.map((l) => l.id), ['a1', 'a2', 'a3', null, 'a5', 'a6', null, 'a8', null, 'a10', 'a11', null, 'a13']);
    assert.equal(ok, 2);
    assert.equal(failed, 11);
    for (const l of lines) {
      assert.deepEqual(schemaErrors(l), [], JSON.stringify(l).slice(0, 200));
      if (l.error) {
        assert.match(l.error.message, /line \d+/, 'the message names the line');
        assert.ok(l.error.message.length > 20);
      }
    }
  });

  test('batch a 50 MB single line gives E_TOO_LARGE with bounded memory and the next line still succeeds', async () => {
    const mb = 'ن'.repeat(512 * 1024); // 1 MiB of UTF-8
    async function* src() {
      yield '{"id":"huge","text":"';
      for (let i = 0; i < 50; i++) yield mb;
      yield '"}\n';
      yield good('after');
    }
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const out: OutLine[] = [];
    const r = await runJsonlBatch(src(), (s) => { out.push(JSON.parse(s)); peak = Math.max(peak, process.memoryUsage().heapUsed); });
    assert.deepEqual(out.map((l) => l.error?.code ?? 'ok'), ['E_TOO_LARGE', 'ok']);
    assert.equal(out[0]!.line, 1);
    assert.equal(r.failed, 1);
    assert.ok(peak - before < 40 * 1024 * 1024, `heap grew by ${(peak - before) / 1e6} MB`);
  });

  test('batch streams: the first result is written before the input ends', async () => {
    let firstWritten!: () => void;
    const written = new Promise<void>((resolve) => { firstWritten = resolve; });
    let sawFirstBeforeSecond = false;
    async function* src() {
      yield good('s1');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
      sawFirstBeforeSecond = (await Promise.race([written.then(() => 'written' as const), timeout])) === 'written';
      yield good('s2');
    }
    const ids: (string | null)[] = [];
    await runJsonlBatch(src(), (s) => { ids.push((JSON.parse(s) as OutLine).id); firstWritten(); });
    assert.ok(sawFirstBeforeSecond, 'line 1 was answered before line 2 was read');
    assert.deepEqual(ids, ['s1', 's2']);
  });

  test('batch a line without a newline at the end of input is still answered', async () => {
    const { lines } = await runBatch([good('x').trimEnd()]);
    assert.deepEqual(lines.map((l) => l.id), ['x']);
  });
});
