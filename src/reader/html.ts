/// <reference lib="dom" />
/**
 * The HTML article reader: a raw news page in, title / date / URL, body paragraphs, captions
 * and the list of dropped page debris out. See `docs/html-reader.md`.
 *
 * Steps: size and emptiness checks → a linear pre-scan ({@link scanHtml}: nesting depth,
 * element count, iframes/styles/scripts/selects cut, long attribute lists shortened, text
 * statistics; a page with too many elements or an obvious non-article stops here, before jsdom
 * is loaded) → jsdom's `DOMParser` (loaded lazily; no scripts, no resources, silent console) →
 * metadata from the untouched page ({@link readPageMeta}) → silent removal of scripts, media
 * and form controls → a cheap text-block score → debris regions and teaser boxes removed
 * (logged) → captions taken out → the no-article rule → Mozilla Readability → content to
 * paragraphs → paragraph clean-up (repeated title, date line, debris lines, link-only lines).
 */
import type { Caption } from '../doc/types.ts';
import { RasdError, toRasdError } from '../errors.ts';
import {
  bodyData,
  cleanBlocks,
  contentBlocks,
  DropLog,
  inlineToSpan,
  noArticleReason,
  removeDebris,
  removeSilent,
  removeTeaserBoxes,
  scanTextConfig,
  scoreBlocks,
  takeCaptions,
} from './html-body.ts';
import { collapse, normaliseDate, readPageMeta } from './html-meta.ts';
import { scanHtml } from './html-scan.ts';
import type { GivenMeta } from './text.ts';
import { DEFAULT_READER_LIMITS, type ReadArticle, type ReaderLimits } from './types.ts';

export { normaliseDate } from './html-meta.ts';

/** Options of {@link readHtml} beyond metadata and limits. */
export interface HtmlReaderOptions {
  /** A label for error messages (file name, line number, id). */
  item?: string;
  /**
   * Reads an on-page date line (`الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)`) and
   * returns its ISO value, or null when the line is not a date line. Used for short lines at
   * the top of the body (they are then dropped as `dateline`) and for elements whose class
   * or id names a date; their value becomes `published` only when the page metadata has no
   * date. Without it, such top lines are still recognised roughly (a year plus a month name,
   * weekday or numeric date) and dropped, but not read.
   */
  findOnPageDate?: (line: string) => string | null;
  /** Fewest characters of running text an article must have (default 250, `data/reader/html.json`). */
  minArticleChars?: number;
  /**
   * Most elements a page may have (default 10,000, `maxElements` in `data/reader/html.json`).
   * jsdom and Readability slow down sharply on very large documents; a larger page is refused
   * with `E_TOO_LARGE` before jsdom runs.
   */
  maxElements?: number;
}

type Libs = {
  /** Parses pages into documents without a browsing context: no scripts, no frames, no fetches. */
  parser: DOMParser;
  Readability: typeof import('@mozilla/readability').Readability;
};
let libs: Promise<Libs> | undefined;

/**
 * jsdom and Readability, imported on first use only (text-only users never load them). One
 * empty jsdom window with a silent virtual console is made once; each page is parsed with its
 * `DOMParser`, which skips the cost of a new window per page (~30 ms) and gives documents
 * that cannot run scripts or load anything.
 */
function loadLibs(): Promise<Libs> {
  libs ??= Promise.all([import('jsdom'), import('@mozilla/readability')]).then(([jsdom, readability]) => {
    const { window } = new jsdom.JSDOM('', { virtualConsole: new jsdom.VirtualConsole() });
    return { parser: new window.DOMParser(), Readability: readability.Readability };
  });
  return libs;
}

/** The error for a page with more than `max` elements. */
function tooManyElements(count: number, max: number, errOpts: { item?: string }): RasdError {
  return new RasdError('E_TOO_LARGE', `the page has ${count} elements; the limit is ${max}`, errOpts);
}

