/**
 * Catastrophic backtracking: each regex-heavy component gets 100 KB inputs made of long runs of the
 * characters its regular expressions repeat — spaces, dots, digits (Latin and Arabic-Indic),
 * Arabic letters, `/`, `-`, `:`, harakat, tatweel, brackets, `<`, `&` — each ending in a character
 * that makes the match fail late. A backtracking regex is quadratic or worse on such runs (100 KB
 * would take minutes); each call must finish within 2 s. The slowest time of each component is
 * reported as a diagnostic.
 */
import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeToDoc } from '../../src/analyze.ts';
import type { Doc } from '../../src/doc/types.ts';
import { tagTimexes } from '../../src/dates/index.ts';
import { codeEvents } from '../../src/events/code.ts';
import { normalizeView } from '../../src/lang/ar/normalize.ts';
import { isCreditLine, splitCaptionCredit } from '../../src/reader/captions.ts';
import { parseDateline, parseTimestamp } from '../../src/reader/dateline.ts';
import { foldForMatch, matchDebris, titleKey } from '../../src/reader/debris.ts';
import { readHtml } from '../../src/reader/html.ts';
import { collapse, decodeEntities, normaliseDate, parseJsonLd, stripSiteName } from '../../src/reader/html-meta.ts';
import { scanHtml } from '../../src/reader/html-scan.ts';
import { readText } from '../../src/reader/text.ts';
import { RasdError } from '../../src/errors.ts';
import { tokenize } from '../../src/tokenize/tokenizer.ts';
import { PLOVER_TYPES } from '../../src/events/ontology.ts';

/** The size of each input, in UTF-16 code units. */
const SIZE = 100_000;
/** The bound on one call (generous: the linear code takes well under 100 ms on these). */
const LIMIT_MS = 2_000;
const GUARD = { timeout: 60_000 };

/** Units whose long runs the project's regexes repeat over, alone and in the pairs they alternate. */
const UNITS = [
  ' ', '.', '1', '١', 'ب', '/', '-', ':', '\u064e', '\u0640', ')', '(', '،', '\u00a0',
  '1 ', '1.', '1/', '1-', '١/', 'ب ', 'ب.', ' .', '- ', 'بَ', 'ـب', '2022-', 'من ', 'يوم ', 'عام 1',
  'a.', 'a@', 'www.', '#', '&#', '<', '<a ', '<!--', '"', '&#1575;',
];
/** What ends a run: something that makes a pattern fail after having read the whole run. */
const ENDS = ['', 'x', ' ب'];

/** `unit` repeated to SIZE code units, then `end`. */
const runOf = (unit: string, end: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE) + end;

/** Runs `fn` on every pathological input; fails on a call over LIMIT_MS; reports the slowest. */
async function timeEach(t: TestContext, name: string, fn: (input: string) => unknown, inputs: readonly string[] = UNITS.flatMap((u) => ENDS.map((e) => runOf(u, e)))): Promise<void> {
  let worst = 0;
  let worstInput = '';
  for (const input of inputs) {
    const t0 = performance.now();
    try {
      await fn(input);
    } catch (err) {
      if (!(err instanceof RasdError)) throw err;
    }
    const ms = performance.now() - t0;
    if (ms > worst) (worst = ms), (worstInput = input);
    assert.ok(ms < LIMIT_MS, `${name} took ${Math.round(ms)} ms on ${JSON.stringify(input.slice(0, 12))}… (${input.length} code units)`);
  }
  t.diagnostic(`${name}: ${inputs.length} inputs of ${SIZE / 1000} KB, slowest ${Math.round(worst)} ms (${JSON.stringify(worstInput.slice(0, 8))}…)`);
}

