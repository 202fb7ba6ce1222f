/**
 * Comparing a TIMEX3 value with the publication day (src/dates/compare.ts): when does the period a
 * value names begin? The event coder keeps a date after publication off a past act with it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOfPartOfDay, periodStart, shiftDay, startsAfter } from '../../src/dates/compare.ts';

describe('startsAfter: does a date value start after the publication day', () => {
  const rows: [string, string, boolean][] = [
    ['FUTURE_REF', '2023-03-15', true],
    ['2023-SU', '2023-03-15', true],
    ['2023-SP', '2023-03-15', false],
    ['2023-04', '2023-03-15', true],
    ['2023-03', '2023-03-15', false],
    ['2023-03-16', '2023-03-15', true],
    ['2023-03-15', '2023-03-15', false],
    ['2023-W12', '2023-03-15', true], // Monday 20 March
    ['2023-W11', '2023-03-15', false],
    ['2023-Q2', '2023-03-15', true],
    ['2023', '2023-03-15', false],
    ['2024', '2023-03-15', true],
    ['2021-11-24', '2023-03-15', false],
    ['PRESENT_REF', '2023-03-15', false],
    // winter YYYY-WI runs from December of YYYY−1 (bug: it was taken to start in December of YYYY)
    ['2021-WI', '2021-11-15', false],
    ['2022-WI', '2021-12-15', false],
    ['2022-WI', '2021-11-15', true],
    // a week that starts in the year before holds the day (bug: the year alone was compared first)
    ['2026-W01', '2025-12-30', false],
    ['2026-W01', '2025-12-20', true],
  ];
  for (const [value, dct, want] of rows) test(`${value} after ${dct}: ${want}`, () => assert.equal(startsAfter(value, dct), want));
});

describe('periodStart: the first day of the period a value names', () => {
  const rows: [string, string | null][] = [
    ['2023-03-15', '2023-03-15'],
    ['2023-03', '2023-03-01'],
    ['2023', '2023-01-01'],
    ['2023-W12', '2023-03-20'],
    ['2023-SU', '2023-06-01'],
    ['2023-WI', '2022-12-01'],
    ['2023-Q3', '2023-07-01'],
    ['2023-H2', '2023-07-01'],
    ['PAST_REF', null],
    ['P3D', null],
  ];
  for (const [value, want] of rows) {
    test(`${value} starts ${want}`, () => {
      const t = periodStart(value);
      assert.equal(t === null ? null : new Date(t).toISOString().slice(0, 10), want);
    });
  }
});

describe('dayOfPartOfDay: an event is dated by its day, not by the part of it', () => {
  const rows: [string, string][] = [
    ['2022-06-30TMO', '2022-06-30'],
    ['2019-03-24TEV', '2019-03-24'],
    ['2018-07-07TAF', '2018-07-07'],
    ['2015-07-24TNI', '2015-07-24'],
    ['2020-01-01TMI', '2020-01-01'],
    ['2020-01-01TDT', '2020-01-01'],
    // a clock time, a partial date, a range and a reference are kept as they are
    ['2022-09-12T14:30', '2022-09-12T14:30'],
    ['2022-09', '2022-09'],
    ['2022-09-12/2022-09-15', '2022-09-12/2022-09-15'],
    ['XXXX-XX-XXTNI', 'XXXX-XX-XXTNI'],
    ['PRESENT_REF', 'PRESENT_REF'],
  ];
  for (const [value, want] of rows) test(`${value} → ${want}`, () => assert.equal(dayOfPartOfDay(value), want));
});

describe('shiftDay: a day value some days off (غداة, عشية)', () => {
  const rows: [string, number, string | null][] = [
    ['2022-01-30', -1, '2022-01-29'],
    ['2022-03-01', -1, '2022-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2021-12-31', 1, '2022-01-01'],
    ['2019-03-25TEV', -1, '2019-03-24TEV'],
    ['2022-01', -1, null],
    ['2022-W05', -1, null],
    ['2022-01-30T10:00', -1, null],
    ['PRESENT_REF', 1, null],
  ];
  for (const [value, days, want] of rows) test(`${value} ${days > 0 ? '+' : ''}${days} → ${want}`, () => assert.equal(shiftDay(value, days), want));
});
