import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readText } from '../../src/reader/text.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';

const SEED = sharedDataFile('seed', '000_e323fe3fe21d9f90.txt');
const skip = SEED === null ? missingDataMessage('seed', '000_e323fe3fe21d9f90.txt') : false;

describe('readText on the seed article', { skip }, () => {
  const raw = SEED === null ? '' : readFileSync(SEED, 'utf8');
  const lines = raw.split('\n').map((l) => l.trim());
  const TITLE = 'مسؤول عسكري مغربي رفيع يزور إسرائيل لأول مرة منذ استئناف التطبيع';

  test('title, published and captions', () => {
    const a = readText(raw);
    assert.equal(a.title, TITLE);
    assert.equal(a.published, '2022-09-12');
    assert.equal(a.url, null);
    assert.equal(a.format, 'text');
    assert.deepEqual(a.captions, [{ text: 'يرتقب أن تجري محادثات ولقاءات بين الفاروق ومسؤولين إسرائيليين', credit: 'Getty' }]);
  });

  test('the body paragraphs are the seed lines from يبدأ… to …والتدريب المشترك., verbatim', () => {
    const a = readText(raw);
    const first = lines.findIndex((l) => l.startsWith('يبدأ وفد عسكري مغربي رفيع المستوى'));
    const last = lines.findIndex((l) => l.endsWith('والتدريب المشترك.'));
    assert.ok(first > 0 && last > first);
    const expected = lines.slice(first, last + 1).filter((l) => l.length > 0);
    // seed-expected.md speaks of "eight paragraphs"; the file has nine body lines between the two ends.
    assert.equal(expected.length, 9);
    assert.deepEqual(a.paragraphs, expected);
    assert.ok(a.paragraphs[0]!.startsWith('يبدأ وفد عسكري مغربي رفيع المستوى، اليوم الإثنين،'));
    assert.ok(a.paragraphs.at(-1)!.endsWith('وشراء الأسلحة والتدريب المشترك.'));
  });

  test('the repeated title, the font-size widget and the contributors label are dropped with their reasons', () => {
    const a = readText(raw);
    assert.ok(a.dropped.some((d) => d.text === TITLE && d.reason === 'repeated title'));
    assert.ok(a.dropped.some((d) => d.text === '+ الخط -' && d.reason === 'font-size widget'));
    assert.ok(a.dropped.some((d) => d.text === 'المساهمون' && d.reason === 'contributors label'));
    assert.ok(a.dropped.some((d) => d.text === '12 سبتمبر 2022' && d.reason === 'dateline'));
    assert.equal(a.dropped.length, 4);
  });

  test('given metadata wins; the title line copying the given title is dropped too', () => {
    const a = readText(raw, { title: TITLE, published: '2022-09-12T10:00:00+01:00', url: 'https://example.org/a' });
    assert.equal(a.title, TITLE);
    assert.equal(a.published, '2022-09-12T10:00:00+01:00');
    assert.equal(a.url, 'https://example.org/a');
    assert.equal(a.dropped.filter((d) => d.reason === 'repeated title').length, 2);
    assert.equal(a.paragraphs.length, 9);
  });

  test('CRLF line ends, a BOM and trailing spaces change nothing', () => {
    const a = readText(raw);
    const b = readText(`\ufeff${raw.split('\n').map((l) => `${l} \u00a0`).join('\r\n')}`);
    assert.deepEqual(b, a);
  });
});