/**
 * A lone surrogate (half of a UTF-16 pair; no page decoded from bytes has one). parse5 reads two
 * lone low surrogates in a row as one code point past U+10FFFF and throws (`Invalid code point
 * 1114112`), so they become U+FFFD before parsing, as a decoder would have made them: one code
 * unit for one, nothing else moves.
 */
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Readability's own element-count abort (`maxElemsToParse`): "Aborting parsing document; N elements found". */
const READABILITY_ABORT_RE = /^Aborting parsing document; (\d+) elements found/;

function nonEmpty(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  return t.length > 0 ? t : null;
}

/**
 * Reads one HTML news page.
 *
 * - **Given metadata wins**: `given.title`, `given.published` and `given.url` are used as
 *   given (trimmed) when non-empty; detection fills in the rest.
 * - **title**: JSON-LD `headline` → `og:title` → `twitter:title` → the article `<h1>` →
 *   `<title>` without its site-name part.
 * - **published**: JSON-LD `datePublished` → date `<meta>` tags → `itemprop=datePublished` →
 *   RDFa `dc:date`-like properties → `<time datetime>` in the article → (with
 *   `options.findOnPageDate`) a date line at the top of the body or in a date-classed element.
 *   Machine dates keep the page's local time and offset (`2019-02-08T00:00:00+01:00`); see
 *   {@link normaliseDate}. Always starts with `YYYY-MM-DD`.
 * - **url**: canonical link → `og:url`.
 * - **paragraphs**: Readability's content, one paragraph per block element or
 *   `<br>`-separated line, whitespace collapsed, entities decoded, debris lines removed.
 * - **captions**: figcaptions and caption-classed elements, credit split off.
 * - **dropped**: the page regions and lines removed, with reasons (at most 50, texts cut to 200).
 *
 * @throws RasdError `E_TOO_LARGE` over `limits.maxChars` or with more elements than
 *   `options.maxElements` (counted by the pre-scan, again on the parsed document, and by
 *   Readability's `maxElemsToParse`); `E_EMPTY_INPUT` when the input is
 *   empty or whitespace; `E_HTML_TOO_DEEP` when elements nest deeper than
 *   `limits.maxHtmlDepth`; `E_NO_ARTICLE` when the page holds no article (no block of running
 *   text of `minArticleChars`, a listing of teasers, a link-dense or too short body).
 */
