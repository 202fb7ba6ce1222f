/**
 * Regular-expression denial of service: every debris pattern (data/reader/debris.json), the
 * dateline parser and the text reader must take linear time on adversarial lines — one long
 * word, hundreds of one-letter words, runs of spaces or punctuation after a pattern's prefix.
 * A pattern such as `(?:X+\s*){1,8}$` splits one long word in exponentially many ways and hangs;
 * each repetition must be unambiguous (`X+(?:\s+X+){0,7}$`).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadData } from '../../src/data.ts';
import { foldForMatch, matchDebris, type LineZone } from '../../src/reader/debris.ts';
import { parseDateline, parseTimestamp } from '../../src/reader/dateline.ts';
import { readText } from '../../src/reader/text.ts';
import { RasdError } from '../../src/errors.ts';

interface DebrisFile {
  rules: { reason: string; where: string; patterns: string[] }[];
}

/**
 * A short string matched by a regular expression source: the first alternative of every group,
 * the minimum count of every quantifier, the first character of every class (a letter for a
 * negated class). Lookarounds are skipped. Enough for the patterns of debris.json.
 */
export function sampleOf(src: string): string {
  let i = 0;
  const classEscape = (c: string): string => {
    switch (c) {
      case 's':
        return ' ';
      case 'S':
      case 'D':
      case 'W':
        return 'x';
      case 'd':
        return '1';
      case 'w':
        return 'a';
      default:
        return c;
    }
  };
  const escape = (): string => {
    const c = src[i + 1]!;
    i += 2;
    if (c === 'p' || c === 'P') {
      const close = src.indexOf('}', i);
      const name = src.slice(i + 1, close);
      i = close + 1;
      return name.startsWith('N') ? '1' : 'ب';
    }
    return classEscape(c);
  };
  const charClass = (): string => {
    i++; // [
    const negated = src[i] === '^';
    if (negated) i++;
    let first: string | null = null;
    while (i < src.length && src[i] !== ']') {
      const c = src[i] === '\\' ? escape() : src[i++]!;
      first ??= c;
    }
    i++; // ]
    return negated ? 'ب' : (first ?? '');
  };
  const atom = (): string => {
    const c = src[i]!;
    if (c === '^' || c === '$') {
      i++;
      return '';
    }
    if (c === '\\') return escape();
    if (c === '[') return charClass();
    if (c === '.') {
      i++;
      return 'ب';
    }
    if (c === '(') {
      let look = false;
      if (src.startsWith('(?:', i)) i += 3;
      else if (src.startsWith('(?=', i) || src.startsWith('(?!', i)) (i += 3), (look = true);
      else if (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) (i += 4), (look = true);
      else i++;
      const inner = alternatives();
      i++; // )
      return look ? '' : inner;
    }
    i++;
    return c;
  };
  const sequence = (): string => {
    let out = '';
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const a = atom();
      let times = 1;
      const q = src[i];
      if (q === '?' || q === '*') {
        times = 0;
        i++;
      } else if (q === '+') {
        i++;
      } else if (q === '{' && /^\{\d+(?:,\d*)?\}/.test(src.slice(i))) {
        const close = src.indexOf('}', i);
        times = Number(src.slice(i + 1, close).split(',')[0]);
        i = close + 1;
      }
      if (src[i] === '?' && q !== undefined && '?*+{'.includes(q) && times !== 1) i++; // lazy
      else if (src[i] === '?' && q === '+') i++;
      out += a.repeat(times);
    }
    return out;
  };
  const alternatives = (): string => {
    const first = sequence();
    while (src[i] === '|') {
      i++;
      sequence();
    }
    return first;
  };
  return alternatives();
}

const ZONES: LineZone[] = ['head', 'middle', 'tail'];
const B = 'ب';

/** Adversarial lines after a prefix: long words, many short words, runs of spaces and punctuation. */
function adversarial(prefix: string): string[] {
  return [
    prefix + B.repeat(5000) + '.',
    prefix + ' ' + B.repeat(5000) + '.',
    prefix + B.repeat(5000) + ' ب'.repeat(8) + '!',
    prefix + ' ب'.repeat(200) + '.',
    prefix + 'ب '.repeat(200) + 'x',
    prefix + ' '.repeat(200) + 'x',
    prefix + ':'.repeat(2000) + ' ب'.repeat(9) + '.',
    prefix + '*'.repeat(2000) + '.',
    prefix + '-'.repeat(2000) + 'x',
    prefix + ' ('.repeat(200) + 'x',
    prefix + ' - ب'.repeat(200) + '.',
    prefix + '#ب'.repeat(500) + '.',
    '(' + prefix + B.repeat(5000) + ' x',
    '* '.repeat(200) + prefix + ' x.',
    prefix.replace(/ /g, ' '.repeat(200)) + ' x.',
    (prefix + ' ').repeat(100) + '.',
  ];
}

