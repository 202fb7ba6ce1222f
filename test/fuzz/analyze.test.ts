/**
 * End-to-end properties of `analyze()` and of the JSON-lines batch (`rasd analyze --jsonl`,
 * src/batch.ts) on hostile input: either output v1 that validates against
 * docs/output-v1.schema.json with every offset invariant holding, or a RasdError with a code that
 * such input may produce — never another exception. The batch answers one output line per input
 * line, in order.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { analyze } from '../../src/analyze.ts';
import { runJsonlBatch } from '../../src/batch.ts';
import { checkOutputV1 } from '../../src/output/check.ts';
import type { AnalysisV1, ErrorLineV1 } from '../../src/output/v1.ts';
import type { AnalyzeInput } from '../../src/reader/input.ts';
import { schemaErrors } from '../helpers/schema.ts';
import { assertInputError, checkProperty, hostileText, htmlInput, INPUT_ERROR_CODES, inputObject, jsonLineBytes, referenceDate, textInput, webish } from './fuzz.ts';
import { timexValueProblem } from './timex.ts';

type SpanLike = { start: number; end: number };
const inside = (inner: SpanLike, outer: SpanLike): boolean => inner.start >= outer.start && inner.end <= outer.end;
const inOne = (s: SpanLike, outers: readonly SpanLike[]): boolean => outers.some((o) => inside(s, o));

/**
 * Everything output v1 promises: the schema, the offset rules of checkOutputV1, and the rules it
 * does not state — sentences and timexes inside paragraphs, entities inside sentences, events
 * pointing to one of the sentences that contains their trigger, argument and place spans equal to
 * their slice, ids that resolve, well-formed timex values, and a JSON round trip that changes nothing.
 */
export function assertOutputV1(out: AnalysisV1): void {
  assert.deepEqual(schemaErrors(out), [], 'output v1 validates against the schema');
  assert.deepEqual(checkOutputV1(out), [], 'output v1 offsets hold');
  const body = out.article.text;
  assert.ok(body.length > 0, 'the body is not empty');
  for (const s of out.sentences) assert.ok(inOne(s, out.paragraphs), `sentence [${s.start}, ${s.end}) inside one paragraph`);
  for (const t of out.timexes) {
    assert.ok(inOne(t, out.paragraphs), `timex ${t.id} inside one paragraph`);
    assert.equal(timexValueProblem(t.type, t.value), null, `timex ${t.id} ${JSON.stringify(t.text)}`);
  }
  for (const e of out.entities) assert.ok(inOne(e, out.sentences), `entity ${e.id} inside one sentence`);
  const sentenceKeys = new Set(out.sentences.map((s) => `${s.start}:${s.end}`));
  const entityIds = new Set(out.entities.map((e) => e.id));
  const timexIds = new Set(out.timexes.map((t) => t.id));
  const slice = (s: SpanLike & { text: string }, what: string): void => {
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= body.length, `${what} inside the text`);
    assert.equal(body.slice(s.start, s.end), s.text, `${what} text is its slice`);
  };
  for (const e of out.events) {
    assert.ok(sentenceKeys.has(`${e.sentence.start}:${e.sentence.end}`), `event ${e.id} sentence is one of the sentences`);
    assert.ok(inside(e.trigger, e.sentence), `event ${e.id} sentence contains its trigger`);
    for (const m of e.mentions) {
      slice(m.trigger, `event ${e.id} mention trigger`);
      assert.ok(sentenceKeys.has(`${m.sentence.start}:${m.sentence.end}`) && inside(m.trigger, m.sentence), `event ${e.id} mention in its sentence`);
    }
    for (const a of [...e.source, ...e.target]) {
      slice(a, `event ${e.id} argument`);
      assert.ok(a.entity === null || entityIds.has(a.entity), `event ${e.id} argument entity ${a.entity}`);
    }
    if (e.location) {
      slice(e.location, `event ${e.id} location`);
      assert.ok(e.location.entity === null || entityIds.has(e.location.entity), `event ${e.id} location entity`);
    }
    assert.ok(e.timex === null || timexIds.has(e.timex), `event ${e.id} timex ${e.timex}`);
    if (e.date !== null) assert.equal(timexValueProblem(e.date.startsWith('P') ? 'DURATION' : 'DATE', e.date), null, `event ${e.id} date`);
  }
  assert.deepEqual(JSON.parse(JSON.stringify(out)), out, 'a JSON round trip changes nothing');
}

/**
 * The bound on one case (inputs reach 1.4 MB of HTML and 50 KB runs of one character; the
 * slowest take well under a second). A case over it is a hang, not a slow machine.
 */
const CASE_LIMIT_MS = 10_000;
/** The slowest case so far, for the report. */
let slowest = 0;

/** Analyses one input and checks the outcome and its time; returns 'ok' or the error code (for the tally). */
async function analyzeChecked(input: AnalyzeInput | string): Promise<string> {
  let out: AnalysisV1;
  const t0 = performance.now();
  try {
    out = await analyze(input);
  } catch (err) {
    assertInputError(err);
    return err.code;
  } finally {
    const ms = performance.now() - t0;
    slowest = Math.max(slowest, ms);
    assert.ok(ms < CASE_LIMIT_MS, `one case took ${Math.round(ms)} ms`);
  }
  assertOutputV1(out);
  return 'ok';
}

