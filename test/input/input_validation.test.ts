import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertText, decodeUtf8, isIsoDate, parseInputLine, validateInput } from '../../src/reader/input.ts';
import { RasdError } from '../../src/errors.ts';

const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (err) {
    assert.ok(err instanceof RasdError, `expected a RasdError, got ${String(err)}`);
    assert.ok(err.message.length > 10, 'the message says something a person understands');
    return err.code;
  }
};

describe('input validateInput', () => {
  const cases: [string, unknown, string | null][] = [
    ['text only', { text: 'نص' }, null],
    ['html only', { html: '<p>نص</p>' }, null],
    ['all metadata', { id: 'a1', text: 'نص', title: 'عنوان', published: '2022-09-12', url: 'https://x.example/a' }, null],
    ['numeric id', { id: 7, text: 'نص' }, null],
    ['date-time with offset', { text: 'نص', published: '2019-02-08T00:00:00+01:00' }, null],
    ['both text and html', { text: 'نص', html: '<p>نص</p>' }, 'E_BAD_INPUT'],
    ['neither text nor html', { title: 'عنوان' }, 'E_BAD_INPUT'],
    ['text is a number', { text: 42 }, 'E_BAD_INPUT'],
    ['title is an object', { text: 'نص', title: {} }, 'E_BAD_INPUT'],
    ['published not ISO', { text: 'نص', published: '12 سبتمبر 2022' }, 'E_BAD_INPUT'],
    ['published impossible day', { text: 'نص', published: '2022-02-30' }, 'E_BAD_INPUT'],
    ['an array', [{ text: 'نص' }], 'E_BAD_INPUT'],
    ['null', null, 'E_BAD_INPUT'],
    ['a string', 'نص', 'E_BAD_INPUT'],
  ];
  for (const [name, value, code] of cases) {
    test(`input validateInput ${name} → ${code ?? 'ok'}`, () => {
      assert.equal(codeOf(() => validateInput(value)), code);
    });
  }
  test('input validateInput canonicalises a given published date and treats empty metadata as absent', () => {
    const pub = (published: string) => validateInput({ text: 'نص', published }).published;
    assert.equal(pub('2022-09-12 10:30'), '2022-09-12T10:30');
    assert.equal(pub('2022-09-12T10:30:00+0300'), '2022-09-12T10:30:00+03:00');
    assert.equal(pub('2022-09-12T10:30:05.250Z'), '2022-09-12T10:30:05.250Z');
    assert.equal(pub(''), null);
    assert.equal(pub('   '), null);
    assert.deepEqual(validateInput({ text: 'نص', title: ' ', url: '' }), { id: null, text: 'نص', title: null, published: null, url: null });
  });
  test('input validateInput keeps given metadata and stringifies a numeric id', () => {
    const v = validateInput({ id: 7, text: 'نص', title: 'عنوان', published: ' 2022-09-12 ' });
    assert.deepEqual(v, { id: '7', text: 'نص', title: 'عنوان', published: '2022-09-12', url: null });
  });
});

describe('input parseInputLine', () => {
  test('input parseInputLine malformed JSON → E_BAD_JSON naming the item', () => {
    try {
      parseInputLine('{"text": "نص"', 'stdin line 3');
      assert.fail('should throw');
    } catch (err) {
      assert.ok(err instanceof RasdError);
      assert.equal(err.code, 'E_BAD_JSON');
      assert.equal(err.item, 'stdin line 3');
    }
  });
});

describe('input text checks', () => {
  test('input assertText rejects binary data as E_NOT_TEXT and tolerates stray control characters', () => {
    const body = 'أعلنت وزارة الخارجية التونسية اليوم عن زيارة مرتقبة لوزير الخارجية الجزائري. '.repeat(5);
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000\u0000\u0000\u0001\u0000\b\u0006\u0000\u0000\u0000';
    const cases: [string, string, string | null][] = [
      ['a PNG header', png, 'E_NOT_TEXT'],
      ['a short string with a NUL', 'abc\u0000def', 'E_NOT_TEXT'],
      ['only control characters', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f', 'E_NOT_TEXT'],
      ['mostly undecodable characters', '\ufffd'.repeat(40) + 'نص', 'E_NOT_TEXT'],
      ['NULs spread through a long text', body.split(' ').join('\u0000'), 'E_NOT_TEXT'],
      ['an article ending with one NUL (as a whole shared corpus does)', body + '\u0000', null],
      ['an article with one replacement character', body + ' \ufffd ' + body, null],
      ['tabs, CRLF and form feed', 'نص عربي\tمع\r\nأسطر\f', null],
    ];
    for (const [name, text, code] of cases) assert.equal(codeOf(() => assertText(text)), code, name);
  });
  test('input decodeUtf8 names the first bad byte of invalid UTF-8', () => {
    const bytes = new Uint8Array([0xd9, 0x86, 0xd8, 0xb5, 0xff, 0x41]);
    try {
      decodeUtf8(bytes, 'x.txt');
      assert.fail('should throw');
    } catch (err) {
      assert.ok(err instanceof RasdError);
      assert.equal(err.code, 'E_NOT_TEXT');
      assert.match(err.message, /offset 4/);
    }
    assert.equal(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0xd9, 0x86])), 'ن');
  });
  test('input isIsoDate accepts dates and date-times, rejects others', () => {
    for (const ok of ['2022-09-12', '2022-09-12T14:30', '2022-09-12T14:30:05Z', '2022-09-12T14:30:05.123+04:00', '2024-02-29']) assert.ok(isIsoDate(ok), ok);
    for (const bad of ['2022-9-12', '2023-02-29', '2022-13-01', '12/09/2022', '2022-09-12T25:00', '']) assert.ok(!isIsoDate(bad), bad);
  });
});