const file = loadData<DebrisFile>('reader/debris.json');
const patterns = file.rules.flatMap((r, ri) => r.patterns.map((p, pi) => ({ id: `${ri}.${pi} ${r.reason}`, src: p })));

/** A few paragraphs so that the adversarial line sits in a head, middle or tail zone. */
const PROSE = 'أعلنت وزارة الخارجية، اليوم الأحد، أن الوزير سيتوجه إلى الخرطوم في زيارة تستمر يومين لبحث ملف سد النهضة مع المسؤولين.';

function readQuietly(raw: string): void {
  try {
    readText(raw);
  } catch (e) {
    assert.ok(e instanceof RasdError, String(e));
  }
}

describe('debris patterns take linear time (ReDoS)', () => {
  test('the sample generator produces a matching line for every pattern', () => {
    for (const { id, src } of patterns) {
      const s = sampleOf(src);
      assert.ok(new RegExp(src, 'iu').test(s), `${id}: sample ${JSON.stringify(s)} does not match`);
    }
  });

  for (const { id, src } of patterns) {
    test(`pattern ${id}`, { timeout: 10000 }, () => {
      const sample = sampleOf(src);
      const raw = new RegExp(src, 'iu');
      for (const line of adversarial(sample)) {
        const folded = foldForMatch(line);
        raw.test(line);
        for (const zone of ZONES) matchDebris(folded, zone, zone !== 'head');
        parseDateline(line.slice(0, 160));
        parseTimestamp(line.slice(0, 40));
      }
    });
  }
});

describe('the reader takes linear time on adversarial lines', () => {
  test('readText: every pattern, lines at the debris length limit, head / middle / tail', { timeout: 10000 }, () => {
    for (const { src } of patterns) {
      for (const long of adversarial(sampleOf(src))) {
        const line = long.slice(0, 219);
        readQuietly(line);
        readQuietly(`${line}\n${PROSE}\n${PROSE}`);
        readQuietly(`${PROSE}\n${PROSE}\n${line}`);
        readQuietly(`${PROSE}\n${line}\n${PROSE}`);
      }
    }
  });
  test('readText: the long adversarial lines themselves', { timeout: 10000 }, () => {
    for (const { src } of patterns) for (const line of adversarial(sampleOf(src))) readQuietly(`${line}\n${PROSE}\n${line}`);
  });
  test('reported hangs', { timeout: 10000 }, () => {
    const lines = [
      'المصدر: ' + B.repeat(60) + '.',
      'نقلا عن ' + B.repeat(60) + '.',
      'المصدر (' + B.repeat(200),
      'ساهم في التغطية ' + B.repeat(60) + ' ب'.repeat(8),
      'بقلم: ' + B.repeat(60) + ' ب'.repeat(7),
      '(' + B.repeat(200) + ' x',
    ];
    for (const l of lines) {
      for (const zone of ZONES) matchDebris(foldForMatch(l), zone);
      readQuietly(`${l}\n${PROSE}\n${l}`);
    }
  });
  test('parseDateline and parseTimestamp on adversarial dates', { timeout: 10000 }, () => {
    const seeds = ['12 سبتمبر 2022', 'نشر في: 2018-08-12 - 14:30', 'الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس', '25/05/2018 09:22', 'الساعة 8 مساء'];
    const lines: string[] = [];
    for (const s of seeds) {
      lines.push(...adversarial(s), s.replace(/ /g, ' '.repeat(60)), '1 '.repeat(79), '12 من شهر '.repeat(15), `${s} ${'- '.repeat(70)}x`);
      lines.push(`${'الموافق '.repeat(18)}${s}`, `${s}${' GMT'.repeat(30)}`);
    }
    for (const l of lines) {
      parseDateline(l.slice(0, 160));
      parseTimestamp(l.slice(0, 40));
      readQuietly(`${l.slice(0, 160)}\n${PROSE}`);
    }
  });
});
