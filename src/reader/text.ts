/**
 * The reader for scraped text: plain text copied from a news page, one paragraph a line,
 * with the page's furniture still in it (a repeated title, a dateline, photo captions,
 * share and font-size widgets, "read also" links, copyright and follow-us lines…).
 *
 * It decides, line by line, whether a line is the title, a dateline, a caption, debris or
 * body. Every non-empty input line ends up in exactly one place: `title` (the line taken as
 * the title), `captions`, `dropped` (with a reason from `reasons.ts`) or `paragraphs`.
 * Body lines are only trimmed: their words are never changed. See `docs/reader.md`.
 */
import { RasdError } from '../errors.ts';
import type { Caption, Dropped } from '../doc/types.ts';
import { isCreditLine, splitCaptionCredit } from './captions.ts';
import { MAX_DATELINE_CHARS, parseDateline, parseTimestamp, type Dateline, type FoldedLine } from './dateline.ts';
import { debrisMaxChars, foldForMatch, foldWithMap, matchDebris, titleKey, titleKeyOfFolded, type LineZone } from './debris.ts';
import type { DropReason } from './reasons.ts';
import { teaserStart } from './teasers.ts';
import { DEFAULT_READER_LIMITS, type ReadArticle, type ReaderLimits } from './types.ts';

/** Metadata known about the article; what is given wins over what the reader detects. */
export interface GivenMeta {
  title?: string | null;
  published?: string | null;
  url?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Line shapes (all expressions compiled once)
// ---------------------------------------------------------------------------------------------

const LINE_SPLIT_RE = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
/** Control characters other than tab: never part of a word; replaced by a space inside lines. */
const CONTROL_RE = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
const HAS_CONTROL_RE = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/** Punctuation that ends a sentence. */
const TERMINAL = new Set(['.', '!', '?', '؟', '…', '。']);
/** A line that ends like a sentence or a clause (never a headline). */
const NOT_HEADLINE_END = new Set(['.', ':', '：', '،', ',', '؛', ';']);
const WORD_SPLIT_RE = /\s+/u;
const HAS_DIGIT_RE = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;

/**
 * Words that name a news organisation or a source: `… وكالة الأنباء السعودية (واس)` expands an
 * abbreviation and `… المصدر (فرانس 24)` signs a paragraph; neither is a caption.
 */
const ORG_BEFORE_CREDIT_RE = /(?:^|\s)(?:المصدر|المصادر|مصدر|نقلا عن|وكاله|الوكاله|وكالتا|وكالات|الانباء|انباء|صحيفه|الصحيفه|قناه|القناه|موقع|شبكه|اذاعه|تلفزيون|مراسل|مراسله)(?:\s+\S+){0,3}$/u;
/** Photo credits written out: `(تصوير: جمال الشمعة)`, `(عدسة …)`. */
const PHOTO_CREDIT_RE = /^(.*\S)\s*[(（]\s*((?:تصوير|عدسة|عدسه|صورة|صوره|photo|photos|crédit)[^()（）]{0,40})[)）]\s*$/su;

/** Longest line taken as a title (UTF-16 code units). */
const MAX_TITLE_CHARS = 200;
/** Longest caption text. */
const MAX_CAPTION_CHARS = 250;
/** Longest line taken as a linked headline under a "read also" label. */
const MAX_LINK_CHARS = 160;
/** A line at least this long is prose whatever its punctuation. */
const PROSE_LONG_CHARS = 250;
/** A line at least this long that ends with a full stop is prose. */
const PROSE_MIN_CHARS = 80;
/** How far from the top datelines, titles and head debris are looked for (non-empty lines). */
const HEAD_MAX_LINES = 12;
/** How far from the bottom tail debris is looked for. */
const TAIL_MAX_LINES = 12;
/** Datelines are only taken among the first lines … */
const DATELINE_TOP_LINES = 10;
/** … or the last lines. */
const DATELINE_BOTTOM_LINES = 4;

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = new Set(['"', "'", '»', '”', '’', ')', ']', '}', '›']);

function lastSignificantChar(line: string): string {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line[i]!)) i--;
  return i >= 0 ? line[i]! : '';
}

/**
 * True when a line ends with a suspension `..` (two dots or more, or `…` after a dot): headlines
 * use it as an ellipsis (`… وسهى عرفات تؤكد ..`); it does not end a sentence.
 */
