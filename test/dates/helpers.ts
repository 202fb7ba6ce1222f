/**
 * Table-driven helpers for the date tagger tests (chrono's `testSingleCase` /
 * `testUnexpectedResult`): every case has a fixed reference date and asserts the exact span
 * (start, end, text), the value, the type and the parser that made it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes, type Timex } from '../../src/dates/index.ts';

/** The default reference date of the tests: Monday 12 September 2022 (the seed article). */
export const REF = '2022-09-12';

/** One case: the input, the expected expression (a substring of it, first occurrence unless `at`), value and type. */
export interface Case {
  text: string;
  span: string;
  value: string;
  type?: Timex['type'];
  ref?: string | null;
  /** Index of the expected start when `span` occurs more than once. */
  at?: number;
  /** Expected tag (defaults to the suite's parser). */
  tag?: string;
}

function show(ts: Timex[]): string {
  return ts.map((t) => `${t.start}-${t.end} «${t.text}» ${t.type} ${t.value} [${t.tags.join(',')}]`).join('\n');
}

/** Asserts that `c.text` yields exactly one timex, the expected one. */
export function testSingleCase(c: Case, tag: string): void {
  test(`${tag} «${c.text}» → «${c.span}» ${c.value}`, () => {
    const ts = tagTimexes(c.text, { referenceDate: c.ref === undefined ? REF : c.ref });
    const start = c.at ?? c.text.indexOf(c.span);
    assert.ok(start >= 0, 'the expected span is in the text');
    const trace = `\n${show(ts)}`;
    assert.equal(ts.length, 1, `one timex expected, got:${trace}`);
    const t = ts[0]!;
    assert.equal(t.text, c.span, trace);
    assert.equal(t.start, start, trace);
    assert.equal(t.end, start + c.span.length, trace);
    assert.equal(c.text.slice(t.start, t.end), t.text);
    assert.equal(t.value, c.value, trace);
    if (c.type) assert.equal(t.type, c.type, trace);
    const want = c.tag ?? tag;
    assert.ok(t.tags.some((x) => x.endsWith(`/${want}`)), `tag ${want} expected:${trace}`);
  });
}

/** Runs a table of single cases made by one parser. */
export function testCases(tag: string, cases: Case[]): void {
  for (const c of cases) testSingleCase(c, tag);
}

/** Asserts that `text` yields no timex at all (or none overlapping `span` when given). */
export function testUnexpectedResult(text: string, span?: string, ref: string | null = REF): void {
  test(`no timex in «${span ?? text}»${span ? ` of «${text}»` : ''}`, () => {
    const ts = tagTimexes(text, { referenceDate: ref });
    if (span === undefined) {
      assert.equal(ts.length, 0, `no timex expected, got:\n${show(ts)}`);
      return;
    }
    const s = text.indexOf(span);
    const e = s + span.length;
    const hits = ts.filter((t) => t.start < e && s < t.end);
    assert.equal(hits.length, 0, `no timex over «${span}» expected, got:\n${show(hits)}`);
  });
}