describe('no catastrophic backtracking (100 KB runs, < 2 s a call)', () => {
  test('text reader: debris patterns, datelines, captions, titles', GUARD, async (t) => {
    // debris rules and the dateline parser see short lines (the reader only gives them lines up to
    // their limits): each line is a cut of the run, in every zone
    await timeEach(t, 'matchDebris', (s) => {
      const folded = foldForMatch(s);
      for (const zone of ['head', 'middle', 'tail'] as const) matchDebris(folded, zone, zone !== 'middle');
    });
    await timeEach(t, 'parseDateline / parseTimestamp', (s) => (parseDateline(s), parseTimestamp(s)));
    await timeEach(t, 'captions', (s) => (splitCaptionCredit(s), splitCaptionCredit(s, { agencyOnly: true }), isCreditLine(s)));
    await timeEach(t, 'titleKey', (s) => titleKey(s));
    // the whole reader on one 100 KB line between short ones, and on 100 KB of short lines
    await timeEach(t, 'readText', (s) => readText(`عنوان الخبر\n${s}\nقال الوزير إن الوفد وصل.\n${s.slice(0, 200)}\n`));
    await timeEach(t, 'readText (lines)', (s) => readText(s.replaceAll(' ', '\n')), UNITS.filter((u) => u.includes(' ')).map((u) => runOf(u, 'x')));
  });

  test('normaliser and tokeniser', GUARD, async (t) => {
    await timeEach(t, 'normalizeView', (s) => normalizeView(s));
    await timeEach(t, 'tokenize', (s) => tokenize(s));
  });

  test('date parsers and refiners (the time tagger)', GUARD, async (t) => {
    await timeEach(t, 'tagTimexes', (s) => tagTimexes(s, { referenceDate: '2022-09-12' }));
    await timeEach(t, 'tagTimexes (no reference)', (s) => tagTimexes(s, { referenceDate: null }), ['1 ', '١/', 'يوم ', 'عام 1', 'من ', '12/'].map((u) => runOf(u, 'x')));
  });

  test('event triggers (the event coder on a Doc of 100 KB of trigger words)', GUARD, async (t) => {
    // the Doc is built by the pipeline once per input; only codeEvents is timed
    // one clause of 100 KB (no stop) made the coder quadratic: 4.4 s for «زار الرئيس المغربي مصر» repeated
    const triggerRuns = ['زيارة ', 'زار الرئيس المغربي مصر ', 'هجوم على ', 'بين مصر و'].map((u) => runOf(u, '.'));
    const docs: Doc[] = [];
    for (const text of triggerRuns) {
      docs.push(await analyzeToDoc(text, { pipeline: ['tokenize', 'sentences', 'timex', 'ner', 'actors'], timeBudgetMs: Infinity }));
    }
    let i = 0;
    await timeEach(t, 'codeEvents', () => {
      const events = codeEvents(docs[i++]!, { referenceDate: '2022-09-12' });
      for (const e of events) assert.ok((PLOVER_TYPES as readonly string[]).includes(e.type));
    }, docs.map((d) => d.text));
  });

  test('HTML: the pre-scan, metadata (date normalisation, JSON-LD, entities, titles), captions', GUARD, async (t) => {
    await timeEach(t, 'scanHtml', (s) => scanHtml(s, 500));
    await timeEach(t, 'normaliseDate', (s) => (normaliseDate(s), normaliseDate(s.slice(0, 100))));
    await timeEach(t, 'parseJsonLd', (s) => (parseJsonLd(s), parseJsonLd(`<!--{"a": "${s}"}-->`), parseJsonLd(`// <![CDATA[\n{"a": "${s}",}\n// ]]>`)));
    await timeEach(t, 'decodeEntities / collapse', (s) => decodeEntities(collapse(s)));
    await timeEach(t, 'stripSiteName', (s) => (stripSiteName(s, [], true), stripSiteName(`${s} | الجزيرة نت`, ['x'], false)));
    // whole pages: the run as a JSON-LD string, a meta date, a title, and a caption credit
    const PARA = 'هذا نص عربي طويل بما يكفي ليكون فقرة من مقال إخباري حقيقي عن الأحداث الجارية في المنطقة. '.repeat(4);
    const page = (s: string): string => {
      const attr = s.replace(/["<>&]/g, ' ');
      return `<html><head><title>${attr}</title><meta property="article:published_time" content="${attr}"><script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(s)},"datePublished":${JSON.stringify(s)}}</script></head>` +
        `<body><article><h1>عنوان</h1><p>${PARA}</p><figure><img src="x"><figcaption>صورة <span class="credit">${attr}</span></figcaption></figure><time datetime="${attr}">x</time><p>${PARA}</p></article></body></html>`;
    };
    await timeEach(t, 'readHtml', (s) => readHtml(page(s)), ['1', ' ', ')', '2022-', 'ب '].map((u) => runOf(u, 'x')));
  });
});
