/**
 * From an input and its analysis to what the store keeps: the identity key and content hash
 * (computed before analysis, so that known content is skipped), and the article record (built
 * after analysis, in the ingest worker). Pure functions, shared by every store engine.
 */
import { createHash } from 'node:crypto';
import { analyzeArticle, readArticle } from '../analyze.ts';
import { requireLayer } from '../doc/doc.ts';
import { toOutputV1 } from '../output/v1.ts';
import { contentId } from '../reader/input.ts';
import type { AnalyzeInput } from '../reader/input.ts';
import type { AnalysisV1 } from '../output/v1.ts';
import { indexText, tokensText } from './search-text.ts';
import { signature } from './minhash.ts';
import type { ArticleRecord } from './types.ts';

/** SHA-256 (hex) of an input's content and metadata: what makes two inputs the same article. */
export function contentHash(input: AnalyzeInput): string {
  const canon = JSON.stringify([input.text ?? null, input.html ?? null, input.title ?? null, input.published ?? null, input.url ?? null, input.source ?? null]);
  return createHash('sha256').update(canon).digest('hex');
}

/**
 * The identity of an article: `id:` its given id, else `url:` its URL, else `file:` the file it
 * is (for whole .txt/.html files), else `sha256:` its content hash. A later input with the same
 * key and another content updates the stored article.
 */
export function articleKey(input: AnalyzeInput, hash: string, file?: string): string {
  if (file !== undefined) return `file:${file}`;
  if (input.id) return `id:${input.id}`;
  if (input.url) return `url:${input.url}`;
  return `sha256:${hash}`;
}

/** The outlet of an input: its `source`, else its URL's host (without `www.`), else null. */
export function outletOf(input: AnalyzeInput): string | null {
  if (input.source) return input.source;
  if (input.url) {
    try {
      return new URL(input.url).hostname.replace(/^www\./, '') || null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The article record of an analysed input (the search terms and the near-duplicate signature included). */
export function toRecord(input: AnalyzeInput, analysis: AnalysisV1, meta: { key: string; contentHash: string; origin: string }, bodyTerms = indexText(analysis.article.text)): ArticleRecord {
  return {
    key: meta.key,
    contentHash: meta.contentHash,
    origin: meta.origin,
    source: outletOf(input),
    analysis,
    titleTerms: indexText(analysis.article.title),
    bodyTerms,
    minhash: signature(bodyTerms),
  };
}

/** Analyses an input and builds its record (what an ingest worker does with one task). */
export async function analyzeToRecord(input: AnalyzeInput, meta: { key: string; contentHash: string; origin: string }): Promise<ArticleRecord> {
  const doc = analyzeArticle(await readArticle(input, { item: meta.origin }));
  const analysis = toOutputV1(input.id ?? contentId(input.html ?? input.text ?? ''), doc);
  return toRecord(input, analysis, meta, tokensText(requireLayer(doc, 'tokens')));
}
