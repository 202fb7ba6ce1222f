/**
 * Arabic-aware search text, shared by every store engine: the terms that are indexed for an
 * article, the terms a query asks for, and the highlighting of matches in the original text.
 *
 * A term is a word's stem after the conservative clitic segmentation of `tokenize/clitics.ts`
 * (proclitics و ف ب ك ل س and the article ال removed, a pronoun suffix removed), in the matching
 * view of `lang/ar/normalize.ts` (diacritics and tatweel dropped, hamza forms of alef, ى and ة
 * folded). The same function runs at index time and at query time, so `إسرائيل` finds
 * `لإسرائيل`, `وإسرائيل` and `اسرائيل`. The original text is never rewritten: the index holds
 * terms only, and highlights are offsets into the stored text.
 */
import { tokenize } from '../tokenize/tokenizer.ts';
import { normalizeForMatch, normalizeView, sourceSpan } from '../lang/ar/normalize.ts';
import type { Token } from '../doc/types.ts';

/** The index term of one token, or null for punctuation and symbols. */
export function tokenTerm(t: Token): string | null {
  if (t.kind === 'punct' || t.kind === 'symbol') return null;
  let s = t.norm;
  if (t.segments) {
    const stem = t.segments.find((g) => g.role === 'stem');
    if (stem) s = normalizeForMatch(t.text.slice(stem.start - t.start, stem.end - t.start));
  }
  s = s.toLowerCase();
  // FTS5's unicode61 tokenizer would split a term at anything that is not a letter or digit;
  // keep only such characters so that one token stays one term.
  s = s.replace(/[^\p{L}\p{N}]+/gu, '');
  return s.length > 0 ? s : null;
}

/** The terms of a text, in order, joined by single spaces (what the full-text index holds). */
export function indexText(text: string | null | undefined): string {
  return text ? tokensText(tokenize(text)) : '';
}

/** The index text of tokens already made (a Doc's `tokens` layer). */
export function tokensText(tokens: readonly Token[]): string {
  const out: string[] = [];
  for (const t of tokens) {
    const term = tokenTerm(t);
    if (term !== null) out.push(term);
  }
  return out.join(' ');
}

/** A parsed query: required terms and required phrases (each a list of terms). */
export interface SearchQuery {
  readonly terms: readonly string[];
  readonly phrases: readonly (readonly string[])[];
}

/**
 * Parses what a user typed: words are all required (AND), `"…"` keeps a phrase together.
 * Returns null when nothing searchable is left (only punctuation, say).
 */
export function parseQuery(q: string): SearchQuery | null {
  const terms: string[] = [];
  const phrases: string[][] = [];
  const re = /"([^"]*)"|«([^»]*)»|([^"«»]+)/gu;
  for (const m of q.matchAll(re)) {
    const quoted = m[1] ?? m[2];
    if (quoted !== undefined) {
      const p = indexText(quoted).split(' ').filter(Boolean);
      if (p.length > 1) phrases.push(p);
      else if (p.length === 1) terms.push(p[0]!);
    } else {
      for (const t of indexText(m[3]).split(' ')) if (t) terms.push(t);
    }
  }
  const uniq = [...new Set(terms)];
  return uniq.length + phrases.length === 0 ? null : { terms: uniq, phrases };
}

/** Every term of a query, phrases included (for highlighting). */
export function queryTermSet(q: SearchQuery): Set<string> {
  return new Set([...q.terms, ...q.phrases.flat()]);
}

/** The query as an FTS5 MATCH expression (each term a quoted string, so no query syntax leaks in). */
export function toFts5Match(q: SearchQuery): string {
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return [...q.terms.map(quote), ...q.phrases.map((p) => quote(p.join(' ')))].join(' AND ');
}

/** A snippet of the stored text around the first matches, with the matched words as offsets into the snippet. */
export interface Snippet {
  /** The snippet text (a slice of the article text, `…` marking cut ends). */
  text: string;
  /** Where the snippet starts in the article text. */
  start: number;
  /** Matched words, half-open offsets into `text`. */
  highlights: { start: number; end: number }[];
}

/** Proclitic letters that may stand before a stem (و ف, then ب ك ل س), and the article (لل: ل + ال). */
const PROCLITIC = /^[وف]?(?:لل|[بكلس]?(?:ال)?)/u;

/**
 * The words of `text` whose stem is one of `terms`, as source spans. Faster than tokenising (a
 * search shows snippets for 20 articles at once): the text's matching view is scanned word by
 * word, and a word matches when it is a term, or a term after proclitics and the article
 * (`لإسرائيل`, `وبالمغرب`, `للأمم`). It may mark a word the index's conservative segmentation
 * keeps whole, never miss one it splits.
 */
export function findMatches(text: string, terms: ReadonlySet<string>): { start: number; end: number }[] {
  const view = normalizeView(text);
  const out: { start: number; end: number }[] = [];
  for (const m of view.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0].toLowerCase();
    let hit = terms.has(w);
    if (!hit) {
      const p = PROCLITIC.exec(w)![0].length;
      // every split point inside the clitic run: و+بال+stem, و+ب+الstem …
      for (let k = 1; k <= p && !hit; k++) hit = terms.has(w.slice(k));
    }
    if (hit) {
      const sp = sourceSpan(view, m.index, m.index + m[0].length);
      out.push({ start: sp.start, end: sp.end });
    }
  }
  return out;
}

/**
 * Builds a snippet: the window of about `width` characters with the most matched words, cut at
 * word boundaries, and the matched words in it.
 */
export function makeSnippet(text: string, terms: ReadonlySet<string>, width = 220): Snippet {
  const hits = findMatches(text, terms);
  let from = 0;
  if (hits.length > 0) {
    // the window that holds most hits, starting a little before the first hit of the window
    let best = 0;
    let bestCount = 0;
    for (let i = 0, j = 0; i < hits.length; i++) {
      while (j < hits.length && hits[j]!.end - hits[i]!.start <= width) j++;
      if (j - i > bestCount) { bestCount = j - i; best = i; }
    }
    from = Math.max(0, hits[best]!.start - Math.floor(width / 4));
  }
  let to = Math.min(text.length, from + width);
  // cut at word boundaries (whitespace), never inside a word
  if (from > 0) {
    const sp = text.slice(from, Math.min(text.length, from + 30)).search(/\s/u);
    if (sp >= 0) from += sp + 1;
  }
  if (to < text.length) {
    const back = text.slice(Math.max(from, to - 30), to).search(/\s\S*$/u);
    if (back >= 0) to = Math.max(from, to - 30) + back;
  }
  const pre = from > 0 ? '…' : '';
  const post = to < text.length ? '…' : '';
  const body = text.slice(from, to).replace(/\s/gu, ' ');
  const highlights = hits
    .filter((h) => h.start >= from && h.end <= to)
    .map((h) => ({ start: h.start - from + pre.length, end: h.end - from + pre.length }));
  return { text: pre + body + post, start: from, highlights };
}

/** A hit's snippet as the store answers it: the text and the highlights in it. */
export function snippetOf(text: string, terms: ReadonlySet<string>): { text: string; highlights: { start: number; end: number }[] } {
  const sn = makeSnippet(text, terms);
  return { text: sn.text, highlights: sn.highlights };
}
