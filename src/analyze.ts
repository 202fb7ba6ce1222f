/**
 * The library's entry point: `analyze(input, options)` reads one article (scraped text or HTML),
 * builds its Doc and runs the pipeline. The CLI, the HTTP API and the store call these functions.
 */
import { createDoc } from './doc/doc.ts';
import { dropHeadline, withHeadline } from './doc/headline.ts';
import type { Context, Doc } from './doc/types.ts';
import { RasdError } from './errors.ts';
import { toOutputV1, type AnalysisV1 } from './output/v1.ts';
import { checkBudget, resolveBudget, type TimeBudget } from './pipeline/budget.ts';
import { DEFAULT_PIPELINE, runPipeline } from './pipeline/runner.ts';
import { assertText, contentId, validateInput, type AnalyzeInput } from './reader/input.ts';
import { parseDateline } from './reader/dateline.ts';
import { readText } from './reader/text.ts';
import { DEFAULT_READER_LIMITS, type ReadArticle, type ReaderLimits } from './reader/types.ts';

export interface AnalyzeOptions {
  /** Component names to run, in order (default: `DEFAULT_PIPELINE`). */
  pipeline?: readonly string[];
  /** Size and nesting limits for hostile input. */
  limits?: Partial<ReaderLimits>;
  /** A label for error messages (file name, line number). */
  item?: string;
  /**
   * The article's time budget in milliseconds (default 30,000, `DEFAULT_TIME_BUDGET_MS`; `Infinity`
   * for none): checked after reading and after every pipeline stage; once spent, the analysis stops
   * with `E_TIMEOUT`.
   */
  timeBudgetMs?: number;
  /**
   * A budget already started, so that reading and the pipeline share one clock (`analyze` passes
   * one to both). Without it: a new budget of `timeBudgetMs` when given, else the one of an
   * enclosing `withTimeBudget` (the ingest worker's), else a new default one.
   */
  budget?: TimeBudget;
}

/**
 * Reads one input into an article: validates it, checks size and that it is text, then runs
 * the text or HTML reader. Given metadata (`title`, `published`, `url`) wins over detection.
 */
export async function readArticle(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<ReadArticle> {
  const limits = { ...DEFAULT_READER_LIMITS, ...options.limits };
  const item = options.item ?? (input.id ? `id ${input.id}` : undefined);
  const budget = resolveBudget(options.budget, options.timeBudgetMs);
  const article = await readWithin(input, limits, item);
  checkBudget(budget, 'read', item);
  return article;
}

/** The reading itself (size, binary check, text or HTML reader), without the budget check. */
async function readWithin(input: AnalyzeInput, limits: ReaderLimits, item: string | undefined): Promise<ReadArticle> {
  const given = { title: input.title ?? null, published: input.published ?? null, url: input.url ?? null };
  const content = input.html ?? input.text ?? '';
  // The readers check size and emptiness themselves; the size is checked here too so that a
  // huge input is refused before the binary scan below reads all of it.
  if (content.length > limits.maxChars) {
    throw new RasdError('E_TOO_LARGE', `the article has ${content.length} characters; the limit is ${limits.maxChars}`, { item });
  }
  assertText(content, item);
  if (input.html !== undefined) {
    const { readHtml } = await import('./reader/html.ts');
    return readHtml(input.html, given, limits, { item, findOnPageDate: (line) => parseDateline(line)?.value ?? null });
  }
  return readText(content, given, limits);
}

/**
 * The Doc the pipeline runs on for a read article: the title first, as the Doc's first paragraph,
 * when there is one (src/doc/headline.ts), then the body. `headline` says whether the title was put
 * there, to be cut off again with `dropHeadline` once the stages have run.
 */
export function pipelineDoc(article: ReadArticle): { doc: Doc; headline: boolean } {
  const { paragraphs, added } = withHeadline(article.title, article.paragraphs);
  const doc = createDoc(paragraphs, {
    title: article.title,
    published: article.published,
    url: article.url,
    captions: article.captions,
    dropped: article.dropped,
    format: article.format,
  });
  return { doc, headline: added };
}

/**
 * Builds the Doc for a read article and runs the pipeline over it. The title is analysed with the
 * body, as its first paragraph, and cut off again after the pipeline: output v1 speaks of the body
 * only (src/doc/headline.ts).
 */
export function analyzeArticle(article: ReadArticle, options: AnalyzeOptions = {}): Doc {
  const { doc, headline } = pipelineDoc(article);
  const ctx: Context = { referenceDate: article.published };
  const out = runPipeline(doc, ctx, options.pipeline ?? DEFAULT_PIPELINE, { budget: resolveBudget(options.budget, options.timeBudgetMs), item: options.item });
  return headline ? dropHeadline(out) : out;
}

export async function analyze(input: AnalyzeInput | string, options: AnalyzeOptions = {}): Promise<AnalysisV1> {
  return analyzeValidated(validateInput(typeof input === 'string' ? { text: input } : input, options.item), options);
}

/** `analyze` for an input that `validateInput` has already checked (the batch validates first to name items). */
export async function analyzeValidated(clean: AnalyzeInput, options: AnalyzeOptions = {}): Promise<AnalysisV1> {
  const timed = { ...options, budget: resolveBudget(options.budget, options.timeBudgetMs) };
  const doc = analyzeArticle(await readArticle(clean, timed), timed);
  return toOutputV1(clean.id ?? contentId(clean.html ?? clean.text ?? ''), doc);
}

/** Like `analyze`, but returns the Doc with all its layers (tokens included) for library users. */
export async function analyzeToDoc(input: AnalyzeInput | string, options: AnalyzeOptions = {}): Promise<Doc> {
  const clean = validateInput(typeof input === 'string' ? { text: input } : input, options.item);
  const timed = { ...options, budget: resolveBudget(options.budget, options.timeBudgetMs) };
  return analyzeArticle(await readArticle(clean, timed), timed);
}
