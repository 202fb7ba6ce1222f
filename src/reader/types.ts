import type { Caption, Dropped } from '../doc/types.ts';

/** What a reader makes of one raw input: metadata plus body paragraphs, before any segmentation. */
export interface ReadArticle {
  title: string | null;
  /** ISO 8601 date (`2022-09-12`) or date-time (`2018-08-12T14:30`), or null when none was found. */
  published: string | null;
  url: string | null;
  /** Body paragraphs in reading order, each trimmed, words unchanged, none empty. */
  paragraphs: string[];
  captions: Caption[];
  /** Every line or block removed as page debris, with its reason. */
  dropped: Dropped[];
  format: 'text' | 'html';
}

/** Limits a reader honours so that hostile input cannot make it hang or exhaust memory. */
export interface ReaderLimits {
  /** Largest input accepted, in UTF-16 code units (default 5,000,000). */
  maxChars: number;
  /** Deepest element nesting accepted in HTML (default 500). */
  maxHtmlDepth: number;
}

export const DEFAULT_READER_LIMITS: ReaderLimits = { maxChars: 5_000_000, maxHtmlDepth: 500 };