export async function readHtml(
  html: string,
  given: GivenMeta = {},
  limits: Partial<ReaderLimits> = {},
  options: HtmlReaderOptions = {},
): Promise<ReadArticle> {
  const { item } = options;
  const errOpts = item === undefined ? {} : { item };
  if (typeof html !== 'string') throw new RasdError('E_BAD_INPUT', 'the HTML input must be a string', errOpts);
  const maxChars = limits.maxChars ?? DEFAULT_READER_LIMITS.maxChars;
  const maxDepth = limits.maxHtmlDepth ?? DEFAULT_READER_LIMITS.maxHtmlDepth;
  if (html.length > maxChars) {
    throw new RasdError('E_TOO_LARGE', `the HTML has ${html.length} characters, more than the limit of ${maxChars}`, errOpts);
  }
  if (html.trim().length === 0) throw new RasdError('E_EMPTY_INPUT', 'the HTML input is empty', errOpts);

  const { d } = bodyData();
  const minChars = options.minArticleChars ?? d.minArticleChars;
  const maxElements = options.maxElements ?? d.maxElements;
  const scan = scanHtml(html, maxDepth, item, scanTextConfig(), { maxAttributes: d.maxAttributes });
  // A page that is no article in both views of the pre-scan is rejected before jsdom is loaded.
  if (scan.text) {
    const raw = noArticleReason(scan.text.raw, minChars);
    const clean = noArticleReason(scan.text.clean, minChars);
    if (raw !== null && clean !== null) throw new RasdError('E_NO_ARTICLE', clean, errOpts);
  }
  // So is a page too large for the DOM side (jsdom and Readability are superlinear on it).
  if (scan.elements > maxElements) throw tooManyElements(scan.elements, maxElements, errOpts);
  if (scan.widest.children > d.maxChildren) {
    throw new RasdError(
      'E_TOO_LARGE',
      `the page has a <${scan.widest.name}> element with ${scan.widest.children} child elements; the limit is ${d.maxChildren}`,
      errOpts,
    );
  }
  const { parser, Readability } = await loadLibs();

  try {
    const doc = parser.parseFromString(scan.html.replace(LONE_SURROGATE_RE, '\ufffd'), 'text/html');
    // The parser can build more elements than the scan counted (misnested formatting tags are cloned).
    const built = doc.querySelectorAll('*').length;
    if (built > maxElements) throw tooManyElements(built, maxElements, errOpts);
    const givenUrl = nonEmpty(given.url);
    const meta = readPageMeta(doc, givenUrl);
    const body = doc.body;
    if (!body) throw new RasdError('E_NO_ARTICLE', 'the page has no body', errOpts);
    const log = new DropLog(d.maxDropped, d.maxDroppedChars);
    const captions: Caption[] = [];

    // Debris out, the best text block protected.
    removeSilent(doc.documentElement);
    const first = scoreBlocks(body);
    const scope = first.best ? (first.best.closest('article, main, [role=main]') ?? first.best.parentElement ?? first.best) : null;
    const dateTexts = scope ? meta.dateElements.filter((e) => scope.contains(e)).map((e) => collapse(e.textContent ?? '')) : [];
    removeDebris(body, first.best, log);
    removeTeaserBoxes(body, first.best, log);
    if (scope?.isConnected) takeCaptions(scope, captions);

    // The no-article rule, before paying for Readability.
    const why = noArticleReason(scoreBlocks(body), minChars);
    if (why !== null) throw new RasdError('E_NO_ARTICLE', why, errOpts);

    inlineToSpan(body);
    let parsed: ReturnType<InstanceType<typeof Readability<Element>>['parse']>;
    try {
      parsed = new Readability<Element>(doc, {
        serializer: (n: Node) => n as Element,
        keepClasses: true,
        disableJSONLD: true,
        charThreshold: minChars,
        maxElemsToParse: maxElements,
      }).parse();
    } catch (err) {
      const m = err instanceof Error ? READABILITY_ABORT_RE.exec(err.message) : null;
      if (m) throw tooManyElements(Number(m[1]), maxElements, errOpts);
      throw err;
    }
    const content = parsed?.content;
    if (!content) throw new RasdError('E_NO_ARTICLE', 'no article found: Readability found no main content', errOpts);

    const textBlocks = contentBlocks(content, captions);
    let all = 0;
    let linked = 0;
    for (const b of textBlocks) {
      all += b.text.length;
      linked += b.text.length * b.linkShare;
    }
    if (all > 0 && linked / all > d.maxLinkDensity) {
      throw new RasdError('E_NO_ARTICLE', `no article found: ${Math.round((100 * linked) / all)}% of the main content is link text`, errOpts);
    }
    const titleForms = [...meta.titleForms];
    const givenTitle = nonEmpty(given.title);
    if (givenTitle) titleForms.push(givenTitle);
    const clean = cleanBlocks(textBlocks, titleForms, log, options.findOnPageDate);
    const bodyChars = clean.paragraphs.reduce((n, p) => n + p.length, 0);
    if (bodyChars < minChars) {
      throw new RasdError('E_NO_ARTICLE', `no article found: the body has ${bodyChars} characters (an article needs ${minChars})`, errOpts);
    }

    let published = nonEmpty(given.published) ?? meta.published;
    if (published === null && options.findOnPageDate) {
      for (const v of clean.dates) {
        published = normaliseDate(v);
        if (published) break;
      }
      for (const t of dateTexts) {
        if (published) break;
        const v = options.findOnPageDate(t);
        if (v !== null) published = normaliseDate(v);
      }
    }

    return {
      title: givenTitle ?? meta.title,
      published,
      url: givenUrl ?? meta.url,
      paragraphs: clean.paragraphs,
      captions,
      dropped: log.entries,
      format: 'html',
    };
  } catch (err) {
    throw toRasdError(err, item);
  }
}
