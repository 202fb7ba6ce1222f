/**
 * Shared pieces of the fuzz and property suite (issue #10): the run configuration (seed and scale
 * from the environment), the runner that reports how many cases each property ran, and the
 * arbitraries that generate hostile input — Arabic text mixed with Unicode from every plane,
 * combining marks, bidi controls, lone surrogates, control characters, long lines and words, and
 * date-like and trigger-like fragments taken from the project's own data files, so that the
 * taggers fire; HTML pages; JSON lines.
 *
 * - `RASD_FUZZ_SEED` (default 1010): the base seed; each property derives its own from it and its name.
 * - `RASD_FUZZ_RUNS` (default 1): a factor on every property's number of runs (`npm run fuzz` uses 20).
 */
import type { TestContext } from 'node:test';
import fc from 'fast-check';
import { loadData } from '../../src/data.ts';
import { ERROR_CODES, RasdError, type ErrorCode } from '../../src/errors.ts';

// ---------------------------------------------------------------------------------------------
// Configuration and the property runner
// ---------------------------------------------------------------------------------------------

function envNumber(name: string, fallback: number, ok: (n: number) => boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!ok(n)) throw new Error(`${name} must be ${name.endsWith('SEED') ? 'an integer' : 'a positive number'}, not ${JSON.stringify(raw)}`);
  return n;
}

/** The base seed of the run. */
export const FUZZ_SEED = envNumber('RASD_FUZZ_SEED', 1010, Number.isSafeInteger);
/** The factor on every property's number of runs. */
export const FUZZ_SCALE = envNumber('RASD_FUZZ_RUNS', 1, (n) => Number.isFinite(n) && n > 0);

/** A property's own seed: the base seed mixed with a hash of its name (FNV-1a), so properties do not share streams. */
export function propertySeed(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h ^ FUZZ_SEED) | 0;
}

/**
 * Runs a property `baseRuns × RASD_FUZZ_RUNS` times with its seed, fails the test with fast-check's
 * report (counterexample, seed and path to replay it) on the first failure, and reports the number
 * of cases run as a test diagnostic: `fuzz <name>: <n> cases (seed <s>)`.
 */
export async function checkProperty<Ts extends [unknown, ...unknown[]]>(
  t: TestContext,
  name: string,
  baseRuns: number,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
): Promise<number> {
  const numRuns = Math.max(1, Math.round(baseRuns * FUZZ_SCALE));
  const seed = propertySeed(name);
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, { seed, numRuns });
  if (details.failed) {
    const cause = details.errorInstance;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`fuzz ${name}: ${fc.defaultReportMessage(details) ?? 'failed'}\nThe failure: ${why}`, { cause });
  }
  if (details.numRuns !== numRuns) throw new Error(`fuzz ${name}: ran ${details.numRuns} cases of ${numRuns}`);
  t.diagnostic(`fuzz ${name}: ${details.numRuns} cases (seed ${seed})`);
  return details.numRuns;
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/**
 * Codes hostile input may legitimately produce. `E_INTERNAL` (an unexpected exception) and
 * `E_PIPELINE` (a stage that broke its contract) are bugs and fail the properties.
 */
export const INPUT_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'E_EMPTY_INPUT',
  'E_NOT_TEXT',
  'E_BAD_JSON',
  'E_BAD_INPUT',
  'E_TOO_LARGE',
  'E_NO_ARTICLE',
  'E_HTML_TOO_DEEP',
]);