function endsWithSuspension(line: string): boolean {
  const t = line.trimEnd();
  return SUSPENSION_END_RE.test(t);
}
const SUSPENSION_END_RE = /(?:\.\s?\.|\.…|…\.)$/u;

/** A paragraph of running text: long, or ending with a full stop (a suspension `..` is not one). */
function isProse(line: string): boolean {
  if (line.length >= PROSE_LONG_CHARS) return true;
  return line.length >= PROSE_MIN_CHARS && TERMINAL.has(lastSignificantChar(line)) && !endsWithSuspension(line);
}

/** Reads as a headline: short, two words or more, and not ending like a sentence or clause (`..` is fine). */
function isHeadlineLike(line: string, maxChars: number): boolean {
  if (line.length > maxChars || line.length < 4) return false;
  const last = line[line.length - 1]!;
  if (NOT_HEADLINE_END.has(last) && !(last === '.' && endsWithSuspension(line))) return false;
  if (line.includes('http://') || line.includes('https://')) return false;
  return line.split(WORD_SPLIT_RE).length >= 2;
}

/** True for code units trimmed from line ends: spaces, controls, bidi and zero-width marks, BOM. */
function isEdgeSpace(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0xad ||
    c === 0x061c ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202f) ||
    c === 0x205f ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function cleanLine(line: string, hasControls: boolean): string {
  let s = line;
  if (hasControls && HAS_CONTROL_RE.test(s)) s = s.replace(CONTROL_RE, ' ');
  let a = 0;
  let b = s.length;
  while (a < b && isEdgeSpace(s.charCodeAt(a))) a++;
  while (b > a && isEdgeSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/**
 * A photo caption: a short line ending with a parenthesised agency or photographer credit,
 * not itself a sentence (`… وقال الوزير إن … . (أ ف ب)` is a paragraph signed by its agency)
 * and not an abbreviation of a name just before it (`وكالة الأنباء السعودية (واس)`).
 */
function captionOf(line: string): Caption | null {
  const lastCode = line.charCodeAt(line.length - 1);
  if ((lastCode !== 0x29 && lastCode !== 0xff09) || line.length > MAX_CAPTION_CHARS + 60) return null;
  // Only agency and photo-word credits: a Latin name in parentheses is a transliteration here (captions.ts).
  let cap = splitCaptionCredit(line, { agencyOnly: true });
  if (!cap) {
    const m = PHOTO_CREDIT_RE.exec(line);
    if (!m) return null;
    cap = { text: m[1]!.trim(), credit: m[2]!.trim() };
  }
  const text = cap.text;
  if (text.length === 0 || text.length > MAX_CAPTION_CHARS) return null;
  const last = lastSignificantChar(text);
  if (TERMINAL.has(last) || NOT_HEADLINE_END.has(last) || last === '-' || last === '–' || last === '—') return null;
  if (ORG_BEFORE_CREDIT_RE.test(foldForMatch(text.slice(-60)))) return null;
  // `… آخر جملة. وكالات (أ ف ب)`: a sentence, then a short signature — a paragraph, not a caption.
  const stop = Math.max(text.lastIndexOf('. '), text.lastIndexOf('؟ '), text.lastIndexOf('! '));
  if (stop > 0 && text.slice(stop + 2).split(WORD_SPLIT_RE).length <= 3) return null;
  return cap;
}

/**
 * Verbs that open a news lead (`قالت الداخلية …`, `أعلنت وزارة …`, `وجه وزير الدفاع …`): a first
 * line starting with one is the lead sentence, not a headline (headlines almost never do).
 */
const LEAD_VERBS: ReadonlySet<string> = new Set(
  [
    'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'وجه', 'وجهت', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'كشفت', 'أشار', 'أشارت',
    'أوضح', 'أوضحت', 'صرح', 'صرحت', 'اعتبر', 'اعتبرت', 'أجرى', 'أجرت', 'نفى', 'نفت', 'دعا', 'دعت', 'طالبت', 'أصدر', 'أصدرت',
    'شهدت', 'استقبل', 'استقبلت', 'تمكن', 'تمكنت', 'التقى', 'التقت', 'أشاد', 'أشادت', 'أعرب', 'أعربت', 'حذر', 'حذرت', 'رحب',
    'رحبت', 'أدان', 'أدانت', 'نظمت', 'افتتح', 'افتتحت', 'قرر', 'قررت', 'لقي', 'تلقى', 'تلقت', 'أبدى', 'أبدت', 'عقدت',
    'أطلق', 'أطلقت', 'أضاف', 'أضافت', 'تابعت', 'نقلت', 'أوردت', 'بثت', 'نشرت',
  ].map((w) => foldForMatch(w)),
);
/** A title candidate longer than this that has a comma `،` reads as a lead sentence (given titles stay under ~100). */
const LEAD_COMMA_CHARS = 100;
/** A title candidate longer than this reads as a lead sentence whatever its punctuation. */
const LEAD_LONG_CHARS = 160;
const FIRST_WORD_RE = /^[\p{L}]+/u;

/**
 * A lead opening with a reporting verb is at least this long; shorter verb-first lines are
 * headlines with the subject left out (`أكد رفض أي تواجد أجنبي على الأراضي اليمنية`).
 */
const LEAD_VERB_CHARS = 65;

/** A first line that reads as the lead sentence of the article rather than its headline. */
function isLeadSentence(line: string, folded: string): boolean {
  if (line.length > LEAD_LONG_CHARS || (line.length > LEAD_COMMA_CHARS && line.includes('،'))) return true;
  if (line.length < LEAD_VERB_CHARS) return false;
  const w = FIRST_WORD_RE.exec(folded);
  return w !== null && LEAD_VERBS.has(w[0]);
}

/**
 * A short desk or author line that the headline-like byline rule matches (`عين اليوم – متابعات`,
 * `محمود وهبي ـ جدة`): four words at most around a dash. At the top of a raw text such a line is
 * a byline, not the title.
 */
function isShortDeskLine(folded: string): boolean {
  if (!DESK_DASH_RE.test(folded)) return false;
  let words = 0;
  for (const w of folded.split(DESK_WORD_SPLIT_RE)) if (LETTER_RE.test(w) && ++words > 4) return false;
  return words >= 2;
}
const DESK_DASH_RE = /[-–—_]/u;
const LETTER_RE = /\p{L}/u;
const DESK_WORD_SPLIT_RE = /[\s/|]+/u;

/**
 * An author line without a label: an honorific abbreviation and a name (`م. محمد أحمد الشنقيطي`,
 * `د. فلان الفلاني`), at most five words, no other punctuation. Only taken as a byline when prose follows.
 */
const NAME_LINE_RE = /^(?:ا\s?\.\s?د|د|م|ا|ك)\s?[./]\s?\p{L}+(?:\s\p{L}+){1,3}$/u;

/** A single word of letters (`ضوء`, `محليات`): a section label when it sits next to the dateline. */
function isSectionLabel(line: string): boolean {
  return line.length <= 20 && SECTION_LABEL_RE.test(line);
}
const SECTION_LABEL_RE = /^\p{L}[\p{L}\p{M}\u0640]*$/u;

function adjacentDateline(lines: readonly string[], j: number): boolean {
  return j >= 0 && j < lines.length && parseDateline(lines[j]!) !== null;
}

function zoneOf(i: number, n: number, firstProse: number, lastProse: number): LineZone {
  if (firstProse < 0) {
    if (i < Math.min(4, HEAD_MAX_LINES)) return 'head';
    return i >= n - 3 ? 'tail' : 'middle';
  }
  if (i < firstProse && i < HEAD_MAX_LINES) return 'head';
  if (i > lastProse && i >= n - TAIL_MAX_LINES) return 'tail';
  return 'middle';
}

/** Ranks candidate datelines: a labelled publication date at the top first, a bottom line last. */
function datelineRank(d: Dateline, zone: LineZone): number {
  const base = zone === 'head' ? 0 : 3;
  return base + (d.kind === 'published' ? 0 : d.kind === 'date' ? 1 : 2);
}

function nonEmpty(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  return t.length > 0 ? t : null;
}

// ---------------------------------------------------------------------------------------------
// The reader
// ---------------------------------------------------------------------------------------------

/**
 * Reads a scraped text article.
 *
 * - **title**: `given.title` when given (a copy of it among the first lines is dropped as
 *   `repeated title`); otherwise the first line that is not debris, a dateline or a caption,
 *   if it reads as a headline (≤ 200 characters, two words or more, no final full stop,
 *   colon or comma); its copies among the first lines are dropped as `repeated title`.
 * - **published**: `given.published` when given; otherwise the first dateline among the
 *   first lines (a `نشر في` date before an unlabelled one before an `آخر تحديث` one), else
 *   one among the last lines. Dateline lines are dropped (`dateline`) even when a date is given.
 * - **captions**: short lines ending with a parenthesised agency or photographer credit.
 * - **dropped**: debris lines matched by `data/reader/debris.json`, agency sign-off lines,
 *   the headlines listed under a "read also" label, and other stories' leads appended after the
 *   article (`teasers.ts`), each with its reason.
 * - **paragraphs**: every other non-empty line, trimmed, in order.
 *
 * @throws RasdError `E_EMPTY_INPUT` when no body line remains; `E_TOO_LARGE` over
 *   `limits.maxChars`; `E_BAD_INPUT` when `raw` is not a string.
 */
export function readText(raw: string, given: GivenMeta = {}, limits: Partial<ReaderLimits> = {}): ReadArticle {
  if (typeof raw !== 'string') throw new RasdError('E_BAD_INPUT', 'the text input must be a string');
  const maxChars = limits.maxChars ?? DEFAULT_READER_LIMITS.maxChars;
  if (raw.length > maxChars) {
    throw new RasdError('E_TOO_LARGE', `the text has ${raw.length} characters, more than the limit of ${maxChars}`);
  }
  // Binary input is rejected by the input layer (src/reader/input.ts); the few stray NULs and
  // control characters of a scraped text become spaces here (cleanLine).

  // 1. Lines, cleaned and non-empty.
  const hasControls = HAS_CONTROL_RE.test(raw);
  const lines: string[] = [];
  for (const l of raw.split(LINE_SPLIT_RE)) {
    const c = cleanLine(l, hasControls);
    if (c.length > 0) lines.push(c);
  }
  const n = lines.length;

  // 2. Where the prose starts and ends: the head and tail zones hold the page furniture.
  const prose: boolean[] = new Array<boolean>(n);
  let firstProse = -1;
  let lastProse = -1;
  for (let i = 0; i < n; i++) {
    const p = isProse(lines[i]!);
    prose[i] = p;
    if (p) {
      if (firstProse < 0) firstProse = i;
      lastProse = i;
    }
  }

  const givenTitle = nonEmpty(given.title);
  const givenPublished = nonEmpty(given.published);
  let title: string | null = givenTitle;
  let titleLine: string | null = null;
  let titleDecided = givenTitle !== null;
  let tKey = givenTitle !== null ? titleKey(givenTitle) : '';
  let tLen = givenTitle !== null ? givenTitle.length : 0;
  const maxDebris = debrisMaxChars();

  const paragraphs: string[] = [];
  const captions: Caption[] = [];
  const dropped: Dropped[] = [];
  let best: Dateline | null = null;
  let bestRank = Infinity;
  let followLeft = 0;
  let followReason: DropReason = 'related article';

  const drop = (text: string, reason: DropReason): void => {
    dropped.push({ text, reason });
  };

  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const len = line.length;

    // Headlines listed under a "read also" label.
    if (followLeft > 0) {
      if (!prose[i] && isHeadlineLike(line, MAX_LINK_CHARS) && captionOf(line) === null) {
        drop(line, followReason);
        followLeft--;
        continue;
      }
      followLeft = 0;
    }

    const zone = zoneOf(i, n, firstProse, lastProse);
    // Folded once; reused by the debris rules, the dateline parser, the title key and the title tests.
    const inDateWindow = (zone === 'head' && i < DATELINE_TOP_LINES) || (zone === 'tail' && i >= n - DATELINE_BOTTOM_LINES);
    const view: FoldedLine | null = inDateWindow && len <= MAX_DATELINE_CHARS && HAS_DIGIT_RE.test(line) ? foldWithMap(line) : null;
    const folded = view !== null ? view.folded : len <= maxDebris || (zone === 'head' && len <= MAX_TITLE_CHARS) ? foldForMatch(line) : null;
    const debrisFolded = len <= maxDebris ? folded : null;

    // Debris that is debris anywhere.
    if (debrisFolded !== null) {
      const d = matchDebris(debrisFolded, 'middle');
      if (d) {
        drop(line, d.reason);
        if (d.follow > 0) {
          followLeft = d.follow;
          followReason = d.reason;
        }
        continue;
      }
    }

    // Photo captions.
    const cap = captionOf(line);
    if (cap) {
      captions.push(cap);
      continue;
    }

    if (zone !== 'middle') {
      // Datelines and bare times near the top or the bottom.
      if (view !== null) {
        const dl = parseDateline(line, view);
        // At the bottom only a labelled date (`نشر في …`) or the very last line: a bare date
        // above a closing line may be the date of a letter or a list, not of the page.
        if (dl && (zone === 'head' || dl.kind !== 'date' || i === n - 1)) {
          const rank = datelineRank(dl, zone);
          if (rank < bestRank) {
            best = dl;
            bestRank = rank;
          }
          drop(line, 'dateline');
          continue;
        }
        if (parseTimestamp(line, view.folded) !== null) {
          drop(line, 'timestamp');
          continue;
        }
      }
    }

    // Copies of the title near the top.
    if (tKey.length > 0 && zone === 'head' && Math.abs(len - tLen) <= tLen / 3 + 10 && (folded !== null ? titleKeyOfFolded(folded, line) : titleKey(line)) === tKey) {
      drop(line, 'repeated title');
      continue;
    }

    // Debris of the head and tail zones (bylines, tags, contacts, agency sign-offs), except
    // for rules that also match headlines while the title is still to be found.
    const titleCandidate = !titleDecided && zone === 'head';
    if (zone !== 'middle') {
      if (debrisFolded !== null) {
        // A short desk line (`عين اليوم – متابعات`) is a byline even where a title is expected.
        const d = matchDebris(debrisFolded, zone, !titleCandidate || isShortDeskLine(debrisFolded));
        if (d) {
          drop(line, d.reason);
          continue;
        }
      }
      if (isCreditLine(line)) {
        drop(line, 'source line');
        continue;
      }
      // An author name alone above the text (`م. محمد أحمد الشنقيطي`).
      if ((titleCandidate || i === 0) && folded !== null && i + 1 < n && prose[i + 1] && NAME_LINE_RE.test(folded)) {
        drop(line, 'byline');
        continue;
      }
      // A one-word section label next to the dateline (`ضوء` above `07-03-2012 09:08 PM`).
      if (zone === 'head' && titleDecided && i < DATELINE_TOP_LINES && isSectionLabel(line) && (adjacentDateline(lines, i - 1) || adjacentDateline(lines, i + 1))) {
        drop(line, 'navigation');
        continue;
      }
    }

    // The title: the first content line, when it reads as a headline.
    if (!titleDecided) {
      titleDecided = true;
      if (titleCandidate && !prose[i] && isHeadlineLike(line, MAX_TITLE_CHARS) && !isLeadSentence(line, folded ?? '')) {
        title = line;
        titleLine = line;
        tKey = folded !== null ? titleKeyOfFolded(folded, line) : titleKey(line);
        tLen = len;
        continue;
      }
      if (titleCandidate && debrisFolded !== null) {
        const d = matchDebris(debrisFolded, zone, true);
        if (d) {
          drop(line, d.reason);
          continue;
        }
      }
    }

    paragraphs.push(line);
  }

  // Other stories' leads appended after the article (a "more news" block).
  const teasers = teaserStart(paragraphs);
  for (let i = teasers; i < paragraphs.length; i++) drop(paragraphs[i]!, 'related article');
  paragraphs.length = teasers;

  if (paragraphs.length === 0) {
    const copy = dropped.findIndex((d) => d.reason === 'repeated title');
    if (copy >= 0) {
      // The text is only the headline (breaking news, an excerpt): the copy is the text.
      paragraphs.push(dropped[copy]!.text);
      dropped.splice(copy, 1);
    } else if (titleLine !== null) {
      // A single headline-like line and nothing else: it is the text, not a title.
      paragraphs.push(titleLine);
      title = givenTitle;
    } else {
      throw new RasdError('E_EMPTY_INPUT', n === 0 ? 'the text is empty' : 'no article text found: every line is page debris, a caption or a dateline');
    }
  }

  return {
    title,
    published: givenPublished ?? best?.value ?? null,
    url: nonEmpty(given.url),
    paragraphs,
    captions,
    dropped,
    format: 'text',
  };
}