/** Counts outcomes of a property's cases, reported with the case count. */
class Tally {
  private readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  toString(): string {
    return [...this.counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  }
}

/** Odd metadata: empty, blank, hostile, of the wrong type. */
const meta = fc.oneof(fc.constant(undefined), fc.constant(null), fc.constantFrom('', ' ', '\u200f'), hostileText(3));

describe('fuzz: analyze() end to end', () => {
  test('text input: output v1 that validates with every offset invariant, or a coded error', async (t) => {
    const tally = new Tally();
    await checkProperty(t, 'analyze text', 100, fc.asyncProperty(textInput, referenceDate, meta, fc.option(webish), async (text, published, title, url) => {
      tally.add(await analyzeChecked({ text, published, title: title as string | null | undefined, url, id: 'fuzz' }));
    }));
    t.diagnostic(`outcomes: ${tally}`);
  });

  test('a plain string: the same', async (t) => {
    const tally = new Tally();
    await checkProperty(t, 'analyze string', 60, fc.asyncProperty(hostileText(80), async (text) => {
      tally.add(await analyzeChecked(text));
    }));
    t.diagnostic(`outcomes: ${tally}`);
  });

  test('HTML input: the same', async (t) => {
    const tally = new Tally();
    await checkProperty(t, 'analyze html', 60, fc.asyncProperty(htmlInput, referenceDate, async (html, published) => {
      tally.add(await analyzeChecked({ html, published }));
    }));
    t.diagnostic(`outcomes: ${tally}`);
  });

  test('input objects of any shape (wrong types, both or neither of text and html): the same', async (t) => {
    const tally = new Tally();
    const anyObject = fc.oneof({ weight: 3, arbitrary: inputObject }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
    await checkProperty(t, 'analyze objects', 80, fc.asyncProperty(anyObject, async (value) => {
      tally.add(await analyzeChecked(value as AnalyzeInput));
    }));
    t.diagnostic(`outcomes: ${tally}`);
  });
});

describe('fuzz: time and memory', () => {
  test('the slowest case, and the live heap after the analyses above', (t) => {
    // the live heap is measured after a full collection (the resident size only shows how lazily V8 gives memory back)
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
    const heapMb = process.memoryUsage().heapUsed / 1e6;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    t.diagnostic(`slowest case ${Math.round(slowest)} ms; live heap ${Math.round(heapMb)} MB; peak resident memory ${Math.round(rssMb)} MB`);
    assert.ok(slowest > 0 && slowest < CASE_LIMIT_MS);
    // models and lexicons take about 100 MB and the word caches are bounded (NER 50,000 words,
    // event variants 100,000): thousands of hostile articles stay near 250 MB
    assert.ok(heapMb < 500, `live heap ${Math.round(heapMb)} MB`);
  });
});

describe('fuzz: the JSON-lines batch', () => {
  test('runJsonlBatch: one output line per input line, in order; each line output v1 or an error line with a coded error', async (t) => {
    const tally = new Tally();
    const batch = fc.tuple(fc.array(jsonLineBytes, { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 8 }));
    await checkProperty(t, 'batch', 25, fc.asyncProperty(batch, async ([lines, cuts]) => {
      // the lines joined by \n and fed in chunks of hostile sizes (a chunk boundary may split a character)
      const all = Buffer.concat(lines.flatMap((l) => [Buffer.from(l), Buffer.from('\n')]));
      async function* chunks(): AsyncGenerator<Uint8Array> {
        let at = 0;
        for (let i = 0; at < all.length; i++) {
          const n = cuts[i % cuts.length]!;
          yield all.subarray(at, at + n);
          at += n;
        }
      }
      const written: string[] = [];
      const result = await runJsonlBatch(chunks(), (line) => void written.push(line));
      assert.equal(written.length, lines.length, 'one output line per input line');
      assert.equal(result.ok + result.failed, lines.length);
      let failed = 0;
      for (const [i, w] of written.entries()) {
        assert.ok(w.endsWith('\n') && !w.slice(0, -1).includes('\n'), 'each output is one line');
        const out = JSON.parse(w) as AnalysisV1 | ErrorLineV1;
        assert.deepEqual(schemaErrors(out), [], `output line ${i + 1} validates against the schema`);
        if ('error' in out) {
          failed++;
          assert.equal(out.line, i + 1, 'an error line names its input line');
          assert.ok(INPUT_ERROR_CODES.has(out.error.code), `error line ${i + 1}: unexpected ${out.error.code}: ${out.error.message}`);
          tally.add(out.error.code);
        } else {
          assertOutputV1(out);
          tally.add('ok');
        }
      }
      assert.equal(result.failed, failed);
    }));
    t.diagnostic(`outcomes: ${tally}`);
  });
});