/** Throws unless `err` is a RasdError with a documented code that hostile input may produce. */
export function assertInputError(err: unknown, allowed: ReadonlySet<ErrorCode> = INPUT_ERROR_CODES): asserts err is RasdError {
  if (!(err instanceof RasdError)) {
    throw new Error(`an exception other than a RasdError escaped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  if (!(err.code in ERROR_CODES)) throw new Error(`undocumented error code ${err.code}: ${err.message}`);
  if (!allowed.has(err.code)) throw new Error(`unexpected error ${err.code}: ${err.message}`);
}

// ---------------------------------------------------------------------------------------------
// Words from the project's data files
// ---------------------------------------------------------------------------------------------

const ARABIC_RE = /[\u0621-\u064a]/;

/** Every Arabic string (up to 40 code units) found anywhere in a JSON value. */
function arabicStrings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (value.length <= 40 && ARABIC_RE.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) arabicStrings(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) arabicStrings(v, out);
  }
  return out;
}

const sorted = (s: Set<string>): string[] => [...s].sort();

/** Month names, weekdays, relative words, number words, Hijri periods: what the time tagger looks for. */
export const TIME_WORDS: readonly string[] = sorted(
  ['time/months.json', 'time/weekdays.json', 'time/relative.json', 'time/numbers.json', 'time/hijri.json', 'reader/dateline.json'].reduce(
    (acc, f) => arabicStrings(loadData(f), acc),
    new Set<string>(),
  ),
);

interface TriggerFile { triggers: { forms?: string[]; lemmas?: string[]; phrases?: string[][][] }[] }
/** Event trigger forms and lemmas, and the words of multi-word trigger phrases (data/events/triggers.json). */
export const TRIGGER_WORDS: readonly string[] = sorted(
  loadData<TriggerFile>('events/triggers.json').triggers.reduce((acc, t) => {
    for (const f of [...(t.forms ?? []), ...(t.lemmas ?? [])]) acc.add(f);
    for (const p of t.phrases ?? []) for (const pos of p) for (const w of pos) acc.add(w);
    return acc;
  }, new Set<string>()),
);

interface CountriesFile { countries: { names: string[]; nisbas: string[]; capital: string | null }[] }
/** Country names, their adjectives and capitals (data/actors/countries.json): actors for the event coder. */
export const ACTOR_WORDS: readonly string[] = sorted(
  loadData<CountriesFile>('actors/countries.json').countries.reduce((acc, c) => {
    for (const n of [...c.names, ...c.nisbas.slice(0, 2)]) acc.add(n);
    if (c.capital) acc.add(c.capital);
    return acc;
  }, new Set<string>()),
);

/** Photo and news agency credits (data/reader/credits.json). */
export const CREDITS: readonly string[] = loadData<{ agencies: string[] }>('reader/credits.json').agencies;

/** Everyday words of news prose, for sentences the NER tagger and the actor linker take seriously. */
const PROSE_WORDS = [
  'قال', 'أعلن', 'الرئيس', 'وزير', 'الخارجية', 'الحكومة', 'الجيش', 'الشرطة', 'في', 'من', 'إلى', 'على', 'مع', 'أن',
  'بين', 'اليوم', 'الملك', 'محمد', 'عبد', 'الله', 'وفد', 'عسكري', 'متظاهرين', 'مدينة', 'العاصمة', 'الأمم', 'المتحدة',
  'مجلس', 'الأمن', 'وكالة', 'الأنباء', 'رويترز', 'حماس', 'إسرائيل', 'الاحتلال', 'المغرب', 'مصر', 'الرباط', 'القاهرة',
];

/** Lines that read as page debris: widgets, labels, sign-offs. */
const DEBRIS_LINES = [
  'اقرأ أيضا', 'اقرأ أيضاً:', 'شارك', 'مشاركة', 'حجم الخط', 'تصغير الخط', 'تكبير الخط', 'طباعة', 'أرسل لصديق',
  'جميع الحقوق محفوظة', 'تابعونا على تويتر', 'المصدر: الجزيرة', 'بقلم:', 'نشر في', 'آخر تحديث', 'الكلمات الدالة:',
  'Share', 'Tweet', 'Read more', 'Advertisement', '© 2022', 'واس', 'وكالات',
];

// ---------------------------------------------------------------------------------------------
// Text arbitraries
// ---------------------------------------------------------------------------------------------

const codeUnits = (from: number, to: number): fc.Arbitrary<string> => fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));
const codePoints = (from: number, to: number): fc.Arbitrary<string> => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));
/** `n` copies of a unit drawn from `unit` (each copy drawn anew), joined. */
const run = (unit: fc.Arbitrary<string>, maxLength: number, minLength = 1): fc.Arbitrary<string> =>
  fc.array(unit, { minLength, maxLength }).map((xs) => xs.join(''));
/** One value repeated `1..max` times. */
const repeated = (unit: fc.Arbitrary<string>, max: number): fc.Arbitrary<string> =>
  fc.tuple(unit, fc.integer({ min: 1, max })).map(([u, n]) => u.repeat(n));

export const arabicLetter = codeUnits(0x0621, 0x064a);
/** Harakat, superscript alef, hamza above/below, Quranic marks. */
export const harakah = fc.oneof(codeUnits(0x064b, 0x065f), fc.constantFrom('\u0670', '\u06d6', '\u06e1', '\u06ed', '\u08f0', '\u08ff'));
export const tatweel = fc.constant('\u0640');
/** Bidi embeddings, overrides and isolates, marks, zero-width characters and the BOM. */
export const bidiControl = fc.oneof(
  codeUnits(0x202a, 0x202e),
  codeUnits(0x2066, 0x2069),
  fc.constantFrom('\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'),
);
/** Combining marks of several scripts (Latin, Cyrillic, Hebrew, Devanagari, symbols, half marks) and Hangul jamo. */
export const combiningMark = fc.oneof(
  codeUnits(0x0300, 0x036f),
  codeUnits(0x0483, 0x0489),
  codeUnits(0x0591, 0x05c7),
  codeUnits(0x0900, 0x0903),
  codeUnits(0x1ab0, 0x1aff),
  codeUnits(0x20d0, 0x20ff),
  codeUnits(0xfe20, 0xfe2f),
  codeUnits(0x1160, 0x11ff),
  codeUnits(0x3099, 0x309a),
);
/** A lone high or low surrogate (half of a pair without its other half). */
export const loneSurrogate = codeUnits(0xd800, 0xdfff);
/** NUL, C0 and C1 controls, DEL, U+FFFD, noncharacters. */
export const controlChar = fc.oneof(codeUnits(0x0000, 0x001f), codeUnits(0x007f, 0x009f), fc.constantFrom('\ufffd', '\ufffe', '\uffff'));
/** Any code point of any plane (surrogate pairs for the supplementary planes). */
export const anyCodePoint = fc.oneof(
  codePoints(0x0000, 0xd7ff),
  codePoints(0xe000, 0xffff),
  codePoints(0x10000, 0x10ffff),
  codePoints(0x1f300, 0x1faff), // emoji
  codePoints(0x1ee00, 0x1eeff), // Arabic mathematical alphabetic symbols (NFKC → Arabic letters)
  codePoints(0xe0000, 0xe007f), // tags
);
/** Arabic presentation forms (ligatures that NFKC expands, ﷺ, ﷽, ﻻ), Arabic Extended, Syriac, Thaana. */
export const presentationForm = fc.oneof(codeUnits(0xfb50, 0xfdff), codeUnits(0xfe70, 0xfeff), codeUnits(0x0750, 0x077f), codeUnits(0x08a0, 0x08ff), codeUnits(0x0700, 0x074f));
/** Whitespace of every kind, blank lines included. */
export const whitespace = fc.oneof(
  { weight: 6, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\t', '\n\n', '\f', '\v') },
  { weight: 1, arbitrary: fc.constantFrom('\u00a0', '\u2000', '\u2003', '\u200a', '\u3000', '\u2028', '\u2029', '\u0085', '\u1680', '\u202f') },
  { weight: 1, arbitrary: repeated(fc.constantFrom('\n', ' ', '\r\n', '\n \n'), 60) },
);
const latinDigit = codeUnits(0x30, 0x39);
const indicDigit = codeUnits(0x0660, 0x0669);
const persianDigit = codeUnits(0x06f0, 0x06f9);
export const digits = fc.oneof(run(latinDigit, 6), run(indicDigit, 6), run(persianDigit, 4), run(fc.oneof(latinDigit, indicDigit), 8));
export const punctuation = fc.constantFrom(
  '.', '،', '؛', '؟', '!', '?', '…', '...', ':', '«', '»', '"', "'", '(', ')', '[', ']', '{', '}', '-', '–', '—', '/', '\\',
  ',', ';', '%', '٪', '٫', '٬', '#', '@', '&', '*', '_', '|', '<', '>', '$', '€', '£', '۔', '‼', '⁉', '“', '”', '‘', '’', '.‏',
);
/** A number or date-like shape with Latin, Arabic-Indic or mixed digits. */
export const numberish = fc.oneof(
  fc.tuple(digits, fc.constantFrom('/', '-', '.', ':', ',', '٫', '٬'), digits).map(([a, s, b]) => a + s + b),
  fc.tuple(digits, fc.constantFrom('/', '-', '.'), digits, digits).map(([a, b, c, d]) => `${a}/${b}${c.length > 0 ? '/' : ''}${d}`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 3000 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 1000, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 33 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
  fc.integer({ min: 1, max: 99999 }).map((n) => n.toLocaleString('ar-EG')),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('1e400', '123456789012345678901234567890', '0.000000001', '-0', '٠٠٠٠', '99999999', '1٫5', '2٬000'),
);
const latinWord = fc.stringMatching(/^[A-Za-z]{1,12}$/);
export const webish = fc.oneof(
  fc.stringMatching(/^https?:\/\/[a-z0-9.-]{1,20}\/[^\s]{0,30}$/),
  fc.stringMatching(/^www\.[a-z]{1,10}\.[a-z]{2,3}$/),
  fc.stringMatching(/^[a-z0-9._-]{1,10}@[a-z]{1,8}\.[a-z]{2,4}$/),
  fc.tuple(fc.constantFrom('#', '@'), fc.oneof(run(arabicLetter, 12), latinWord)).map(([a, b]) => a + b),
);

const pick = (words: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...words);
/** Proclitics written onto a data word (و ف ب ل ك، ال). */
const withClitic = (w: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom('', '', '', 'و', 'ف', 'ب', 'ل', 'وب', 'ال', 'وال', 'بال', 'لل', 'س'), w).map(([c, x]) => c + x);
/** A word from the data files, maybe with a clitic, diacritics or tatweel stuck into it. */
const dataWord = (words: readonly string[]): fc.Arbitrary<string> =>
  fc.tuple(withClitic(pick(words)), fc.option(fc.oneof(harakah, tatweel, bidiControl), { freq: 4 }), fc.nat()).map(([w, extra, at]) => {
    if (extra === null || w.length === 0) return w;
    const i = at % (w.length + 1);
    return w.slice(0, i) + extra + w.slice(i);
  });

/** A date expression built from data words: `12 سبتمبر 2022`, `الأحد 3 رمضان 1444 هـ`, `منذ ثلاثة أيام` … */
export const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 40 }), pick(TIME_WORDS), fc.integer({ min: 0, max: 3000 })).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.tuple(pick(TIME_WORDS), fc.integer({ min: 0, max: 40 }), pick(TIME_WORDS), fc.integer({ min: 1300, max: 1500 })).map(([w, d, m, y]) => `${w} ${d} ${m} ${y} هـ`),
  fc.tuple(pick(['منذ', 'قبل', 'بعد', 'خلال', 'في', 'من', 'إلى', 'حتى', 'بين', 'عام', 'سنة', 'الساعة', 'يوم', 'مساء', 'صباح']), pick(TIME_WORDS), pick(TIME_WORDS)).map((xs) => xs.join(' ')),
  fc.tuple(pick(TIME_WORDS), pick(['الماضي', 'المقبل', 'القادم', 'الحالي', 'نفسه', 'الموافق', 'م', 'هـ'])).map((xs) => xs.join(' ')),
  fc.tuple(fc.constantFrom('من', 'بين'), numberish, fc.constantFrom('إلى', 'و', 'حتى', '-'), numberish).map((xs) => xs.join(' ')),
);
/** A clause with an event trigger and actors around it: `أعلنت مصر توقيع اتفاق مع المغرب`. */
export const triggerLike = fc
  .tuple(pick(ACTOR_WORDS), dataWord(TRIGGER_WORDS), fc.constantFrom('', 'مع', 'على', 'في', 'ضد', 'إلى', 'بين'), pick(ACTOR_WORDS), fc.option(dateLike, { freq: 3 }))
  .map(([a, t, p, b, d]) => [t, a, p, b, d ?? ''].filter((x) => x !== '').join(' '));

/** One fragment of hostile text. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: dataWord(TIME_WORDS) },
  { weight: 8, arbitrary: dataWord(TRIGGER_WORDS) },
  { weight: 5, arbitrary: dataWord(ACTOR_WORDS) },
  { weight: 8, arbitrary: dataWord(PROSE_WORDS) },
  { weight: 4, arbitrary: dateLike },
  { weight: 4, arbitrary: triggerLike },
  { weight: 6, arbitrary: run(arabicLetter, 10) },
  { weight: 3, arbitrary: run(fc.oneof(arabicLetter, harakah, tatweel), 12) },
  { weight: 2, arbitrary: run(fc.oneof(harakah, tatweel), 40) },
  { weight: 3, arbitrary: run(bidiControl, 4) },
  { weight: 2, arbitrary: run(combiningMark, 6) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: controlChar },
  { weight: 4, arbitrary: run(anyCodePoint, 6) },
  { weight: 2, arbitrary: run(presentationForm, 4) },
  { weight: 6, arbitrary: numberish },
  { weight: 5, arbitrary: punctuation },
  { weight: 2, arbitrary: latinWord },
  { weight: 2, arbitrary: webish },
  { weight: 1, arbitrary: pick(DEBRIS_LINES) },
  { weight: 1, arbitrary: fc.tuple(run(arabicLetter, 8), pick(CREDITS)).map(([w, c]) => `صورة ${w} (${c})`) },
  { weight: 1, arbitrary: repeated(fc.oneof(arabicLetter, latinDigit, fc.constantFrom('.', '/', '-', ' ', 'ـ', 'a')), 3000) },
);

/** Hostile text: fragments separated by whitespace (or by nothing), up to `maxFragments`. */
export function hostileText(maxFragments = 40): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fragment, fc.oneof({ weight: 5, arbitrary: whitespace }, { weight: 1, arbitrary: fc.constant('') })), { maxLength: maxFragments, size: 'medium' })
    .map((xs) => xs.map(([f, s]) => f + s).join(''));
}

/** Text shaped like an article (a title, paragraphs of prose with dates and triggers, debris lines), then made hostile. */
export function articleLike(maxParagraphs = 8): fc.Arbitrary<string> {
  const sentence = fc
    .array(fc.oneof({ weight: 4, arbitrary: dataWord(PROSE_WORDS) }, { weight: 2, arbitrary: triggerLike }, { weight: 2, arbitrary: dateLike }, { weight: 1, arbitrary: fragment }), { minLength: 3, maxLength: 14 })
    .chain((ws) => fc.constantFrom('.', '،', '؟', '!', '', '…', '.»', '. ').map((end) => ws.join(' ') + end));
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
  const line = fc.oneof({ weight: 6, arbitrary: paragraph }, { weight: 1, arbitrary: pick(DEBRIS_LINES) }, { weight: 1, arbitrary: hostileText(6) }, { weight: 1, arbitrary: dateLike });
  return fc
    .tuple(fc.option(sentence, { freq: 2 }), fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\n\n\n\n', '\n \u200f\n')), { minLength: 1, maxLength: maxParagraphs }))
    .map(([title, lines]) => (title ?? '') + '\n' + lines.map(([l, sep]) => l + sep).join(''));
}

/** Scraped text input: mostly article-like, sometimes pure noise, sometimes one very long line or word. */
export const textInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: articleLike() },
  { weight: 3, arbitrary: hostileText(60) },
  { weight: 1, arbitrary: fc.tuple(articleLike(3), repeated(fragment, 400)).map(([a, r]) => a + '\n' + r) },
  { weight: 1, arbitrary: fc.tuple(repeated(fc.oneof(arabicLetter, harakah, fc.constantFrom('ـ', '.', ' ', '/', '-', '1', '١')), 50_000), articleLike(2)).map(([r, a]) => r + '\n' + a) },
  { weight: 1, arbitrary: fc.tuple(articleLike(2), repeated(fc.constantFrom('\n', '\n\n', '\r\n', ' \n'), 2_000)).map(([a, n]) => n + a + n) },
);

/** An ISO publication date, or null, or an out-of-range but well-formed one. */
export const referenceDate: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2022-09-12', '2022-09-12T10:30:00+03:00', '2024-02-29', '0001-01-01', '9999-12-31', '1900-03-01T23:59'),
);

// ---------------------------------------------------------------------------------------------
// HTML arbitraries
// ---------------------------------------------------------------------------------------------

const TAGS = [
  'div', 'p', 'span', 'article', 'section', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'a', 'b', 'i', 'u',
  'em', 'strong', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'img', 'br', 'time', 'blockquote',
  'pre', 'code', 'select', 'option', 'form', 'input', 'button', 'iframe', 'svg', 'math', 'template', 'noscript', 'font',
  'center', 'marquee', 'x-widget', 'o:p', 'ARTICLE', 'Div', 'textarea', 'title', 'plaintext', 'xmp',
];
const ATTR_NAMES = ['class', 'id', 'style', 'href', 'src', 'alt', 'datetime', 'content', 'property', 'itemprop', 'role', 'dir', 'lang', 'title', 'data-x', 'onload', 'x', 'class'];
const CLASS_WORDS = ['article', 'content', 'body', 'post', 'entry', 'caption', 'date', 'time', 'published', 'share', 'related', 'comments', 'sidebar', 'ad', 'menu', 'footer', 'byline', 'author', 'tags'];

/** An attribute value: plain, a class list, a date, quotes and entities, or a huge value (up to 200 KB). */
const attrValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(pick(CLASS_WORDS), { maxLength: 3 }).map((xs) => xs.join(' ')) },
  { weight: 2, arbitrary: fc.oneof(numberish, dateLike, referenceDate.map((d) => d ?? '')) },
  { weight: 2, arbitrary: hostileText(4) },
  { weight: 1, arbitrary: fc.constantFrom('"', "'", '&quot;', '&amp;', '<b>', 'javascript:alert(1)', '') },
  { weight: 1, arbitrary: repeated(fc.constantFrom('a', 'ب', ' ', '"', '&', '<', '>', '='), 200_000) },
);
const attribute = fc.tuple(pick(ATTR_NAMES), attrValue, fc.constantFrom('"', "'", '', '"')).map(([n, v, q]) =>
  q === '' ? `${n}=${v.replace(/[\s"'<>=`]/g, '') || 'x'}` : `${n}=${q}${v.replaceAll(q, q === '"' ? '&quot;' : '&#39;')}${q}`,
);
const entity = fc.constantFrom('&amp;', '&lt;', '&gt;', '&nbsp;', '&#1575;', '&#x627;', '&#0;', '&#xD800;', '&#99999999;', '&#x110000;', '&bogus;', '&', '&#', '&#x;', '&rlm;', '&zwnj;', '&amp');
/** Text inside HTML: prose, hostile text, entities. */
const htmlText = fc.oneof(
  { weight: 5, arbitrary: articleLike(2).map((s) => s.replace(/</g, '&lt;')) },
  { weight: 3, arbitrary: hostileText(10) },
  { weight: 1, arbitrary: run(entity, 6) },
);
/** Raw fragments: comments (some unclosed), CDATA, doctype, stray end tags, script and style bodies, JSON-LD (some malformed). */
const rawHtml = fc.oneof(
  fc.tuple(hostileText(4)).map(([s]) => `<!--${s}-->`),
  fc.constantFrom('<!--', '<!-- unclosed', '-->', '<![CDATA[x]]>', '<!doctype html>', '</div>', '</p></p>', '</article>', '<', '<<>>', '</>', '<p', '<a href="', '<?xml version="1.0"?>', '<br/>', '</br>', '<script>', '</script>', '<style>'),
  hostileText(4).map((s) => `<script>var x = "${s}";</script>`),
  fc.constant('<style>p { font-size: 12px } /* </p> */</style>'),
  fc.tuple(referenceDate, fc.option(hostileText(3)), fc.boolean()).map(([d, h, ok]) => {
    const json = `{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(h ?? 'عنوان')},"datePublished":${JSON.stringify(d ?? 'غدا')}}`;
    return `<script type="application/ld+json">${ok ? json : json.slice(0, Math.max(1, json.length - 7)) + ',,}'}</script>`;
  }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`),
  fc.tuple(pick(['og:title', 'article:published_time', 'og:url', 'date', 'pubdate', 'description']), attrValue).map(([p, v]) => `<meta property="${p}" content="${v.replaceAll('"', '&quot;')}">`),
);

interface HtmlTree { readonly html: string }
/** A tree of elements with attributes, text and raw fragments; some end tags left out. */
const htmlTree: fc.Arbitrary<string> = fc.letrec<{ node: HtmlTree; children: HtmlTree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    htmlText.map((html) => ({ html })),
    rawHtml.map((html) => ({ html })),
    fc.tuple(pick(TAGS), fc.array(attribute, { maxLength: 3 }), tie('children'), fc.boolean()).map(([tag, attrs, kids, close]) => ({
      html: `<${tag}${attrs.map((a) => ' ' + a).join('')}>${kids.map((k) => k.html).join('')}${close ? `</${tag}>` : ''}`,
    })),
  ),
  children: fc.array(tie('node'), { maxLength: 5 }) as fc.Arbitrary<HtmlTree[]>,
})).node.map((n) => n.html);

/** Deep nesting: `depth` open tags (up to 700, past the 500 limit), closed or not. */
const deepHtml = fc.tuple(fc.integer({ min: 1, max: 700 }), pick(['div', 'span', 'b', 'section', 'blockquote', 'table', 'p', 'font']), fc.boolean(), articleLike(2)).map(
  ([depth, tag, close, text]) => `<${tag}>`.repeat(depth) + `<p>${text}</p>` + (close ? `</${tag}>`.repeat(depth) : ''),
);

/** An article page (so Readability runs) with hostile parts mixed in. */
const articlePage = fc
  .tuple(fc.array(rawHtml, { maxLength: 3 }), fc.option(hostileText(4)), articleLike(6), fc.array(htmlTree, { maxLength: 3 }), fc.array(attribute, { maxLength: 2 }))
  .map(([head, title, body, extra, attrs]) => {
    const paras = body.split(/\n+/).filter((l) => l.trim() !== '').map((l) => `<p>${l.replace(/</g, '&lt;')}</p>`);
    const mid = Math.floor(paras.length / 2);
    return `<!doctype html><html dir="rtl"><head><meta charset="utf-8"><title>${title ?? ''}</title>${head.join('')}</head><body><article ${attrs.join(' ')}><h1>${title ?? 'عنوان'}</h1>${paras.slice(0, mid).join('')}${extra.join('')}${paras.slice(mid).join('')}</article></body></html>`;
  });

/** An HTML input: an article page with hostile parts, a random tree, deep nesting, or hostile text as HTML. */
export const htmlInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: articlePage },
  { weight: 3, arbitrary: htmlTree },
  { weight: 1, arbitrary: deepHtml },
  { weight: 1, arbitrary: hostileText(30) },
  { weight: 1, arbitrary: fc.tuple(articlePage, deepHtml).map(([a, d]) => a.replace('</article>', d + '</article>')) },
);

// ---------------------------------------------------------------------------------------------
// JSON lines
// ---------------------------------------------------------------------------------------------

/** A field value of the wrong type, or an odd one of the right type. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, [], {}, '', ' ', '\u0000', 'null'),
  fc.jsonValue({ maxDepth: 3 }),
  numberish,
  hostileText(3),
);
/** A valid input object: text or HTML, with hostile but well-typed metadata. */
const validObject: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: textInput.map((text) => ({ text })) }, { weight: 1, arbitrary: htmlInput.map((html) => ({ html })) }),
    fc.record(
      {
        id: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null)),
        title: fc.option(hostileText(4)),
        published: fc.oneof(referenceDate, fc.constantFrom('2022-09-12 10:30', '2022-09-12T10:30:00+0300', ' 2022-09-12 ', '')),
        url: fc.option(webish),
        source: fc.option(hostileText(2)),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([body, rest]) => ({ ...rest, ...body }));

/** An input object: mostly valid; sometimes one field of the wrong type, an unknown field, both or neither of text and html. */
export const inputObject: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(validObject, fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom('id', 'text', 'html', 'title', 'published', 'url', 'source', 'extra'), oddValue) }))
  .map(([o, change]) => {
    if (change === null) return o;
    const [k, v] = change;
    return { ...o, [k]: v };
  });

/** Serialises a value as JSON with a few hostile twists: a duplicate key, a BOM, CRLF, spaces, lone-surrogate escapes. */
const jsonText = fc.tuple(inputObject, fc.nat({ max: 9 })).map(([o, twist]) => {
  const s = JSON.stringify(o);
  switch (twist) {
    case 0: return s.replace(/^\{/, '{"text":"مكرر",'); // duplicate key (the last one wins in JSON.parse)
    case 1: return '\ufeff' + s;
    case 2: return `  ${s}\t `;
    case 3: return s.replace(/"text":"/, '"text":"\\ud800\\u0000');
    default: return s;
  }
});

/** One JSON line as bytes: a hostile input object, malformed or deeply nested JSON, huge numbers, invalid UTF-8, blank lines. */
export const jsonLineBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 8, arbitrary: jsonText.map((s) => new TextEncoder().encode(s)) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\r', '\ufeff', 'null', '[]', '"text"', '{}', '{"text":', '{"text": "a"} {"text": "b"}', '{"text":"نص"', '1e400', '123456789012345678901234567890').map((s) => new TextEncoder().encode(s)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":')).map(([n, o]) => new TextEncoder().encode(o.repeat(n) + (o === '[' ? ']'.repeat(n) : '1' + '}'.repeat(n)))) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5_000 })).map(([n]) => new TextEncoder().encode(`{"text":"نص ${'9'.repeat(n)}","id":${'9'.repeat(n)},"published":${'1'.repeat(n)}e${n}}`)) },
  {
    weight: 2,
    arbitrary: fc.tuple(jsonText, fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat()).map(([s, bad, at]) => {
      // invalid UTF-8: bytes spliced into a valid line (0x80-0xff alone, overlongs, surrogates)
      const b = new TextEncoder().encode(s);
      const i = at % (b.length + 1);
      const evil = bad.map((x) => 0x80 | x);
      const out = new Uint8Array(b.length + evil.length);
      out.set(b.subarray(0, i), 0);
      out.set(evil, i);
      out.set(b.subarray(i), i + evil.length);
      return out;
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom([0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xef, 0xbb, 0xbf, 0x7b, 0x7d], [0x00]).map((a) => Uint8Array.from(a)) },
);
